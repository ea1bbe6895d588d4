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
    private final int mask;
    private final String[] keys;
    private final boolean[] prefix;
    private final int[][] ruleIds;
    private final int maxKey;

    RuleSet(List<Rule> list) {
        this.rules = list.toArray(new Rule[0]);
        List<String> ks = new ArrayList<>();
        List<Boolean> pf = new ArrayList<>();
        List<List<Integer>> rs = new ArrayList<>();
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        int maxLen = 0;
        for (int r = 0; r < rules.length; r++) {
            for (String a : rules[r].anchors) {
                boolean p = a.endsWith("*");
                String k = p ? a.substring(0, a.length() - 1) : a;
                String id = k + (p ? "*" : "");
                Integer at = index.get(id);
                if (at == null) {
                    at = ks.size();
                    index.put(id, at);
                    ks.add(k);
                    pf.add(p);
                    rs.add(new ArrayList<>());
                }
                if (!rs.get(at).contains(r)) {
                    rs.get(at).add(r);
                }
                maxLen = Math.max(maxLen, k.length());
            }
        }
        int cap = Integer.highestOneBit(Math.max(16, ks.size() * 4)) * 2;
        this.mask = cap - 1;
        this.keys = new String[cap];
        this.prefix = new boolean[cap];
        this.ruleIds = new int[cap][];
        // Exact and prefix entries of the same string occupy different slots (hash salted by kind).
        for (int e = 0; e < ks.size(); e++) {
            String k = ks.get(e);
            int h = salt(hash(k), pf.get(e));
            int slot = h & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = k;
            prefix[slot] = pf.get(e);
            ruleIds[slot] = rs.get(e).stream().mapToInt(Integer::intValue).toArray();
        }
        this.maxKey = maxLen;
    }

    private static int hash(CharSequence s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = h * 31 + s.charAt(i);
        }
        return h;
    }

    private static int salt(int h, boolean isPrefix) {
        int x = isPrefix ? h * 0x9E3779B1 + 7 : h * 0x85EBCA6B;
        return x ^ (x >>> 16);
    }

    private int find(String text, int start, int len, int h, boolean isPrefix) {
        int slot = salt(h, isPrefix) & mask;
        while (keys[slot] != null) {
            String k = keys[slot];
            if (prefix[slot] == isPrefix && k.length() == len && text.regionMatches(start, k, 0, len)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    int size() {
        return rules.length;
    }

    /** Scans {@code text}, reporting every rule match (at most one per rule and anchor window). */
    void scan(String text, Sink sink) {
        int n = text.length();
        Matcher[] matchers = new Matcher[rules.length];
        int[] lastHitEnd = new int[rules.length];
        int[] lastTried = new int[rules.length];
        java.util.Arrays.fill(lastTried, -1);
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWord(c)) {
                i++;
                continue;
            }
            int s = i;
            int h = 0;
            int lim = Math.min(n, s + maxKey);
            while (i < n && isWord(text.charAt(i))) {
                i++;
            }
            int e = i;
            for (int k = s; k < lim && k < e; k++) {
                h = h * 31 + text.charAt(k);
                int len = k - s + 1;
                if (len == e - s) {
                    int slot = find(text, s, len, h, false);
                    if (slot >= 0) {
                        fire(slot, text, s, e, matchers, lastHitEnd, lastTried, sink);
                    }
                }
                if (len >= MIN_PREFIX) {
                    int slot = find(text, s, len, h, true);
                    if (slot >= 0) {
                        fire(slot, text, s, e, matchers, lastHitEnd, lastTried, sink);
                    }
                }
            }
        }
    }

    private void fire(int slot, String text, int s, int e, Matcher[] matchers, int[] lastHitEnd, int[] lastTried,
                      Sink sink) {
        for (int r : ruleIds[slot]) {
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
            }
            int to = Math.min(text.length(), e + rule.forward);
            int from = Math.max(Math.max(0, s - rule.back), lastHitEnd[r]);
            // Anchored matching: try only start positions between the look-back limit and the anchor, so a
            // failed attempt costs one short match attempt per position instead of a scan of the window.
            for (int p = from; p <= s; p++) {
                if (p != s && p > 0 && isWord(text.charAt(p)) && isWord(text.charAt(p - 1))) {
                    continue; // never start inside a word
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

    private static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
    }
}
