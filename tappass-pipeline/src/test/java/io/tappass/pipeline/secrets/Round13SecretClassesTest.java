package io.tappass.pipeline.secrets;

import static io.tappass.pipeline.secrets.Round11ClassesTest.anyOfType;
import static io.tappass.pipeline.secrets.Round11ClassesTest.maxScore;
import static io.tappass.pipeline.secrets.Round11ClassesTest.scan;
import static io.tappass.pipeline.secrets.SecretFormats.ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.HEX;
import static io.tappass.pipeline.secrets.SecretFormats.LETTERS;
import static io.tappass.pipeline.secrets.SecretFormats.LOWER;
import static io.tappass.pipeline.secrets.SecretFormats.URLSAFE;
import static io.tappass.pipeline.secrets.SecretScannerTest.assertFinds;
import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.CpuTime;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The classes of the thirteenth blind secrets round's misses and false positives (thirty-second session, round 13
 * tuned on), each with cases of our own (values assembled at run time from the vendors' documented alphabets and
 * lengths, checksums computed, so this file trips no secret scanner) and the look-alikes each must leave alone.
 */
class Round13SecretClassesTest {

    private static final double THRESHOLD = DetectSecretsStep.DEFAULT_THRESHOLD;

    /**
     * This class's own generator (thirty-fourth session): with the generator shared by several test classes, the
     * values drawn here depended on which tests ran before.
     */
    private static final Random RANDOM = new Random(20261128);

    private static String rnd(String alphabet, int n) {
        return SecretFormats.rnd(RANDOM, alphabet, n);
    }

    /** Random alphanumerics with a digit and both cases, as generated keys are. */
    private static String key(int n) {
        return "Q7k" + rnd(ALNUM, n - 3);
    }

    /** A password as generators write it: both cases, a digit and a symbol. */
    private static String password() {
        return "Tz4" + rnd(ALNUM, 6) + "!" + rnd(ALNUM, 5) + "x";
    }

    private static String uuid() {
        return rnd(HEX, 8) + "-" + rnd(HEX, 4) + "-4" + rnd(HEX, 3) + "-9" + rnd(HEX, 3) + "-" + rnd(HEX, 12);
    }

    private static boolean acted(String text) {
        return maxScore(text) >= THRESHOLD;
    }

    @Test
    void vendorTokensCutOffInLogsOrMaskedAtTheTail() {
        // Stripe secret keys: sk_live_ + 24+ alphanumerics; 16 shown, then the logger's cut
        String stripe = "sk_live_" + key(16);
        assertFinds("STRIPE_SECRET_KEY_LIVE", "2026-01-02T10:11:12Z WARN billing: charge failed api_key=", stripe,
                "…(truncated)\n");
        assertFinds("STRIPE_SECRET_KEY_LIVE", "DEBUG stripe.request key=", stripe, "... [truncated 12 chars]\n");
        assertFinds("STRIPE_RESTRICTED_KEY_LIVE", "using restricted key ", "rk_live_" + key(18), " (truncated)\n");
        // GitLab tokens: glpat- + 20 url-safe; a runner log that masks only the tail
        String glpat = "glpat-" + "Hq" + rnd(URLSAFE, 10) + "7m";
        assertFinds("GITLAB_PAT", "$ git clone https://ci:", glpat, "****@gitlab.example.org/grp/app.git\n");
        assertFinds("GITLAB_PAT", "fatal: token ", glpat, "*** rejected\n");
        // GitHub classic tokens (30 random + CRC32 = 36 after ghp_): 22 shown before an ellipsis
        String ghp = "ghp_" + SecretFormats.crc32Body(new Random(13)).substring(0, 22);
        assertFinds("GITHUB_PAT", "Authorization: token ", ghp, "…\n");
        // npm and Hugging Face in an exception message
        assertFinds("NPM_ACCESS_TOKEN", "npm ERR! 401 token ", "npm_" + key(20), "... is invalid\n");
        assertFinds("HUGGINGFACE_TOKEN", "HfHubHTTPError: token=", "hf_" + key(18), "…\n");
        // a display prefix of a few characters, a masked middle, filler: shown too little of the secret to count
        assertThat(acted("name,prefix,last_used\ndeploy,glpat-" + rnd(ALNUM, 3) + "…,never\n")).isFalse();
        assertThat(acted("old key sk_live_…" + rnd(ALNUM, 4) + " revoked\n")).isFalse();
        assertThat(acted("INFO using key sk-proj-" + rnd(ALNUM, 4) + "...(redacted)\n")).isFalse();
        assertThat(acted("key=sk_live_" + "x".repeat(16) + "…(truncated)\n")).isFalse();
        assertThat(acted("the leaked one was ghp_" + "*".repeat(28) + rnd(ALNUM, 4) + "\n")).isFalse();
        // a prose sentence ending in an ellipsis after a word, not a token
        assertThat(acted("we tried sk_live_keys and then...\n")).isFalse();
    }

    @Test
    void credentialsInAMarkdownTableKeyColumn() {
        String lower = rnd(LOWER, 6) + "7" + rnd(LOWER + "0123456789", 25);
        assertFinds("GENERIC_SECRET", "| Service | Env | Key |\n|---|---|---|\n| geo | prod | `", lower,
                "` |\n| geo | staging | see vault |\n");
        String k = key(40);
        assertFinds("GENERIC_SECRET", "Service | API key | Owner\n--- | --- | ---\n| search | ", k,
                " | team-a |\n");
        assertFinds("GENERIC_SECRET", "| Environment | Token (prod) |\n| :--- | :--- |\n| eu | ", k, " |\n");
        assertFinds("GENERIC_PASSWORD", "| Host | User | Password |\n| ---- | ---- | -------- |\n| db1 | app | ",
                password() + "x7", " |\n");
        assertFinds("GENERIC_SECRET", "| Name | Secret |\n|------|--------|\n| webhook | \"", k, "\" |\n");
        // a key column that names things: config keys, environment names, ids, references, placeholders
        assertThat(acted("| Key | Description |\n|---|---|\n| spring.datasource.url | JDBC URL |\n"
                + "| STRIPE_SECRET_KEY | the live key, from Vault |\n")).isFalse();
        assertThat(acted("| Key | Value |\n|---|---|\n| request_id | " + uuid() + " |\n")).isFalse();
        assertThat(acted("| Service | Key |\n|---|---|\n| geo | see vault |\n| maps | `${MAPS_KEY}` |\n"
                + "| pay | <your-key-here> |\n")).isFalse();
        assertThat(acted("| Object key | Size |\n|---|---|\n| uploads/2026/report_final.pdf | 2 MB |\n")).isFalse();
        // a generated value in a column that is not a credential (a commit, a public key)
        assertThat(acted("| Release | Commit |\n|---|---|\n| 1.4 | " + rnd(HEX, 40) + " |\n")).isFalse();
        assertThat(acted("| Device | Public key |\n|---|---|\n| vpn-1 | " + key(40) + " |\n")).isFalse();
    }

    @Test
    void snykTokensGivenToTheCli() {
        String t = uuid();
        assertFinds("SNYK_TOKEN", "  script:\n    - snyk auth ", t, "\n    - snyk test\n");
        assertFinds("SNYK_TOKEN", "$ snyk auth '", t, "'\n");
        assertFinds("SNYK_TOKEN", "RUN snyk config set api=", t, " && snyk monitor\n");
        assertFinds("SNYK_TOKEN", "Snyk  auth ", t, "\n");
        // a UUID that is an org or project id, the bare command
        assertThat(anyOfType("snyk test --org=" + t + "\n", "SNYK_TOKEN")).isFalse();
        assertThat(anyOfType("snyk monitor --project-id " + t + "\n", "SNYK_TOKEN")).isFalse();
        assertThat(anyOfType("run `snyk auth` once, it opens the browser\n", "SNYK_TOKEN")).isFalse();
    }

    @Test
    void passwordsGivenPositionallyToLoginCalls() {
        String p = password();
        assertFinds("GENERIC_PASSWORD", "auth := smtp.PlainAuth(\"\", \"alerts@example.org\", \"", p,
                "\", \"smtp.example.org\")\n");
        assertThat(acted("a := smtp.CRAMMD5Auth(\"ops\", \"" + p + "\")\n")).isTrue();
        assertFinds("GENERIC_PASSWORD", "return new PasswordAuthentication(\"noreply@example.org\", \"", p,
                "\".toCharArray());\n");
        assertFinds("GENERIC_PASSWORD", "conn = DriverManager.getConnection(url, \"report\", \"", p, "\");\n");
        assertFinds("GENERIC_PASSWORD", "server = smtplib.SMTP_SSL(host)\nserver.login('bot@example.org', '", p,
                "')\n");
        assertFinds("GENERIC_PASSWORD", "ftp = FTP('ftp.example.org', 'upload', '", p, "')\n");
        assertFinds("GENERIC_PASSWORD", "$db = new mysqli('localhost', 'shop', '", p, "', 'shop');\n");
        assertFinds("GENERIC_PASSWORD", "$pdo = new PDO('mysql:host=db;dbname=crm', 'crm', '", p, "');\n");
        // variables, environment reads, placeholder words
        assertThat(acted("auth := smtp.PlainAuth(\"\", user, os.Getenv(\"SMTP_PASS\"), host)\n")).isFalse();
        assertThat(acted("server.login(user, password)\n")).isFalse();
        assertThat(acted("conn = DriverManager.getConnection(url, \"sa\", \"password\");\n")).isFalse();
        assertThat(acted("client.login('admin', 'your-password-here')\n")).isFalse();
    }

    @Test
    void loginsGivenAsUserAndAbbreviatedPassword() {
        String p = password();
        assertFinds("GENERIC_PASSWORD", "Current creds in the job config: user backup_sftp / pass ", p,
                "\nPlease check.\n");
        assertFinds("GENERIC_PASSWORD", "username: svc-report, pw: ", p, "\n");
        assertFinds("GENERIC_PASSWORD", "login ops@example.org / pwd ", p, " (rotate after use)\n");
        assertFinds("GENERIC_PASSWORD", "Benutzer lager01 Kennwort ", p, "\n");
        assertFinds("GENERIC_PASSWORD", "user deploy | pass `", p, "`\n");
        // words after "pass", a reference, masked values, an identifier
        assertThat(acted("user payroll / pass the ticket to Infra-Ops please\n")).isFalse();
        assertThat(acted("user admin / pass: see 1Password entry\n")).isFalse();
        assertThat(acted("user bob / pass ************\n")).isFalse();
        assertThat(acted("user guide / pass AbstractFactory2Impl to the builder\n")).isFalse();
    }

    @Test
    void passwordsOfLettersJoinedByHyphens() {
        String v = "Hq" + rnd(LETTERS, 5) + "-" + "Zu" + rnd(LETTERS, 3) + "bK" + rnd(LETTERS, 2) + "w";
        // generated letters of both cases joined by hyphens (no digit): in several languages
        assertFinds("GENERIC_PASSWORD", "Hallo Herr Berg,\nBenutzer: berg.k\nPasswort: ", v, "\nBitte ändern.\n");
        assertFinds("GENERIC_PASSWORD", "Usuario: mlopez\nContraseña: ", v, "\n");
        assertFinds("GENERIC_PASSWORD", "Identifiant : dupont\nMot de passe : ", v, "\n");
        assertFinds("GENERIC_PASSWORD", "het wachtwoord is ", v, " - graag wijzigen\n");
        assertFinds("GENERIC_PASSWORD", "temp password ", v, " - please change it\n");
        // words joined by hyphens are a name or a hint, not a generated password
        assertThat(acted("Passwort: Bitte-Aendern\n")).isFalse();
        assertThat(acted("Passwort: Sommer-Urlaub-Haus\n")).isFalse();
        assertThat(acted("Contraseña: Ver-Documento-Interno\n")).isFalse();
    }

    @Test
    void valuesWrappedInAnOptionalOrOwnedString() {
        String p = key(24);
        assertFinds("GENERIC_PASSWORD", "cfg.password = Some(\"", p, "\".into());\n");
        assertFinds("GENERIC_PASSWORD", "cfg.password = Some(\"", p, "\".to_string());\n");
        assertFinds("GENERIC_PASSWORD", "let db_password = String::from(\"", p, "\");\n");
        assertFinds("GENERIC_SECRET", "let api_secret = SecretString::new(\"", p, "\".into());\n");
        assertFinds("GENERIC_PASSWORD", "Optional<String> password = Optional.of(\"", p, "\");\n");
        assertFinds("GENERIC_SECRET", "val clientSecret = Some(\"", p, "\")\n");
        // environment reads and empty or placeholder values in the same wrappers
        assertThat(acted("cfg.password = Some(env::var(\"DB_PASSWORD\")?);\n")).isFalse();
        assertThat(acted("cfg.password = Some(String::new());\n")).isFalse();
        assertThat(acted("Optional<String> password = Optional.of(System.getenv(\"PW\"));\n")).isFalse();
        assertThat(acted("cfg.password = Some(\"changeme\".into());\n")).isFalse();
    }

    @Test
    void keysThatNameASecretKeptElsewhere() {
        assertThat(acted("postgresql:\n  auth:\n    existingSecret: orders-db-credentials\n")).isFalse();
        assertThat(acted("redis:\n  auth:\n    existingSecretName: cache-auth-secret\n")).isFalse();
        assertThat(acted("envFrom:\n  - secretRef: payments-api-keys\n")).isFalse();
        assertThat(acted("token_secret_ref: vault-kv-ci-token\n")).isFalse();
        assertThat(acted("client_secret_arn = \"prod/payments/client-secret-2026\"\n")).isFalse();
        // the secrets themselves under the same words stay found
        String k = key(32);
        assertFinds("GENERIC_SECRET", "client_secret: ", k, "\n");
        assertFinds("GENERIC_SECRET", "secret_token = \"", k, "\"\n");
        assertFinds("GENERIC_PASSWORD", "existing_password: ", password(), "\n");
    }

    @Test
    void newFindersStayLinearOnFloods() {
        String[] floods = {
            ("sk_live_" + key(14) + "…").repeat(20_000),
            ("|---|" + "glpat-" + key(12) + "***").repeat(20_000),
            "| Key |\n" + "|---|\n".repeat(50_000),
            ("| Key | Token |\n|---|---|\n| " + key(20) + " | x |\n").repeat(10_000),
            "|---".repeat(100_000),
            ("user a / pass " + "b".repeat(60) + " ").repeat(10_000),
            (".login('u', '" + "x".repeat(150) + "', ").repeat(5_000)};
        for (String f : floods) {
            CpuTime.assertWithin(Duration.ofSeconds(5), () -> scan(f));
        }
    }
}
