package io.tappass.pipeline.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Rewrites and the mapping of offsets back to the original text (checked against a plain linear reference). */
class TextPartTest {

    @Test
    void rewriteReplacesSpansAndMapsOffsetsBack() {
        TextPart p = new TextPart("p", TextPart.Source.USER, 0, 0, "mail jane@x.io or call 555-1234 now");
        p.rewrite(new int[] {5, 23}, new int[] {14, 31}, new String[] {"[EMAIL]", "<PHONE_1>"});
        assertThat(p.text()).isEqualTo("mail [EMAIL] or call <PHONE_1> now");
        int s = p.text().indexOf("<PHONE_1>");
        assertThat(p.toOriginal(s, false)).isEqualTo(23);
        assertThat(p.toOriginal(s + "<PHONE_1>".length(), true)).isEqualTo(31);
        assertThat(p.toOriginal(p.text().length(), true)).isEqualTo(p.originalText().length());
        assertThat(p.toOriginal(0, false)).isZero();
    }

    @Test
    void mappingMatchesTheLinearReferenceOverSeveralLayers() {
        Random r = new Random(7);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(200);
            for (int i = 0; i < len; i++) {
                sb.append((char) ('a' + r.nextInt(26)));
            }
            TextPart p = new TextPart("p", TextPart.Source.USER, 0, 0, sb.toString());
            List<int[]> layers = new ArrayList<>();
            for (int l = 0; l < 1 + r.nextInt(3); l++) {
                int n = p.text().length();
                List<Integer> st = new ArrayList<>();
                List<Integer> en = new ArrayList<>();
                List<String> rep = new ArrayList<>();
                int pos = 0;
                while (pos < n && r.nextInt(4) != 0) {
                    int a = pos + r.nextInt(Math.max(1, (n - pos) / 3 + 1));
                    if (a > n) {
                        break;
                    }
                    int b = Math.min(n, a + r.nextInt(6));
                    st.add(a);
                    en.add(b);
                    rep.add("#".repeat(r.nextInt(5)));
                    pos = b + (r.nextBoolean() ? 0 : 1);
                }
                int[] s = st.stream().mapToInt(Integer::intValue).toArray();
                int[] e = en.stream().mapToInt(Integer::intValue).toArray();
                int[] flat = new int[s.length * 3];
                for (int i = 0; i < s.length; i++) {
                    flat[3 * i] = s[i];
                    flat[3 * i + 1] = e[i];
                    flat[3 * i + 2] = rep.get(i).length();
                }
                p.rewrite(s, e, rep.toArray(new String[0]));
                if (s.length > 0) {
                    layers.add(flat);
                }
            }
            for (int off = 0; off <= p.text().length(); off++) {
                for (boolean isEnd : new boolean[] {false, true}) {
                    int expected = off;
                    for (int l = layers.size() - 1; l >= 0; l--) {
                        expected = referenceMapBack(layers.get(l), expected, isEnd);
                    }
                    assertThat(p.toOriginal(off, isEnd)).as("offset %d end=%s round %d", off, isEnd, round)
                            .isEqualTo(expected);
                }
            }
        }
    }

    /** The original linear mapping (before the binary search). */
    private static int referenceMapBack(int[] edits, int p, boolean isEnd) {
        int delta = 0;
        for (int k = 0; k < edits.length; k += 3) {
            int newStart = edits[k] + delta;
            int newEnd = newStart + edits[k + 2];
            if (isEnd) {
                if (p <= newStart) {
                    return p - delta;
                }
                if (p <= newEnd) {
                    return edits[k + 1];
                }
            } else {
                if (p < newStart) {
                    return p - delta;
                }
                if (p < newEnd) {
                    return edits[k];
                }
            }
            delta += edits[k + 2] - (edits[k + 1] - edits[k]);
        }
        return p - delta;
    }
}
