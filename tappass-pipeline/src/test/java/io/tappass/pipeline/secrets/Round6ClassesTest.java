package io.tappass.pipeline.secrets;

import static io.tappass.pipeline.secrets.SecretScannerTest.assertFinds;
import static io.tappass.pipeline.secrets.SecretScannerTest.rnd;
import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.CpuTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The classes of the sixth blind secrets round's misses and false positives (twenty-fourth session), each with cases
 * of our own (values assembled at run time, so this file trips no secret scanner) and look-alikes.
 */
class Round6ClassesTest {

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String LOWER36 = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String HEX = "0123456789abcdef";
    private static final String B64 = ALNUM + "+/";

    private static final SecretScanner S = SecretScanner.defaults();

    private static boolean anyAtOrAbove(String text, double score) {
        return S.scan(text).stream().anyMatch(m -> m.score() >= score);
    }

    @Test
    void awsSessionTokensUnderAnyKey() {
        String modern = "IQoJb3JpZ2lu" + "X2VjE" + rnd(B64, 300) + "=";
        String older = "FwoGZXIvYXdz" + "EBYaD" + rnd(B64, 200);
        assertFinds("AWS_SESSION_TOKEN", "{\"Credentials\": {\"SessionToken\": \"", modern, "\"}}");
        assertFinds("AWS_SESSION_TOKEN", "[temp]\ntoken = ", older, "\n");
        assertFinds("AWS_SESSION_TOKEN", "export STS_TOKEN=", modern, "");
        // the prefix inside a longer base64 run is not a token start
        assertThat(S.scan("blob: QUJD" + "IQoJb3JpZ2lu" + rnd(B64, 150))).noneMatch(m -> m.type().equals("AWS_SESSION_TOKEN"));
    }

    @Test
    void infuraAndHoneycombKeys() {
        String project = rnd(HEX, 32);
        assertFinds("INFURA_API_KEY", "const rpc = \"https://sepolia.infura.io/v3/", project, "\";");
        assertFinds("INFURA_API_KEY", "ws: wss://mainnet.infura.io/ws/v3/", project, "\n");
        assertThat(S.scan("See https://docs.infura.io/api/networks/ethereum for endpoints")).isEmpty();
        String ingest = "hcaik_" + rnd(LOWER36, 58);
        assertFinds("HONEYCOMB_API_KEY", "OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=", ingest, "");
        assertFinds("HONEYCOMB_API_KEY", "      x-honeycomb-team: ", rnd(ALNUM, 32), "\n");
        assertThat(S.scan("x-honeycomb-team: ${HONEYCOMB_API_KEY}")).isEmpty();
    }

    @Test
    void quotedValuesInsideConversions() {
        String v = rnd(HEX, 64);
        assertFinds("GENERIC_SECRET", "var webhookSecret = []byte(\"", v, "\")");
        assertFinds("GENERIC_SECRET", "SIGNING_SECRET = bytes(\"", v, "\", \"utf-8\")");
        assertFinds("GENERIC_SECRET", "const clientSecret = Buffer.from('", v, "');");
        assertFinds("GENERIC_PASSWORD", "db_password = b\"", "Zq8!" + rnd(ALNUM, 12), "\"");
        // a conversion of a reference is no value
        assertThat(S.scan("var signingSecret = []byte(os.Getenv(\"SIGNING_SECRET\"))")).isEmpty();
    }

    @Test
    void headerMapsPrintedWithListValues() {
        String key = rnd(ALNUM, 32);
        assertFinds("GENERIC_SECRET", "request headers: {Accept=[application/json], X-API-Key=[", key, "], Host=[x]}");
        assertFinds("GENERIC_SECRET", "{Authorization-Token=[", key, "]}");
        assertThat(S.scan("headers: {X-API-Key=[REDACTED], Accept=[*/*]}")).isEmpty();
    }

    @Test
    void passwordsAfterPwInChat() {
        String pw = "Kx7" + rnd(ALNUM, 12);
        assertFinds("GENERIC_PASSWORD", "user `deploy` pw `", pw, "` for now");
        assertFinds("GENERIC_PASSWORD", "login root / pwd: '", pw, "'");
        // ordinary words in quotes after "pw" are no password
        assertThat(S.scan("the pw 'changeme' must be rotated")).isEmpty();
        assertThat(S.scan("set pw \"password123\" in the form")).isEmpty();
    }

    @Test
    void emptyAssignmentsAreNotValuedByTheNextKey() {
        assertThat(S.scan("# Required\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=\nDATABASE_URL=\n")).isEmpty();
        assertThat(S.scan("secret_key:\n  SOME_OTHER_SECRET_NAME:\n")).isEmpty();
        // a real value on the next line is still one
        String v = rnd(ALNUM, 40);
        assertFinds("GENERIC_SECRET", "client_secret: |\n  ", v, "\n");
    }

    @Test
    void placeholderWebhooksAndUnsecuredJwtsAreNotActedOn() {
        assertThat(anyAtOrAbove("webhookUrl: \"https://hooks.slack.com/services/T00000000/B00000000/"
                + "X".repeat(24) + "\"", 0.6)).isFalse();
        // a real-looking webhook still is
        assertThat(anyAtOrAbove("https://hooks.slack.com/services/T" + rnd("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8)
                + "/B" + rnd("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8) + "/" + rnd(ALNUM, 24), 0.6)).isTrue();
        String none = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0" + "." + "eyJzdWIiOiJ1c2VyLTQyIiwiaWF0IjoxNzAwMDAwMDAwfQ" + ".";
        assertThat(S.scan("unsecured example: " + none + " is rejected")).isEmpty();
        // the same header with a signature is a token (a verifier that accepts "none" would not check it anyway)
        String hs = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + "." + "eyJzdWIiOiJ1c2VyLTQyIiwiaWF0IjoxNzAwMDAwMDAwfQ" + "."
                + rnd(ALNUM + "_-", 43);
        assertThat(S.scan("Authorization: Bearer " + hs)).anyMatch(m -> m.type().equals("JWT"));
    }

    @Test
    void newRulesStayLinear() {
        String[] floods = {"IQoJb3JpZ2lu".repeat(20_000), "https://a.infura.io/v3/".repeat(20_000),
            "hcaik_".repeat(50_000), "secret = []byte(".repeat(20_000), "X-API-Key=[".repeat(30_000),
            "pw `".repeat(60_000), "KEY=\n".repeat(60_000)};
        for (String f : floods) {
            CpuTime.assertWithin(f.substring(0, 12), Duration.ofSeconds(5), () -> {
                S.scan(f);
            });
        }
    }
}
