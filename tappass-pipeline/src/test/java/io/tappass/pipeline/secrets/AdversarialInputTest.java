package io.tappass.pipeline.secrets;

import io.tappass.pipeline.CpuTime;
import io.tappass.pipeline.exfiltration.ExfiltrationDetector;
import io.tappass.pipeline.infra.InfraDetector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs built to trigger superlinear matching (100k-character tokens, long near-matches, repeated separators).
 * Each scan of every detector must finish within a generous bound that only catastrophic backtracking or
 * quadratic searching can exceed; on this class of machine a linear scan of these inputs takes milliseconds.
 */
class AdversarialInputTest {

    private static final int N = 100_000;
    private static final long BOUND_NANOS = 3_000_000_000L;

    record Input(String name, Supplier<String> text) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String rep(String s, int totalChars) {
        StringBuilder sb = new StringBuilder(totalChars + s.length());
        while (sb.length() < totalChars) {
            sb.append(s);
        }
        return sb.toString();
    }

    private static String rnd(String alphabet, int n) {
        Random r = new Random(7);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    static List<Input> inputs() {
        String alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        List<Input> in = new ArrayList<>();
        // 100k-character tokens, with and without provider prefixes
        in.add(new Input("one letter x100k", () -> "a".repeat(N)));
        in.add(new Input("random alnum x100k", () -> rnd(alnum, N)));
        in.add(new Input("ghp_ + 100k", () -> "gh" + "p_" + rnd(alnum, N)));
        in.add(new Input("sk- + 100k urlsafe", () -> "sk-" + "proj-" + rnd(alnum + "_-", N)));
        in.add(new Input("sk-ant + 100k", () -> "sk-" + "ant-api03-" + rnd(alnum + "_-", N)));
        in.add(new Input("eyJ + 100k", () -> "eyJ" + rnd(alnum, N) + ".eyJ" + rnd(alnum, 1000)));
        in.add(new Input("AKIA + 100k upper", () -> "AKIA" + rnd("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", N)));
        in.add(new Input("PEM header + 100k base64 no END", () -> "-----BEGIN RSA PRIVATE KEY-----\n"
                + rnd(alnum + "+/", N)));
        in.add(new Input("base64 PEM prefix + 100k", () -> "LS0tLS1CRUdJTi" + rnd(alnum, N)));
        in.add(new Input("hex x100k", () -> rnd("0123456789abcdef", N)));
        // long near-matches
        in.add(new Input("password= repeated", () -> rep("password=", N)));
        in.add(new Input("api_key: \" repeated", () -> rep("api_key: \"", N)));
        in.add(new Input("token= x repeated", () -> rep("token=x", N)));
        in.add(new Input("secret_ prefix run", () -> rep("secret_", N)));
        in.add(new Input("https://user: repeated", () -> rep("https://user:", N)));
        in.add(new Input(":// repeated", () -> rep("://", N)));
        in.add(new Input("userinfo @ flood", () -> "https://a:" + "@".repeat(N)));
        in.add(new Input("postgres url with 100k path", () -> "postgres://u:pw12345@h/" + "a".repeat(N)));
        in.add(new Input("slack segments", () -> "xo" + "xb-" + rep("1-", N)));
        in.add(new Input("BEGIN repeated", () -> rep("-----BEGIN RSA PRIVATE KEY-----\n", N)));
        in.add(new Input("service_account repeated", () -> rep("\"type\": \"service_account\",", N)));
        in.add(new Input("T3BlbkFJ repeated", () -> rep("sk-aT3BlbkFJ", N)));
        in.add(new Input("Bearer repeated", () -> rep("Bearer ", N)));
        in.add(new Input("Authorization: Basic flood", () -> "Authorization: Basic " + rep("QUFB", N)));
        in.add(new Input("psexec -p near miss", () -> "psexec " + rep("-x ", N)));
        in.add(new Input("curl -u near miss", () -> "curl " + rep("-u ", N)));
        in.add(new Input("netrc near miss", () -> rep("machine a login b ", N)));
        in.add(new Input("xml key value", () -> rep("key=\"password\" ", N)));
        in.add(new Input("Password= in connection string", () -> rep(";Password=", N)));
        in.add(new Input("markdown image opener", () -> rep("![", N)));
        in.add(new Input("markdown image no close", () -> rep("![a](https://x.test/?q=", N / 10)));
        in.add(new Input("<img repeated", () -> rep("<img ", N)));
        in.add(new Input("private ip prefix", () -> rep("10.10.10.", N)));
        in.add(new Input("ipv6 prefix", () -> rep("fd00:", N)));
        in.add(new Input(".local repeated", () -> rep("a.local", N)));
        in.add(new Input("kind: Secret repeated", () -> rep("kind: Secret\n", N)));
        in.add(new Input("arn prefix repeated", () -> rep("arn:aws:", N)));
        in.add(new Input("dotted labels", () -> rep("ab.", N)));
        in.add(new Input("pastebin near miss", () -> rep("pastebin.co", N)));
        in.add(new Input("private urls", () -> rep("http://10.0.0.1/ ", N)));
        // the keyword filter's and pre-checks' worst cases: a keyword at every position, literal/boundary near-misses
        in.add(new Input("sk in every word", () -> rep("ask isk SK ", N)));
        in.add(new Input("pat near miss", () -> rep("pattern pat ", N)));
        in.add(new Input("one-character keyword flood", () -> "!".repeat(N)));
        in.add(new Input("tilde flood", () -> rep("q~", N)));
        in.add(new Input("key name without separator", () -> "password" + "a".repeat(N) + "="));
        in.add(new Input("key then blanks", () -> rep("password ", N)));
        in.add(new Input("fb_ repeated", () -> rep("fb_", N)));
        // dot-, colon- and '<'-driven scanners: one huge token, many triggers
        in.add(new Input("one host token with 50k dots", () -> rep("a.b", N)));
        in.add(new Input("catalogue domain repeated in one token", () -> rep("x.pastebin.com", N)));
        in.add(new Input("digits and dots", () -> rep("1.", N)));
        in.add(new Input("long digit run then dot", () -> "9".repeat(N) + ".1.1.1"));
        in.add(new Input("dotted quads glued", () -> rep("1.1.1.1.", N)));
        in.add(new Input("hex colon pairs", () -> rep("a:", N)));
        in.add(new Input("link-local prefix repeated", () -> rep("fe80::", N)));
        in.add(new Input("long hex run then colon", () -> "f".repeat(N) + "::1"));
        in.add(new Input("< flood", () -> "<".repeat(N)));
        in.add(new Input("<im near miss", () -> rep("<im", N)));
        // the blob scanner's probes: runs just below the stride, wrapped lines, padding everywhere
        in.add(new Input("59-char runs", () -> rep("A".repeat(59) + "=", N)));
        in.add(new Input("wrapped base64 lines", () -> rep(rnd(alnum + "+/", 64) + "\n", N)));
        in.add(new Input("padding alternating", () -> rep("A=", N)));
        // repeated separators
        in.add(new Input("spaces after key", () -> "key" + " ".repeat(N) + "="));
        in.add(new Input("colons", () -> "password" + ":".repeat(N)));
        in.add(new Input("dashes", () -> "-".repeat(N)));
        in.add(new Input("slashes", () -> "/".repeat(N)));
        in.add(new Input("dots", () -> ".".repeat(N)));
        in.add(new Input("underscores", () -> "_".repeat(N)));
        in.add(new Input("equals", () -> "=".repeat(N)));
        in.add(new Input("newlines", () -> "\n".repeat(N)));
        in.add(new Input("quotes", () -> "\"".repeat(N)));
        in.add(new Input("dollar braces", () -> rep("${", N)));
        // format-conformance rules: prose-named credentials, call arguments, escaped quotes, XML values, PuTTY
        in.add(new Input("prose key: value repeated", () -> rep("the API key: Ab1" + "x".repeat(20) + " ", N)));
        in.add(new Input("prose token is repeated", () -> rep("token is ", N)));
        in.add(new Input("long prose value", () -> "password: Ab1" + "c".repeat(N)));
        in.add(new Input("call arguments repeated", () -> rep("define('API_KEY', '", N)));
        in.add(new Input("escaped quotes after key", () -> "os.environ[\\\"SECRET" + "\\\"".repeat(N)));
        in.add(new Input("escaped quoted value unterminated", () -> "token = \\\"" + "a".repeat(N)));
        in.add(new Input("xml value attributes repeated", () -> rep("<add key=\"StorageAccountKey\" value=\"", N)));
        in.add(new Input("PuTTY escaped lines without MAC", () -> "PuTTY-User-Key-File-3: ssh-rsa"
                + rep("\\nAAAA", N)));
        in.add(new Input("PuTTY indented lines without MAC", () -> "PuTTY-User-Key-File-3: ssh-rsa\n"
                + rep("    AAAA\r\n", N)));
        in.add(new Input("query password parameters", () -> rep("&db_password=", N)));
        in.add(new Input("docker -e flags", () -> rep("-e API_SECRET=Ab1cdefghijkl9 -p ", N)));
        in.add(new Input("account key names", () -> rep("storage_account_key=", N)));
        in.add(new Input("name/value pairs repeated", () -> rep("- name: API_TOKEN\n  value: ", N)));
        in.add(new Input("key names before value", () -> rep("key:key_token_secret,", N) + "value: x"));
        in.add(new Input("value keyword flood", () -> rep("\"value\":", N)));
        in.add(new Input("kubernetes Secret data entries", () -> "kind: Secret\ndata:\n"
                + rep("  K: " + "QUJD".repeat(30) + "\n", N)));
        in.add(new Input("kubernetes Secret documents", () -> rep("---\nkind: Secret\ndata:\n  K: a2V5PXZhbA==\n", N)));
        in.add(new Input("kubernetes Secret nested base64", () -> "kind: Secret\ndata:\n  K: "
                + java.util.Base64.getEncoder().encodeToString(("kind: Secret\ndata:\n  K: "
                        + "QUJD".repeat(N / 8) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\n"));
        // rules added with the blind sets (command-line flags, XML elements, Dockerfile ENV, SQL, pgpass, tuples)
        in.add(new Input("--password flags repeated", () -> rep(" --db-password ", N)));
        in.add(new Input("--token flag value run", () -> " --api-token " + "A".repeat(N)));
        in.add(new Input("<password> unclosed", () -> rep("<db.password>abc", N)));
        in.add(new Input("<apiKey> long value", () -> "<apiKey>" + "x".repeat(N)));
        in.add(new Input("Dockerfile ENV keys", () -> rep("\nENV API_TOKEN ", N)));
        in.add(new Input("auth( tuples unclosed", () -> rep("auth=('u', '", N)));
        in.add(new Input("SQL password words", () -> "CREATE USER x " + rep("PASSWORD ", N)));
        in.add(new Input("IDENTIFIED BY unclosed", () -> rep("IDENTIFIED BY 'abc", N)));
        in.add(new Input("pgpass separators", () -> rep("h:5432:", N)));
        in.add(new Input("sshpass without -p", () -> "sshpass " + rep("-x ", N)));
        in.add(new Input("sk- keys repeated", () -> rep("sk-" + "a1".repeat(20) + " ", N)));
        in.add(new Input("password is prose", () -> rep("password is ", N)));
        in.add(new Input("secret_id near approle", () -> "approle " + rep("secret_id=", N)));
        // forms rules (CLIs, plists, Android resources)
        in.add(new Input("gh secret set repeated", () -> rep("gh secret set A_TOKEN --repo x ", N)));
        in.add(new Input("gh secret set --body no value", () -> rep("gh secret set A --body ", N)));
        in.add(new Input("az keyvault --value long", () -> "az keyvault secret set --name x --value " + rnd(alnum, N)));
        in.add(new Input("dotnet user-secrets repeated", () -> rep("dotnet user-secrets set \"a\" ", N)));
        in.add(new Input("netlify env:set tokens", () -> rep("netlify env:set API_TOKEN ", N)));
        in.add(new Input("aws configure set session long", () -> "aws configure set aws_session_token "
                + rnd(alnum + "+/", N)));
        in.add(new Input("aws configure set repeated", () -> rep("aws configure set aws_secret_access_key ", N)));
        in.add(new Input("security -w repeated", () -> "security add-generic-password " + rep("-w ", N)));
        in.add(new Input("htpasswd flags", () -> "htpasswd " + rep("-b ", N)));
        in.add(new Input("htpasswd repeated", () -> rep("htpasswd -b f u ", N)));
        in.add(new Input("plist keys unclosed", () -> rep("<key>api_token</key><string>", N)));
        in.add(new Input("plist long value", () -> "<key>apiKey</key><string>" + rnd(alnum, N)));
        in.add(new Input("android names repeated", () -> rep("<string name=\"password", N)));
        in.add(new Input("android long value", () -> "<string name=\"api_key\">" + rnd(alnum, N)));
        in.add(new Input("_authToken blanks", () -> rep("_authToken ", N)));
        in.add(new Input("@file values", () -> "password=@" + rep("a.", N)));
        // round 3 (concatenation, stdin pipes, setters, typed assignments, Oracle, JDBC parameters)
        in.add(new Input("concatenated short literals", () -> rep("\"ab\" + ", N)));
        in.add(new Input("concatenated long literals", () -> rep("\"" + rnd(alnum, 150) + "\" +\n    ", N)));
        in.add(new Input("concat joints without literals", () -> rep("x\" + y", N)));
        in.add(new Input("unclosed literal after +", () -> "'a' + '" + rnd(alnum, N)));
        in.add(new Input("compact concat", () -> rep("'a1B2'+", N)));
        in.add(new Input("parenthesised literals", () -> rep("(\"a1B2\"\n \"c3D4\" ", N)));
        in.add(new Input("open parens and newlines", () -> rep("(\n", N)));
        in.add(new Input("echo pipes repeated", () -> rep("echo 'Abc123!x' | ", N)));
        in.add(new Input("password-stdin repeated", () -> rep(" --password-stdin", N)));
        in.add(new Input("echo long value to base64", () -> "echo " + rnd(alnum, N) + " | base64"));
        in.add(new Input("setters unclosed", () -> rep(".setPassword(\"Abc", N)));
        in.add(new Input("typed assignments", () -> rep("apiKey: string = ", N)));
        in.add(new Input("sqlplus slashes", () -> "sqlplus " + rep("a/", N)));
        in.add(new Input("jdbc password params", () -> "jdbc:x?" + rep("&password=", N)));
        in.add(new Input("-e flags repeated", () -> rep("-e API_TOKEN=Abc123xyz ", N)));
        in.add(new Input("-e flag long value", () -> "-e DB_PASSWORD=" + rnd(alnum, N)));
        in.add(new Input("setx repeated", () -> rep("setx API_TOKEN ", N)));
        in.add(new Input("gradle password statements", () -> rep("\n storePassword \"abc", N)));
        in.add(new Input("?= and ||= operators", () -> rep("api_key ?= x ||= ", N)));
        in.add(new Input("go DSN @tcp( repeated", () -> rep("u:pw@tcp(", N)));
        in.add(new Input("go DSN long user", () -> rnd(alnum, N) + ":pw@tcp(h)"));
        in.add(new Input("netrc default repeated", () -> rep("default login ", N)));
        in.add(new Input("NEO4J_AUTH slashes", () -> "NEO4J_AUTH=" + rep("a/", N)));
        // round 4 (snowflake tokens, Authorization schemes, next-line values, other languages)
        in.add(new Input("snowflake prefixes repeated", () -> rep("MTAx ", N)));
        in.add(new Input("snowflake-shaped segments", () -> rep("MTE4NzY1NDMyMTA5ODc2NTQz.GqW3xY.", N)));
        in.add(new Input("MTA + 100k base64url", () -> "MTA" + rnd(alnum + "_-", N)));
        in.add(new Input("authorization schemes repeated", () -> rep("Authorization: Xyz ", N)));
        in.add(new Input("authorization + 100k value", () -> "Authorization: Vendor " + rnd(alnum, N)));
        in.add(new Input("next-line keys repeated", () -> rep("token:\n  ", N)));
        in.add(new Input("block scalar + 100k line", () -> "api_key: |\n  " + rnd(alnum, N)));
        in.add(new Input("continuations repeated", () -> rep("password = \\\n ", N)));
        in.add(new Input("Passwort filler repeated", () -> rep("Passwort " + "x".repeat(50) + " ", N)));
        in.add(new Input("CJK password words repeated", () -> rep("密码パスワード", N)));
        in.add(new Input("Пароль colon long value", () -> "Пароль: " + rnd(alnum, N)));
        in.add(new Input("bare key, identifier-like 200-char values", () -> rep("key = " + "Ab1_".repeat(50) + "x\n", N)));
        in.add(new Input("terraform variable without default", () -> "variable \"db_password\" {\n" + rep("  x = 1\n", N)));
        in.add(new Input("default lines repeated", () -> "variable \"api_token\" {" + rep(" default = 1", N)));
        in.add(new Input("placeholder defaults repeated", () -> rep("${DB_PASSWORD:", N)));
        in.add(new Input("properties entries unclosed", () -> rep("<entry key=\"db.password\">abc", N)));
        in.add(new Input("encryptedData with many long values", () -> "encryptedData:\n" + rep("  password: "
                + rnd(alnum, 220) + "\n", N)));
        // thirty-sixth session: the provider-coverage rules (prefixed bodies, vendor key names and YAML sections,
        // webhook URLs, near windows)
        in.add(new Input("dG9rO + 100k base64", () -> "dG9rO" + rnd(alnum + "+/", N)));
        in.add(new Input("ATTA + 100k hex", () -> "ATTA" + rnd("0123456789abcdef", N)));
        in.add(new Input("attach words repeated", () -> rep("ATTAch attack ", N)));
        in.add(new Input("_mmk repeated", () -> rep("ab_mmk ", N)));
        in.add(new Input("_mmk after 100k alnum", () -> rnd(alnum, N) + "_mmk"));
        in.add(new Input("perm: dotted flood", () -> "perm:" + rep("ab.", N)));
        in.add(new Input("syt_ underscores", () -> "syt_" + rep("ab_", N)));
        in.add(new Input("Atzr| + 100k", () -> "Atzr|" + rnd(alnum + "_-", N)));
        in.add(new Input("secret-token:mercury_ + 100k", () -> "secret-token:mercury_production_" + rnd(alnum + "_", N)));
        in.add(new Input("akab- repeated", () -> rep("akab-0123456789abcdef-", N)));
        in.add(new Input("client_secret near akab-", () -> "akab-0123456789abcdef-0123456789abcdef "
                + rep("client_secret = ", N)));
        in.add(new Input("infobip hex runs", () -> "infobip " + rep("0123456789abcdef0123456789abcdef-", N)));
        in.add(new Input("vendor key names repeated", () -> rep("SHODAN_API_KEY_", N)));
        in.add(new Input("vendor constructor unclosed", () -> rep("shodan.Shodan(\"", N)));
        in.add(new Input("vendor YAML section siblings", () -> "shodan:\n" + rep("  a: b\n", N)));
        in.add(new Input("vendor YAML sections repeated", () -> rep("vultr:\n  api_key: x\n", N)));
        in.add(new Input("helius query flood", () -> "https://mainnet.helius-rpc.com/?" + rep("a&", N)));
        in.add(new Input("ifttt trigger path + 100k", () -> "https://maker.ifttt.com/trigger/" + rnd(alnum, N)));
        in.add(new Input("dotenv URI + 100k path", () -> "dotenv://:key_" + "a1".repeat(32) + "@dotenv.org/vault/"
                + rep("a/", N)));
        in.add(new Input("blockfrost networks repeated", () -> rep("preview mainnet testnet ", N)));
        return in;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void everyDetectorStaysLinear(Input input) {
        String text = input.text().get();
        Duration bound = Duration.ofNanos(BOUND_NANOS);
        CpuTime.assertWithin("secrets on " + input.name() + " (" + text.length() + " chars)", bound,
                () -> SecretScanner.defaults().scan(text));
        CpuTime.assertWithin("infra on " + input.name(), bound, () -> InfraDetector.defaults().scan(text));
        CpuTime.assertWithin("exfiltration on " + input.name(), bound,
                () -> ExfiltrationDetector.defaults().scan(text));
    }
}
