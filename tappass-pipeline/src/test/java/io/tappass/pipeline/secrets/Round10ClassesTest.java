package io.tappass.pipeline.secrets;

import static io.tappass.pipeline.secrets.SecretFormats.ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.B64;
import static io.tappass.pipeline.secrets.SecretFormats.DIGITS;
import static io.tappass.pipeline.secrets.SecretFormats.HEX;
import static io.tappass.pipeline.secrets.SecretFormats.LOWER;
import static io.tappass.pipeline.secrets.SecretFormats.UPPER;
import static io.tappass.pipeline.secrets.SecretFormats.URLSAFE;
import static io.tappass.pipeline.secrets.SecretScannerTest.assertFinds;
import static io.tappass.pipeline.secrets.SecretScannerTest.assertNone;
import static io.tappass.pipeline.secrets.SecretScannerTest.rnd;
import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.CpuTime;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The classes of the tenth blind secrets round's misses, inexact spans and provider formats caught only by a generic
 * rule (twenty-eighth session), each with cases of our own (values assembled at run time, so this file trips no
 * secret scanner) and the look-alikes each must leave alone.
 */
class Round10ClassesTest {

    private static final SecretScanner S = SecretScanner.defaults();

    /** Random alphanumerics with a digit and both cases, as generated keys are. */
    private static String key(int n) {
        return "Q7k" + rnd(ALNUM, n - 3);
    }

    /** An AWS access key id (AKIA or ASIA and 16 of base32's alphabet). */
    private static String keyId(String prefix) {
        return prefix + "Q4" + rnd("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 14);
    }

    /** 40 characters of an AWS secret access key: base64 with both cases, a digit and a slash. */
    private static String awsSecret() {
        return "bT8/" + rnd(B64, 32) + "Kq2+";
    }

    /** Letters only, both cases, changing case at every other letter or so: a generated password without digits. */
    private static String lettersPassword(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(rnd(i % 3 == 1 ? UPPER : LOWER, 1));
        }
        return b.toString();
    }

    private static double maxScore(String text) {
        return S.scan(text).stream().mapToDouble(SecretMatch::score).max().orElse(0);
    }

    private static boolean anyOfType(String text, String type) {
        return S.scan(text).stream().anyMatch(m -> m.type().equals(type));
    }

    @Test
    void awsSecretKeysAfterTheirKeyIdInAMessage() {
        String sk = awsSecret();
        assertFinds("AWS_SECRET_ACCESS_KEY", "use the ci user for now:\naccess key " + keyId("AKIA") + "\nsecret ", sk,
                "\nI'll rotate both on Monday\n");
        assertFinds("AWS_SECRET_ACCESS_KEY", "temp creds (1h): " + keyId("ASIA") + " / ", sk, " – session token in DM\n");
        assertFinds("AWS_SECRET_ACCESS_KEY", "- Zugang: " + keyId("AKIA") + ", Schlüssel `", sk, "`\n");
        // a digest or a lower-case run of 40 after a key id is no secret key, nor is a value three lines further on
        String id = keyId("AKIA");
        assertThat(anyOfType("rotated " + id + " in commit " + rnd(HEX, 38) + "a1\n", "AWS_SECRET_ACCESS_KEY"))
                .isFalse();
        assertThat(anyOfType("key " + id + " belongs to " + rnd(LOWER, 40) + "\n", "AWS_SECRET_ACCESS_KEY")).isFalse();
        assertThat(anyOfType("key " + id + "\n\n\n" + sk + "\n", "AWS_SECRET_ACCESS_KEY")).isFalse();
        // AWS's documented example pair stays a documentation key
        assertNone("AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
    }

    @Test
    void loginPairsInProse() {
        String pw = "r7" + key(12) + "!";
        assertFinds("GENERIC_PASSWORD", "Router admin panel is on 10.0.8.1, login admin / ", pw, "\n");
        assertFinds("GENERIC_PASSWORD", "creds: deploy / ", pw, " (rotate after the release)\n");
        assertFinds("GENERIC_PASSWORD", "Log in with ops@corp.lan / ", pw, ", then enable MFA.\n");
        String letters = lettersPassword(14);
        assertFinds("GENERIC_PASSWORD", "staging login qa-bot:", letters, "\n");
        // pages, paths, words and placeholders after a login word are not passwords
        assertNone("The login page / dashboard redirect is broken again.\n");
        assertNone("Click Login / Logout in the header.\n");
        assertNone("login via /oauth/callback after the SSO change\n");
        assertNone("log in as guest / ReadOnlyViewer to see the reports\n");
        assertNone("default credentials admin/changeme must be changed\n");
        assertNone("login admin / iPhoneCase\n");
    }

    @Test
    void passwordsRightAfterTheWord() {
        String pw = "k4" + key(13) + "%x";
        assertFinds("GENERIC_PASSWORD", "created user j.doe, temp password ", pw, " - force a change at first login.\n");
        assertFinds("GENERIC_PASSWORD", "the guest wifi password ", pw, "\n");
        assertFinds("GENERIC_PASSWORD", "initial passwd `", pw, "`, expires in 24h\n");
        assertFinds("GENERIC_PASSWORD", "Passwort-Reset erledigt, password ", lettersPassword(12), "\n");
        // words, identifiers, SQL types and digests after the word are not passwords
        assertNone("Our password Manager2024 rollout starts next week.\n");
        assertNone("ALTER TABLE users ADD password VARCHAR(255) NOT NULL;\n");
        assertNone("See the password ResetFlowV2 document.\n");
        assertNone("the password SHA256withRSA signature scheme\n");
        assertThat(anyOfType("password " + rnd(HEX, 30) + "a9\n", "GENERIC_PASSWORD")).isFalse();
        assertNone("Use a strong password manager, e.g. 1Password or Bitwarden.\n");
    }

    @Test
    void aiProviderKeysWithoutAPrefix() {
        String co = key(40);
        assertFinds("COHERE_API_KEY", "import cohere\nclient = cohere.ClientV2(\"", co, "\")\n");
        assertFinds("COHERE_API_KEY", "co = cohere.Client(api_key='", co, "')\n");
        assertFinds("COHERE_API_KEY", "const cohere = new CohereClient({ token: \"", co, "\" });\n");
        assertFinds("COHERE_API_KEY", "CO_API_KEY=", co, "\n");
        String mi = key(32);
        assertFinds("MISTRAL_API_KEY", "MISTRAL_API_KEY=", mi, "\n");
        assertFinds("MISTRAL_API_KEY", "client = Mistral(api_key=\"", mi, "\")\n");
        // keys read from the environment, model names and values of another length are not these keys
        assertNone("client = cohere.ClientV2(os.environ[\"CO_API_KEY\"])\n");
        assertNone("resp = client.chat.complete(model=\"mistral-large-latest\", messages=msgs)\n");
        assertThat(anyOfType("cohere.Client(\"" + key(39) + "\")\n", "COHERE_API_KEY")).isFalse();
        assertThat(anyOfType("MISTRAL_API_KEY=" + rnd(LOWER, 32) + "\n", "MISTRAL_API_KEY")).isFalse();
        assertThat(anyOfType("taco_api_key=" + co + "\n", "COHERE_API_KEY")).isFalse();
    }

    @Test
    void providerSecretsUnderTheirOwnKeyNames() {
        String ali = key(30);
        assertFinds("ALIBABA_ACCESS_KEY_SECRET", "oss:\n  accessKeyId: LTAI5t" + rnd(ALNUM, 18) + "\n  accessKeySecret: ",
                ali, "\n");
        assertFinds("ALIBABA_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_ACCESS_KEY_SECRET=", ali, "\n");
        String tw = "s" + key(31);
        assertFinds("TWILIO_API_KEY_SECRET", "TWILIO_API_KEY=SK" + rnd(HEX, 32) + "\nTWILIO_API_SECRET=", tw, "\n");
        String token = "4e" + rnd(HEX, 28) + "b1";
        assertFinds("TWILIO_AUTH_TOKEN", "from twilio.rest import Client\n\naccount_sid = 'AC" + rnd(HEX, 32)
                + "'\nauth_token = '", token, "'\n");
        String pp = "E" + rnd(URLSAFE, 77) + "q9";
        assertFinds("PAYPAL_CLIENT_SECRET", "PAYPAL_CLIENT_SECRET=", pp, "\n");
        // references, wrong lengths, and a hex token without Twilio around it are not these secrets
        assertNone("accessKeySecret: ${ALIBABA_CLOUD_ACCESS_KEY_SECRET}\n");
        assertThat(anyOfType("TWILIO_API_SECRET=" + key(31) + "\n", "TWILIO_API_KEY_SECRET")).isFalse();
        assertThat(anyOfType("session = Session()\nauth_token = '" + token + "'\n", "TWILIO_AUTH_TOKEN")).isFalse();
        assertThat(anyOfType("PAYPAL_CLIENT_SECRET=" + pp.substring(0, 79) + "\n", "PAYPAL_CLIENT_SECRET")).isFalse();
    }

    @Test
    void prefixedTokensReportedToTheirEnd() {
        String claims = Base64.getEncoder().withoutPadding().encodeToString(
                ("{\"iat\": 1767000000.5, \"url\": \"https://sentry.example.org\", \"org\": \"shop\"}")
                        .getBytes(StandardCharsets.UTF_8));
        String sentry = "sntrys_" + claims + "_" + rnd(URLSAFE, 20) + "-" + rnd(ALNUM, 22);
        assertFinds("SENTRY_TOKEN", "SENTRY_AUTH_TOKEN=", sentry, "\nSENTRY_ORG=shop\n");
        String google = "GOCSPX-" + rnd(URLSAFE, 36) + "k2";
        assertFinds("GOOGLE_OAUTH_CLIENT_SECRET", "{\"installed\":{\"client_secret\":\"", google, "\"}}\n");
        assertFinds("GOOGLE_OAUTH_CLIENT_SECRET", "GOOGLE_CLIENT_SECRET=", "GOCSPX-" + rnd(URLSAFE, 26) + "z8", "\n");
    }

    @Test
    void floodsStayLinear() {
        String id = "AKIAQ4" + "ABCDEFGH23456723";
        String[] floods = {(id + " ").repeat(30_000), (id + "\n" + "a/".repeat(40)).repeat(3_000),
            "login admin / ".repeat(60_000), ("login " + "a".repeat(60) + ":").repeat(8_000),
            "password ".repeat(100_000), ("password " + "aB".repeat(40) + " ").repeat(8_000),
            "cohere.ClientV2(\"".repeat(50_000), "COHERE_API_KEY=".repeat(50_000), "mistral ".repeat(100_000),
            "twilio auth_token = ".repeat(40_000), "accessKeySecret: ".repeat(50_000), DIGITS.repeat(30_000)};
        for (String f : floods) {
            CpuTime.assertWithin(Duration.ofSeconds(5), () -> S.scan(f));
        }
    }
}
