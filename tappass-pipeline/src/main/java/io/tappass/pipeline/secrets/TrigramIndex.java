package io.tappass.pipeline.secrets;

import java.util.ArrayList;
import java.util.List;

/**
 * The keyword prefilter of {@link SecretScanner}: finds every case-insensitive occurrence of the rules' keywords in
 * one pass, like an Aho-Corasick automaton, but with a 4 KiB table that stays in the L1 cache.
 *
 * <p>Each character is folded to a 5-bit code (letters, digits, and the punctuation keywords use; everything else
 * 0). The codes of the last three characters form a 15-bit window; a bit set says "some keyword ends with these three
 * codes" (a keyword shorter than three sets every window it can end). Only where the bit is set are the keywords
 * listed for that window compared with the text. Folding makes the table a superset filter; the
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
        CODE['='] = 30;
        CODE['~'] = 31;
        CODE['!'] = 31;
    }

    private final long[] bits = new long[(1 << 3 * BITS) / 64];
    /** Per three-code window: the keywords (lower case) that can end there, and their rule ids. */
    private final String[][] words = new String[1 << 3 * BITS][];
    private final int[][] rules = new int[1 << 3 * BITS][];

    /**
     * @param keywordsPerRule for each rule id, its keywords (ASCII, matched case-insensitively)
     * @throws IllegalArgumentException for an empty or non-ASCII keyword
     */
    TrigramIndex(List<String[]> keywordsPerRule) {
        List<List<String>> w = new ArrayList<>();
        List<List<Integer>> r = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            w.add(new ArrayList<>());
            r.add(new ArrayList<>());
        }
        for (int rule = 0; rule < keywordsPerRule.size(); rule++) {
            for (String kw : keywordsPerRule.get(rule)) {
                String k = lower(kw);
                int len = k.length();
                int c1 = code(k.charAt(len - 1));
                int c2 = len >= 2 ? code(k.charAt(len - 2)) : -1;
                int c3 = len >= 3 ? code(k.charAt(len - 3)) : -1;
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
                        if (!w.get(win).contains(k + "\u0000" + rule)) {
                            w.get(win).add(k + "\u0000" + rule);
                            r.get(win).add(rule);
                        }
                    }
                }
            }
        }
        for (int i = 0; i < words.length; i++) {
            if (!w.get(i).isEmpty()) {
                words[i] = w.get(i).stream().map(s -> s.substring(0, s.indexOf('\u0000'))).toArray(String[]::new);
                rules[i] = r.get(i).stream().mapToInt(Integer::intValue).toArray();
            }
        }
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

    /** Reports every occurrence of every keyword (ASCII case-insensitive) with its span, in order of end. */
    void find(String text, Hit hit) {
        final long[] b = bits;
        final byte[] code = CODE;
        int win = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            win = (win << BITS | (c < 128 ? code[c] : 0)) & MASK3;
            if ((b[win >>> 6] & 1L << win) != 0) {
                verify(text, i + 1, win, hit);
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
        for (int k = 0; k < ws.length; k++) {
            String w = ws[k];
            int start = end - w.length();
            if (start >= 0 && matchesAt(text, start, w)) {
                hit.found(rs[k], start, end);
            }
        }
    }
}
