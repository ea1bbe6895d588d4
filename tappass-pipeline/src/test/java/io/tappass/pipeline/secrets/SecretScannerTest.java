package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tappass.core.governance.Severity;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule families of {@link SecretScanner}, with positives and negatives. Fake credentials are assembled from parts
 * at run time so that this source file does not itself trip secret scanners.
 */
class SecretScannerTest {

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String HEX = "0123456789abcdef";
    private static final String UPPER32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String LOWER32 = "abcdefghijklmnopqrstuvwxyz234567";
    private static final String B64 = ALNUM + "+/";
    private static final String URLSAFE = ALNUM + "_-";

    private static final Random RND = new Random(42);

    static String rnd(String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(RND.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static final SecretScanner S = SecretScanner.defaults();

    /** Asserts exactly one finding of {@code type} whose span is the token itself. */
    static void assertFinds(String type, String before, String token, String after) {
        String text = before + token + after;
        List<SecretMatch> found = S.scan(text);
        assertThat(found).as("findings in %s", text).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(type);
            assertThat(m.start()).isEqualTo(before.length());
            assertThat(m.end()).isEqualTo(before.length() + token.length());
        });
    }

    static void assertNone(String text) {
        assertThat(S.scan(text)).as("findings in %s", text).isEmpty();
    }

    record Case(String type, String before, String token, String after) {
        @Override
        public String toString() {
            return type;
        }
    }

    static List<Case> positives() {
        String uuid = rnd(HEX, 8) + "-" + rnd(HEX, 4) + "-" + rnd(HEX, 4) + "-" + rnd(HEX, 4) + "-" + rnd(HEX, 12);
        List<Case> c = new ArrayList<>();
        c.add(new Case("OPENAI_API_KEY", "OPENAI_API_KEY=", "sk-" + "proj-" + rnd(URLSAFE, 74) + "T3Blbk" + "FJ" + rnd(URLSAFE, 74), "\n"));
        c.add(new Case("OPENAI_API_KEY", "key: ", "sk-" + "svcacct-" + rnd(URLSAFE, 40) + "T3Blbk" + "FJ" + rnd(URLSAFE, 40), ""));
        c.add(new Case("OPENAI_API_KEY", "Bearer ", "sk-" + rnd(ALNUM, 20) + "T3Blbk" + "FJ" + rnd(ALNUM, 20), " rest"));
        c.add(new Case("ANTHROPIC_API_KEY", "x-api-key: ", "sk-" + "ant-" + "api03-" + rnd(URLSAFE, 93) + "AA", "\n"));
        c.add(new Case("AWS_ACCESS_KEY_ID", "aws_access_key_id = ", "AK" + "IA" + rnd(UPPER32, 16), "\n"));
        c.add(new Case("AWS_ACCESS_KEY_ID", "id ", "AS" + "IA" + rnd(UPPER32, 16), "."));
        c.add(new Case("AWS_SECRET_ACCESS_KEY", "aws_secret_access_key = ", rnd(B64, 40), "\n"));
        c.add(new Case("AWS_SECRET_ACCESS_KEY", "export AWS_SECRET_ACCESS_KEY=\"", rnd(B64, 40), "\""));
        c.add(new Case("GOOGLE_API_KEY", "key=", "AI" + "za" + rnd(URLSAFE, 35), "&q=1"));
        c.add(new Case("AZURE_STORAGE_ACCOUNT_KEY", "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=",
                rnd(B64, 86) + "==", ";EndpointSuffix=core.windows.net"));
        c.add(new Case("AZURE_SAS_TOKEN", "https://a.blob.core.windows.net/c/b?sv=2022-11-02&se=2030-01-01&sp=r&sig=",
                rnd(ALNUM, 43) + "%3D", " end"));
        c.add(new Case("GITHUB_PAT", "token ", "gh" + "p_" + rnd(ALNUM, 36), "\n"));
        c.add(new Case("GITHUB_OAUTH_TOKEN", "", "gh" + "o_" + rnd(ALNUM, 36), ""));
        c.add(new Case("GITHUB_USER_TO_SERVER_TOKEN", "\"", "gh" + "u_" + rnd(ALNUM, 36), "\""));
        c.add(new Case("GITHUB_SERVER_TO_SERVER_TOKEN", "x ", "gh" + "s_" + rnd(ALNUM, 36), " y"));
        c.add(new Case("GITHUB_REFRESH_TOKEN", "", "gh" + "r_" + rnd(ALNUM, 76), ""));
        c.add(new Case("GITHUB_FINE_GRAINED_PAT", "", "github" + "_pat_" + "11" + rnd(ALNUM, 20) + "_" + rnd(ALNUM, 59), ""));
        c.add(new Case("GITLAB_PAT", "PRIVATE-TOKEN: ", "gl" + "pat-" + rnd(URLSAFE, 20), "\n"));
        c.add(new Case("SLACK_TOKEN", "SLACK_TOKEN=", "xo" + "xb-" + rnd("0123456789", 12) + "-" + rnd("0123456789", 13) + "-" + rnd(ALNUM, 24), "\n"));
        c.add(new Case("SLACK_TOKEN", "", "xo" + "xp-" + rnd("0123456789", 12) + "-" + rnd("0123456789", 12) + "-" + rnd("0123456789", 12) + "-" + rnd(HEX, 32), ""));
        c.add(new Case("SLACK_WEBHOOK_URL", "url: ", "https://hooks." + "slack.com/services/T" + rnd(UPPER32, 8) + "/B" + rnd(UPPER32, 8) + "/" + rnd(ALNUM, 24), "\n"));
        c.add(new Case("STRIPE_SECRET_KEY_LIVE", "Stripe.api_key = \"", "sk_" + "live_" + rnd(ALNUM, 24), "\""));
        c.add(new Case("STRIPE_RESTRICTED_KEY_LIVE", "", "rk_" + "live_" + rnd(ALNUM, 99), ""));
        c.add(new Case("STRIPE_SECRET_KEY_TEST", "", "sk_" + "test_" + rnd(ALNUM, 24), ""));
        c.add(new Case("TWILIO_API_KEY", "twilio key ", "S" + "K" + rnd(HEX, 32), ""));
        c.add(new Case("SENDGRID_API_KEY", "", "S" + "G." + rnd(URLSAFE, 22) + "." + rnd(URLSAFE, 43), ""));
        c.add(new Case("NPM_ACCESS_TOKEN", "//registry.npmjs.org/:_authToken=", "np" + "m_" + rnd(ALNUM, 36), "\n"));
        c.add(new Case("PYPI_UPLOAD_TOKEN", "password = ", "py" + "pi-AgEIcHlwaS5vcmc" + rnd(URLSAFE, 120), "\n"));
        c.add(new Case("DOCKER_HUB_PAT", "docker login -p ", "dc" + "kr_pat_" + rnd(URLSAFE, 27), ""));
        c.add(new Case("HUGGINGFACE_TOKEN", "HF_TOKEN=", "h" + "f_" + rnd("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 34), ""));
        c.add(new Case("GROQ_API_KEY", "", "gs" + "k_" + rnd(ALNUM, 52), ""));
        c.add(new Case("MAILGUN_API_KEY", "'", "ke" + "y-" + rnd(HEX, 32), "'"));
        c.add(new Case("DIGITALOCEAN_TOKEN", "", "do" + "p_v1_" + rnd(HEX, 64), ""));
        c.add(new Case("DATABRICKS_TOKEN", "", "da" + "pi" + rnd(HEX, 32), ""));
        c.add(new Case("SHOPIFY_TOKEN", "", "sh" + "pat_" + rnd(HEX, 32), ""));
        c.add(new Case("TELEGRAM_BOT_TOKEN", "bot", "1234567" + "89:AA" + rnd(URLSAFE, 33), "/getMe"));
        c.add(new Case("TAILSCALE_KEY", "", "ts" + "key-auth-" + rnd(ALNUM, 12) + "-" + rnd(ALNUM, 24), ""));
        c.add(new Case("HASHICORP_VAULT_TOKEN", "VAULT_TOKEN=", "hv" + "s." + rnd(URLSAFE, 90), ""));
        c.add(new Case("NEW_RELIC_API_KEY", "", "NR" + "AK-" + rnd(UPPER32, 27), ""));
        c.add(new Case("AGE_SECRET_KEY", "", "AGE-" + "SECRET-KEY-1" + rnd("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58), ""));
        c.add(new Case("POSTMAN_API_KEY", "", "PM" + "AK-" + rnd(HEX, 24) + "-" + rnd(HEX, 34), ""));
        c.add(new Case("SQUARE_ACCESS_TOKEN", "", "sq0" + "atp-" + rnd(URLSAFE, 22), ""));
        c.add(new Case("DISCORD_WEBHOOK_URL", "", "https://discord.com/api/" + "webhooks/" + rnd("0123456789", 18) + "/" + rnd(URLSAFE, 68), ""));
        c.add(new Case("GRAFANA_SERVICE_ACCOUNT_TOKEN", "", "gl" + "sa_" + rnd(ALNUM, 32) + "_" + rnd(HEX, 8), ""));
        c.add(new Case("PASSWORD_HASH", "root:", "$2" + "b$12$" + rnd(ALNUM + "./", 53), ":0:0"));
        c.add(new Case("DATABASE_CONNECTION_STRING", "DATABASE_URL=",
                "postgres" + "://app:" + rnd(ALNUM, 14) + "@db.internal:5432/app?sslmode=require", "\n"));
        c.add(new Case("DATABASE_CONNECTION_STRING", "", "mongodb+srv" + "://svc:" + rnd(ALNUM, 12) + "@cluster0.example.net/db", " "));
        c.add(new Case("DATABASE_CONNECTION_STRING", "", "redis" + "://default:" + rnd(ALNUM, 16) + "@cache:6379/0", ""));
        c.add(new Case("DATABASE_CONNECTION_STRING", "", "jdbc:mysql" + "://root:" + rnd(ALNUM, 10) + "@localhost:3306/shop", ""));
        c.add(new Case("DATABASE_CONNECTION_STRING", "", "amqp" + "://guest2:" + rnd(ALNUM, 10) + "@rabbit:5672/vhost", ""));
        c.add(new Case("DATABASE_CONNECTION_STRING", "DATABASE_URL=", "postgresql" + "://app:Xk9#" + rnd(ALNUM, 8) + "@db.prod.internal:5432/orders", "\n"));
        c.add(new Case("DATABASE_CONNECTION_STRING", "REDIS_URL=", "redis" + "://:" + rnd(ALNUM, 12) + "@cache:6379/0", "\n"));
        c.add(new Case("DATABASE_PASSWORD", "mysql -u root -p", rnd(ALNUM, 12), " -h db"));
        c.add(new Case("BASIC_AUTH_URL", "see ", "https" + "://deploy:" + rnd(ALNUM, 12) + "@ci.example.com", "/job/1"));
        c.add(new Case("AWS_BEDROCK_API_KEY", "AWS_BEARER_TOKEN_BEDROCK=", "AB" + "SK" + rnd(B64, 120), "\n"));
        c.add(new Case("TENCENT_SECRET_ID", "", "AK" + "ID" + rnd(ALNUM, 32), ""));
        c.add(new Case("CONTENTFUL_PAT", "", "CF" + "PAT-" + rnd(URLSAFE, 43), ""));
        c.add(new Case("BREVO_API_KEY", "", "xkey" + "sib-" + rnd(HEX, 64) + "-" + rnd(ALNUM, 16), ""));
        c.add(new Case("CIRCLECI_TOKEN", "", "CCI" + "PAT_" + rnd(ALNUM, 22) + "_" + rnd(HEX, 40), ""));
        c.add(new Case("BUILDKITE_TOKEN", "", "bk" + "ua_" + rnd(HEX, 40), ""));
        c.add(new Case("PINECONE_API_KEY", "", "pc" + "sk_" + rnd(ALNUM, 60), ""));
        c.add(new Case("OPENSHIFT_TOKEN", "oc login --token=", "sha256" + "~" + rnd(URLSAFE, 43), ""));
        c.add(new Case("DOCKER_CONFIG_AUTH", "{\"auths\":{\"r.example.com\":{\"auth\":\"",
                b64("robot:" + rnd(ALNUM, 20)), "\"}}}"));
        c.add(new Case("NPM_AUTH", "_auth=", b64("ci:" + rnd(ALNUM, 16)), "\n"));
        c.add(new Case("PASSWORD_HASH", "admin:", "$ap" + "r1$" + rnd(ALNUM, 8) + "$" + rnd(ALNUM + "./", 22), "\n"));
        c.add(new Case("PASSWORD_HASH", "", "$argon2id$v=19$m=65536,t=3,p=4$" + rnd(ALNUM, 22) + "$" + rnd(ALNUM, 43), ""));
        c.add(new Case("CONNECTION_STRING_PASSWORD", "jdbc:sqlserver://db:1433;user=sa;password=", rnd(ALNUM, 14), ";"));
        c.add(new Case("NETRC_PASSWORD", "machine api.example.com login bot password ", rnd(ALNUM, 20), "\n"));
        c.add(new Case("DOTNET_CREDENTIAL", "new NetworkCredential(\"svc\", \"", rnd(ALNUM, 12), "\");"));
        c.add(new Case("DOTNET_CREDENTIAL", "new DirectoryEntry(\"LDAP://dc01\", \"svc\", \"", rnd(ALNUM, 12), "\");"));
        c.add(new Case("HTTP_TOKEN_AUTH", "-H 'Authorization: Token ", rnd(HEX, 40), "'"));
        c.add(new Case("GENERIC_SECRET", "-H \"X-API-Key: ", rnd(ALNUM, 32), "\""));
        c.add(new Case("GENERIC_PASSWORD", "db_password = \"", rnd(ALNUM, 14), "\""));
        c.add(new Case("GENERIC_PASSWORD", "PASSWORD=", rnd(ALNUM, 14), "\n"));
        c.add(new Case("GENERIC_SECRET", "api_key: \"", rnd(ALNUM, 32), "\""));
        c.add(new Case("GENERIC_SECRET", "client_secret = '", rnd(URLSAFE, 40), "'"));
        c.add(new Case("GENERIC_SECRET", "SIGNING_KEY=", rnd(ALNUM, 40), "\n"));
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void findsEachFamilyWithExactSpan(Case c) {
        assertFinds(c.type(), c.before(), c.token(), c.after());
    }

    /**
     * A match of an anchored rule consumes its span even when its value is rejected (a placeholder, a reference, low
     * entropy), as a search over the whole text does: the keyword-driven scan must not report a second match that
     * starts inside it. Texts from a fuzzer that glued pieces of the blind secret sets together (2026-11-26: 30 of
     * 63,000 gave the fast scan one more match than {@link SecretScanner#scanExhaustive}).
     */
    @Test
    void noMatchStartsInsideARejectedOne() {
        SecretScanner s = SecretScanner.defaults();
        String[] texts = {
            "DB_PASSWORD=op://vault/db/password:GIT_COMMIT=6a9a6534f97dfc474f035e1956cb1f0b3da4ce97.egistry.a",
            "aws_access_key_id=AKIAIOSFODNN7EXAMPLE@OOK_SECRET=whsec_MW36i9hMRWM0C9fZUyM81SIwiD8Ok.zXHs-WNL9-Xk\n",
            "NEW_RELIC_INSERT_KEY=NRII-xrooWYt9UFlc8EZ0xrKPNY2Km8tpsDMe-etworkCredential(\"svc\", \"gN3FNlr5Jbcsecret"
                + "Name: db-credentials_GIT_COMMIT=6a9a6534f97dfc474f035e1956cb1f0b3da4ce97&",
            "thorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJz'is://lo\tSLACK_BOT_TOKEN=xoxb-not-a-real-token"
                + "-this-will-not-work=8db3y16MviNf/",
            "DB_PASSWORD=op://Production/db/password:mysql -h 10.1.2.3 -u root -pGqyovt862#RM1r shop < dump.sql."
                + "&password: \"aaaaaaaaaaaa\""};
        for (String t : texts) {
            List<SecretMatch> slow = s.scanExhaustive(t);
            assertThat(s.scan(t)).as("keyword-driven scan of %s", t).isEqualTo(slow);
        }
    }

    @Test
    void jwtIsStructureChecked() {
        String header = b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        String payload = b64url("{\"sub\":\"1234567890\",\"name\":\"A\",\"iat\":1516239022}");
        String jwt = header + "." + payload + "." + rnd(URLSAFE, 43);
        assertFinds("JWT", "Authorization: Bearer ", jwt, "\n");
        // a header that is not a JOSE header is not a JWT
        String fake = b64url("{\"hello\":\"world\",\"x\":1}") + "." + payload + "." + rnd(URLSAFE, 43);
        assertThat(S.scan("token " + fake)).noneMatch(m -> m.type().equals("JWT"));
    }

    @Test
    void basicAuthHeaderMustDecodeToUserAndPassword() {
        String creds = b64("deploy:" + rnd(ALNUM, 12));
        assertFinds("HTTP_BASIC_AUTH", "Authorization: Basic ", creds, "\n");
        assertNone("Authorization: Basic " + b64("nocolonhere12345"));
    }

    @Test
    void pemPrivateKeysAreReportedWhole() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            body.append(rnd(B64, 64)).append('\n');
        }
        String pem = "-----BEGIN RSA PRIVATE KEY-----\n" + body + "-----END RSA PRIVATE KEY-----";
        assertFinds("PRIVATE_KEY", "key:\n", pem, "\n");
        String ssh = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "-----END OPENSSH PRIVATE KEY-----";
        assertFinds("PRIVATE_KEY", "", ssh, "");
        String pgp = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + body + "=abcd\n-----END PGP PRIVATE KEY BLOCK-----";
        assertFinds("PRIVATE_KEY", "", pgp, "");
        // JSON-escaped newlines
        String escaped = pem.replace("\n", "\\n");
        assertFinds("PRIVATE_KEY", "{\"key\": \"", escaped, "\"}");
        // placeholders and public keys are not
        assertNone("-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----");
        assertNone("-----BEGIN PRIVATE KEY-----\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n-----END PRIVATE KEY-----");
        assertNone("-----BEGIN PUBLIC KEY-----\n" + body + "-----END PUBLIC KEY-----");
        // base64-wrapped PEM
        String wrapped = Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII));
        assertFinds("PRIVATE_KEY", "PRIVATE_KEY_B64=", wrapped, "\n");
    }

    @Test
    void gcpServiceAccountJsonIsReportedAsOneObject() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            body.append(rnd(B64, 64)).append("\\n");
        }
        String json = "{\n  \"type\": \"service_account\",\n  \"project_id\": \"demo\",\n  \"private_key_id\": \""
                + rnd(HEX, 40) + "\",\n  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n" + body
                + "-----END PRIVATE KEY-----\\n\",\n  \"client_email\": \"svc@demo.iam.gserviceaccount.com\"\n}";
        assertFinds("GCP_SERVICE_ACCOUNT_KEY", "creds = ", json, "\n");
        assertNone("{\"type\": \"service_account\", \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n\"}");
    }

    @Test
    void allowlistOfPlaceholdersAndDocumentationExamples() {
        assertNone("aws_access_key_id = AKIA" + "IOSFODNN7EXAMPLE");
        assertNone("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY");
        assertNone("api_key = \"your_api_key_here\"");
        assertNone("API_KEY=<TOKEN>");
        assertNone("password: ${DB_PASSWORD}");
        assertNone("password = \"changeme\"");
        assertNone("secret: \"xxxxxxxxxxxxxxxxxxxxxxxx\"");
        assertNone("token = {{ secrets.GITHUB_TOKEN }}");
        assertNone("password = os.environ['DB_PASSWORD']");
        assertNone("postgres://user:${PASSWORD}@localhost/db");
        assertNone("https://username:password@example.com");
        assertNone("mongodb://admin:admin@localhost:27017");
        assertNone("const testToken = 'test-token-123';"); // a test fixture
        assertNone("api_secret = \"test_secret_value_42\"");
    }

    @Test
    void githubAndNpmChecksumsDecideTheScore() {
        // generated for this test (random body + base62 CRC32, computed independently in Python's zlib)
        String valid = "gh" + "p_" + "Ky9Pf34qY6Nb3wWD25RQ4F5ZR3qa7y" + "3gm1IL";
        String validNpm = "np" + "m_" + "Eeeby3abP3E2Zs8IQ9Y7aJZqhB6bae" + "2dTjzx";
        assertThat(S.scan("token " + valid)).singleElement()
                .satisfies(x -> assertThat(x.score()).isEqualTo(1.0));
        assertThat(S.scan("token " + validNpm)).singleElement()
                .satisfies(x -> assertThat(x.score()).isEqualTo(1.0));
        // one character changed: the checksum fails, a random-looking body is still reported, lower
        String altered = valid.substring(0, 10) + (valid.charAt(10) == 'x' ? 'y' : 'x') + valid.substring(11);
        assertThat(S.scan("token " + altered)).singleElement()
                .satisfies(x -> assertThat(x.score()).isEqualTo(0.9));
        // a placeholder body whose checksum fails is not a token
        assertNone("GITHUB_TOKEN=gh" + "p_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
        String npmPlaceholder = "np" + "m_" + "yourNpmTokenHere" + "x".repeat(20);
        assertThat(npmPlaceholder).hasSize(40);
        assertNone("NPM_TOKEN=" + npmPlaceholder);
        assertThat(Checksums.crc32Base62(valid, 4, valid.length())).isEqualTo(Checksums.Verdict.VALID);
        assertThat(Checksums.crc32Base62(altered, 4, altered.length())).isEqualTo(Checksums.Verdict.INVALID);
        assertThat(Checksums.crc32Base62(valid + "A", 4, valid.length() + 1))
                .isEqualTo(Checksums.Verdict.NOT_APPLICABLE);
    }

    @Test
    void genericRulesSkipCountingRunsUuidsDocumentationHostsAndAnonymousLogins() {
        assertNone("secret_access_key = 'abcdefg12346+FJQCK'");
        assertNone("api_token = \"Q9zyxwvuT4kLm2Pq8RsX\"");
        assertNone("password = \"Xk12345678q\"");
        assertNone("session_token = \"3f1c2a9e-7b4d-4e21-9a0c-5d8e7f6b1a2c\"");
        assertNone("postgresql://app:Zq7!kP2vR9@[2001:db8::12]/prod");
        assertNone("mysql://app:Zq7!kP2vR9@192.0.2.10:3306/prod");
        assertNone("ftp://anonymous:guest@ftp.kernel.org/pub");
        assertNone("server->user = \"anonymous\";\nserver->password = \"guest@\";");
        assertNone("postgresql://app:example_pw_1@db.internal/prod");
        // the same shapes with real-looking values are still found
        assertThat(S.scan("api_token = \"Q9zKwvuT4kLm2Pq8RsX7\"")).hasSize(1);
        assertThat(S.scan("password = \"Xk1q9w3e7Zp\"")).hasSize(1);
        assertThat(S.scan("postgresql://app:Zq7!kP2vR9@10.1.2.3/prod")).hasSize(1);
        assertThat(S.scan("Authorization: Bearer 3f1c2a9e-7b4d-4e21-9a0c-5d8e7f6b1a2c")).hasSize(1);
    }

    @Test
    void fixtureBodiesBehindARealPrefixScoreLowerAndFillerWordsAreNotReported() {
        List<SecretMatch> m = S.scan("HF_TOKEN=h" + "f_qZtRkWmPfLvNbXcJdHgSEXAMPLEwYuTrEp");
        assertThat(m).singleElement().satisfies(x -> assertThat(x.score()).isEqualTo(0.7));
        // one-character filler: still reported by the scanner, below detect_secrets' default threshold
        m = S.scan("HF_TOKEN=h" + "f_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
        assertThat(m).singleElement().satisfies(x -> assertThat(x.score())
                .isEqualTo(SecretScanner.ONE_CHAR_FILLER_SCORE));
        assertNone("SLACK_BOT_TOKEN=xox" + "b-your-bot-token");
        assertNone("STRIPE_SECRET_KEY=sk_live_" + "<your-secret-key-here>");
    }

    @Test
    void genericAssignmentsAreEntropyAndShapeGated() {
        assertNone("password = \"123\"");
        assertNone("token: \"abcabcabcabc\"");
        assertNone("api_key = get_api_key()");
        assertNone("secret_key = settings.SECRET_KEY");
        assertNone("max_tokens: 4096");
        assertNone("passwordLabel: \"Password:\"");
        assertNone("The token: understanding how tokenizers work");
        assertNone("Please reset your password and choose a strong passphrase.");
        // a provider named in the key fixes the value's shape
        assertNone("AWS_SECRET_ACCESS_KEY=" + rnd(HEX, 42));
    }

    @Test
    void benignProseIsClean() {
        assertNone("How do I rotate my GitHub token and where do I store API keys safely?");
        assertNone("The secret to a good risotto is patience; the key is stirring.");
        assertNone("Visit https://example.com/docs?page=2 for more, or ask skills@example.org.");
        assertNone("Task: summarise SKILLS and sk-learn usage in sklearn pipelines.");
    }

    @Test
    void severities() {
        assertThat(S.scan("sk_" + "live_" + rnd(ALNUM, 24))).singleElement()
                .satisfies(m -> assertThat(m.severity()).isEqualTo(Severity.CRITICAL));
        assertThat(S.scan("sk_" + "test_" + rnd(ALNUM, 24))).singleElement()
                .satisfies(m -> assertThat(m.severity()).isEqualTo(Severity.HIGH));
    }

    @Test
    void builderAllowlistAndDisable() {
        String token = "gh" + "p_" + rnd(ALNUM, 36);
        assertThat(SecretScanner.builder().allow(token).build().scan("t=" + token)).isEmpty();
        assertThat(SecretScanner.builder().allow("/gh" + "p_[A-Za-z0-9]+/").build().scan("t=" + token)).isEmpty();
        assertThat(SecretScanner.builder().disable("GITHUB_PAT").build().scan("t=" + token)).isEmpty();
        assertThat(SecretScanner.builder().disable("github.pat").build().scan("t=" + token)).isEmpty();
        assertThatThrownBy(() -> SecretScanner.builder().allow("/[unclosed/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/[unclosed/");
    }

    @Test
    void overlappingMatchesKeepTheMostSpecific() {
        String token = "gh" + "p_" + rnd(ALNUM, 36);
        List<SecretMatch> m = S.scan("GITHUB_TOKEN=\"" + token + "\"");
        assertThat(m).singleElement().satisfies(x -> assertThat(x.type()).isEqualTo("GITHUB_PAT"));
    }

    @Test
    void secretsStoredByCommandLineToolsPlistsAndAndroidResources() {
        String pw = "Kx7!" + rnd(ALNUM, 12);
        String key = rnd(ALNUM, 40);
        assertFinds("CLI_SECRET", "gh secret set API_TOKEN --body \"", key, "\"");
        assertFinds("CLI_SECRET", "gh secret set API_TOKEN --repo a/b -b ", key, "");
        assertFinds("CLI_SECRET", "az keyvault secret set --vault-name kv --name Db --value ", pw, "");
        assertFinds("CLI_SECRET", "dotnet user-secrets set \"Api:Key\" \"", key, "\"");
        assertFinds("CLI_SECRET", "netlify env:set STRIPE_SECRET ", key, "");
        assertFinds("AWS_SECRET_ACCESS_KEY", "aws configure set aws_secret_access_key ", rnd(ALNUM + "+/", 40),
                " --profile prod");
        assertFinds("CLI_PASSWORD", "security add-internet-password -a me -s host -w '", pw, "'");
        assertFinds("CLI_PASSWORD", "htpasswd -bc /etc/.htpasswd admin ", pw, "");
        assertFinds("NPM_ACCESS_TOKEN", "npm config set //npm.acme.io/:_authToken ", key, "");
        assertFinds("GENERIC_SECRET", "<key>ApiSecret</key>\n  <string>", key, "</string>");
        assertFinds("GENERIC_SECRET", "<string name=\"stripe_api_key\" translatable=\"false\">", key, "</string>");
        // not a stored secret: other variables, weak or referenced values, reads, hints, resource references
        assertNone("netlify env:set NODE_VERSION 20.11.0");
        assertNone("gh secret set ENVIRONMENT --body \"production\"");
        assertNone("gh secret set API_TOKEN --body \"$(cat token.txt)\"");
        assertNone("gh secret set API_TOKEN --body - < token.txt");
        assertNone("security add-generic-password -a me -s svc -w");
        assertNone("htpasswd -c /etc/nginx/.htpasswd admin");
        assertNone("aws configure set aws_secret_access_key '<your secret key>'");
        assertNone("<key>api_token_url</key><string>https://id.acme.io/oauth/token</string>");
        assertNone("<string name=\"password_hint\">Xk9p2mQrT7vWz</string>");
        assertNone("<string name=\"api_key\">@string/prod_api_key</string>");
        assertNone("curl -X PUT -d password=@secrets/pw.txt https://vault/v1/kv/app");
    }

    @Test
    void catalogueSize() {
        assertThat(S.ruleCount()).isGreaterThanOrEqualTo(150);
        assertThat(S.types()).hasSizeGreaterThanOrEqualTo(100)
                .contains("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                        "GCP_SERVICE_ACCOUNT_KEY", "GOOGLE_API_KEY", "AZURE_STORAGE_ACCOUNT_KEY", "AZURE_SAS_TOKEN",
                        "GITHUB_PAT", "GITLAB_PAT", "SLACK_TOKEN", "SLACK_WEBHOOK_URL", "STRIPE_SECRET_KEY_LIVE",
                        "TWILIO_API_KEY", "SENDGRID_API_KEY", "NPM_ACCESS_TOKEN", "PYPI_UPLOAD_TOKEN", "DOCKER_HUB_PAT",
                        "HUGGINGFACE_TOKEN", "JWT", "PRIVATE_KEY", "DATABASE_CONNECTION_STRING", "BASIC_AUTH_URL",
                        "GENERIC_PASSWORD", "GENERIC_SECRET");
    }

    @Test
    void threadSafe() throws Exception {
        String text = "a=" + "gh" + "p_" + rnd(ALNUM, 36) + " b=postgres" + "://u:" + rnd(ALNUM, 12) + "@h/db";
        List<SecretMatch> expected = S.scan(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            results.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 500; i++) {
                    if (!S.scan(text).equals(expected)) {
                        return false;
                    }
                }
                return true;
            }));
        }
        start.countDown();
        for (Future<Boolean> f : results) {
            assertThat(f.get(30, TimeUnit.SECONDS)).isTrue();
        }
        pool.shutdown();
        assertThat(expected).hasSize(2);
    }

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static String b64url(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
