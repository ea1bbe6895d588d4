package io.tappass.pipeline.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A hand-rolled Aho-Corasick automaton over ASCII keywords, matched case-insensitively in one pass over the text.
 * It answers "which rules have at least one keyword in this text" so that a rule's regular expression only runs
 * when it can possibly match (the keyword prefilter). Immutable and thread-safe after construction.
 *
 * <p>Internal to the SDK's detectors; not a supported API.
 */
public final class KeywordIndex {

    private static final int ALPHABET = 128;

    /** Dense DFA transitions: delta[state * 128 + c]. */
    private final int[] delta;
    /** Per state, the rule ids whose keyword ends here (including via failure links), or null. */
    private final int[][] outputs;
    private final int ruleCount;

    /**
     * @param keywordsPerRule for each rule id, its keywords (ASCII, matched case-insensitively); a rule without
     *                        keywords is always run
     */
    public KeywordIndex(List<String[]> keywordsPerRule) {
        this.ruleCount = keywordsPerRule.size();
        List<int[]> gotoList = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>(); // entries: rule << 8 | keyword length
        gotoList.add(newRow());
        out.add(new ArrayList<>());
        for (int r = 0; r < keywordsPerRule.size(); r++) {
            for (String kw : keywordsPerRule.get(r)) {
                int s = 0;
                for (int i = 0; i < kw.length(); i++) {
                    char c = lower(kw.charAt(i));
                    if (c >= ALPHABET) {
                        throw new IllegalArgumentException("keywords must be ASCII: " + kw);
                    }
                    int next = gotoList.get(s)[c];
                    if (next < 0) {
                        next = gotoList.size();
                        gotoList.add(newRow());
                        out.add(new ArrayList<>());
                        gotoList.get(s)[c] = next;
                    }
                    s = next;
                }
                if (kw.length() > 255) {
                    throw new IllegalArgumentException("keywords must be at most 255 characters: " + kw);
                }
                int code = r << 8 | kw.length();
                if (!out.get(s).contains(code)) {
                    out.get(s).add(code);
                }
            }
        }
        int n = gotoList.size();
        int[] fail = new int[n];
        delta = new int[n * ALPHABET];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            int t = gotoList.get(0)[c];
            if (t < 0) {
                delta[c] = 0;
            } else {
                delta[c] = t;
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
            for (int c = 0; c < ALPHABET; c++) {
                int t = gotoList.get(s)[c];
                if (t < 0) {
                    delta[s * ALPHABET + c] = delta[fail[s] * ALPHABET + c];
                } else {
                    delta[s * ALPHABET + c] = t;
                    fail[t] = delta[fail[s] * ALPHABET + c];
                    queue.add(t);
                }
            }
        }
        outputs = new int[n][];
        for (int s = 0; s < n; s++) {
            List<Integer> o = out.get(s);
            outputs[s] = o.isEmpty() ? null : o.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private static int[] newRow() {
        int[] row = new int[ALPHABET];
        Arrays.fill(row, -1);
        return row;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** Marks in {@code hit} every rule with a keyword occurring in {@code text}. */
    public void scan(String text, boolean[] hit) {
        int s = 0;
        final int[] d = delta;
        final int[][] outs = outputs;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= ALPHABET) {
                s = 0;
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            s = d[s * ALPHABET + c];
            int[] o = outs[s];
            if (o != null) {
                for (int r : o) {
                    hit[r >>> 8] = true;
                }
            }
        }
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

    /** Reports every occurrence of every keyword (case-insensitive) with its end index. */
    public void find(String text, Hit hit) {
        int s = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= ALPHABET) {
                s = 0;
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            s = delta[s * ALPHABET + c];
            int[] o = outputs[s];
            if (o != null) {
                for (int r : o) {
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
