package io.tappass.pipeline.secrets;

import java.util.ArrayList;
import java.util.List;

/**
 * The keyword prefilter of {@link SecretScanner}: finds every case-insensitive occurrence of the rules' keywords in
 * one pass, like an Aho-Corasick automaton, but with a 4 KiB table that stays in the L1 cache.
 *
 * <p>Each character is folded to a 5-bit code (letters, digits, and the punctuation keywords use; everything else
 * 0). The codes of the last three characters form a 15-bit window; a bit set says "some keyword has these three codes"
 * (each keyword is anchored on its least common three characters; a keyword shorter than three sets every window it
 * can end). Only where the bit is set are the keywords listed for that window compared with the text. Folding makes the table a superset filter; the
 * comparison makes the result exact. A dense Aho-Corasick DFA over ~300 keywords needs several hundred KiB, and its
 * dependent table loads missed the cache on every character (13 ns/char measured against about 1 ns/char here).
 *
 * <p>Immutable and thread-safe.
 */
final class TrigramIndex {

    /** Receives keyword occurrences. */
    @FunctionalInterface
    interface Hit {
        void found(int rule, int start, int end);
    }

    private static final int BITS = 5;
    private static final int MASK3 = (1 << 3 * BITS) - 1;
    private static final byte[] CODE = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            CODE[c] = (byte) (c - 'a' + 1);     // 1..26
            CODE[c - 32] = CODE[c];
        }
        for (char c = '0'; c <= '9'; c++) {
            CODE[c] = 27;
        }
        CODE['_'] = 28;
        CODE['-'] = 28;
        CODE['.'] = 29;
        CODE['/'] = 29;
        CODE[':'] = 30;
        CODE['$'] = 30;
        CODE['"'] = 30;
        CODE['\''] = 30;
        CODE['='] = 30;
        CODE['~'] = 31;
        CODE['!'] = 31;
    }

    private final long[] bits = new long[(1 << 3 * BITS) / 64];
    /** Per three-code window: the keywords (lower case) that can end there, and their rule ids. */
    private final String[][] words = new String[1 << 3 * BITS][];
    private final int[][] rules = new int[1 << 3 * BITS][];
    /** Per entry: how far the keyword starts before the end of its anchoring window. */
    private final int[][] backs = new int[1 << 3 * BITS][];

    /**
     * @param keywordsPerRule for each rule id, its keywords (ASCII, matched case-insensitively)
     * @throws IllegalArgumentException for an empty or non-ASCII keyword
     */
    TrigramIndex(List<String[]> keywordsPerRule) {
        List<List<Object[]>> entries = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            entries.add(new ArrayList<>());
        }
        for (int rule = 0; rule < keywordsPerRule.size(); rule++) {
            for (String kw : keywordsPerRule.get(rule)) {
                String k = lower(kw);
                int len = k.length();
                // the keyword is anchored on its rarest three characters (its last one or two when shorter)
                int back = Math.min(len, 3);
                double best = Double.MAX_VALUE;
                for (int j = 0; j + 3 <= len; j++) {
                    double f = FREQUENCY[code(k.charAt(j))] * FREQUENCY[code(k.charAt(j + 1))]
                            * FREQUENCY[code(k.charAt(j + 2))];
                    if (f < best) {
                        best = f;
                        back = j + 3;
                    }
                }
                int c1 = code(k.charAt(back - 1));
                int c2 = back >= 2 ? code(k.charAt(back - 2)) : -1;
                int c3 = back >= 3 ? code(k.charAt(back - 3)) : -1;
                for (int a = 0; a < 32; a++) {
                    if (c3 >= 0 && a != c3) {
                        continue;
                    }
                    for (int b = 0; b < 32; b++) {
                        if (c2 >= 0 && b != c2) {
                            continue;
                        }
                        int win = a << 2 * BITS | b << BITS | c1;
                        bits[win >>> 6] |= 1L << win;
                        boolean dup = false;
                        for (Object[] e : entries.get(win)) {
                            dup |= e[0].equals(k) && (int) e[1] == rule;
                        }
                        if (!dup) {
                            entries.get(win).add(new Object[] {k, rule, back});
                        }
                    }
                }
            }
        }
        for (int i = 0; i < words.length; i++) {
            List<Object[]> es = entries.get(i);
            if (!es.isEmpty()) {
                words[i] = es.stream().map(e -> (String) e[0]).toArray(String[]::new);
                rules[i] = es.stream().mapToInt(e -> (int) e[1]).toArray();
                backs[i] = es.stream().mapToInt(e -> (int) e[2]).toArray();
            }
        }
    }

    /**
     * Rough relative frequency of each code in English text and code (letters after the usual letter frequencies;
     * code 0, which includes the space, most frequent; digits and punctuation rare), to anchor each keyword on its
     * least common three characters so that ordinary words rarely pass the filter.
     */
    private static final double[] FREQUENCY = new double[32];

    static {
        String byFrequency = "etaoinshrdlcumwfgypbvkjxqz";
        for (int i = 0; i < byFrequency.length(); i++) {
            FREQUENCY[byFrequency.charAt(i) - 'a' + 1] = 13.0 - i * 0.5;
        }
        FREQUENCY[0] = 20;
        FREQUENCY[27] = 4;   // digits
        FREQUENCY[28] = 1;   // _ -
        FREQUENCY[29] = 3;   // . /
        FREQUENCY[30] = 1;   // : $ = " '
        FREQUENCY[31] = 0.5; // ~ !
    }

    private static String lower(String kw) {
        if (kw.isEmpty()) {
            throw new IllegalArgumentException("empty keyword");
        }
        StringBuilder b = new StringBuilder(kw.length());
        for (int i = 0; i < kw.length(); i++) {
            char c = kw.charAt(i);
            if (c >= 128) {
                throw new IllegalArgumentException("keywords must be ASCII: " + kw);
            }
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    private static int code(char c) {
        return c < 128 ? CODE[c] : 0;
    }

    /** Per-thread copy buffer: the text is read in chunks of bytes, which is faster than {@code charAt}. */
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[8192]);

    /** {@link #CODE} for the low byte of a character (the high half maps to 0). */
    private static final byte[] CODE256 = java.util.Arrays.copyOf(CODE, 256);

    /**
     * Reports every occurrence of every keyword (ASCII case-insensitive) with its span (not in text order).
     *
     * <p>The text is copied chunk by chunk into a byte buffer with {@link String#getBytes(int, int, byte[], int)},
     * which keeps the low byte of each character: ASCII keyword characters keep their codes, and a non-Latin-1
     * character can only add candidate windows, which the comparison with the text then rejects.
     */
    @SuppressWarnings("deprecation")
    void find(String text, Hit hit) {
        final long[] b = bits;
        final byte[] code = CODE256;
        final byte[] buf = BUFFER.get();
        int win = 0;
        for (int off = 0, n = text.length(); off < n; off += buf.length) {
            int len = Math.min(buf.length, n - off);
            text.getBytes(off, off + len, buf, 0);
            for (int i = 0; i < len; i++) {
                win = (win << BITS | code[buf[i] & 0xFF]) & MASK3;
                if ((b[win >>> 6] & 1L << win) != 0) {
                    verify(text, off + i + 1, win, hit);
                }
            }
        }
    }

    /** ASCII case-insensitive comparison with a lower-case keyword (no Unicode case folding, like the rules). */
    private static boolean matchesAt(String text, int start, String w) {
        for (int j = 0, n = w.length(); j < n; j++) {
            char c = text.charAt(start + j);
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            if (c != w.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private void verify(String text, int end, int win, Hit hit) {
        String[] ws = words[win];
        int[] rs = rules[win];
        int[] bs = backs[win];
        int n = text.length();
        for (int k = 0; k < ws.length; k++) {
            String w = ws[k];
            int start = end - bs[k];
            if (start >= 0 && start + w.length() <= n && matchesAt(text, start, w)) {
                hit.found(rs[k], start, start + w.length());
            }
        }
    }
}
