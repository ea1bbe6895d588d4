package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.core.governance.Finding;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The step's configuration reaches every part of the scan (Kubernetes {@code data:} values are decoded and scanned
 * with the configured scanner), and one-character filler behind a provider prefix is reported by the scanner below
 * the step's default threshold.
 */
class SecretConfigurationTest {

    private static final String PASSWORD = "Qx7-vR2m" + "Lp9Tz4";
    private static final String DB_URL = "postgres://app:" + PASSWORD + "@db.internal:5432/orders";

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String manifest(String token) {
        return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n"
                + "  DATABASE_URL: " + b64(DB_URL) + "\n  API_TOKEN: " + b64(token) + "\n";
    }

    private static String pat() {
        return "gh" + "p_" + SecretFormats.crc32Body(new Random(7));
    }

    @Test
    void kubernetesDataIsScannedWithTheConfiguredAllowlist() {
        String text = manifest(pat());
        int urlStart = text.indexOf(b64(DB_URL));
        int tokenStart = text.indexOf(b64(pat()));
        List<SecretMatch> all = SecretScanner.defaults().scan(text);
        assertThat(all).extracting(SecretMatch::start).contains(urlStart, tokenStart);

        // the allowlisted password is inside the decoded URL only: the decoder must use this scanner
        SecretScanner allowing = SecretScanner.builder().allow(PASSWORD).build();
        List<SecretMatch> found = allowing.scan(text);
        assertThat(found).extracting(SecretMatch::start).containsExactly(tokenStart);
        assertThat(found.get(0).type()).isEqualTo("GITHUB_PAT");

        SecretScanner noUrls = SecretScanner.builder().disable("url.credentials").build();
        assertThat(noUrls.scan(text)).extracting(SecretMatch::start).containsExactly(tokenStart);
        SecretScanner allowingToken = SecretScanner.builder().allow(pat()).build();
        assertThat(allowingToken.scan(text)).extracting(SecretMatch::start).containsExactly(urlStart);
    }

    @Test
    void kubernetesDataThroughTheStepHonoursItsOptions() {
        String text = manifest(pat());
        Pipeline p = Pipeline.builder().step("detect_secrets")
                .override("detect_secrets", Map.of("allowlist", List.of(PASSWORD, pat())))
                .build();
        assertThat(p.checkInput(text).findingsOf("detect_secrets")).isEmpty();
        Pipeline q = Pipeline.builder().step("detect_secrets")
                .override("detect_secrets", Map.of("allowlist", List.of(PASSWORD))).build();
        List<Finding> f = q.checkInput(text).findingsOf("detect_secrets");
        assertThat(f).extracting(Finding::type).containsExactly("GITHUB_PAT");
    }

    @Test
    void oneCharacterFillerIsReportedBelowTheStepThreshold() {
        String[] fillers = {"AKIA" + "X".repeat(16), "sk_live_" + "x".repeat(24), "SG." + "x".repeat(22) + "."
                + "x".repeat(43), "glpat-" + "x".repeat(20), "hf_" + "x".repeat(34)};
        for (String v : fillers) {
            List<SecretMatch> m = SecretScanner.defaults().scan("KEY=" + v);
            assertThat(m).as(v).hasSize(1);
            assertThat(m.get(0).score()).as(v).isEqualTo(SecretScanner.ONE_CHAR_FILLER_SCORE)
                    .isLessThan(DetectSecretsStep.DEFAULT_THRESHOLD);
        }
        assertThat(Placeholders.isOneCharFiller("AKIA" + "X".repeat(16))).isTrue();
        assertThat(Placeholders.isOneCharFiller("xoxb-0000000000-0000000000000-" + "x".repeat(24))).isFalse();
        assertThat(Placeholders.isOneCharFiller("AKIA" + "QX7RT2MZ" + "X".repeat(8))).isFalse();
        // a real-looking body keeps its full score
        String real = "AKIA" + "QX7RT2MZ" + "LP4WN6VD";
        assertThat(SecretScanner.defaults().scan("KEY=" + real).get(0).score()).isEqualTo(1.0);

        Pipeline standard = Pipeline.builder().step("detect_secrets").build();
        Verdict v = standard.checkInput("aws_access_key_id = " + fillers[0]);
        assertThat(v.isAllowed()).isTrue();
        assertThat(v.findingsOf("detect_secrets")).isEmpty();
        assertThat(standard.checkInput("aws_access_key_id = " + real).isBlocked()).isTrue();
        Pipeline preset = Pipeline.builder().preset("standard").build();
        assertThat(preset.checkInput("aws_access_key_id = " + fillers[0]).findingsOf("detect_secrets")).isEmpty();
        assertThat(preset.checkInput("aws_access_key_id = " + real).findingsOf("detect_secrets")).hasSize(1);
        // a lower threshold brings them back
        Pipeline strict = Pipeline.builder().step("detect_secrets")
                .override("detect_secrets", Map.of("threshold", 0.4)).build();
        assertThat(strict.checkInput("aws_access_key_id = " + fillers[0]).isBlocked()).isTrue();
    }
}
