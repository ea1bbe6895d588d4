package io.tappass.pipeline.secrets;

import static io.tappass.pipeline.secrets.SecretFormats.ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.B64;
import static io.tappass.pipeline.secrets.SecretFormats.BASE32;
import static io.tappass.pipeline.secrets.SecretFormats.HEX;
import static io.tappass.pipeline.secrets.SecretScannerTest.assertFinds;
import static io.tappass.pipeline.secrets.SecretScannerTest.assertNone;
import static io.tappass.pipeline.secrets.SecretScannerTest.rnd;
import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.Base58CheckEncoder;
import io.tappass.pipeline.CpuTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classes of the eighth blind secrets round's misses and false positives (twenty-sixth session), each with cases
 * of our own (values assembled at run time, so this file trips no secret scanner) and the look-alikes each must leave
 * alone; and the one angle-bracket rule that the placeholder checks share.
 */
class Round8ClassesTest {

    private static final SecretScanner S = SecretScanner.defaults();
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    /** A random Bitcoin private key in Wallet Import Format (mainnet, compressed or not), checksum included. */
    static String wif(boolean compressed) {
        byte[] payload = new byte[compressed ? 34 : 33];
        new SecureRandom().nextBytes(payload);
        payload[0] = (byte) 0x80;
        if (compressed) {
            payload[33] = 1;
        }
        return Base58CheckEncoder.encode(payload);
    }

    /** Random alphanumerics with a digit and both cases, as generated keys are. */
    private static String key(int n) {
        return "Q7k" + rnd(ALNUM, n - 3);
    }

    private static double maxScore(String text) {
        return S.scan(text).stream().mapToDouble(SecretMatch::score).max().orElse(0);
    }

    @Test
    void wifPrivateKeysNearTheWordsThatNameThem() throws Exception {
        String compressed = wif(true);
        String uncompressed = wif(false);
        assertThat(compressed).hasSize(52).matches("[KL].*");
        assertThat(uncompressed).hasSize(51).startsWith("5");
        assertFinds("CRYPTO_PRIVATE_KEY", "paper wallet backup, private key (WIF):\n", compressed, "\n");
        assertFinds("CRYPTO_PRIVATE_KEY", "$ bitcoin-cli importprivkey ", uncompressed, " \"savings\" false\n");
        assertFinds("CRYPTO_PRIVATE_KEY", "{\"label\": \"hot\", \"wif\": \"", compressed, "\"}");
        // one character changed fails the checksum; random base58 of the same length is no key; addresses are public
        char c = compressed.charAt(20) == 'a' ? 'b' : 'a';
        assertNone("private key (WIF): " + compressed.substring(0, 20) + c + compressed.substring(21));
        assertNone("wif: L" + rnd(BASE58, 51));
        assertNone("bitcoin address for donations: 1" + rnd(BASE58, 33));
        // without a word that names it, a WIF-shaped string is not sought
        assertThat(S.scan("row 17: " + compressed)).noneMatch(m -> m.type().equals("CRYPTO_PRIVATE_KEY"));
    }

    @Test
    void datadogKeysNamedByTheProviderNearby() {
        String k = rnd(HEX, 29) + "a7f";
        assertFinds("DATADOG_API_KEY", "java.lang.IllegalStateException: Datadog intake refused the request (api_key=",
                k, ")\n\tat com.example.Metrics.flush(Metrics.java:88)\n");
        assertFinds("DATADOG_API_KEY", "monitoring:\n  vendor: datadog\n  site: datadoghq.eu\n  key: ", k, "\n");
        // the same value under "key" with no Datadog around, and Datadog's other hex ids, are not keys
        assertNone("cache miss (key=" + k + ") after 3 retries\n");
        assertNone("datadog trace_id=" + k + " span_id=" + rnd(HEX, 16) + "\n");
    }

    @Test
    void redisPasswordsSetByTheirDirective() {
        String pw = key(32);
        assertFinds("DATABASE_PASSWORD", "port 6380\nrequirepass ", pw, "\nappendonly yes\n");
        assertFinds("DATABASE_PASSWORD", "replicaof 10.1.2.3 6379\nmasterauth ", pw, "\n");
        assertFinds("DATABASE_PASSWORD", "127.0.0.1:6379> CONFIG SET requirepass \"", pw, "\"\nOK\n");
        assertFinds("DATABASE_PASSWORD", "command: redis-server --appendonly yes --requirepass ", pw, "\n");
        // redis.conf's own commented example and references are not passwords
        assertNone("# requirepass foobared\n");
        assertNone("command: redis-server --requirepass \"${REDIS_PASSWORD}\"\n");
        assertNone("The requirepass directive sets a password that clients must send with AUTH.");
    }

    @Test
    void sdkSecretsAfterTheirKeyIdAsPositionalArguments() {
        String tencent = key(32);
        assertFinds("TENCENT_SECRET_KEY", "cred = credential.Credential(\"AKID" + rnd(ALNUM, 32) + "\", \"", tencent,
                "\")\n");
        String alibaba = key(30);
        assertFinds("ALIBABA_ACCESS_KEY_SECRET", "DefaultAcsClient client = new DefaultAcsClient(\"LTAI"
                + rnd(ALNUM, 20) + "\",\n        \"", alibaba, "\", \"cn-hangzhou\");\n");
        String razorpay = key(24);
        assertFinds("RAZORPAY_KEY_SECRET", "$api = new Api('rzp_test_" + rnd(ALNUM, 14) + "', '", razorpay, "');\n");
        String aws = "wK9" + rnd(B64, 37);
        assertFinds("AWS_SECRET_ACCESS_KEY", "AWSCredentials c = new BasicAWSCredentials(\"AKIA" + rnd(BASE32, 16)
                + "\", \"", aws, "\");\n");
        // the secret read from the environment, or a region after the id, is no value
        assertThat(S.scan("cred = credential.Credential(\"AKID" + rnd(ALNUM, 32)
                + "\", os.environ[\"TENCENTCLOUD_SECRET_KEY\"])\n")).noneMatch(m -> m.type().equals("TENCENT_SECRET_KEY"));
        assertThat(S.scan("new DefaultAcsClient(\"LTAI" + rnd(ALNUM, 20) + "\", \"cn-hangzhou\")"))
                .noneMatch(m -> m.type().equals("ALIBABA_ACCESS_KEY_SECRET"));
    }

    @Test
    void authtokKeys() {
        String pw = ".+" + key(18);
        assertFinds("GENERIC_PASSWORD", "[domain/example.org]\nldap_default_bind_dn = cn=reader,dc=example,dc=org\n"
                + "ldap_default_authtok_type = password\nldap_default_authtok = ", pw, "\ncache_credentials = true\n");
        assertNone("ldap_default_authtok_type = obfuscated_password\n");
        assertNone("ldap_default_authtok = ${SSSD_BIND_PASSWORD}\n");
    }

    @Test
    void publicValuesUnderSecretishNames() {
        // Ethereum addresses (20 bytes) under token, contract and owner keys; a private key (32 bytes) stays reported
        assertNone("{\n  \"token\": \"0x" + rnd(HEX, 40) + "\",\n  \"secret_owner\": \"0x" + rnd(HEX, 40) + "\"\n}");
        assertNone("TOKEN_ADDRESS=0x" + rnd(HEX, 40) + "\nAPI_TOKEN=0x" + rnd(HEX, 40) + "\n");
        assertThat(S.scan("const wallet = new Wallet(\"0x" + rnd(HEX, 61) + "a7f\");"))
                .anyMatch(m -> m.type().equals("CRYPTO_PRIVATE_KEY"));
        // AWS's documentation convention: example key ids end in EXAMPLE, example secret keys in EXAMPLEKEY
        assertNone("aws_access_key_id = AKIA" + rnd("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 9) + "EXAMPLE\n");
        assertNone("export AWS_ACCESS_KEY_ID=ASIA" + rnd(BASE32, 9) + "EXAMPLE\n");
        assertFinds("AWS_ACCESS_KEY_ID", "aws_access_key_id = ", "AKIA" + rnd(BASE32, 9) + "EXAMPL7", "\n");
        // a value named as a public key in tool output ("wg show": public key: V); a private key is still a secret
        String pub = rnd(B64, 42) + "8=";
        assertNone("interface: wg0\n  public key: " + pub + "\n  private key: (hidden)\n");
        assertNone("Verify Key: " + pub + "\n");
        assertThat(S.scan("  private key: Q7" + rnd(B64, 40) + "k=\n")).isNotEmpty();
        // an Algolia key named search-only, or given to the search-only client, is public by design: reported
        // below the step's threshold; an admin key in a back end stays acted on
        String k = rnd(HEX, 29) + "4b1";
        assertThat(maxScore("import algoliasearch from 'algoliasearch/lite';\nconst client = algoliasearch('"
                + "HZ4Q7T0XKM', '" + k + "');\n")).isLessThan(0.6);
        assertThat(maxScore("// search-only key, safe in the browser\nconst c = algoliasearch('HZ4Q7T0XKM', '" + k
                + "');\n")).isLessThan(0.6);
        assertThat(maxScore("const algoliasearch = require('algoliasearch');\nconst admin = algoliasearch('"
                + "HZ4Q7T0XKM', '" + k + "');\nawait admin.deleteIndex('products');\n")).isGreaterThanOrEqualTo(0.9);
    }

    /**
     * One angle-bracket rule for every placeholder check ({@link Placeholders#hasTemplateBracket}): a pair, or one
     * bracket at either end of the value, is template filler; one bracket inside a value is an ordinary character of
     * a generated password or key.
     */
    @Test
    void oneAngleBracketRule() {
        String a = "Xk9" + rnd(ALNUM, 5);
        String b = "mP2" + rnd(ALNUM, 6);
        assertFinds("GENERIC_PASSWORD", "db:\n  password: \"", a + "<" + b, "\"\n");
        assertFinds("GENERIC_PASSWORD", "{\"password\": \"", a + ">" + b, "\"}");
        assertFinds("GENERIC_SECRET", "client_secret = '", a + "<" + b + "Q4z", "'\n");
        assertNone("password: \"<" + a + ">\"\n");
        assertNone("password: \"<your-db-password>\"\n");
        assertNone("password: \"" + a + "<\"\n");
        assertNone("client_secret = '<" + a + b + "'\n");
        assertNone("client_secret = '" + a + b + ">'\n");
        assertNone("api_token: \"prefix-<" + a + ">-suffix\"\n");
        assertNone("SLACK_BOT_TOKEN=xoxb-<bot-token>\n");
        for (String filler : List.of("<x>", "<token", "token>", ">x", "a<b>c")) {
            assertThat(Placeholders.hasTemplateBracket(filler)).as(filler).isTrue();
            assertThat(Placeholders.isFiller(filler)).as(filler).isTrue();
            assertThat(Placeholders.hasPlaceholderWord(filler)).as(filler).isTrue();
            assertThat(Placeholders.isTemplate(filler)).as(filler).isTrue();
        }
        for (String value : List.of("Xk9<mP2qR7", "Xk9>mP2qR7", "a>b<c")) {
            assertThat(Placeholders.hasTemplateBracket(value)).as(value).isFalse();
            assertThat(Placeholders.isFiller(value)).as(value).isFalse();
            assertThat(Placeholders.hasPlaceholderWord(value)).as(value).isFalse();
            assertThat(Placeholders.isTemplate(value)).as(value).isFalse();
        }
    }

    @Test
    void floodsStayLinear() {
        String[] floods = {"wif ".repeat(100_000) + "L".repeat(52), ("private key: " + "K".repeat(52) + " ").repeat(20_000),
            "datadog key=".repeat(50_000) + "a".repeat(32), "requirepass ".repeat(100_000),
            ("AKID" + "a".repeat(32) + "\", \"").repeat(20_000), "ldap_default_authtok = ".repeat(50_000),
            ("rzp_live_" + "a".repeat(14) + "', '").repeat(20_000), "<".repeat(100_000) + "password: \"x"};
        for (String f : floods) {
            CpuTime.assertWithin(Duration.ofSeconds(5), () -> S.scan(f));
        }
    }
}
