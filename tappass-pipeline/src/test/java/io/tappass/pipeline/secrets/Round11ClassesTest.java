package io.tappass.pipeline.secrets;

import static io.tappass.pipeline.secrets.SecretFormats.ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.DIGITS;
import static io.tappass.pipeline.secrets.SecretFormats.HEX;
import static io.tappass.pipeline.secrets.SecretFormats.LOWER;
import static io.tappass.pipeline.secrets.SecretFormats.URLSAFE;
import static io.tappass.pipeline.secrets.SecretScannerTest.assertFinds;
import static io.tappass.pipeline.secrets.SecretScannerTest.assertNone;
import static io.tappass.pipeline.secrets.SecretScannerTest.rnd;
import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.CpuTime;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classes of the eleventh blind secrets round's misses and false positives (twenty-ninth session), each with
 * cases of our own (values assembled at run time, so this file trips no secret scanner) and the look-alikes each
 * must leave alone.
 */
class Round11ClassesTest {

    private static final SecretScanner S = SecretScanner.defaults();

    /** Random alphanumerics with a digit and both cases, as generated keys are. */
    private static String key(int n) {
        return "Q7k" + rnd(ALNUM, n - 3);
    }

    private static String uuid() {
        return rnd(HEX, 8) + "-" + rnd(HEX, 4) + "-4" + rnd(HEX, 3) + "-9" + rnd(HEX, 3) + "-" + rnd(HEX, 12);
    }

    /** An Okta API token: "00" and 40 url-safe characters, the last one alphanumeric. */
    private static String okta() {
        return "00" + "Zq4-" + rnd(URLSAFE, 35) + "x";
    }

    /** A Discord bot token whose id (18 digits) starts with {@code first}: base64 id . 6 . 38. */
    private static String discord(char first) {
        String id = first + rnd("123456789", 1) + rnd(DIGITS, 16);
        String seg = Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.US_ASCII));
        return seg + "." + "Gk" + rnd(URLSAFE, 4) + "." + "p3" + rnd(URLSAFE, 36);
    }

    /** The default scanner's matches (shared with the later rounds' class tests). */
    static List<SecretMatch> scan(String text) {
        return S.scan(text);
    }

    static boolean anyOfType(String text, String type) {
        return scan(text).stream().anyMatch(m -> m.type().equals(type));
    }

    static double maxScore(String text) {
        return scan(text).stream().mapToDouble(SecretMatch::score).max().orElse(0);
    }

    @Test
    void postmarkTokensGivenToTheSdkClient() {
        String t = uuid();
        assertFinds("POSTMARK_SERVER_TOKEN", "c := postmark.NewClient(\"", t, "\", \"\")\n");
        assertFinds("POSTMARK_SERVER_TOKEN", "const client = new postmark.ServerClient('", t, "');\n");
        assertFinds("POSTMARK_SERVER_TOKEN", "var client = new PostmarkClient(\"", t, "\");\n");
        assertFinds("POSTMARK_SERVER_TOKEN", "client = Postmark::ApiClient.new('", t, "')\n");
        assertFinds("POSTMARK_SERVER_TOKEN", "ApiClient c = Postmark.getApiClient(\"", t, "\");\n");
        assertFinds("POSTMARK_SERVER_TOKEN", "postmark = PostmarkClient(server_token=\"", t, "\")\n");
        // a token read from the environment, Postmark's documented test token, and a UUID given to another client
        assertNone("c := postmark.NewClient(os.Getenv(\"POSTMARK_SERVER_TOKEN\"), \"\")\n");
        assertNone("const client = new postmark.ServerClient(\"POSTMARK_API_TEST\");\n");
        assertNone("c := storage.NewClient(\"" + t + "\")\n");
        assertThat(anyOfType("postmark.NewClient(\"" + t.substring(0, 35) + "\")\n", "POSTMARK_SERVER_TOKEN")).isFalse();
    }

    @Test
    void oktaTokensGivenToTheSdk() {
        String t = okta();
        assertFinds("OKTA_API_TOKEN", "Client client = Clients.builder()\n    .setOrgUrl(\"https://shop.okta.com\")\n"
                + "    .setClientCredentials(new TokenClientCredentials(\"", t, "\"))\n    .build();\n");
        assertFinds("OKTA_API_TOKEN", "const okta = require('@okta/okta-sdk-nodejs');\nconst client = new okta.Client({\n"
                + "  orgUrl: 'https://dev-1234.okta.com/',\n  token: '", t, "'\n});\n");
        assertFinds("OKTA_API_TOKEN", "ctx, client, err := okta.NewClient(ctx, okta.WithOrgUrl(u), okta.WithToken(\"", t,
                "\"))\n");
        // Okta's ids (users 00u..., apps 0oa..., 20 characters), a lower-case run of that shape, and the token's shape
        // with no Okta around it are not the token
        assertNone("okta user 00u" + rnd(ALNUM, 17) + " was deactivated\n");
        assertThat(anyOfType("okta client_id: 0oa" + rnd(ALNUM, 17) + "\n", "OKTA_API_TOKEN")).isFalse();
        assertThat(anyOfType("okta sync: \"00" + rnd(LOWER, 40) + "\"\n", "OKTA_API_TOKEN")).isFalse();
        assertThat(anyOfType("build = \"" + t + "\"\n", "OKTA_API_TOKEN")).isFalse();
    }

    @Test
    void discordTokensInTheClientLoginCall() {
        for (char first : new char[] {'4', '5', '8', '9'}) {
            String t = discord(first);
            assertFinds("DISCORD_BOT_TOKEN", "client.once('ready', () => console.log('up'));\nclient.login('", t, "');\n");
            assertFinds("DISCORD_BOT_TOKEN", "intents = Intents.default()\nclient = MyClient(intents=intents)\n"
                    + "client.run(\"", t, "\")\n");
        }
        // the environment, a string that is not a token, and three segments whose first is not a snowflake id
        assertNone("client.login(process.env.TOKEN);\n");
        assertNone("app.run(\"0.0.0.0\", port=8080)\n");
        assertNone("session.login(\"ops-admin\")\n");
        String notId = Base64.getUrlEncoder().withoutPadding().encodeToString(("ab" + rnd(LOWER, 16))
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(anyOfType("client.login('N" + notId.substring(1) + ".Gk" + rnd(URLSAFE, 4) + ".p3" + rnd(URLSAFE, 36)
                + "');\n", "DISCORD_BOT_TOKEN")).isFalse();
    }

    @Test
    void generatedPasswordsThatStartOrReadLikeCode() {
        // a first '%' (a template's), a first '+' (an expression's), inner dots (a dotted reference's)
        String percent = "%" + "Rt5" + key(12);
        assertFinds("NETRC_PASSWORD", "machine repo.shop.example\nlogin deploy\npassword ", percent, "\n");
        assertFinds("GENERIC_PASSWORD", "[db]\npassword = ", percent, "\n");
        String plus = "+" + "k9" + key(10);
        assertFinds("GENERIC_PASSWORD", "Ihre Zugangsdaten:\nBenutzer: lager01\nPasswort: ", plus, "\n");
        assertFinds("GENERIC_PASSWORD", "smtp:\n  password: ", plus, "\n");
        String dotted = "hT4" + key(7) + "." + "W2" + key(6);
        assertFinds("GENERIC_PASSWORD", "[ldap]\nbind_password = ", dotted, "\n");
        assertFinds("GENERIC_PASSWORD", "DB_PASSWORD=", dotted, "\n");
        // templates, batch variables, expressions and references stay unreported
        assertNone("password = %DB_PASSWORD%\n");
        assertNone("set ADMIN_PASS=%ADMIN_PASS%\n");
        assertNone("password: %(db_password)s\n");
        assertNone("password = %sToken1\n");
        assertNone("password = config.db.password\n");
        assertNone("password: self.dbPassword2\n");
        assertNone("bind_password = settings.Ldap2Pass\n");
        assertNone("password = +suffix\n");
        assertNone("machine api.example.org login ci password %NETRC_PASSWORD%\n");
    }

    @Test
    void englishProsePasswordsWithAQualifier() {
        String pw = "4g" + key(10) + "#";
        assertFinds("GENERIC_PASSWORD", "fyi the root password for the build box is ", pw, " - rotate after the demo\n");
        assertFinds("GENERIC_PASSWORD", "password on the old NAS: ", pw, "\n");
        assertFinds("GENERIC_PASSWORD", "the password we agreed on is ", pw, ", don't paste it in the channel\n");
        // sentences about passwords, not disclosing one
        assertNone("The password for the account is required.\n");
        assertNone("The password for this service is stored in Vault.\n");
        assertNone("password for user: admin\n");
        assertNone("the password for the wifi is on the fridge\n");
        assertNone("The password of the admin account is MinLength12Chars per policy.\n");
    }

    @Test
    void repeatedUnitFillerBehindAPrefixIsBelowTheThreshold() {
        String[] fillers = {"xox" + "b-0000000000-0000000000-" + "TEST".repeat(6),
            "sk_" + "live_" + "1234".repeat(6), "AKIA" + "ABCD".repeat(4)};
        for (String f : fillers) {
            List<SecretMatch> m = scan("token: " + f + "\n");
            assertThat(m).as(f).isNotEmpty();
            assertThat(m).as(f).allSatisfy(x -> assertThat(x.score()).isLessThan(DetectSecretsStep.DEFAULT_THRESHOLD));
        }
        assertThat(Placeholders.isRepeatFiller("xox" + "b-0000000000-0000000000-" + "FAKE".repeat(6))).isTrue();
        // a generated body keeps its full score, even with a short repeat inside
        String real = "xox" + "b-" + "7" + rnd(DIGITS, 9) + "-" + "5" + rnd(DIGITS, 12) + "-" + key(24);
        assertThat(maxScore("token: " + real + "\n")).isEqualTo(1.0);
        assertThat(Placeholders.isRepeatFiller("AKIA" + "QX7RT2MZ" + "X".repeat(8))).isFalse();
        for (int i = 0; i < 2000; i++) {
            assertThat(Placeholders.isRepeatFiller("glpat-" + rnd(URLSAFE, 20))).isFalse();
            assertThat(Placeholders.isRepeatFiller(rnd(HEX, 40))).isFalse();
        }
    }

    @Test
    void credentialUrlsWithAFixturePassword() {
        for (String pw : new String[] {"testpass", "dev_password", "local-secret", "MockPwd"}) {
            String url = "postgres://app:" + pw + "@localhost:5432/app_test";
            assertThat(scan("DSN = \"" + url + "\"\n")).as(pw).singleElement()
                    .satisfies(m -> assertThat(m.score()).isEqualTo(SecretScanner.ONE_CHAR_FILLER_SCORE));
        }
        // a generated password, or a word with digits and symbols, stays a credential
        assertThat(maxScore("postgres://app:" + key(16) + "@db.internal:5432/app\n")).isEqualTo(1.0);
        assertThat(maxScore("mysql://svc:testpass7!Rw@10.0.3.4/db\n")).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void floodsStayLinear() {
        String[] floods = {"postmark.NewClient(\"".repeat(50_000), "new PostmarkClient(\"".repeat(50_000),
            "okta ".repeat(100_000), ("okta 00" + "a".repeat(41) + " ").repeat(10_000), "client.login('".repeat(60_000),
            "run(\"NDE0".repeat(60_000), "password for the ".repeat(20_000), "password of the admin is ".repeat(40_000),
            "%".repeat(400_000), ("password = %" + "aB3".repeat(10) + "\n").repeat(10_000),
            ("password = +" + "aB3.".repeat(10) + "\n").repeat(10_000), ("token: xoxb-" + "0".repeat(60) + "\n").repeat(10_000),
            ("postgres://u:testpass@h/" + "\n").repeat(30_000)};
        for (String f : floods) {
            CpuTime.assertWithin(Duration.ofSeconds(5), () -> S.scan(f));
        }
    }
}
