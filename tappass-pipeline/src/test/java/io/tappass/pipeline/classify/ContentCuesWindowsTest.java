package io.tappass.pipeline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ContentCues#healthWindows} (one pass, stems found by an inner letter pair) against the plain definition:
 * every occurrence of every stem by {@code String.indexOf}, windows of +-120 sorted by start and merged when they
 * overlap or touch. The random texts pack stems of different pair offsets within a few characters of each other and
 * of the 120-character window edges, where finding them out of text order could split or join windows wrongly.
 */
class ContentCuesWindowsTest {

    private static final String[] STEMS = {"iagnos", "rescri", "ositive", "herap", "MRN"};

    @Test
    void matchesIndexOfDefinition() {
        Random random = new Random(20261128L);
        String[] pieces = {"iagnos", "rescri", "ositive", "herap", "MRN", "gn", "sc", "iv", "ap", "RN", "d", "p", "t",
            "x", " ", "\u00e9", "\u4e2d", "MR", "hera", "osit"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(12);
            for (int k = 0; k < parts; k++) {
                if (random.nextInt(3) == 0) {
                    sb.append(" ".repeat(random.nextInt(260)));
                } else {
                    sb.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            String text = sb.toString();
            assertThat(ContentCues.healthWindows(text)).as("windows of '%s'", text).containsExactly(reference(text));
        }
    }

    /** Stems across the edges of the 4096-char chunks the scan reads (each chunk starts one character back). */
    @Test
    void findsStemsAcrossChunkEdges() {
        Random random = new Random(7L);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder("x".repeat(3 * 4096 + random.nextInt(300)));
            int placed = 0;
            for (int edge = 4095; edge < sb.length() - 10; edge += 4095, placed++) {
                String stem = STEMS[random.nextInt(STEMS.length)];
                int at = edge - random.nextInt(stem.length() + 2);
                sb.replace(at, at + stem.length(), stem);
            }
            String text = sb.toString();
            assertThat(ContentCues.healthWindows(text)).containsExactly(reference(text));
            assertThat(ContentCues.healthWindows(text)).hasSize(2 * placed);
        }
    }

    @Test
    void findsStemsOnBothSidesOfNonAscii() {
        String text = "\u4e2d\u6587 the patient was prescribed \u00e9 MRN 1234567 and diagnosed";
        assertThat(ContentCues.healthWindows(text)).containsExactly(0, text.length());
        assertThat(ContentCues.healthWindows("ordinary prose without any of them".repeat(100))).isEmpty();
    }

    private static int[] reference(String text) {
        List<int[]> at = new ArrayList<>();
        for (String t : STEMS) {
            for (int p = text.indexOf(t); p >= 0; p = text.indexOf(t, p + t.length())) {
                at.add(new int[] {Math.max(0, p - 120), Math.min(text.length(), p + t.length() + 120)});
            }
        }
        at.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Integer> out = new ArrayList<>();
        for (int[] w : at) {
            if (!out.isEmpty() && w[0] <= out.get(out.size() - 1)) {
                out.set(out.size() - 1, Math.max(out.get(out.size() - 1), w[1]));
            } else {
                out.add(w[0]);
                out.add(w[1]);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
