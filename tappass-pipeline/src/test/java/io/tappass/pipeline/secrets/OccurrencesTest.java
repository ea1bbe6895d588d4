package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Occurrences#next} against {@code String.indexOf} on random texts, anchors and search orders. */
class OccurrencesTest {

    @Test
    void nextEqualsIndexOfForAnchorsThatStartWithTheKeyword() {
        Random r = new Random(42);
        String[][] cases = {{"://", "://"}, {"kind: secret", "kind: Secret"}, {"-----begin", "-----BEGIN "},
            {"service_account", "service_account"}};
        String[] pieces = {"://", ":/", "kind: Secret", "KIND: SECRET", "kind: secret", "-----BEGIN ", "-----begin ",
            "-----BEGIN", "service_account", "Service_Account", "x", " ", "\n", "k", "-", "s"};
        int found = 0;
        for (int t = 0; t < 3000; t++) {
            String[] c = cases[r.nextInt(cases.length)];
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(30); i > 0; i--) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String text = b.toString();
            String lower = text.toLowerCase(Locale.ROOT);
            int[] starts = new int[text.length() + 1];
            int n = 0;
            for (int p = lower.indexOf(c[0]); p >= 0; p = lower.indexOf(c[0], p + 1)) {
                starts[n++] = p;
            }
            Occurrences at = new Occurrences(starts, n);
            int from = 0;
            for (int q = 0; q < 12; q++) {
                // mostly forward like the finders, sometimes backwards
                from = r.nextInt(4) == 0 ? r.nextInt(text.length() + 2) : from + r.nextInt(8);
                int expected = text.indexOf(c[1], from);
                assertThat(at.next(text, c[1], from)).as("%s from %d in %s", c[1], from, text).isEqualTo(expected);
                assertThat(Occurrences.TEXT.next(text, c[1], from)).isEqualTo(expected);
                if (expected >= 0) {
                    found++;
                }
            }
        }
        assertThat(found).isGreaterThan(1000);
    }
}
