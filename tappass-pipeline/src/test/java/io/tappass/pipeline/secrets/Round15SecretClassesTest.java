package io.tappass.pipeline.secrets;

import static io.tappass.pipeline.secrets.Round11ClassesTest.anyOfType;
import static io.tappass.pipeline.secrets.Round11ClassesTest.maxScore;
import static io.tappass.pipeline.secrets.Round11ClassesTest.scan;
import static io.tappass.pipeline.secrets.SecretFormats.ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.B64;
import static io.tappass.pipeline.secrets.SecretFormats.BASE32;
import static io.tappass.pipeline.secrets.SecretFormats.HEX;
import static io.tappass.pipeline.secrets.SecretFormats.LOWER_ALNUM;
import static io.tappass.pipeline.secrets.SecretScannerTest.assertFinds;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The classes of the fifteenth blind secrets round's misses and false positives (thirty-fourth session, round 15
 * tuned on), each with cases of our own (values drawn at run time from the documented alphabets and lengths by this
 * class's own seeded generator, checksums computed, so this file trips no secret scanner and its draws do not depend
 * on which tests ran before) and the look-alikes each must leave alone.
 */
class Round15SecretClassesTest {

    private static final double THRESHOLD = DetectSecretsStep.DEFAULT_THRESHOLD;

    /** This class's own generator: its draws do not depend on the order the suite runs its tests in. */
    private final Random random = new Random(20261129);

    private String rnd(String alphabet, int n) {
        return SecretFormats.rnd(random, alphabet, n);
    }

    /** Random alphanumerics with a digit and both cases, as generated keys are. */
    private String key(int n) {
        return "Vb5" + rnd(ALNUM, n - 3);
    }

    /** A password as generators write it: both cases, digits and symbols anywhere. */
    private String password() {
        return "Kq7" + rnd(ALNUM, 5) + "-" + rnd(ALNUM, 4) + "!" + "m2";
    }

    /** 64 random bytes in base64: 86 characters and "==" (Azure storage account keys). */
    private String key512() {
        return "Tk8" + rnd(B64, 80) + "qZ4==";
    }

    /** 32 random bytes in base64: 43 characters and "=" (a libsodium public key, an AES-256 key). */
    private String key256() {
        return "Pm3" + rnd(B64, 39) + "c=";
    }

    private static boolean acted(String text) {
        return maxScore(text) >= THRESHOLD;
    }

    @Test
    void generatedPasswordsThatStartWithASymbol() {
        String body = password();
        for (String lead : new String[] {"#", "."}) {
            String p = lead + body;
            assertFinds("GENERIC_PASSWORD", "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: \"", p,
                    "\"\n");
            assertFinds("GENERIC_PASSWORD", "SMTP_PASSWORD='", p, "'\n");
            assertFinds("GENERIC_PASSWORD", "{\"db\": {\"password\": \"", p, "\"}}\n");
            assertFinds("GENERIC_PASSWORD", "[database]\npassword = \"", p, "\"\n");
            assertFinds("GENERIC_PASSWORD", "conn = connect(host=h, passwd='", p, "')\n");
        }
        // fragments, interpolations, member paths and anchors stay code
        assertThat(acted("password: \"#{ENV['DB_PASSWORD']}\"\n")).isFalse();
        assertThat(acted("password: \"#/components/schemas/Password2\"\n")).isFalse();
        assertThat(acted("password: \".Values.db.password\"\n")).isFalse();
        assertThat(acted("password: \".env.Local2\"\n")).isFalse();
        assertThat(acted("password: \"#section2#Anchor\"\n")).isFalse();
        assertThat(acted("password: \"#password\"\n")).isFalse();
    }

    @Test
    void curlUserWithTheShellsQuotingOfThePassword() {
        String p = password();
        assertFinds("HTTP_BASIC_CREDENTIALS", "curl -s -u admin:'", p, "' https://ci.example.org/api/jobs\n");
        assertFinds("HTTP_BASIC_CREDENTIALS", "curl -u 'deploy':'", p, "' -X POST https://nexus.example.org/\n");
        assertFinds("HTTP_BASIC_CREDENTIALS", "curl -fsS -u \"svc\":\"", p, "\" https://repo.example.org/x\n");
        assertFinds("HTTP_BASIC_CREDENTIALS", "curl --user=ops:", p, " https://grafana.example.org/api/health\n");
        assertFinds("HTTP_BASIC_CREDENTIALS", "curl -uadmin:", p, " https://es.example.org:9200/_cat/indices\n");
        assertFinds("HTTP_BASIC_CREDENTIALS", "curl -x http://proxy:3128 --proxy-user squid:'", p,
                "' https://example.org\n");
        // variables, prompts and placeholders
        assertThat(acted("curl -s -u admin:'$ADMIN_PASSWORD' https://ci.example.org\n")).isFalse();
        assertThat(acted("curl -u \"$USER\":\"$TOKEN\" https://ci.example.org\n")).isFalse();
        assertThat(acted("curl -u admin https://ci.example.org   # prompts for the password\n")).isFalse();
        assertThat(acted("curl -u admin:'<password>' https://ci.example.org\n")).isFalse();
    }

    @Test
    void keysGivenToCommandLineFlagsAndPowerShellParameters() {
        String k = key512();
        assertFinds("AZURE_STORAGE_ACCOUNT_KEY", "az storage blob upload -f a.tgz -c drops --account-name stx --account-key ",
                k, " -n a.tgz\n");
        assertFinds("AZURE_STORAGE_ACCOUNT_KEY", "PS> $c = New-AzStorageContext -StorageAccountName stx -StorageAccountKey \"",
                k, "\"\n");
        assertFinds("AZURE_STORAGE_ACCOUNT_KEY", "Set-AzStorageAccount ... -AccountKey '", k, "'\n");
        String s = key(40);
        assertFinds("GENERIC_SECRET", "minio-client admin --secret-key ", s, " --insecure\n");
        assertFinds("GENERIC_SECRET", "meili --master-key '", s, "' --env production\n");
        assertFinds("GENERIC_SECRET", "Connect-Thing -TenantId t -ClientSecret \"", s, "\"\n");
        assertFinds("GENERIC_SECRET", "./exporter -access-token ", s, " -listen :9100\n");
        assertFinds("GENERIC_SECRET", "Publish-Module -Path .\\Mod -NuGetApiKey ", s, "\n");
        assertFinds("GENERIC_PASSWORD", "New-LocalUser -Name svc -Password \"", password(), "\"\n");
        // key files, variables, environment names, placeholders, sub-expressions
        assertThat(acted("terraform-provider --private-key ./keys/deploy.pem\n")).isFalse();
        assertThat(acted("az storage blob list --account-name stx --account-key $AZ_KEY\n")).isFalse();
        assertThat(acted("tool --access-key AWS_ACCESS_KEY_ID --secret-key AWS_SECRET_ACCESS_KEY\n")).isFalse();
        assertThat(acted("cli login --api-key <your-api-key>\n")).isFalse();
        assertThat(acted("Connect-Thing -ClientSecret (Get-Secret -Name app-secret -AsPlainText)\n")).isFalse();
        assertThat(acted("gpg --secret-key ops-signing-key-2024 --armor\n")).isFalse();
        assertThat(acted("ssh-keygen -t ed25519 -C deploy@ci -f id_ed25519_deploy\n")).isFalse();
    }

    @Test
    void symmetricSigningKeysUnderTheirOwnNames() {
        String k = key(44);
        assertFinds("GENERIC_SECRET", "var jwtKey = []byte(\"", k, "\")\n");
        assertFinds("GENERIC_SECRET", "HMAC_KEY=", k, "\n");
        assertFinds("GENERIC_SECRET", "session:\n  cookie_key: \"", k, "\"\n");
        assertFinds("GENERIC_SECRET", "aesKey := \"", rnd(HEX, 64), "\"\n");
        assertFinds("GENERIC_SECRET", "CIPHER_KEY = b\"", k, "\"\n");
        assertFinds("GENERIC_SECRET", "totp_key=", "JBSW" + rnd(BASE32, 28), "\n");
        // the name of a claim, a cookie, an algorithm or a header
        assertThat(acted("jwtKey = \"userId\"\n")).isFalse();
        assertThat(acted("cookie_key: \"session_id\"\n")).isFalse();
        assertThat(acted("HMAC_KEY = \"HmacSHA256\"\n")).isFalse();
        assertThat(acted("aes_key: \"AES256GCM\"\n")).isFalse();
        assertThat(acted("shared_key = \"team-shared-drive\"\n")).isFalse();
    }

    @Test
    void publicKeysTheTextCallsPublic() {
        String pub = key256();
        assertThat(acted("$ gh api repos/acme/infra/actions/secrets/public-key\n{\"key_id\":\"5689"
                + rnd("0123456789", 12) + "\",\"key\":\"" + pub + "\"}\n")).isFalse();
        assertThat(acted("{\"key_id\": \"" + rnd("0123456789", 19) + "\", \"key\": \"" + pub + "\"}\n"
                + "Encrypt the secret with this public key (libsodium sealed box) before the PUT.\n")).isFalse();
        assertThat(acted("# the server's verify key\nkey: " + pub + "\n")).isFalse();
        assertThat(acted("pubkey for the tunnel below\nkey = " + pub + "\n")).isFalse();
        // a key with no word calling it public stays reported, and so does one whose public word is far away
        assertThat(acted("{\"name\": \"ci\", \"key\": \"" + pub + "\"}\n")).isTrue();
        assertThat(acted("Public keys are documented in the wiki.\n\n\n\nconfig:\n  key: " + pub + "\n")).isTrue();
    }

    @Test
    void webhookNoncesBesideATimestampAndASignature() {
        String nonce = rnd(HEX, 50);
        assertThat(acted("{\"signature\": {\"token\": \"" + nonce + "\", \"timestamp\": \"1767225600\", \"signature\": \""
                + rnd(HEX, 64) + "\"}}\n")).isFalse();
        assertThat(acted("{\"timestamp\": 1767225600,\n \"signature\": \"" + rnd(HEX, 64) + "\",\n \"token\": \""
                + key(40) + "\"}\n")).isFalse();
        // a token with other fields, or with a signature outside its object, stays reported
        assertThat(acted("{\"token\": \"" + key(40) + "\", \"expires_in\": 3600}\n")).isTrue();
        assertThat(acted("{\"auth\": {\"token\": \"" + key(40) + "\"}, \"timestamp\": 1, \"signature\": \"x\"}\n"))
                .isTrue();
    }
}
