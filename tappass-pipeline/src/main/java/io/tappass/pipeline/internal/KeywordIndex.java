package io.tappass.pipeline.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A hand-rolled Aho-Corasick automaton over ASCII keywords, matched case-insensitively in one pass over the text.
 * It answers "where does each rule's keyword occur" so that a rule's regular expression only runs near those
 * places (the keyword prefilter). The automaton is a dense DFA over a compact alphabet (only the characters that
 * occur in keywords get their own column); a transition to a state with outputs is stored negated, so the hot loop
 * does one table load per character. Immutable and thread-safe after construction.
 *
 * <p>Internal to the SDK's detectors; not a supported API.
 */
public final class KeywordIndex {

    /** Column of each ASCII character (0 = "any character that occurs in no keyword"). */
    private final byte[] column = new byte[128];
    private final int width;
    /** delta[row + column] = the next state's row (state * width), or ~row when that state has outputs. */
    private final int[] delta;
    /** Per state, encoded outputs (rule << 8 | keyword length), including those reached via failure links. */
    private final int[][] outputs;
    private final int ruleCount;

    /**
     * @param keywordsPerRule for each rule id, its keywords (ASCII, at most 255 chars, matched case-insensitively)
     * @throws IllegalArgumentException for a non-ASCII or too long keyword
     */
    public KeywordIndex(List<String[]> keywordsPerRule) {
        this.ruleCount = keywordsPerRule.size();
        int cols = 1;
        for (String[] kws : keywordsPerRule) {
            for (String kw : kws) {
                if (kw.isEmpty() || kw.length() > 255) {
                    throw new IllegalArgumentException("keywords must have 1..255 characters: '" + kw + "'");
                }
                for (int i = 0; i < kw.length(); i++) {
                    char c = lower(kw.charAt(i));
                    if (c >= 128) {
                        throw new IllegalArgumentException("keywords must be ASCII: " + kw);
                    }
                    if (column[c] == 0) {
                        if (cols == 127) {
                            throw new IllegalArgumentException("too many distinct keyword characters");
                        }
                        column[c] = (byte) cols++;
                        if (c >= 'a' && c <= 'z') {
                            column[c - 32] = column[c];
                        }
                    }
                }
            }
        }
        this.width = cols;
        List<int[]> gotoList = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        gotoList.add(newRow(width));
        out.add(new ArrayList<>());
        for (int r = 0; r < keywordsPerRule.size(); r++) {
            for (String kw : keywordsPerRule.get(r)) {
                int s = 0;
                for (int i = 0; i < kw.length(); i++) {
                    int c = column[lower(kw.charAt(i))];
                    int next = gotoList.get(s)[c];
                    if (next < 0) {
                        next = gotoList.size();
                        gotoList.add(newRow(width));
                        out.add(new ArrayList<>());
                        gotoList.get(s)[c] = next;
                    }
                    s = next;
                }
                int code = r << 8 | kw.length();
                if (!out.get(s).contains(code)) {
                    out.get(s).add(code);
                }
            }
        }
        int n = gotoList.size();
        int[] fail = new int[n];
        int[] plain = new int[n * width];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < width; c++) {
            int t = gotoList.get(0)[c];
            if (t < 0 || c == 0) {
                plain[c] = 0;
            } else {
                plain[c] = t;
                fail[t] = 0;
                queue.add(t);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int o : out.get(fail[s])) {
                if (!out.get(s).contains(o)) {
                    out.get(s).add(o);
                }
            }
            for (int c = 0; c < width; c++) {
                int t = c == 0 ? -1 : gotoList.get(s)[c];
                if (t < 0) {
                    plain[s * width + c] = c == 0 ? 0 : plain[fail[s] * width + c];
                } else {
                    plain[s * width + c] = t;
                    fail[t] = plain[fail[s] * width + c];
                    queue.add(t);
                }
            }
        }
        outputs = new int[n][];
        for (int s = 0; s < n; s++) {
            List<Integer> o = out.get(s);
            outputs[s] = o.isEmpty() ? null : o.stream().mapToInt(Integer::intValue).toArray();
        }
        // transitions hold the target's row offset (state * width), so the scan loop needs no multiplication
        delta = new int[n * width];
        for (int i = 0; i < plain.length; i++) {
            int t = plain[i];
            delta[i] = outputs[t] == null ? t * width : ~(t * width);
        }
    }

    private static int[] newRow(int width) {
        int[] row = new int[width];
        Arrays.fill(row, -1);
        return row;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** Marks in {@code hit} every rule with a keyword occurring in {@code text}. */
    public void scan(String text, boolean[] hit) {
        find(text, (rule, start, end) -> hit[rule] = true);
    }

    /** Receives keyword occurrences. */
    @FunctionalInterface
    public interface Hit {
        /**
         * @param rule  the rule (keyword group) id
         * @param start the start index of the keyword occurrence in the text
         * @param end   the exclusive end index of the occurrence
         */
        void found(int rule, int start, int end);
    }

    /** Reports every occurrence of every keyword (case-insensitive) with its span. */
    public void find(String text, Hit hit) {
        final int[] d = delta;
        final byte[] col = column;
        final int w = width;
        int s = 0; // row offset of the current state
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int t = d[s + (c < 128 ? col[c] : 0)];
            if (t >= 0) {
                s = t;
            } else {
                s = ~t;
                for (int r : outputs[s / w]) {
                    hit.found(r >>> 8, i + 1 - (r & 0xFF), i + 1);
                }
            }
        }
    }

    /** The number of rules (keyword groups). */
    public int ruleCount() {
        return ruleCount;
    }
}
