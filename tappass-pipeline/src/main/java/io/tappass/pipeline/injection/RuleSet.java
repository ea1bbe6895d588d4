package io.tappass.pipeline.injection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A set of {@link Rule}s with an anchor-word table: one pass over the words of the text finds the anchors, and
 * each anchored rule runs its pattern only in a bounded window around the anchor. Cost is linear in the text
 * length (words x table probes + anchor hits x window size). Immutable and thread-safe.
 */
final class RuleSet {

    /** Receives rule matches in normalised-text offsets. */
    interface Sink {
        void hit(Rule rule, int start, int end);
    }

    private static final int MIN_PREFIX = 2;
    /** Rules report at most one match per chunk of this many characters (scoring needs no more). */
    static final int HIT_CHUNK = 1500;

    private final Rule[] rules;
    private final WordTable anchors;
    private final WordTable needs;

    RuleSet(List<Rule> list) {
        this.rules = list.toArray(new Rule[0]);
        List<String[]> a = new ArrayList<>();
        List<String[]> n = new ArrayList<>();
        for (Rule r : rules) {
            a.add(r.anchors);
            n.add(r.needs == null ? new String[0] : r.needs);
        }
        this.anchors = new WordTable(a);
        this.needs = new WordTable(n);
    }

    /** Words and word stems (trailing {@code *}) mapped to rule indices, open addressing, no allocation on lookup. */
    static final class WordTable {
        private static final int ALPHA = 38;
        final int[] child;
        final int[] exactId;
        final int[] prefixId;
        final int[][] ruleIds;
        final boolean empty;

        WordTable(List<String[]> perRule) {
            List<String> ks = new ArrayList<>();
            List<Boolean> pf = new ArrayList<>();
            List<List<Integer>> rs = new ArrayList<>();
            java.util.Map<String, Integer> index = new java.util.HashMap<>();
            for (int r = 0; r < perRule.size(); r++) {
                for (String w : perRule.get(r)) {
                    boolean p = w.endsWith("*");
                    String k = p ? w.substring(0, w.length() - 1) : w;
                    Integer at = index.get(w);
                    if (at == null) {
                        at = ks.size();
                        index.put(w, at);
                        ks.add(k);
                        pf.add(p);
                        rs.add(new ArrayList<>());
                    }
                    if (!rs.get(at).contains(r)) {
                        rs.get(at).add(r);
                    }
                }
            }
            // A trie over [a-z0-9_]: lookup walks the word once and stops at the first character no key shares.
            int nodes = 1;
            int[] child = new int[64 * ALPHA];
            int[] exact = new int[64];
            int[] pre = new int[64];
            java.util.Arrays.fill(exact, -1);
            java.util.Arrays.fill(pre, -1);
            this.ruleIds = new int[ks.size()][];
            for (int e = 0; e < ks.size(); e++) {
                String k = ks.get(e);
                int node = 0;
                for (int c = 0; c < k.length(); c++) {
                    int x = code(k.charAt(c));
                    if (x < 0) {
                        throw new IllegalArgumentException("anchor word must be [a-z0-9_']: " + k);
                    }
                    int next = child[node * ALPHA + x];
                    if (next == 0) {
                        if (nodes == exact.length) {
                            exact = java.util.Arrays.copyOf(exact, nodes * 2);
                            pre = java.util.Arrays.copyOf(pre, nodes * 2);
                            java.util.Arrays.fill(exact, nodes, nodes * 2, -1);
                            java.util.Arrays.fill(pre, nodes, nodes * 2, -1);
                            child = java.util.Arrays.copyOf(child, nodes * 2 * ALPHA);
                        }
                        next = nodes++;
                        child[node * ALPHA + x] = next;
                    }
                    node = next;
                }
                if (pf.get(e)) {
                    pre[node] = e;
                } else {
                    exact[node] = e;
                }
                ruleIds[e] = rs.get(e).stream().mapToInt(Integer::intValue).toArray();
            }
            this.child = java.util.Arrays.copyOf(child, nodes * ALPHA);
            this.exactId = java.util.Arrays.copyOf(exact, nodes);
            this.prefixId = java.util.Arrays.copyOf(pre, nodes);
            this.empty = ks.isEmpty();
        }

        private static int code(char c) {
            if (c >= 'a' && c <= 'z') {
                return c - 'a';
            }
            if (c >= '0' && c <= '9') {
                return 26 + c - '0';
            }
            if (c == '_') {
                return 36;
            }
            if (c == '\'') {
                return 37;
            }
            return -1;
        }

        /**
         * Writes the id of every key matching word [s, e) (the exact word, or a stem of it) into {@code out} and
         * returns how many; at most {@code out.length}. No allocation.
         */
        int lookup(String text, int s, int e, int[] out) {
            if (empty) {
                return 0;
            }
            int n = 0;
            int node = 0;
            for (int k = s; k < e; k++) {
                int x = code(text.charAt(k));
                if (x < 0) {
                    return n;
                }
                node = child[node * ALPHA + x];
                if (node == 0) {
                    return n;
                }
                if (prefixId[node] >= 0 && k - s + 1 >= MIN_PREFIX && n < out.length) {
                    out[n++] = prefixId[node];
                }
            }
            if (exactId[node] >= 0 && n < out.length) {
                out[n++] = exactId[node];
            }
            return n;
        }
    }

    int size() {
        return rules.length;
    }

    /** Scans {@code text}, reporting every rule match (at most one per rule and chunk, see {@link #HIT_CHUNK}). */
    void scan(String text, Sink sink) {
        int n = text.length();
        // Pass 1 (one tokenisation): anchor occurrences, and positions of each rule's proximity words.
        State st = state.get();
        st.begin();
        IntBuf hits = st.hits;
        int[][] needPos = st.needPos;
        int[] needCount = st.needCount;
        int i = 0;
        while (i < n) {
            if (!isWord(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && (isWord(text.charAt(i)) || text.charAt(i) == '\'' && i + 1 < n
                    && isWord(text.charAt(i + 1)))) {
                i++;
            }
            int e = i;
            int na = anchors.lookup(text, s, e, st.ids);
            for (int k = 0; k < na; k++) {
                hits.add3(st.ids[k], s, e);
            }
            int nn = needs.lookup(text, s, e, st.ids);
            for (int k = 0; k < nn; k++) {
                for (int r : needs.ruleIds[st.ids[k]]) {
                    int[] pos = needPos[r];
                    if (pos == null) {
                        pos = needPos[r] = new int[8];
                    } else if (needCount[r] == pos.length) {
                        pos = needPos[r] = java.util.Arrays.copyOf(pos, pos.length * 2);
                    }
                    if (needCount[r] == 0 || pos[needCount[r] - 1] != s) {
                        pos[needCount[r]++] = s;
                    }
                }
            }
        }
        // Pass 2: evaluate anchored rules whose proximity words are near.
        Matcher[] matchers = st.matchers;
        int[] lastHitEnd = st.lastHitEnd;
        int[] lastTried = st.lastTried;
        st.text = text;
        int[] h = hits.a;
        for (int k = 0; k < hits.n; k += 3) {
            fire(h[k], text, h[k + 1], h[k + 2], matchers, lastHitEnd, lastTried, needPos, needCount, sink, st);
        }
        st.end();
    }

    private void fire(int slot, String text, int s, int e, Matcher[] matchers, int[] lastHitEnd, int[] lastTried,
                      int[][] needPos, int[] needCount, Sink sink, State st) {
        for (int r : anchors.ruleIds[slot]) {
            if (lastTried[r] == s) {
                continue;
            }
            lastTried[r] = s;
            Rule rule = rules[r];
            if (lastHitEnd[r] > s || rule.once && lastHitEnd[r] > 0
                    || lastHitEnd[r] > 0 && (lastHitEnd[r] - 1) / HIT_CHUNK == s / HIT_CHUNK) {
                // Already matched here, or once per chunk is enough for scoring: skip re-evaluation.
                continue;
            }
            Matcher m = matchers[r];
            if (m == null) {
                m = rule.pattern.matcher(text);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                matchers[r] = m;
                st.bound[r] = true;
            } else if (!st.bound[r]) {
                m.reset(text); // reuse this thread's matcher; reset keeps the bounds flags
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                st.bound[r] = true;
            }
            int to = Math.min(text.length(), e + rule.forward);
            int from = Math.max(Math.max(0, s - rule.back), lastHitEnd[r]);
            if (rule.needs != null && !near(needPos[r], needCount[r], from, to)) {
                continue;
            }
            // Anchored matching: try only start positions between the look-back limit and the anchor, so a
            // failed attempt costs one short match attempt per position instead of a scan of the window.
            for (int p = from; p <= s; p++) {
                if (p != s && (text.charAt(p) == ' ' || p > 0 && isWord(text.charAt(p)) && isWord(text.charAt(p - 1)))) {
                    continue; // never start inside a word or on a space
                }
                if (!rule.canStartAt(text, p)) {
                    continue;
                }
                m.region(p, to);
                if (m.lookingAt() && m.end() > s) {
                    lastHitEnd[r] = m.end();
                    sink.hit(rule, m.start(), m.end());
                    break;
                }
            }
        }
    }

    private final ThreadLocal<State> state = ThreadLocal.withInitial(() -> new State(size()));

    /**
     * Per-thread scan state, reused across scans so that a scan allocates almost nothing: matchers (re-bound to
     * each text on first use and released after the scan so no text is retained), per-rule bookkeeping and the
     * anchor-hit buffer.
     */
    private static final class State {
        final Matcher[] matchers;
        final boolean[] bound;
        final int[] lastHitEnd;
        final int[] lastTried;
        final int[][] needPos;
        final int[] needCount;
        final IntBuf hits = new IntBuf();
        final int[] ids = new int[64];
        String text;

        State(int rules) {
            matchers = new Matcher[rules];
            bound = new boolean[rules];
            lastHitEnd = new int[rules];
            lastTried = new int[rules];
            needPos = new int[rules][];
            needCount = new int[rules];
        }

        void begin() {
            hits.n = 0;
            java.util.Arrays.fill(needCount, 0);
            java.util.Arrays.fill(lastHitEnd, 0);
            java.util.Arrays.fill(lastTried, -1);
            java.util.Arrays.fill(bound, false);
            if (hits.a.length > 1 << 19) {
                hits.a = new int[48]; // do not retain huge buffers
            }
            for (int r = 0; r < needPos.length; r++) {
                if (needPos[r] != null && needPos[r].length > 1 << 14) {
                    needPos[r] = null;
                }
            }
        }

        void end() {
            for (int r = 0; r < matchers.length; r++) {
                if (bound[r]) {
                    matchers[r].reset("");
                }
            }
            text = null;
        }
    }

    private static final class IntBuf {
        int[] a = new int[48];
        int n;

        void add3(int x, int y, int z) {
            if (n + 3 > a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = x;
            a[n++] = y;
            a[n++] = z;
        }
    }

    private static boolean near(int[] pos, int count, int from, int to) {
        if (pos == null) {
            return false;
        }
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pos[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < count && pos[lo] < to;
    }

    private static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
    }
}
