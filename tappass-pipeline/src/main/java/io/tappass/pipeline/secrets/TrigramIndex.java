package io.tappass.pipeline.secrets;

import java.util.ArrayList;
import java.util.List;

/**
 * The keyword prefilter of {@link SecretScanner}: finds every case-insensitive occurrence of the rules' keywords in
 * one pass, like an Aho-Corasick automaton, but with a 4 KiB table that stays in the L1 cache.
 *
 * <p>Each character is folded to a 5-bit code, its low five bits (so {@code A} and {@code a} share a code; digits
 * and punctuation share codes with letters). The codes of the last three characters form a 15-bit window; a bit
 * set says "some keyword has these three codes" (stored as one 32-bit mask of third codes per pair of first two
 * codes, see {@link #candidates}; each keyword is anchored on its least common three characters; a
 * two-character keyword sets every window it can end; one-character keywords are found with
 * {@code String.indexOf}). Only where the bit is set are the keywords listed for that window compared with the
 * text. Folding makes the table a superset filter; the
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
    /**
     * Per pair of codes (first two of a window): the bit mask of the third codes that complete a keyword window
     * (window {@code w} is bit {@code w & 31} of entry {@code w >>> 5}). 4 KiB, like the bit set it replaced.
     */
    private final int[] thirds = new int[1 << 2 * BITS];
    /** {@code 1 << c} for each code {@code c}: the bit of a third code in a {@link #thirds} mask. */
    private static final int[] THIRD_BIT = new int[1 << BITS];

    static {
        for (int c = 0; c < THIRD_BIT.length; c++) {
            THIRD_BIT[c] = 1 << c;
        }
    }
    /** Per three-code window: the keywords (lower case) that can end there, and their rule ids. */
    private final String[][] words = new String[1 << 3 * BITS][];
    private final int[][] rules = new int[1 << 3 * BITS][];
    /** One-character keywords (e.g. Salesforce's '!'), found with {@code String.indexOf}, and their rules. */
    private final char[] singleChars;
    private final int[] singleRules;
    /** Per entry: how far the keyword starts before the end of its anchoring window. */
    private final int[][] backs = new int[1 << 3 * BITS][];

    /**
     * @param keywordsPerRule for each rule id, its keywords (ASCII letters matched case-insensitively, any other
     *                        character exactly)
     * @throws IllegalArgumentException for an empty keyword
     */
    TrigramIndex(List<String[]> keywordsPerRule) {
        List<List<Object[]>> entries = new ArrayList<>();
        List<int[]> singles = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            entries.add(new ArrayList<>());
        }
        for (int rule = 0; rule < keywordsPerRule.size(); rule++) {
            for (String kw : keywordsPerRule.get(rule)) {
                String k = lower(kw);
                int len = k.length();
                if (len == 1) {
                    singles.add(new int[] {k.charAt(0), rule});
                    continue;
                }
                // the keyword is anchored on its rarest three characters (its last one or two when shorter)
                int back = Math.min(len, 3);
                double best = Double.MAX_VALUE;
                for (int j = 0; j + 3 <= len; j++) {
                    int t = code(k.charAt(j)) << 2 * BITS | code(k.charAt(j + 1)) << BITS | code(k.charAt(j + 2));
                    double f = SAMPLE_COUNTS[t] * 1e6 + FREQUENCY[code(k.charAt(j))]
                            * FREQUENCY[code(k.charAt(j + 1))] * FREQUENCY[code(k.charAt(j + 2))];
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
                        thirds[win >>> BITS] |= THIRD_BIT[c1];
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
        this.singleChars = new char[singles.size()];
        this.singleRules = new int[singles.size()];
        for (int i = 0; i < singles.size(); i++) {
            singleChars[i] = (char) singles.get(i)[0];
            singleRules[i] = singles.get(i)[1];
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
     * Rough relative frequency of each code in prose and code (per mille of characters, summed over the characters
     * sharing a code), to anchor each keyword on its least common three characters so that ordinary words rarely
     * pass the filter.
     */
    private static final double[] FREQUENCY = new double[32];

    static {
        String chars = " etaoinsrhdlcumfwgpybvkxjqz.,\n0123456789-_/:\"'()=";
        double[] perMille = {170, 95, 68, 62, 58, 55, 55, 50, 48, 45, 32, 32, 25, 22, 20, 16, 15, 15, 15, 14, 12, 8,
            6, 2, 1, 1, 1, 10, 10, 8, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 2, 2, 2, 3, 3, 2, 2, 2};
        java.util.Arrays.fill(FREQUENCY, 1);
        for (int i = 0; i < chars.length(); i++) {
            FREQUENCY[code(chars.charAt(i))] += perMille[i];
        }
    }

    /** How often each three-code window occurs in the texts of {@link TrigramSample}. */
    private static final int[] SAMPLE_COUNTS = new int[1 << 3 * BITS];

    static {
        for (String sample : TrigramSample.TEXTS) {
            int win = 0;
            for (int i = 0; i < sample.length(); i++) {
                win = (win << BITS | code(sample.charAt(i))) & MASK3;
                if (i >= 2) {
                    SAMPLE_COUNTS[win]++;
                }
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
            // non-ASCII characters (Пароль, パスワード) are compared exactly; their code is their low five bits, like
            // find() takes of each character of the text
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    /** The code of a character: its low five bits (ASCII letters of both cases share a code). */
    private static int code(char c) {
        return c & 0x1F;
    }

    /**
     * Per-thread copy buffer: the text is read in chunks with {@link String#getChars}, which is faster than
     * {@code charAt}, and for a UTF-16 string (any character above U+00FF, e.g. a euro sign or one CJK character)
     * about ten times faster than {@code getBytes(int, int, byte[], int)}, whose per-character narrowing loop is not
     * vectorised (0.43 against 0.035 ms per MiB measured); for a Latin-1 string the two cost about the same.
     */
    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[8192]);

    /**
     * Reports every occurrence of every keyword (ASCII case-insensitive) with its span (not in text order).
     *
     * <p>The text is copied chunk by chunk into a char buffer; the code of a character is its low five bits: ASCII
     * keyword characters keep their codes, and any other character can only add candidate windows, which the
     * comparison with the text then rejects.
     */
    void find(String text, Hit hit) {
        for (int k = 0; k < singleChars.length; k++) {
            char c = singleChars[k];
            char upper = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
            for (int p = text.indexOf(c); p >= 0; p = text.indexOf(c, p + 1)) {
                hit.found(singleRules[k], p, p + 1);
            }
            if (upper != c) {
                for (int p = text.indexOf(upper); p >= 0; p = text.indexOf(upper, p + 1)) {
                    hit.found(singleRules[k], p, p + 1);
                }
            }
        }
        final int[] t = thirds;
        final char[] buf = BUFFER.get();
        final int[] cand = CANDIDATES.get();
        int win = 0;
        for (int off = 0, n = text.length(); off < n; off += buf.length) {
            int len = Math.min(buf.length, n - off);
            text.getChars(off, off + len, buf, 0);
            // pass 1 notes where a keyword trigram ends (window and offset in one int); pass 2 verifies them: the
            // per-character loop stays small whatever the compiler decides about the rarely taken verification
            int nc = candidates(buf, len, win, t, cand);
            if (off + len < n) { // a full chunk: the next one's window starts with its last two characters
                win = (buf[len - 2] & 0x1F) << BITS | buf[len - 1] & 0x1F;
            }
            for (int c = 0; c < nc; c++) {
                int v = cand[c];
                verify(text, off + (v & 0x3FFF) + 1, v >>> 14, hit);
            }
        }
    }

    /**
     * Pass 1 over one chunk: notes in {@code cand} where a keyword trigram ends, starting with the window {@code win}
     * of the characters before the chunk; returns how many. A method of its own, called once per chunk: it is
     * compiled on its own profile soon after the first large text, instead of waiting in a loop inside a method that
     * runs once per call (in a JVM that ran the whole pipeline the inlined loop was compiled ~50 % slower).
     *
     * <p>The window's bit is found as the third code's bit ({@link #THIRD_BIT}, a table read) in the mask of the
     * first two codes ({@link #thirds}): that mask's address does not depend on the current character, so its read
     * starts a character early, and there is no shift by a variable count (x86 wants the count in {@code cl}; with
     * {@code bits[w >>> 6] >>> w & 1} the compiled loop spilled registers to the stack, and with {@code mask >>> c0}
     * it did so in some JVMs, then running twice as slow; an earlier session measured that form at -0.02 ms and
     * dropped it). Measured on the benchmark MiB, alternated in one JVM (thread CPU, fastest and median of 80
     * calls): the chunk loop alone with its copies 0.89-0.99 -> 0.63-0.71 ms; {@code detect_secrets} alone 1.19 /
     * 1.28 -> 1.01 / 1.08 ms, and 1.41 / 1.54 -> 1.27 / 1.39 ms on European prose with accents and euro signs.
     */
    private static int candidates(char[] buf, int len, int win, int[] thirds, int[] cand) {
        final int[] bit = THIRD_BIT;
        int nc = 0;
        // the window is assembled from the last three codes, not shifted on from the previous window: a shifted
        // window makes each character wait for the one before it (shift, or, mask: three dependent operations a
        // character), while the codes pass along in registers and each window is computed independently
        int c2 = win >>> BITS & 0x1F;
        int c1 = win & 0x1F;
        for (int i = 0; i < len; i++) {
            int c0 = buf[i] & 0x1F;
            int pair = c2 << BITS | c1;
            if ((thirds[pair] & bit[c0]) != 0) { // rarely taken (about 2 % of characters in prose)
                cand[nc++] = (pair << BITS | c0) << 14 | i;
            }
            c2 = c1;
            c1 = c0;
        }
        return nc;
    }

    /** Per-thread candidate list of one chunk: {@code window << 14 | offset in the chunk} (chunks hold 8192 bytes). */
    private static final ThreadLocal<int[]> CANDIDATES = ThreadLocal.withInitial(() -> new int[8192]);

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
