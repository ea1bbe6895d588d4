package io.tappass.pipeline.secrets;

import static io.tappass.pipeline.secrets.Round11ClassesTest.anyOfType;
import static io.tappass.pipeline.secrets.Round11ClassesTest.maxScore;
import static io.tappass.pipeline.secrets.Round11ClassesTest.scan;
import static io.tappass.pipeline.secrets.SecretFormats.ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.HEX;
import static io.tappass.pipeline.secrets.SecretFormats.URLSAFE;
import static io.tappass.pipeline.secrets.SecretScannerTest.assertFinds;
import static io.tappass.pipeline.secrets.SecretScannerTest.rnd;
import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.CpuTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The classes of the twelfth blind secrets round's misses and false positives (thirty-first session), each with
 * cases of our own (values assembled at run time, so this file trips no secret scanner) and the look-alikes each
 * must leave alone.
 */
class Round12SecretClassesTest {

    /** Random alphanumerics with a digit and both cases, as generated keys are. */
    private static String key(int n) {
        return "Q7k" + rnd(ALNUM, n - 3);
    }

    @Test
    void paypalSecretsGivenToTheSdkEnvironment() {
        String id = "Ab" + rnd(URLSAFE, 76) + "x9";
        String secret = "Ek" + rnd(URLSAFE, 76) + "4Q";
        assertFinds("PAYPAL_CLIENT_SECRET", "let e = new checkout.core.SandboxEnvironment(\"" + id + "\", \"", secret,
                "\");\n");
        assertFinds("PAYPAL_CLIENT_SECRET", "var env = new LiveEnvironment(\n    \"" + id + "\",\n    \"", secret,
                "\"\n);\n");
        assertFinds("PAYPAL_CLIENT_SECRET", "PayPalEnvironment env = new PayPalEnvironment.Live(\"" + id + "\", \"",
                secret, "\");\n");
        assertFinds("PAYPAL_CLIENT_SECRET", "environment = SandboxEnvironment(client_id=\"" + id
                + "\", client_secret=\"", secret, "\")\n");
        // secrets read from the environment, a short second argument, another SDK's environment
        assertThat(anyOfType("new LiveEnvironment(process.env.PP_ID, process.env.PP_SECRET)\n",
                "PAYPAL_CLIENT_SECRET")).isFalse();
        assertThat(anyOfType("new SandboxEnvironment(\"" + id + "\", \"" + key(40) + "\")\n",
                "PAYPAL_CLIENT_SECRET")).isFalse();
        assertThat(anyOfType("new TestEnvironment(\"" + id + "\", \"" + secret + "\")\n", "PAYPAL_CLIENT_SECRET"))
                .isFalse();
    }

    @Test
    void twilioKeySecretsAfterTheirKeySid() {
        String sid = "SK" + rnd(HEX, 32);
        String secret = key(32);
        assertFinds("TWILIO_API_KEY_SECRET", "const tw = require(\"twilio\")('" + sid + "', '", secret,
                "', { accountSid: process.env.TWILIO_ACCOUNT_SID });\n");
        assertFinds("TWILIO_API_KEY_SECRET", "from twilio.rest import Client\nc = Client(\"" + sid + "\", \"", secret,
                "\", \"AC" + rnd(HEX, 32) + "\")\n");
        assertFinds("TWILIO_API_KEY_SECRET", "Twilio.init(\"" + sid + "\", \"", secret, "\", accountSid);\n");
        // without Twilio around it, or a lower-case hex second argument (a digest, not a key secret)
        assertThat(anyOfType("client = Client(\"" + sid + "\", \"" + secret + "\")\n", "TWILIO_API_KEY_SECRET"))
                .isFalse();
        assertThat(anyOfType("twilio: pair(\"" + sid + "\", \"" + rnd(HEX, 32) + "\")\n", "TWILIO_API_KEY_SECRET"))
                .isFalse();
    }

    @Test
    void weightsAndBiasesKeysOnTheLoginCommand() {
        String k = "7c" + rnd(HEX, 37) + "e";
        assertFinds("WANDB_API_KEY", "$ wandb login ", k, "\n");
        assertFinds("WANDB_API_KEY", "wandb login --relogin ", k, " && python train.py\n");
        assertFinds("WANDB_API_KEY", "wandb login --host https://wandb.corp.example ", k, "\n");
        assertFinds("WANDB_API_KEY", "import wandb\nwandb.login(key=\"", k, "\")\n");
        assertFinds("WANDB_API_KEY", "export WANDB_API_KEY=", k, "\n");
        // the bare login, a run id, a git hash after a wandb command that is not login
        assertThat(anyOfType("wandb login\nwandb sync ./wandb/offline-run-20261128\n", "WANDB_API_KEY")).isFalse();
        assertThat(anyOfType("wandb artifact get team/proj/model:" + k.substring(0, 8) + "\n", "WANDB_API_KEY"))
                .isFalse();
        assertThat(anyOfType("wandb sync --id " + k + "\n", "WANDB_API_KEY")).isFalse();
    }

    @Test
    void pagerDutyRestKeysWithTheProviderNamed() {
        String k = "y_" + "Nb7Kc" + rnd(URLSAFE, 11) + "Xq";
        assertFinds("PAGERDUTY_API_KEY", "curl -H \"Authorization: Token token=", k,
                "\" https://api.pagerduty.com/incidents\n");
        assertFinds("PAGERDUTY_API_KEY", "the new PD api key for the on-call bot is ", k, ", old one revoked\n");
        assertFinds("PAGERDUTY_API_KEY", "pagerduty:\n  rest_token: ", k, "\n");
        // 20-character words, ids and identifiers near PagerDuty stay clean; a key shape with no provider named too
        assertThat(anyOfType("pagerduty escalation_policy_ids: [PX4QZ2B]\nservice: checkout_payments_api\n",
                "PAGERDUTY_API_KEY")).isFalse();
        assertThat(anyOfType("see https://acme.pagerduty.com/incidents/Q2X9YB0K3LMNW8RTUVab\n",
                "PAGERDUTY_API_KEY")).isFalse();
        assertThat(anyOfType("PagerDuty sync: IncidentSyncHandler2 ok\n", "PAGERDUTY_API_KEY")).isFalse();
        assertThat(anyOfType("build cache key is " + k + "\n", "PAGERDUTY_API_KEY")).isFalse();
    }

    @Test
    void redactedBasicCredentialsAreNotCredentials() {
        assertThat(scan("curl -s https://api.example-mail.net/v3/lists -u 'api:key-REDACTED'\n")).isEmpty();
        assertThat(scan("curl --user deploy:[redacted] https://ci.internal/job/build\n")).isEmpty();
        // a real key after the same prefix is reported
        assertThat(maxScore("curl -s https://api.example-mail.net/v3/lists -u 'api:key-" + rnd(HEX, 32) + "'\n"))
                .isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theStorageEmulatorsPublishedKeyIsNotASecret() {
        String published = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
        assertThat(scan("UseDevelopmentStorage: AccountName=devstoreaccount1;AccountKey=" + published + ";\n"))
                .isEmpty();
        String real = "Zt" + rnd(SecretFormats.B64, 84) + "==";
        assertThat(anyOfType("AccountName=prodstore;AccountKey=" + real + ";EndpointSuffix=core.windows.net\n",
                "AZURE_STORAGE_ACCOUNT_KEY")).isTrue();
    }

    @Test
    void fixturePasswordsAndValuesCommentedAsExamplesAreBelowTheThreshold() {
        for (String line : new String[] {"password: fixture_pwd\n", "db_password = \"demo-secret\"\n",
            "password: H4ppy-Days   # example value, change it\n", "PASSWORD=Kx7-summit // dummy for the docs\n",
            "passwort: Gr8-Tanne  # nur ein Beispiel\n", "mot_de_passe: Bl3u-Ciel  # valeur d'exemple\n"}) {
            assertThat(maxScore(line)).as(line).isGreaterThan(0).isLessThan(DetectSecretsStep.DEFAULT_THRESHOLD);
        }
        // a comment about something else, or a generated password, keeps its score
        assertThat(maxScore("password: H4ppy-Days   # rotated 2026-11-02\n")).isGreaterThanOrEqualTo(0.6);
        assertThat(maxScore("password: " + key(18) + "\n")).isGreaterThanOrEqualTo(0.6);
        assertThat(maxScore("password: H4ppy-Days\n# example config for the staging cluster below\n"))
                .isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void floodsStayLinear() {
        String[] floods = {"new LiveEnvironment(\"".repeat(50_000), ("SandboxEnvironment(\n" + "a".repeat(80)
            + "\",\n").repeat(5_000), "wandb login --x ".repeat(50_000), "wandb ".repeat(100_000),
            "pd key ".repeat(100_000), ("pagerduty " + "aB3".repeat(7) + " ").repeat(20_000),
            ("twilio SK" + "a".repeat(32) + "', '").repeat(10_000), ("password: aB3-x # " + "e".repeat(70) + "\n")
                .repeat(10_000)};
        for (String f : floods) {
            CpuTime.assertWithin(Duration.ofSeconds(5), () -> scan(f));
        }
    }
}
