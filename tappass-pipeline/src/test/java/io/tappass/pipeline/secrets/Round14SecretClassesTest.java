package io.tappass.pipeline.secrets;

import static io.tappass.pipeline.secrets.Round11ClassesTest.maxScore;
import static io.tappass.pipeline.secrets.SecretFormats.ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.B64;
import static io.tappass.pipeline.secrets.SecretFormats.HEX;
import static io.tappass.pipeline.secrets.SecretFormats.LOWER_ALNUM;
import static io.tappass.pipeline.secrets.SecretScannerTest.assertFinds;
import static io.tappass.pipeline.secrets.SecretScannerTest.rnd;
import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.CpuTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The classes of the fourteenth blind secrets round's misses (thirty-third session, round 14 tuned on), each with
 * cases of our own (values assembled at run time from the documented alphabets and lengths, so this file trips no
 * secret scanner) and the look-alikes each must leave alone.
 */
class Round14SecretClassesTest {

    private static final double THRESHOLD = DetectSecretsStep.DEFAULT_THRESHOLD;

    /** A password as generators write it: both cases, a digit and a symbol. */
    private static String password() {
        return "Rw8" + rnd(ALNUM, 5) + "%" + rnd(ALNUM, 3) + "q";
    }

    private static String uuid() {
        return rnd(HEX, 8) + "-" + rnd(HEX, 4) + "-4" + rnd(HEX, 3) + "-a" + rnd(HEX, 3) + "-" + rnd(HEX, 12);
    }

    /** 64 random bytes in base64: 86 characters and "==" (Azure account and Cosmos DB keys, 512-bit HMAC keys). */
    private static String key512() {
        return "Xk4" + rnd(B64, 80) + "aZ9==";
    }

    private static boolean acted(String text) {
        return maxScore(text) >= THRESHOLD;
    }

    @Test
    void passwordLinkedToItsWordByAVerbOrAPreposition() {
        String p = password();
        assertFinds("GENERIC_PASSWORD", "ticket: after the outage I changed my password to ", p,
                " and now the VPN refuses me\n");
        assertFinds("GENERIC_PASSWORD", "Admin set the password as ", p, ", please rotate it.\n");
        assertFinds("GENERIC_PASSWORD", "the root password was reset to ", p, " by the on-call\n");
        assertFinds("GENERIC_PASSWORD", "FYI wifi password is now ", p, "\n");
        assertFinds("GENERIC_PASSWORD", "Passwort auf ", p, " geändert, bitte nicht weitergeben\n");
        assertFinds("GENERIC_PASSWORD", "cambié la contraseña a ", p, " pero sigue fallando\n");
        assertFinds("GENERIC_PASSWORD", "alterei a senha para ", p, " ontem\n");
        assertFinds("GENERIC_PASSWORD", "j'ai changé le mot de passe en ", p, " hier soir\n");
        assertFinds("GENERIC_PASSWORD", "wachtwoord gewijzigd naar ", p, ", werkt nog niet\n");
        // no connector at all after a localised word (the English bare form is generic.password_prose_bare)
        assertFinds("GENERIC_PASSWORD", "metí la contraseña ", p, " en el portal y nada\n");
        assertFinds("GENERIC_PASSWORD", "hab das Passwort ", p, " im Router eingetragen\n");
        assertFinds("GENERIC_PASSWORD", "ho messo la password ", p, " nel file\n");
        // words, identifiers, variables, placeholders after the same connectors
        assertThat(acted("Reset your password to something only you know.\n")).isFalse();
        assertThat(acted("the password to the admin console is stored in Vault\n")).isFalse();
        assertThat(acted("set the password to $DB_PASSWORD before running the job\n")).isFalse();
        assertThat(acted("changed the password policy to MinLength12 last week\n")).isFalse();
        assertThat(acted("Passwort auf Standard zurücksetzen\n")).isFalse();
        assertThat(acted("la contraseña del usuario admin caduca en 90 días\n")).isFalse();
        assertThat(acted("set password to <your-password> in the config\n")).isFalse();
        assertThat(acted("change the password to ChangeMeNow in staging only\n")).isFalse();
        // an example of a weak password, not the password
        assertThat(acted("Do not pick a password such as Autumn2023# for any shared account.\n")).isFalse();
        assertThat(acted("evita una contraseña como Verano2024! en cuentas compartidas\n")).isFalse();
    }

    @Test
    void postmarkTokenGivenToABuilderOrSetter() {
        String t = uuid();
        assertFinds("POSTMARK_SERVER_TOKEN", "let c = PostmarkClient::builder()\n    .server_token(\"", t,
                "\")\n    .build();\n");
        assertFinds("POSTMARK_SERVER_TOKEN", "PostmarkConfig cfg = new PostmarkConfig();\ncfg.setServerToken(\"", t,
                "\");\n");
        assertFinds("POSTMARK_SERVER_TOKEN", "postmark = Postmark.builder().withAccountToken('", t, "').build()\n");
        // a request or message id in the same call shape, or without Postmark named
        assertThat(acted("PostmarkClient::builder().message_id(\"" + uuid() + "\")\n")).isFalse();
        assertThat(acted("client.server_token(\"" + uuid() + "\") // some other mail relay\n")).isFalse();
    }

    @Test
    void facebookTokensWhateverTheirFourthCharacter() {
        String tok = "EAA" + "3k" + rnd(ALNUM, 170) + "Qz9";
        assertFinds("FACEBOOK_ACCESS_TOKEN", "PAGE_TOKEN = \"", tok, "\"\n");
        assertFinds("FACEBOOK_ACCESS_TOKEN", "curl \"https://graph.facebook.com/me?access_token=", tok, "\"\n");
        String lower = "EAAf" + rnd(ALNUM, 120) + "9Z";
        assertFinds("FACEBOOK_ACCESS_TOKEN", "token: ", lower, "\n");
        // a base64 blob that happens to start with EAA, words, a short id
        assertThat(acted("data: EAA" + rnd(B64, 60) + "+/" + rnd(B64, 60) + "==\n")).isFalse();
        assertThat(acted("EAA0" + rnd(LOWER_ALNUM, 12) + " is the ledger id\n")).isFalse();
        assertThat(acted("EAAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
                + "bbbbbbbbbbbbb\n")).isFalse();
    }

    @Test
    void fiveHundredTwelveBitKeysUnderAnyKeyName() {
        String k = key512();
        assertFinds("AZURE_COSMOS_DB_KEY", "COSMOS_ENDPOINT=https://shop.documents.azure.com:443/\nCOSMOS_KEY=", k,
                "\n");
        assertFinds("AZURE_COSMOS_DB_KEY", "var client = new CosmosClient(endpoint, \"", k, "\");\n");
        assertFinds("AZURE_COSMOS_DB_KEY", "CosmosClientBuilder().endpoint(url).key(\"", k, "\").buildClient();\n");
        assertFinds("GENERIC_SECRET", "PRIMARY_KEY=", k, "\n");
        assertFinds("GENERIC_SECRET", "  masterKey: \"", k, "\"\n");
        assertFinds("GENERIC_SECRET", "hmac_key = '", k, "'\n");
        // published and public values of the same shape
        assertThat(acted("COSMOS_KEY=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy"
                + "67XIw/Jw==\n")).isFalse();
        assertThat(acted("publicKey: \"" + key512() + "\"\n")).isFalse();
        assertThat(acted("signature_key_hash=" + key512() + "\n")).isFalse();
        assertThat(acted("integrity: sha512-" + key512() + "\n")).isFalse();
        assertThat(acted("COSMOS_KEY=" + "A".repeat(86) + "==\n")).isFalse();
    }

    @Test
    void vendorFormatsBeyondTheRound() {
        String url = SecretFormats.URLSAFE;
        assertFinds("NVIDIA_API_KEY", "export NVIDIA_API_KEY=", "nvapi-" + "x7" + rnd(url, 60) + "Q2", "\n");
        assertFinds("NVIDIA_API_KEY", "client = OpenAI(base_url=nim, api_key=\"", "nvapi-" + "a9B" + rnd(url, 61),
                "\")\n");
        assertFinds("APIFY_API_TOKEN", "const client = new ApifyClient({ token: '", "apify_api_" + "k3" + rnd(ALNUM, 34),
                "' });\n");
        assertFinds("SCALINGO_API_TOKEN", "scalingo login --api-token ", "tk-us-" + "Zq8" + rnd(url, 45), "\n");
        assertFinds("SLACK_CONFIG_TOKEN", "SLACK_CONFIG_TOKEN=", "xoxe.xoxp-1-" + "Mi0" + rnd(ALNUM, 160), "\n");
        assertFinds("SLACK_CONFIG_TOKEN", "refresh: ", "xoxe-1-" + "My0" + rnd(ALNUM, 143), "\n");
        assertFinds("HARNESS_SAT", "x-api-key: ", "sat." + rnd(url, 22) + "." + rnd(HEX, 24) + "." + "a1" + rnd(ALNUM, 18),
                "\n");
        assertFinds("LANGFUSE_SECRET_KEY", "LANGFUSE_SECRET_KEY=\"", "sk-lf-" + uuid(), "\"\n");
        assertFinds("CEREBRAS_API_KEY", "CEREBRAS_API_KEY=", "csk-" + "q4" + rnd(LOWER_ALNUM, 46), "\n");
        // public halves, display prefixes, filler, words
        assertThat(acted("LANGFUSE_PUBLIC_KEY=pk-lf-" + uuid() + "\n")).isFalse();
        assertThat(acted("key nvapi-" + rnd(ALNUM, 4) + "… (shown once)\n")).isFalse();
        assertThat(acted("NVIDIA_API_KEY=nvapi-" + "x".repeat(64) + "\n")).isFalse();
        assertThat(acted("the csk-" + "abcdefgh".repeat(6) + " naming scheme\n")).isFalse();
        assertThat(acted("xoxe.xoxp tokens expire after 12 hours; rotate with tooling.tokens.rotate\n")).isFalse();
        assertThat(acted("SLACK_CONFIG_TOKEN=xoxe.xoxp-1-" + "0".repeat(163) + "\n")).isFalse();
    }

    @Test
    void newRulesStayLinearOnFloods() {
        String[] floods = {
            ("password was reset to " + "a".repeat(60) + " ").repeat(10_000),
            ("contraseña contraseña a ").repeat(20_000),
            ("KEY=" + "Ab1".repeat(29) + "= ").repeat(5_000),
            ("cosmos " + "Ab1+".repeat(30) + " ").repeat(5_000),
            ("EAA" + "Ab1".repeat(40) + "+").repeat(5_000),
            ("postmark .server_token(\"" + "0".repeat(36) + " ").repeat(5_000),
            ("xoxe.xoxp-1-" + "a".repeat(200) + " ").repeat(2_000)};
        for (String f : floods) {
            CpuTime.assertWithin(Duration.ofSeconds(5), () -> Round11ClassesTest.scan(f));
        }
    }
}
