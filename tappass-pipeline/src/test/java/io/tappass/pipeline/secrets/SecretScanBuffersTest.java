package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.FreshThread;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A scan's keyword hits and per-rule starts live in per-thread buffers that the thread's next scan reuses, while
 * scans nested in a scan (joined string pieces, decoded values) make their own: whatever ran before on the thread,
 * a text must give what a fresh thread finds.
 */
class SecretScanBuffersTest {

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private static String rnd(Random r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ALNUM.charAt(r.nextInt(ALNUM.length())));
        }
        return sb.toString();
    }

    private static String onFreshThread(String text) throws InterruptedException {
        return FreshThread.get(() -> SecretScanner.defaults().scan(text).toString());
    }

    /** Source-like lines: secrets whole, split across string concatenations, base64-encoded, and keywords alone. */
    private static String source(Random r, int lines) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < lines; k++) {
            String ghp = "ghp_" + rnd(r, 36);
            switch (k % 6) {
                case 0 -> sb.append("String token = \"").append(ghp.substring(0, 20)).append("\" +\n    \"")
                        .append(ghp.substring(20)).append("\";\n");
                case 1 -> sb.append("String label = \"key\" + \"name\" + suffix; // password, token, secret\n");
                case 2 -> sb.append("aws_access_key_id = AKIA").append(rnd(r, 16).toUpperCase()).append('\n');
                case 3 -> sb.append("config: ").append(Base64.getEncoder().encodeToString(
                        ("GITHUB_TOKEN=" + ghp).getBytes(StandardCharsets.UTF_8))).append('\n');
                case 4 -> sb.append("const key = 'sk-").append(rnd(r, 10)).append("' + '").append(rnd(r, 38))
                        .append("';\n");
                default -> sb.append("password = \"\" + api_key + token + secret; bearer\n");
            }
        }
        return sb.toString();
    }

    @Test
    void everyScanFindsWhatAFreshThreadFinds() throws InterruptedException {
        Random r = new Random(2211);
        List<String> texts = new ArrayList<>(List.of(source(r, 3000), "nothing to see here", source(r, 40),
                source(r, 30_000), // more keyword hits than the buffers keep room for
                "token = ghp_" + rnd(r, 36), source(r, 3000)));
        // short texts whose few keyword hits come after a nested scan (of joined pieces, of a decoded value) in the
        // order the rules are run: a nested scan writing into its parent's buffers would change what follows
        for (int k = 0; k < 60; k++) {
            String ghp = "ghp_" + rnd(r, 36);
            String sk = "sk-" + rnd(r, 48);
            List<String> parts = new ArrayList<>(List.of(
                    "String token = \"" + ghp.substring(0, 18) + "\" + \"" + ghp.substring(18) + "\";",
                    "config: " + Base64.getEncoder().encodeToString(("OPENAI_API_KEY=" + sk).getBytes(
                            StandardCharsets.UTF_8)),
                    "aws_access_key_id = AKIA" + rnd(r, 16).toUpperCase(),
                    "OPENAI_API_KEY=" + "sk-" + rnd(r, 48),
                    "password: hunter" + rnd(r, 8),
                    "const key = '" + sk.substring(0, 12) + "' + '" + sk.substring(12) + "';"));
            java.util.Collections.shuffle(parts, r);
            texts.add(String.join(k % 2 == 0 ? "\n" : " ", parts.subList(0, 2 + r.nextInt(parts.size() - 1))));
        }
        List<String> fresh = new ArrayList<>();
        for (String t : texts) {
            fresh.add(onFreshThread(t));
        }
        assertThat(fresh.get(0)).as("the texts hold secrets").contains("concat.");
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < texts.size(); i++) {
                assertThat(SecretScanner.defaults().scan(texts.get(i)).toString()).as("text %d, round %d", i, round)
                        .isEqualTo(fresh.get(i));
            }
        }
    }
}
