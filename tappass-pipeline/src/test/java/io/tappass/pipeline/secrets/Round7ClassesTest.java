package io.tappass.pipeline.secrets;

import static io.tappass.pipeline.secrets.SecretFormats.ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.B64;
import static io.tappass.pipeline.secrets.SecretFormats.HEX;
import static io.tappass.pipeline.secrets.SecretFormats.LOWER_ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.UPPER_ALNUM;
import static io.tappass.pipeline.secrets.SecretScannerTest.assertFinds;
import static io.tappass.pipeline.secrets.SecretScannerTest.assertNone;
import static io.tappass.pipeline.secrets.SecretScannerTest.rnd;
import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.CpuTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The classes of the seventh blind secrets round's misses (twenty-fifth session), each with cases of our own (values
 * assembled at run time, so this file trips no secret scanner) and the look-alikes each must leave alone.
 */
class Round7ClassesTest {

    private static final SecretScanner S = SecretScanner.defaults();

    private static String uuid() {
        return rnd(HEX, 8) + "-" + rnd(HEX, 4) + "-" + rnd(HEX, 4) + "-" + rnd(HEX, 4) + "-" + rnd(HEX, 12);
    }

    private static String strong() {
        return "Qz7" + rnd(ALNUM, 6) + "." + rnd(ALNUM, 5) + "#x9";
    }

    @Test
    void localisedPasswordKeysWithSeparatorsAndDottedValues() {
        assertFinds("GENERIC_PASSWORD", "CONFIG_BDD = {\n    \"mot_de_passe\": \"", rnd(ALNUM, 24) + "7", "\",\n}");
        assertFinds("GENERIC_PASSWORD", "db.mot-de-passe=", "Zr4" + rnd(ALNUM, 14), "\n");
        assertFinds("GENERIC_PASSWORD", "motDePasse: '", "Kp9" + rnd(ALNUM, 14), "'\n");
        String dotted = strong();
        assertFinds("GENERIC_PASSWORD", "database:\n  wachtwoord: \"", dotted, "\"\n  poort: 5432\n");
        assertFinds("GENERIC_PASSWORD", "Das Passwort lautet ", dotted, ". Bitte nicht weitergeben.");
        // the sentence's full stop is not part of the value
        assertFinds("GENERIC_PASSWORD", "La contraseña es ", "Vq8" + rnd(ALNUM, 12), ". Cámbiala mañana.");
        assertNone("\"mot_de_passe\": \"${DB_MOT_DE_PASSE}\"");
        assertNone("wachtwoord: changeme");
        assertNone("Le mot de passe est trop court. Choisissez-en un autre.");
    }

    @Test
    void uuidKeysNamedByTheirSection() {
        String token = uuid();
        assertFinds("POSTMARK_SERVER_TOKEN", "mailer:\n  provider: postmark\n  postmark:\n    server_token: ", token,
                "\n    message_stream: outbound\n");
        assertFinds("POSTMARK_SERVER_TOKEN", "[postmark]\napi_token = \"", token, "\"\n");
        assertFinds("SCALEWAY_SECRET_KEY", "access_key: SCW" + rnd(UPPER_ALNUM, 17)
                + "\nsecret_key: ", token, "\ndefault_region: fr-par\n");
        assertFinds("SCALEWAY_SECRET_KEY", "# scaleway\nexport SECRET_KEY=", token, "\n");
        // UUIDs under the same key names without the provider are identifiers
        assertNone("request:\n  token: " + token + "\n  retries: 3\n");
        assertNone("session:\n  secret_key: " + token + "\n");
        // and the provider's other UUIDs are not its token
        assertNone("postmark:\n  message_stream_id: " + token + "\n");
    }

    @Test
    void twitchIrcOauthTokens() {
        String token = rnd(LOWER_ALNUM, 29) + "7";
        assertFinds("TWITCH_OAUTH_TOKEN", "[irc]\nserver = irc.chat.twitch.tv\noauth = oauth:", token, "\n");
        assertFinds("TWITCH_OAUTH_TOKEN", "PASS oauth:", token, "\r\nNICK mybot\r\n");
        // 30 letters without a digit are a word, not a token; 29 or 31 characters are not the format
        assertNone("scopes = oauth:" + "abcdefghijklmnopqrstuvwxyzabcd");
        assertNone("oauth:" + rnd(LOWER_ALNUM, 28) + "7");
        assertThat(S.scan("PASS oauth:" + rnd(LOWER_ALNUM, 30) + "7")).noneMatch(m -> m.type().equals("TWITCH_OAUTH_TOKEN"));
    }

    /**
     * A Sentry DSN with only its public key is not reported (round 3's and round 5's sets call it an identifier: it
     * is meant to ship in browser code); the blind round-7 writer counted one as a secret, and we keep our call. The
     * legacy form with a secret key is a credential URL.
     */
    @Test
    void sentryDsnsOnlyWithTheirSecretKey() {
        String key = rnd(HEX, 32);
        assertNone("sentry_sdk.init(\n    dsn=\"https://" + key + "@o4504102.ingest.sentry.io/4504112\",\n)");
        assertThat(S.scan("SENTRY_DSN=https://" + key + ":" + rnd(HEX, 32) + "@sentry.corp.example/17\n"))
                .anyMatch(m -> m.type().equals("BASIC_AUTH_URL"));
    }

    @Test
    void adyenApiKeys() {
        String key = "AQE" + rnd(B64, 90) + "==-" + rnd(B64, 43) + "=-" + "kJ{G>x" + rnd(ALNUM, 10);
        assertFinds("ADYEN_API_KEY", "val config = Config().apply {\n    apiKey = \"", key, "\"\n}");
        assertFinds("ADYEN_API_KEY", "ADYEN_API_KEY=", key, "\n");
        // (its suffix is random printable characters: a '>' inside it is no template bracket, a pair still is)
        assertNone("SLACK_BOT_TOKEN=xoxb-<your-bot-token>");
        // the prefix alone, or base64 that merely starts with it, is not a key
        assertNone("AQE" + rnd(B64, 60) + "==");
        assertNone("data:image/png;base64,AQE" + rnd(B64, 120));
    }

    @Test
    void floodsStayLinear() {
        String[] floods = {"oauth:".repeat(100_000), ("https://" + "a".repeat(32) + "@").repeat(20_000) + "sentry",
            ("AQE" + "A".repeat(30) + "=-").repeat(20_000), "mot_de_passe: ".repeat(50_000) + "x",
            ("postmark token: " + "0".repeat(8) + "-").repeat(30_000), "wachtwoord: a.a.a.a.a.a.a.a.a.a".repeat(20_000)};
        for (String f : floods) {
            CpuTime.assertWithin(Duration.ofSeconds(5), () -> S.scan(f));
        }
    }
}
