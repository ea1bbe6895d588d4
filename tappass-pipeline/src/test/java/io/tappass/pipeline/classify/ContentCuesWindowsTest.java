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

    /**
     * The pairs are sought in the characters' low bytes with the high bit dropped, so other characters can look like
     * a pair's letters there: 'ç' (U+00E7) like 'g', 'î' (U+00EE) like 'n', U+0167 like 'g', U+016E like 'n', U+0176
     * like 'v'. Such look-alikes next to real stems and next to each other, across the chunk edges, find what
     * {@code indexOf} finds.
     */
    @Test
    void lookAlikeBytesOfOtherCharactersAreNoStems() {
        Random random = new Random(20261129L);
        String[] pieces = {"iagnos", "rescri", "ositive", "herap", "MRN", "ia\u00e7nos", "iag\u00eeos", "ia\u0167nos",
            "iag\u016eos", "osi\u0176ive", "osit\u00e9ve", "\u00c7\u00ee", "\u0167\u016e", "h\u00e5rap", "her\u00e1p",
            "M\u00d2N", "\u00cdRN", "\u00f3\u00e3", "gn", "sc", "iv", "ap", "RN", " ", "x", "\u4e2d"};
        for (int round = 0; round < 3_000; round++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(round % 10 == 0 ? 3_000 : 40);
            for (int k = 0; k < parts; k++) {
                sb.append(random.nextInt(4) == 0 ? " ".repeat(random.nextInt(130))
                        : pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            assertThat(ContentCues.healthWindows(text)).as("windows of '%s'", text).containsExactly(reference(text));
        }
    }

    /**
     * The last chunk's buffer holds bytes of the chunk before past its end (the word read one byte ahead sees up to
     * eight of them): a pair there is not this chunk's. Stems at the start of the chunk before a short last chunk.
     */
    @Test
    void staleBytesPastTheLastChunkAreNotRead() {
        for (int chunks = 1; chunks <= 2; chunks++) {
            for (int tail = 1; tail <= 12; tail++) {
                for (int at = 0; at <= 12; at++) {
                    for (String stem : STEMS) {
                        int start = (chunks - 1) * 4095;
                        StringBuilder sb = new StringBuilder("x".repeat(chunks * 4095 + tail));
                        sb.replace(start + at, start + at + stem.length(), stem);
                        String text = sb.toString();
                        assertThat(ContentCues.healthWindows(text)).as("%s at %d, tail %d", stem, at, tail)
                                .containsExactly(reference(text));
                    }
                }
            }
        }
    }

    /** {@link ContentCues#pairHits} against a byte-by-byte test, on words of pair letters, look-alikes and others. */
    @Test
    void pairHitsMarksExactlyTheStemsPairs() {
        String[] pairs = {"gn", "sc", "iv", "ap", "RN"};
        byte[] alphabet = "gnscivapRNxGrM ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Random random = new Random(3L);
        for (int round = 0; round < 200_000; round++) {
            byte[] b = new byte[9];
            for (int k = 0; k < b.length; k++) {
                int c = alphabet[random.nextInt(alphabet.length)];
                b[k] = (byte) (random.nextInt(5) == 0 ? c | 0x80 : random.nextInt(40) == 0 ? random.nextInt(256) : c);
            }
            long x = 0;
            long y = 0;
            long expected = 0;
            for (int k = 7; k >= 0; k--) {
                x = x << 8 | (b[k] & 0xFF);
                y = y << 8 | (b[k + 1] & 0xFF);
            }
            for (int k = 0; k < 8; k++) {
                String pair = "" + (char) (b[k] & 0x7F) + (char) (b[k + 1] & 0x7F);
                if (java.util.Arrays.asList(pairs).contains(pair)) {
                    expected |= 0x80L << (8 * k);
                }
            }
            assertThat(ContentCues.pairHits(x, y)).as("bytes %s", java.util.Arrays.toString(b)).isEqualTo(expected);
        }
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
