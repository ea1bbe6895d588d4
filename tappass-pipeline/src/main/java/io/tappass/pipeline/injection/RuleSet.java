package io.tappass.pipeline.injection;

import io.tappass.pipeline.internal.Lending;
import io.tappass.pipeline.internal.Swar;
import io.tappass.pipeline.internal.ThreadScratch;
import io.tappass.pipeline.scan.NormalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /**
     * Whether the evaluation takes its shortcuts: a rule whose window prefilter failed skips the anchors before the
     * least end at which it can pass ({@link State#minAnchorEnd}); a rule whose matches start with a word character
     * tries only the word starts of its look-back, found in the word bits of the text's index
     * ({@link #attemptAtWordStarts}). False only in tests, which check that the shortcuts change no hit.
     */
    private final boolean shortcuts;
    /** Per rule: its matches start with a word character only ({@link io.tappass.pipeline.internal.FirstChars}). */
    private final boolean[] wordStartsOnly;
    /** One trie over the anchor words and the proximity words of all rules (one walk per word). */
    private final WordTable words;

    RuleSet(List<Rule> list) {
        this(list, true);
    }

    /**
     * A set that takes none of the shortcuts of {@link #shortcuts} ({@code shortcuts} false): for tests, which check
     * that they change no hit.
     */
    RuleSet(List<Rule> list, boolean shortcuts) {
        this.shortcuts = shortcuts;
        this.rules = list.toArray(new Rule[0]);
        this.wordStartsOnly = new boolean[rules.length];
        for (int r = 0; r < rules.length; r++) {
            wordStartsOnly[r] = rules[r].first != null && rules[r].first.startsWithWordCharOnly();
        }
        List<String[]> a = new ArrayList<>();
        for (Rule r : rules) {
            a.add(r.anchors);
        }
        for (Rule r : rules) {
            a.add(r.needs == null ? new String[0] : r.needs);
        }
        for (Rule r : rules) {
            a.add(r.needs2 == null ? new String[0] : r.needs2);
        }
        this.words = new WordTable(a);
        // Split each key's rule list into anchor rules (index < n) and proximity slots (index >= n, minus n): rule
        // r's first proximity group at slot r, its second at slot n + r.
        int n = rules.length;
        int keys = words.ruleIds.length;
        this.anchorRules = new int[keys][];
        List<List<Integer>> slotKeys = new ArrayList<>();
        for (int g = 0; g < 2 * n; g++) {
            slotKeys.add(new ArrayList<>());
        }
        for (int k = 0; k < keys; k++) {
            anchorRules[k] = java.util.Arrays.stream(words.ruleIds[k]).filter(r -> r < n).toArray();
            for (int r : words.ruleIds[k]) {
                if (r >= n) {
                    slotKeys.get(r - n).add(k);
                }
            }
        }
        // Slots with the same words share one group (and one position list per scan).
        this.groupOf = new int[2 * n];
        Map<List<Integer>, Integer> groups = new java.util.HashMap<>();
        List<java.util.SortedSet<Integer>> keyGroups = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            keyGroups.add(new java.util.TreeSet<>());
        }
        for (int g = 0; g < 2 * n; g++) {
            List<Integer> ks = slotKeys.get(g);
            if (ks.isEmpty()) {
                groupOf[g] = -1;
                continue;
            }
            int id = groups.computeIfAbsent(ks, x -> groups.size());
            groupOf[g] = id;
            for (int k : ks) {
                keyGroups.get(k).add(id);
            }
        }
        this.groupCount = groups.size();
        this.keyGroupStart = new int[keys + 1];
        this.keyKind = new byte[keys];
        List<Integer> flat = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            keyGroupStart[k] = flat.size();
            flat.addAll(keyGroups.get(k));
            keyKind[k] = (byte) ((anchorRules[k].length > 0 ? ANCHOR : 0) | (keyGroups.get(k).isEmpty() ? 0 : NEAR));
        }
        keyGroupStart[keys] = flat.size();
        this.keyGroups = flat.stream().mapToInt(Integer::intValue).toArray();
        this.liveGroup = new int[2 * n];
        for (int r = 0; r < n; r++) {
            liveGroup[r] = rules[r].needs == null ? NO_NEED : groupOf[r];
            liveGroup[n + r] = rules[r].needs2 == null ? NO_NEED : groupOf[n + r];
        }
        // Per anchor key, the distinct proximity needs of its rules ({@link #recordKinds} asks each once)
        this.anchorNeeds = new int[keys][];
        for (int k = 0; k < keys; k++) {
            java.util.Set<List<Integer>> seen = new java.util.LinkedHashSet<>();
            for (int r : anchorRules[k]) {
                seen.add(List.of(rules[r].needs == null ? 0 : 1, groupOf[r], rules[r].needs2 == null ? 0 : 1,
                        groupOf[n + r]));
            }
            anchorNeeds[k] = seen.stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
        }
        int back = 0;
        int forward = 0;
        for (Rule r : rules) {
            back = Math.max(back, r.back);
            forward = Math.max(forward, r.forward);
        }
        this.maxBack = back;
        this.maxForward = forward;
        this.windowChars = new int[rules.length][];
        Map<Character, Integer> chars = new LinkedHashMap<>();
        for (int r = 0; r < rules.length; r++) {
            String cs = rules[r].windowChars;
            if (cs != null) {
                windowChars[r] = cs.chars().distinct().map(c -> chars.computeIfAbsent((char) c, x -> chars.size()))
                        .toArray();
            }
        }
        this.windowCharList = new char[chars.size()];
        chars.forEach((c, id) -> windowCharList[id] = c);
        new Lexicon(this);
    }

    /** Per rule, its {@link Rule#windowChars} as ids into {@link #windowCharList} (the distinct ones); or null. */
    private final int[][] windowChars;
    private final char[] windowCharList;

    /**
     * Rule sets over one shared {@link Lexicon}: a normalised text is split into words and looked up once for all
     * of them (the index is cached on the {@link NormalizedText}), instead of once per rule set.
     */
    static RuleSet[] shared(List<List<Rule>> lists) {
        return shared(lists, true);
    }

    /** {@link #shared(List)}; {@code shortcuts} false: sets that take none (see {@link #shortcuts}), for tests. */
    static RuleSet[] shared(List<List<Rule>> lists, boolean shortcuts) {
        RuleSet[] sets = new RuleSet[lists.size()];
        for (int i = 0; i < sets.length; i++) {
            sets[i] = new RuleSet(lists.get(i), shortcuts);
        }
        new Lexicon(sets);
        return sets;
    }

    /** The word index this set reads (set once, before the set is published). */
    private Lexicon lexicon;
    /** Lexicon key id to this set's key id, or -1. */
    private int[] lexMap;

    private final int[][] anchorRules;
    /**
     * Per key, the distinct proximity needs of the rules it anchors, four ints each: whether the rule needs its first
     * group, that group (-1: none), the same for its second group.
     */
    private final int[][] anchorNeeds;
    /** Per proximity slot (rule r's first group at r, its second at rules + r), its group; -1: none. */
    private final int[] groupOf;
    /**
     * {@link #groupOf}, with {@link #NO_NEED} where the rule has no such proximity prefilter: what
     * {@link #placeNearWords} asks of each rule of a walked anchor, without reading the rule.
     */
    private final int[] liveGroup;
    private static final int NO_NEED = -2;
    private final int groupCount;
    /** Per key, the groups holding it: {@code keyGroups[keyGroupStart[k], keyGroupStart[k + 1])}, ascending. */
    private final int[] keyGroupStart;
    private final int[] keyGroups;
    /** Per key, {@link #ANCHOR} if some rule is anchored on it, {@link #NEAR} if some group holds it. */
    private final byte[] keyKind;
    private static final byte ANCHOR = 1;
    private static final byte NEAR = 2;
    /** {@link #recordKinds}: the kind of the word index's segment marker id (see {@link WordHits}). */
    private static final byte MARKER = 4;
    /** {@link State#slotAlive}: some rule of the anchor word may fire, or none can. */
    private static final byte ALIVE = 1;
    private static final byte DEAD = 2;
    /** The longest look-back and look-ahead of any rule (a rule reads at most this far around its anchor word). */
    private final int maxBack;
    private final int maxForward;

    /** Words and word stems (trailing {@code *}) mapped to rule indices, open addressing, no allocation on lookup. */
    static final class WordTable {
        static final int ALPHA = 38;
        final int[] child;
        final int[] exactId;
        final int[] prefixId;
        final int[][] ruleIds;
        final boolean empty;
        /** The keys as given (stems with their trailing {@code *}), indexed by key id. */
        final String[] keys;

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
            this.keys = new String[ks.size()];
            for (int e = 0; e < ks.size(); e++) {
                keys[e] = pf.get(e) ? ks.get(e) + "*" : ks.get(e);
            }
        }

        static final byte[] CODE = new byte[128];

        static {
            for (char c = 0; c < 128; c++) {
                int x = codeOf(c);
                CODE[c] = (byte) x;
            }
        }

        private static int code(char c) {
            return c < 128 ? CODE[c] : -1;
        }

        private static int codeOf(char c) {
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
         * Whether some key matches the word made of the characters of [s, e) of {@code text} that {@code skipped}
         * does not accept (null: all of them): the exact word, or a stem of it. No allocation.
         */
        boolean matches(CharSequence text, int s, int e, java.util.function.IntPredicate skipped) {
            if (empty) {
                return false;
            }
            int node = 0;
            int len = 0;
            for (int k = s; k < e; k++) {
                char c = text.charAt(k);
                if (skipped != null && skipped.test(c)) {
                    continue;
                }
                len++;
                int x = code(c);
                if (x < 0) {
                    return false;
                }
                node = child[node * ALPHA + x];
                if (node == 0) {
                    return false;
                }
                if (prefixId[node] >= 0 && len >= MIN_PREFIX) {
                    return true;
                }
            }
            return exactId[node] >= 0;
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

    /** Whether [s, e) of {@code text} is one of this set's anchor or proximity words (or has one of its stems). */
    boolean isKeyWord(CharSequence text, int s, int e) {
        return words.matches(text, s, e, null);
    }

    /** {@link #isKeyWord} of the characters of [s, e) not {@code skipped}, joined: "ign-ore" is "ignore". */
    boolean isKeyWordJoined(CharSequence text, int s, int e, java.util.function.IntPredicate skipped) {
        return words.matches(text, s, e, skipped);
    }

    Lexicon lexiconForTest() {
        return lexicon;
    }

    /** The anchor and proximity words of this set (stems end in {@code *}). */
    String[] keys() {
        return words.keys.clone();
    }

    /** Scans {@code text}, reporting every rule match (at most one per rule and chunk, see {@link #HIT_CHUNK}). */
    void scan(String text, Sink sink) {
        int n = text.length();
        // Pass 1 (one tokenisation): anchor occurrences, and positions of each rule's proximity words.
        State st = state.get();
        st.begin();
        IntBuf hits = st.hits;
        WordTable wt = words;
        int[] child = wt.child;
        int[] exactId = wt.exactId;
        int[] prefixId = wt.prefixId;
        byte[] code = WordTable.CODE;
        int[] ids = st.ids;
        char[] t = st.chars(n);
        text.getChars(0, n, t, 0);
        int i = 0;
        while (i < n) {
            char c0 = t[i];
            if (c0 >= 128 || code[c0] < 0 || c0 == '\'') {
                i++;
                continue;
            }
            // One walk per word: tokenise and follow the trie together; once the word leaves the trie, only the
            // end of the word is sought.
            int s = i;
            int node = wt.empty ? -1 : 0;
            int nk = 0;
            while (i < n) {
                char c = t[i];
                int x = c < 128 ? code[c] : -1;
                if (x < 0 || c == '\'' && !(i + 1 < n && isWord(t[i + 1]))) {
                    break;
                }
                node = child[node * WordTable.ALPHA + x];
                i++;
                if (node == 0) {
                    node = -1;
                    // Left the trie: skip to the end of the word.
                    while (i < n) {
                        char d = t[i];
                        if (d < 128 && WORD[d] || d == '\'' && i + 1 < n && isWord(t[i + 1])) {
                            i++;
                        } else {
                            break;
                        }
                    }
                    break;
                }
                if (prefixId[node] >= 0 && i - s >= MIN_PREFIX && nk < ids.length) {
                    ids[nk++] = prefixId[node];
                }
            }
            int e = i;
            if (node > 0 && exactId[node] >= 0 && nk < ids.length) {
                ids[nk++] = exactId[node];
            }
            for (int q = 0; q < nk; q++) {
                int key = ids[q];
                if ((keyKind[key] & ANCHOR) != 0) {
                    hits.add4(key, s, e, hits.n);
                }
                if ((keyKind[key] & NEAR) != 0) {
                    st.nearWord(key, s);
                }
            }
        }
        placeNearWords(st);
        evaluate(text, st, sink, anchorRules);
        st.end();
    }

    /**
     * Scans a normalised text like {@link #scan(String, Sink)} (same matches, same order), reading the text's
     * words from the {@link Lexicon} index shared with the other rule sets of the lexicon (computed once per
     * normalised text and cached on it).
     */
    void scan(NormalizedText nt, Sink sink) {
        Lexicon lex = lexicon;
        WordHits wh = nt.memo(lex, lex::index);
        scan(nt.text(), wh, sink);
    }

    /**
     * Pass 2 of {@link #scan(String, Sink)} over a precomputed word index of {@code text}. A long text with another
     * thread of the call at hand is evaluated in parts of the text, each walking its part of the index, the call's
     * threads taking the parts as they come free (see {@link #scanInParts}); the hits and their order are those of
     * one pass.
     */
    void scan(String text, WordHits wh, Sink sink) {
        java.util.concurrent.Executor lend = text.length() >= Lending.MIN_SPLIT_CHARS && rules.length >= SPLIT_MIN_RULES
                ? Lending.current() : null;
        int[] cuts = lend == null ? null : cuts(text, wh);
        State st = state.get();
        if (cuts == null) {
            st.begin();
            try {
                walkRange(text, wh, st, 0, text.length(), 0, recordKinds(wh, st, st.kinds));
                if (shortcuts) {
                    st.useWordBits(wh);
                }
                evaluate(text, st, sink, anchorRules);
            } finally {
                st.end();
            }
            return;
        }
        scanInParts(text, wh, sink, lend, cuts, SETTLE_WINDOW);
    }

    /**
     * Per thread: the {@link PartsScratch} of its scans in parts; a scan this thread starts while one uses it
     * (running lent work while it waits for its parts) gets its own instead of overwriting it. Not given back after a
     * failure (the next scan makes a new one).
     */
    private final ThreadScratch<PartsScratch> partsScratch = new ThreadScratch<>(this::newPartsScratch);

    private PartsScratch newPartsScratch() {
        return new PartsScratch(rules.length, lexMap.length, windowCharList.length);
    }

    /** Scans in parts with the kinds {@link #recordKinds} finds in the text, on this thread's reused scratch. */
    private void scanInParts(String text, WordHits wh, Sink sink, java.util.concurrent.Executor lend, int[] cuts,
                             int window) {
        PartsScratch ps = partsScratch.take();
        scanInParts(text, wh, sink, lend, cuts, window, recordKinds(wh, state.get(), ps.kinds), ps);
        ps.trim(cuts.length + 1);
        partsScratch.giveBack(ps); // every part has ended
    }

    /** The fewest rules evaluated in parts: with fewer, the forks cost more than they save. */
    private static final int SPLIT_MIN_RULES = 64;
    /** The most parts a text is evaluated in, and the characters per part (fewer parts when a text is shorter). */
    private static final int MAX_PARTS = 16;
    private static final int PART_CHARS = 64 * 1024;

    /**
     * Where {@link #scan(String, WordHits, Sink)} cuts a text: multiples of {@link #HIT_CHUNK} near the starts of
     * evenly spaced index entries (as many words in each part), one part per {@link #PART_CHARS} characters but at
     * least two and at most {@link #MAX_PARTS}; null when the text is too short for two.
     */
    private int[] cuts(String text, WordHits wh) {
        int parts = Math.max(2, Math.min(MAX_PARTS, text.length() / PART_CHARS));
        int[] cuts = new int[parts - 1];
        int m = 0;
        int last = maxBack;
        for (int p = 1; p < parts; p++) {
            int cut = wh.startNear((int) ((long) wh.n * p / parts)) / HIT_CHUNK * HIT_CHUNK;
            if (cut > last && cut < text.length() - HIT_CHUNK) {
                cuts[m++] = cut;
                last = cut;
            }
        }
        return m == 0 ? null : java.util.Arrays.copyOf(cuts, m);
    }

    /** {@link #scan(String, WordHits, Sink)} cutting the text at {@code cuts} (ascending, inside it), for tests. */
    void scanCutForTest(String text, WordHits wh, Sink sink, java.util.concurrent.Executor lend, int... cuts) {
        scanCutForTest(text, wh, sink, lend, SETTLE_WINDOW, cuts);
    }

    /** {@link #scanCutForTest} with the first window of {@link #settle} set (small: the doubling is exercised). */
    void scanCutForTest(String text, WordHits wh, Sink sink, java.util.concurrent.Executor lend, int settleWindow,
                        int[] cuts) {
        scanInParts(text, wh, sink, lend, cuts, settleWindow);
    }

    /**
     * Pass 2 in parts of the text, cut at {@code cuts}. Each part walks the index from {@link #maxBack} before its
     * start up to the farthest window end of its anchor words and evaluates the anchors inside it, on the state of
     * whichever thread runs it: the first part from the bookkeeping one pass starts with, every other one from fresh
     * bookkeeping. This thread takes the parts from the start, the call's other threads from the end. A rule's
     * bookkeeping carries across a cut only through the end of its last hit, so a later part's hits are wrong only
     * for the rules that matched before its start, and only until that end stops mattering: {@link #settle}
     * evaluates those rules again from the cut with the true end until both runs agree, part after part. The hits are
     * then handed to {@code sink} in the one-pass order.
     */
    private void scanInParts(String text, WordHits wh, Sink sink, java.util.concurrent.Executor lend, int[] cuts,
                             int window, byte[] kinds, PartsScratch ps) {
        int parts = cuts.length + 1;
        Part[] done = ps.parts;
        java.util.Arrays.fill(ps.charFirst, -1);
        Lending.Fork[] forks = new Lending.Fork[parts];
        for (int p = 0; p < parts; p++) {
            Part part = done[p].reset(p == 0 ? 0 : cuts[p - 1], p == cuts.length ? text.length() : cuts[p],
                    (int) ((long) wh.n * p / parts), ps.charFirst);
            forks[p] = new Lending.Fork(() -> part.evaluate(this, text, wh, kinds));
        }
        Lending.runInOrder(forks, lend);
        Settling z = ps.settling;
        for (int p = 0; p < parts; p++) {
            IntBuf hits = p == 0 ? done[0].hits : settle(text, wh, done[p], done[p - 1].ends, z, window, kinds);
            int[] h = hits.a;
            for (int i = 0; i < hits.n; i += 4) {
                sink.hit(rules[h[i + 1]], h[i + 2], h[i + 3]);
            }
        }
    }

    /**
     * What a scan in parts reuses (a 1 MiB text makes 16 parts per rule set, each with buffers): the
     * {@link #recordKinds} table the threads that take the parts read (one entry per lexicon id), the parts, and the
     * per-rule scratch of their settling.
     */
    private static final class PartsScratch {
        final byte[] kinds;
        final Part[] parts = new Part[MAX_PARTS];
        final Settling settling;
        /** The scan's {@link State#charFirst}, shared by its parts and their settling (reset per scan). */
        final int[] charFirst;

        PartsScratch(int rules, int lexiconIds, int windowChars) {
            kinds = new byte[lexiconIds];
            charFirst = new int[windowChars];
            for (int p = 0; p < parts.length; p++) {
                parts[p] = new Part();
            }
            settling = new Settling(rules);
        }

        /** Lets go of buffers a hit-dense text grew beyond any ordinary need. */
        void trim(int used) {
            for (int p = 0; p < used; p++) {
                parts[p].hits.dropIfHuge();
                parts[p].ends.dropIfHuge();
                parts[p].spare.dropIfHuge();
            }
            settling.redone.dropIfHuge();
            settling.redoneNow.dropIfHuge();
        }
    }

    /** One part of a text: the anchors starting in [from, to), its hits and the ends of its rules' last hits. */
    private static final class Part {
        int from;
        int to;
        /** An index entry near the part's start (where the search for its first entry starts). */
        int hint;
        /** The scan's first occurrences of the window characters, shared by its parts ({@link State#charFirst}). */
        int[] charFirst;
        /** (index entry of the anchor, rule, start, end), in the order of one pass over the part. */
        final IntBuf hits = new IntBuf();
        /**
         * (rule, end of its last hit) for every rule with a hit in the part, from its own run; once the part is
         * settled, for every rule with a hit in it or before it, as one pass has them after the part.
         */
        IntBuf ends = new IntBuf();
        /** The buffer {@link #settle} writes the settled ends to (then swapped with {@link #ends}). */
        IntBuf spare = new IntBuf();

        /** Makes this (reused) part the one of [from, to), empty. */
        Part reset(int from, int to, int hint, int[] charFirst) {
            this.from = from;
            this.to = to;
            this.hint = hint;
            this.charFirst = charFirst;
            hits.n = 0;
            ends.n = 0;
            return this;
        }

        void evaluate(RuleSet set, String text, WordHits wh, byte[] kinds) {
            State st = set.state.get();
            st.begin();
            st.charFirst = charFirst;
            try {
                set.walkRange(text, wh, st, from, to, hint, kinds);
                if (set.shortcuts) {
                    st.useWordBits(wh);
                }
                int[] h = st.hits.a;
                set.evaluate(text, st, (rule, s, e) -> hits.add4(h[st.anchorAt + 3], st.ruleAt, s, e), set.anchorRules);
                // only a touched rule has a hit; in rule order
                IntBuf touched = st.touchedRules;
                java.util.Arrays.sort(touched.a, 0, touched.n);
                for (int q = 0; q < touched.n; q++) {
                    int r = touched.a[q];
                    if (st.lastHitEnd[r] > 0) {
                        ends.add4(r, st.lastHitEnd[r], 0, 0);
                    }
                }
            } finally {
                st.end();
            }
        }
    }

    /**
     * Walks the index for the anchors starting in [from, to) ({@code to} {@code >=} the text's length: to the end):
     * from {@link #maxBack} before {@code from} up to the farthest window end of those anchors.
     */
    private void walkRange(String text, WordHits wh, State st, int from, int to, int hint, byte[] kinds) {
        if (kinds == null) {
            placeNearWords(st); // no rule can fire: nothing to walk for
            return;
        }
        int[] at = from == 0 ? new int[] {0, 0} : wh.seek(Math.max(0, from - maxBack), hint);
        int last = to >= text.length() ? Integer.MAX_VALUE : to;
        walk(text, wh, st, at[0], at[1], from, last, last, kinds);
    }

    /**
     * What a walk of index {@code wh} records per lexicon key id ({@link #ANCHOR}, {@link #NEAR}, 0 for the ids it
     * passes over; {@link #MARKER} for the index's segment marker; written into {@code out}, one entry per id of
     * {@link #lexMap}, so that the walk reads one table per entry), or null when no rule can fire anywhere in the
     * text. From the keys that occur in the text ({@link WordHits#present}, or its entries): a rule may fire only if
     * one of its anchors and a word of each of its groups occur; only the anchors of such rules and the words of their
     * groups are recorded. The rest could never pass ({@link #placeNearWords} would find a group of theirs empty, or
     * never meet their anchor), so the walk of any part of the text gives the same hits, without noting words nobody
     * asks for (on prose, half of the anchors and most proximity words).
     */
    private byte[] recordKinds(WordHits wh, State st, byte[] out) {
        IntBuf keys = st.textKeys;
        if (out == st.kinds && st.kindsTracked) {
            // only the entries the last call wrote into this array (a lexicon has thousands of ids)
            for (int q = 0; q < keys.n; q++) {
                out[keys.a[q]] = 0;
            }
            out[st.kindsMarker] = 0;
        } else {
            java.util.Arrays.fill(out, (byte) 0);
        }
        st.kindsTracked = false; // the keys list is rewritten below (and may be for another array)
        byte[] on = st.groupOn; // per group: 1 a word of it occurs, 2 a rule that may fire asks it
        keys.n = 0;
        long[] present = wh.present;
        int[] map = lexMap;
        if (present != null) {
            for (int w = 0; w < present.length; w++) {
                for (long m = present[w]; m != 0; m &= m - 1) {
                    noteKey(64 * w + Long.numberOfTrailingZeros(m), map, keys, on);
                }
            }
        } else {
            // a short index: its entries themselves (a key that occurs twice is listed twice, which changes nothing
            // below: each loop sets the same flags again)
            int keyMask = (1 << wh.keyBits) - 1;
            for (int e = 0; e < wh.n; e += wh.packed ? 1 : 2) {
                noteKey(wh.a[e] & keyMask, map, keys, on);
            }
        }
        int n = rules.length;
        boolean any = false;
        for (int q = 0; q < keys.n; q++) {
            int id = keys.a[q];
            // each distinct need of the key's rules once (many rules share an anchor and their groups)
            int[] needs = anchorNeeds[map[id]];
            for (int x = 0; x < needs.length; x += 4) {
                int g1 = needs[x + 1];
                int g2 = needs[x + 3];
                if ((needs[x] == 0 || g1 >= 0 && on[g1] != 0) && (needs[x + 2] == 0 || g2 >= 0 && on[g2] != 0)) {
                    out[id] |= ANCHOR;
                    any = true;
                    if (g1 >= 0) {
                        on[g1] = 2;
                    }
                    if (g2 >= 0) {
                        on[g2] = 2;
                    }
                }
            }
        }
        for (int q = 0; q < keys.n; q++) {
            int id = keys.a[q];
            int k = map[id];
            for (int x = keyGroupStart[k]; x < keyGroupStart[k + 1]; x++) {
                if (on[keyGroups[x]] == 2) {
                    out[id] |= NEAR;
                }
            }
        }
        out[wh.marker] = MARKER;
        for (int q = 0; q < keys.n; q++) {
            int k = map[keys.a[q]];
            for (int x = keyGroupStart[k]; x < keyGroupStart[k + 1]; x++) {
                on[keyGroups[x]] = 0;
            }
        }
        if (out == st.kinds) {
            st.kindsMarker = wh.marker;
            st.kindsTracked = true;
        }
        return any ? out : null;
    }

    /** {@link #recordKinds}: lists lexicon id {@code id} when it is a key of this set's rules, and marks its groups. */
    private void noteKey(int id, int[] map, IntBuf keys, byte[] on) {
        int k = id < map.length ? map[id] : -1;
        if (k >= 0) {
            keys.add(id);
            for (int x = keyGroupStart[k]; x < keyGroupStart[k + 1]; x++) {
                on[keyGroups[x]] = 1;
            }
        }
    }

    /** The first window {@link #settle} evaluates again after a cut, in characters (doubled while needed). */
    private static final int SETTLE_WINDOW = 4096;

    /**
     * A part's hits (evaluated with fresh bookkeeping) made those of one pass, given the end of each rule's last hit
     * before the part ({@code ends}: rule, end); sets the part's {@link Part#ends} to those after it. A rule that did not
     * match before the part started from the true state. For one that did, its anchors in the part are evaluated
     * again with the true end, until that run and the part's are in the same state or in states that no longer make
     * a difference (no overlap, outside the look-back, another chunk): from there on both runs do the same, so the
     * part's hits are kept. This runs on a window after the cut, doubled for the rules that need more. A rule that
     * matches once per scan keeps none.
     */
    private IntBuf settle(String text, WordHits wh, Part part, IntBuf ends, Settling z, int window, byte[] kinds) {
        if (ends.n == 0) { // every rule started from the true (empty) state: the part's hits and ends are one pass's
            return part.hits;
        }
        int[] c = part.hits.a;
        int[] dropBefore = z.dropBefore; // per carried rule: its part hits at anchors before this entry are replaced
        int[] truthAfter = z.truthAfter;
        byte[] mark = z.mark;
        int[] pending = z.pending; // a rule is in ends at most once
        int np = 0;
        for (int q = 0; q < ends.n; q += 4) {
            int r = ends.a[q];
            int truth = ends.a[q + 1];
            truthAfter[r] = truth;
            mark[r] = CARRIED;
            if (rules[r].once) {
                dropBefore[r] = Integer.MAX_VALUE; // skips every anchor after its first hit: keeps none
            } else if (settled(truth, part.from, rules[r])) {
                dropBefore[r] = Integer.MIN_VALUE; // its end no longer matters anywhere in the part: keeps all
            } else {
                pending[np++] = r;
            }
        }
        IntBuf redone = z.redone;
        redone.n = 0;
        if (np > 0) {
            settleFromCut(text, wh, part, pending, np, z, redone, window, kinds);
        }
        boolean dropped = false;
        for (int i = 0; i < part.hits.n; i += 4) {
            int r = c[i + 1];
            if (mark[r] != 0) {
                if (c[i] < dropBefore[r]) {
                    c[i + 1] = -1;
                    dropped = true;
                } else {
                    mark[r] = CARRIED | KEPT;
                }
            }
        }
        // the ends after the part: a carried rule's last hit both runs share, else its true run's; another rule's own
        IntBuf after = part.spare;
        after.n = 0;
        for (int q = 0; q < ends.n; q += 4) {
            int r = ends.a[q];
            int end = mark[r] == CARRIED ? truthAfter[r] : 0;
            if (end > 0) {
                after.add4(r, end, 0, 0);
            }
        }
        for (int q = 0; q < part.ends.n; q += 4) {
            int r = part.ends.a[q];
            if (mark[r] != CARRIED) { // kept a hit of its own, or not carried: its end is the part's
                after.add4(r, part.ends.a[q + 1], 0, 0);
            }
        }
        for (int q = 0; q < ends.n; q += 4) {
            mark[ends.a[q]] = 0;
        }
        part.spare = part.ends;
        part.ends = after;
        if (redone.n == 0 && !dropped) {
            return part.hits;
        }
        List<int[]> kept = new ArrayList<>();
        for (IntBuf b : new IntBuf[] {part.hits, redone}) {
            for (int i = 0; i < b.n; i += 4) {
                if (b.a[i + 1] >= 0) {
                    kept.add(new int[] {b.a[i], b.a[i + 1], b.a[i + 2], b.a[i + 3]});
                }
            }
        }
        // one pass reports by anchor occurrence (index entry), then rule (a rule hits at most once per anchor)
        kept.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        IntBuf out = new IntBuf();
        for (int[] x : kept) {
            out.add4(x[0], x[1], x[2], x[3]);
        }
        return out;
    }

    private static final byte CARRIED = 1;
    private static final byte KEPT = 2;

    /** Per-rule scratch of the settling of one text's parts (cleared after each part where it was set). */
    private static final class Settling {
        final int[] dropBefore;
        final int[] truthAfter;
        /** {@link #CARRIED}: the rule matched before the part; {@link #KEPT}: it keeps a hit of the part. */
        final byte[] mark;
        /** The rules {@link #settle} evaluates again after a cut. */
        final int[] pending;
        /** The hits of the true runs before the points where they agree with a part's ({@link #settle}). */
        final IntBuf redone = new IntBuf();
        /** {@link #settleFromCut}'s hits of one rule's true run. */
        final IntBuf redoneNow = new IntBuf();

        Settling(int rules) {
            dropBefore = new int[rules];
            truthAfter = new int[rules];
            mark = new byte[rules];
            pending = new int[rules];
        }
    }

    /**
     * {@link #settle} for the rules whose last hit before the part still matters at its start: their anchors from the
     * cut on are evaluated again with the true end until they agree with the part's run, on a window after the cut
     * that doubles for the rules not decided inside it. Sets their {@code dropBefore} and {@code truthAfter} and adds
     * the hits of the true run before that point to {@code redone}.
     */
    private void settleFromCut(String text, WordHits wh, Part part, int[] pending, int np, Settling z, IntBuf redone,
                               int firstWindow, byte[] kinds) {
        int[] c = part.hits.a;
        IntBuf redoneNow = z.redoneNow;
        State st = state.get();
        for (long window = firstWindow; np > 0; window *= 2) {
            long lim = (long) part.from + window;
            boolean whole = lim >= part.to;
            st.begin();
            st.charFirst = part.charFirst;
            try {
                walkRange(text, wh, st, part.from, whole ? part.to : (int) lim, part.hint, kinds);
                int[] h = st.hits.a;
                int left = 0;
                for (int x = 0; x < np; x++) {
                    int r = pending[x];
                    Rule rule = rules[r];
                    int truth = z.truthAfter[r]; // still the end before the part
                    int cut = Integer.MAX_VALUE; // the entry from which the part's hits are kept
                    redoneNow.n = 0;
                    boolean converged = false;
                    int spec = 0;
                    int i = 0; // the next of the part's hits of this rule
                    int tried = -1;
                    for (int k = 0; k < st.hits.n; k += 4) {
                        int s = h[k + 1];
                        int entry = h[k + 3];
                        while (i < part.hits.n && (c[i + 1] != r || c[i] < entry)) {
                            if (c[i + 1] == r) {
                                spec = c[i + 3];
                            }
                            i += 4;
                        }
                        if (truth == spec || settled(truth, s, rule) && settled(spec, s, rule)) {
                            cut = entry;
                            converged = true;
                            break;
                        }
                        if (s == tried || java.util.Arrays.binarySearch(anchorRules[h[k]], r) < 0) {
                            continue;
                        }
                        tried = s;
                        if (attempt(r, text, s, h[k + 2], truth, st)) {
                            redoneNow.add4(entry, r, st.matchStart, st.matchEnd);
                            truth = st.matchEnd;
                        }
                    }
                    if (!converged && !whole) {
                        pending[left++] = r; // not decided inside the window: again with a larger one
                        continue;
                    }
                    z.dropBefore[r] = cut;
                    z.truthAfter[r] = truth;
                    for (int j = 0; j < redoneNow.n; j += 4) {
                        redone.add4(redoneNow.a[j], redoneNow.a[j + 1], redoneNow.a[j + 2], redoneNow.a[j + 3]);
                    }
                }
                np = left;
            } finally {
                st.end();
            }
        }
    }

    /**
     * Whether a rule's last hit end {@code end} no longer changes how the rule is tried at an anchor starting at
     * {@code s} or later: none yet, or it ends within neither the rule's look-back nor the anchor's chunk.
     */
    private static boolean settled(int end, int s, Rule rule) {
        return end == 0 || end <= Math.max(0, s - rule.back) && (end - 1) / HIT_CHUNK != s / HIT_CHUNK;
    }

    /**
     * Walks the word index from entry {@code k0} (segment start {@code base0}): records the anchor words starting in
     * [{@code anchorFrom}, {@code anchorTo}) and the proximity words of every entry walked, and stops at the first
     * entry starting at or after {@code stop}, which grows to the farthest window end of the anchors recorded
     * ({@link Integer#MAX_VALUE}: the whole index).
     */
    private void walk(String text, WordHits wh, State st, int k0, int base0, int anchorFrom, int anchorTo, int stop,
                      byte[] kind) {
        IntBuf hits = st.hits;
        int[] map = lexMap;
        int[] a = wh.a;
        int n = wh.n;
        int keyBits = wh.keyBits;
        int keyMask = (1 << keyBits) - 1;
        int startShift = keyBits + wh.lenBits;
        int fieldMask = (1 << startShift) - 1;
        boolean packed = wh.packed;
        int lowBits = wh.lowBits;
        int reach = maxForward;
        int base = base0; // the start of the current segment (packed entries hold the start's low bits)
        for (int k = k0; k < n; k += packed ? 1 : 2) {
            int v = a[k];
            int kd = kind[v & keyMask];
            if (kd == 0) {
                // a word this walk does not record (another set's key, or one no rule that may fire needs): passed
                // over without its start; a packed index stops at the next marker at or after the stop instead
                if (!packed && a[k + 1] >= stop) {
                    break;
                }
                continue;
            }
            if (kd == MARKER) { // (only packed indexes have markers)
                base = (v >>> startShift) << lowBits;
                if (base >= stop) {
                    break;
                }
                continue;
            }
            int key = map[v & keyMask];
            int s = packed ? base | v >>> startShift : a[k + 1];
            if (s >= stop) {
                break;
            }
            if ((kd & ANCHOR) != 0 && s >= anchorFrom && s < anchorTo) {
                int len = (v & fieldMask) >>> keyBits; // 0: not stored
                int e = len != 0 ? s + len : wordEnd(text, s);
                hits.add4(key, s, e, k);
                if (stop != Integer.MAX_VALUE) {
                    stop = Math.max(stop, (int) Math.min(Integer.MAX_VALUE - 1, (long) e + reach));
                }
            }
            if ((kd & NEAR) != 0) {
                st.nearWord(key, s);
            }
        }
        placeNearWords(st);
    }

    /** Marks group {@code g} to be laid out (listed once for {@link State#begin}). */
    private static void need(State st, int g) {
        if (st.groupNeeded[g] == 0) {
            st.groupNeeded[g] = 1;
            st.neededGroups.add(g);
        }
    }

    /** The end of the word starting at {@code s} (the tokenisation of {@link #scan(String, Sink)}). */
    private static int wordEnd(String text, int s) {
        int n = text.length();
        int i = s;
        while (i < n) {
            char d = text.charAt(i);
            if (d < 128 && WORD[d] || d == '\'' && i + 1 < n && isWord(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * After a walk: the position lists of the proximity groups that evaluation may ask, from the proximity words
     * the walk noted ({@link State#nearWord}, in text order). Copying each word's position into every group that
     * holds its key as it was met cost more than the rest of a scan on prose, where most groups belong to rules
     * whose anchors are absent or that lack a word of their other group: those are never asked. So the groups'
     * sizes are counted first (per key, times the groups holding it), and only the groups of a rule whose anchor
     * was walked and whose every group has a word get their positions, laid out one after the other in one array
     * ({@link State#groupStart}, {@link State#groupEnd}). A group not laid out stays empty; only rules that can
     * never pass their proximity check ask it (their other group is empty), so no answer changes.
     */
    private void placeNearWords(State st) {
        int[] size = st.groupSize;
        int[] count = st.keyCount;
        IntBuf present = st.presentKeys;
        for (int q = 0; q < present.n; q++) {
            int k = present.a[q];
            int c = count[k];
            for (int x = keyGroupStart[k]; x < keyGroupStart[k + 1]; x++) {
                size[keyGroups[x]] += c;
            }
        }
        byte[] needed = st.groupNeeded;
        byte[] alive = st.slotAlive;
        byte[] live = st.ruleLive;
        IntBuf seen = st.seenAnchors;
        int[] h = st.hits.a;
        int n = rules.length;
        boolean any = false;
        for (int k = 0; k < st.hits.n; k += 4) {
            int slot = h[k];
            if (alive[slot] != 0) {
                continue;
            }
            seen.add(slot);
            byte a = DEAD;
            for (int r : anchorRules[slot]) {
                int g1 = liveGroup[r];
                int g2 = liveGroup[n + r];
                if ((g1 == NO_NEED || g1 >= 0 && size[g1] > 0) && (g2 == NO_NEED || g2 >= 0 && size[g2] > 0)) {
                    st.touch(r);
                    live[r] = 1;
                    a = ALIVE;
                    if (g1 >= 0) {
                        need(st, g1);
                        any = true;
                    }
                    if (g2 >= 0) {
                        need(st, g2);
                        any = true;
                    }
                }
            }
            alive[slot] = a;
        }
        if (!any) {
            return;
        }
        // a group not laid out keeps start = end = 0 (begin resets the ones laid out): empty
        int[] start = st.groupStart;
        int[] end = st.groupEnd;
        int total = 0;
        IntBuf laid = st.neededGroups;
        for (int q = 0; q < laid.n; q++) {
            int g = laid.a[q];
            start[g] = total;
            end[g] = total;
            total += size[g];
        }
        int[] pos = st.positions(total);
        byte[] used = st.keyUsed; // per present key: 1 if a group of it is laid out
        for (int q = 0; q < present.n; q++) {
            int k = present.a[q];
            byte u = 0;
            for (int x = keyGroupStart[k]; x < keyGroupStart[k + 1]; x++) {
                u |= needed[keyGroups[x]];
            }
            used[k] = u;
        }
        int[] w = st.nearWords.a;
        int nw = st.nearWords.n;
        for (int q = 0; q < nw; q += 2) {
            int k = w[q];
            if (used[k] == 0) {
                continue;
            }
            int s = w[q + 1];
            for (int x = keyGroupStart[k]; x < keyGroupStart[k + 1]; x++) {
                int g = keyGroups[x];
                if (needed[g] != 0) {
                    pos[end[g]++] = s;
                }
            }
        }
    }

    /**
     * The words of a text that match any key of a {@link Lexicon}, in text order. Per match a field
     * {@code length << keyBits | lexicon key id} (the word's length in {@code lenBits} bits, 0 when it does not fit
     * or {@code lenBits == 0}: then the end is found again from the start, for anchor words only), either packed
     * with the start into one int, or as a (field, start) pair.
     *
     * <p>Packed: {@code (start & lowMask) << (keyBits + lenBits) | field}, the low {@code lowBits} bits of the start.
     * The text is cut into segments of {@code 2^lowBits} characters; before the first entry of a segment (of each
     * segment with entries, in text order) comes a marker entry, key id {@link #marker} (the lexicon's key count,
     * never a real key), whose start field holds the segment number. A text short enough for its whole start to fit
     * has one segment and, indexed in one piece, no marker. So the index stays one int per word whatever the lexicon's
     * size (at 1 Mi characters and 4,000 keys: segments of 32 Ki characters, 32 markers).
     */
    static final class WordHits {
        final int[] a;
        final int n;
        final boolean packed;
        final int keyBits;
        final int lenBits;
        /** Packed: the bits of a start stored per entry (the segment's size is {@code 2^lowBits}). */
        final int lowBits;
        /** Packed: the key id of a segment marker. */
        final int marker;

        /**
         * A bit per lexicon key id that occurs in the index; null when {@link #a} holds fewer than
         * {@link #PRESENT_MIN_ENTRIES} ints (a short text's few words), which are read instead.
         */
        final long[] present;
        /**
         * The fewest ints of {@link #a} for which an index keeps {@link #present}: one bit per key id of the lexicon
         * (117 longs for the standard sets' 7,456 ids) was 0.9 KB of the ~9 KB a short prompt's call allocated.
         */
        static final int PRESENT_MIN_ENTRIES = 64;
        /**
         * Where the text's word bits are ({@link #wordBits}): the {@link WordBits} of the thread that indexed it, the
         * stamp they had then and the array written; null when they were not kept (see {@link Lexicon#index}).
         */
        private final WordBits bits;
        private final long bitsStamp;
        private final long[] bitsWords;

        WordHits(int[] a, int n, boolean packed, int keyBits, int lenBits, int lowBits, int marker) {
            this(a, n, packed, keyBits, lenBits, lowBits, marker, null);
        }

        WordHits(int[] a, int n, boolean packed, int keyBits, int lenBits, int lowBits, int marker, WordBits bits) {
            this.bits = bits;
            this.bitsStamp = bits == null ? 0 : bits.stamp;
            this.bitsWords = bits == null ? null : bits.words;
            this.a = a;
            this.n = n;
            this.packed = packed;
            this.keyBits = keyBits;
            this.lenBits = lenBits;
            this.lowBits = lowBits;
            this.marker = marker;
            if (n < PRESENT_MIN_ENTRIES) {
                this.present = null;
                return;
            }
            this.present = new long[(marker >>> 6) + 1];
            int keyMask = (1 << keyBits) - 1;
            for (int k = 0; k < n; k += packed ? 1 : 2) {
                int id = a[k] & keyMask;
                present[id >>> 6] |= 1L << id; // (the marker's bit too: it maps to no key)
            }
        }

        /**
         * The text's word bits (bit {@code i & 63} of word {@code i >>> 6}: character i is a word character,
         * {@link RuleSet#isWord}) if the thread that indexed the text has indexed no other text since, else null.
         * The array may be longer than the text (entries after its last block are stale). Any thread may read them
         * (the parts of an index made in parts are written by the call's threads, and its rule sets are evaluated
         * in parts by them), but only as {@link State#useWordBits} does: checking the stamp again after each read,
         * since the indexing thread may start another index (rewriting them) while another thread still reads.
         */
        long[] wordBits() {
            return bits != null && bitsCurrent() ? bitsWords : null;
        }

        /**
         * Whether the indexing thread's bits are still this text's (it has indexed no other text since); only for an
         * index that kept them.
         */
        boolean bitsCurrent() {
            return bits.stamp == bitsStamp;
        }

        /** The start of the first word entry at or after entry {@code k}, or 0 when there is none. */
        int startNear(int k) {
            int keyMask = (1 << keyBits) - 1;
            int shift = keyBits + lenBits;
            if (!packed) {
                int j = k & ~1;
                return j < n ? a[j + 1] : 0;
            }
            int base = 0;
            for (int j = Math.min(k, n - 1); j >= 0; j--) { // the segment of entry k: the nearest marker before it
                if ((a[j] & keyMask) == marker) {
                    base = (a[j] >>> shift) << lowBits;
                    break;
                }
            }
            for (int j = k; j < n; j++) {
                int v = a[j];
                if ((v & keyMask) == marker) {
                    base = (v >>> shift) << lowBits;
                } else {
                    return base | v >>> shift;
                }
            }
            return 0;
        }

        /**
         * The first word entry starting at or after {@code pos} and the start of its segment, as {entry, segment
         * start} ({@code n} when there is none); the search goes back from entry {@code hint} to a segment that
         * starts at or before {@code pos}, so a hint just after the entry sought costs least.
         */
        int[] seek(int pos, int hint) {
            if (!packed) {
                int lo = 0;
                int hi = n / 2;
                while (lo < hi) { // pairs (field, start), ascending starts
                    int mid = (lo + hi) >>> 1;
                    if (a[2 * mid + 1] < pos) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                return new int[] {2 * lo, 0};
            }
            int keyMask = (1 << keyBits) - 1;
            int shift = keyBits + lenBits;
            int from = 0;
            int base = 0; // entries before the first marker are in segment 0
            for (int j = Math.min(hint, n - 1); j >= 0; j--) {
                int v = a[j];
                if ((v & keyMask) == marker && (v >>> shift) << lowBits <= pos) {
                    from = j;
                    break;
                }
            }
            for (int k = from; k < n; k++) {
                int v = a[k];
                if ((v & keyMask) == marker) {
                    base = (v >>> shift) << lowBits;
                } else if ((base | v >>> shift) >= pos) {
                    return new int[] {k, base};
                }
            }
            return new int[] {n, base};
        }

        /** The entries decoded as (lexicon key id, start, stored length or 0) triples, for tests (no markers). */
        int[] decodeForTest() {
            int step = packed ? 1 : 2;
            int[] out = new int[n / step * 3];
            int keyMask = (1 << keyBits) - 1;
            int shift = keyBits + lenBits;
            int base = 0;
            int o = 0;
            for (int k = 0; k < n; k += step) {
                int v = a[k];
                if (packed && (v & keyMask) == marker) {
                    base = (v >>> shift) << lowBits;
                    continue;
                }
                out[o] = v & keyMask;
                out[o + 1] = packed ? base | v >>> shift : a[k + 1];
                out[o + 2] = (v & (1 << shift) - 1) >>> keyBits;
                o += 3;
            }
            return java.util.Arrays.copyOf(out, o);
        }

        /** The number of segment markers, for tests. */
        int markersForTest() {
            int m = 0;
            for (int k = 0; packed && k < n; k++) {
                m += (a[k] & (1 << keyBits) - 1) == marker ? 1 : 0;
            }
            return m;
        }
    }

    /**
     * A thread's copy of the word bits of the last text it indexed ({@link Lexicon#index}), which the rule sets'
     * evaluation of that text reads ({@link #attemptAtWordStarts}): the index computes the bits of every
     * 64-character block anyway, and keeping them per thread allocates nothing per text (a fresh array per text was
     * 0.125 B/char, which put the benchmark MiB over its allocation budget; thirty-eighth session). An index made in
     * parts has its parts write their blocks into the indexing thread's array, and the rule sets' parts read them on
     * any thread of the call (thirty-ninth session: -0.5 ms of the two threads' CPU on the benchmark MiB). Each rewrite
     * changes {@link #stamp} first, so an index made before no longer finds them, and a reader checks it again after
     * reading ({@link State#wordBitsStillValid}), as the indexing thread may start another index meanwhile.
     */
    static final class WordBits {
        long[] words = new long[16];
        /**
         * Changed by each {@link #rewrite}, before any bit of the new text is written: a reader on another thread
         * that finds it unchanged after reading saw the bits of the text it asked for (a long: it never wraps, so
         * an old index can never match a later rewrite). Written by the owning thread only.
         */
        volatile long stamp;

        /**
         * Starts rewriting the bits for a text of {@code n} characters (the index then writes each block, in parts
         * on the call's threads when it is made in parts). Called by the thread whose bits these are.
         */
        long[] rewrite(int n) {
            stamp = stamp + 1;
            java.lang.invoke.VarHandle.storeStoreFence(); // the new stamp is seen before any new bit
            int blocks = (n + 63) >>> 6;
            if (words.length < blocks) {
                words = new long[Math.max(blocks, 2 * words.length)];
            }
            return words;
        }
    }

    /**
     * One trie over the anchor and proximity words of several rule sets: {@link #index} splits a text into words
     * once and records every word that matches a key of any of the sets, in text order (per word: stems by
     * increasing length, then the exact word, exactly the order of a set's own walk). Each set maps the lexicon's
     * key ids to its own. Immutable and thread-safe.
     */
    static final class Lexicon {
        final WordTable table;
        /**
         * The trie's child table with the child's row offset premultiplied (no multiplication on the per-character
         * dependency chain) and a flag: {@code child * ALPHA << 1 | (child has a stem id ? 1 : 0)}, 0 = none.
         */
        private final int[] next;

        Lexicon(RuleSet... sets) {
            Map<String, Integer> all = new LinkedHashMap<>();
            for (RuleSet set : sets) {
                for (String k : set.words.keys) {
                    all.putIfAbsent(k, all.size());
                }
            }
            List<String[]> perKey = new ArrayList<>(all.size());
            for (String k : all.keySet()) {
                perKey.add(new String[] {k});
            }
            this.table = new WordTable(perKey);
            this.next = new int[table.child.length];
            for (int k = 0; k < next.length; k++) {
                int c = table.child[k];
                next[k] = c == 0 ? 0 : c * WordTable.ALPHA << 1 | (table.prefixId[c] >= 0 ? 1 : 0);
            }
            if (table.keys.length >= 0xFFFF) {
                throw new IllegalArgumentException("too many anchor and proximity words for the word index: "
                        + table.keys.length + " (at most 65534)");
            }
            int cap = Integer.highestOneBit(Math.max(16, table.keys.length * 4) - 1) << 1;
            this.shortKeys = new long[cap];
            this.shortIds = new int[cap];
            this.shortShift = 64 - Integer.numberOfTrailingZeros(cap);
            this.shortLens = new int[1 << PREFIX_BITS];
            this.longKeys = new long[cap];
            this.longNodes = new int[cap];
            for (int id = 0; id < table.keys.length; id++) {
                String k = table.keys[id];
                boolean stem = k.endsWith("*");
                String w = stem ? k.substring(0, k.length() - 1) : k;
                if (w.length() > 8) {
                    // a long key: found by the trie walk from the node of its first eight characters
                    int node = 0;
                    long v = 0;
                    for (int c = 0; c < 8; c++) {
                        node = next[node + WordTable.CODE[w.charAt(c)]] >>> 1;
                        v |= (long) w.charAt(c) << (8 * c);
                    }
                    shortLens[prefixSlot(v)] |= LONG_WORD;
                    int slot = (int) (v * 0x9E3779B97F4A7C15L >>> shortShift);
                    while (longKeys[slot] != 0 && longKeys[slot] != v) {
                        slot = (slot + 1) & (cap - 1);
                    }
                    longKeys[slot] = v;
                    longNodes[slot] = node;
                    continue;
                }
                if (stem && w.length() < MIN_PREFIX) {
                    continue; // one-character stems never match
                }
                long v = 0;
                for (int c = w.length() - 1; c >= 0; c--) {
                    v = v << 8 | w.charAt(c);
                }
                int slot = (int) (v * 0x9E3779B97F4A7C15L >>> shortShift);
                while (shortKeys[slot] != 0 && shortKeys[slot] != v) {
                    slot = (slot + 1) & (cap - 1);
                }
                shortKeys[slot] = v;
                shortIds[slot] |= stem ? (id + 1) << 16 : id + 1;
                int bit = 1 << (w.length() - 1 + (stem ? 0 : 8));
                if (stem) {
                    markStem(v, w.length(), bit);
                } else {
                    shortLens[prefixSlot(v)] |= bit;
                }
            }
            for (RuleSet set : sets) {
                int[] map = new int[all.size() + 1]; // + the segment marker (see WordHits), which maps to no key
                java.util.Arrays.fill(map, -1);
                for (int e = 0; e < set.words.keys.length; e++) {
                    map[all.get(set.words.keys[e])] = e;
                }
                set.lexMap = map;
                set.lexicon = this;
            }
        }

        /** Zero bytes after the text in the byte copy, so that 8-byte and 64-byte reads need no bounds logic. */
        private static final int PAD = 72;
        /** Per word length (9 = longer): the mask of its bytes in a little-endian long. */
        private static final long[] MASK = new long[10];
        /**
         * Per word length: the {@link #shortLens} bits that can apply (stems of length 2..L, exact keys of length L;
         * for a word over 8 characters, stems of length 2..8 and {@link #LONG_WORD}).
         */
        private static final int[] LEN_FILTER = new int[10];
        /** {@link #shortLens}: a key longer than 8 characters starts with these four (found by the trie walk). */
        private static final int LONG_WORD = 1 << 16;

        static {
            for (int l = 0; l <= 9; l++) {
                MASK[l] = l >= 8 ? -1L : (1L << (l << 3)) - 1;
                LEN_FILTER[l] = l == 0 ? 0 : l > 8 ? 0xFE | LONG_WORD : 0xFE & (1 << l) - 1 | 1 << (8 + l - 1);
            }
        }
        private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
                long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

        /**
         * Short keys (at most 8 characters) by their bytes read as a little-endian long: open addressing,
         * {@code (exact id + 1) | (stem id + 1) << 16} per slot, key 0 = empty (no key holds a zero byte).
         */
        private final long[] shortKeys;
        private final int[] shortIds;
        private final int shortShift;
        /**
         * Per {@link #prefixSlot} of a word's first four characters (all of a shorter word): bit {@code L - 1} set if
         * a stem of length L (2..8) starts with them, bit {@code 8 + L - 1} if an exact key of length L (1..8) does,
         * {@link #LONG_WORD} if a longer key (stem or exact) does. Slots shared by several beginnings hold the bits
         * of all: a filter, whose false bits cost a lookup that finds nothing. Per MiB of the benchmark prose, 106,000
         * candidate words and 120,000 key lookups (the first two characters, exactly: 150,000 and 278,000; the first
         * three, hashed: 118,000 and 157,000); real prompts 96,000 lookups instead of 233,000.
         */
        private final int[] shortLens;
        /** Bits of a {@link #shortLens} slot: 64 KB, the size of the two-character table it replaced. */
        private static final int PREFIX_BITS = 14;

        /** The {@link #shortLens} slot of a word whose first eight bytes are {@code v} (zero bytes after its end). */
        private static int prefixSlot(long v) {
            return (int) ((v & 0xFFFFFFFFL) * 0x9E3779B97F4A7C15L >>> 64 - PREFIX_BITS);
        }

        /**
         * Sets {@code bit} in the {@link #shortLens} slots of every word that starts with the stem {@code v} of
         * {@code len} characters: for a stem shorter than four, whatever word characters follow it (or none).
         */
        private void markStem(long v, int len, int bit) {
            shortLens[prefixSlot(v)] |= bit;
            if (len < 4) {
                for (char c = 0; c < 128; c++) {
                    if (WordTable.CODE[c] >= 0) {
                        markStem(v | (long) c << (8 * len), len + 1, bit);
                    }
                }
            }
        }
        /**
         * The first eight characters of the keys longer than 8 (bytes as a little-endian long, open addressing like
         * {@link #shortKeys}) and the trie node they lead to ({@code next} row offset): a long word's walk starts
         * there, its shorter stems being found like a short word's.
         */
        private final long[] longKeys;
        private final int[] longNodes;

        private static final ThreadLocal<byte[][]> BYTES = ThreadLocal.withInitial(() -> new byte[][] {new byte[256]});
        private static final ThreadLocal<IntBuf> OUT = ThreadLocal.withInitial(IntBuf::forIndex);
        private static final ThreadLocal<char[]> CHUNK = ThreadLocal.withInitial(() -> new char[4096]);
        private static final ThreadLocal<WordBits> WORD_BITS = ThreadLocal.withInitial(WordBits::new);

        /**
         * Bit k set if byte {@code t[off + k]} (k &lt; 64) is a word character ([a-z0-9_]); the same bits for the
         * apostrophes go to {@code apostrophes[0]}, and {@code apostrophes[1]} gets a bit if an upper-case ASCII letter
         * is among the bytes (kept until cleared). Eight bytes at a time with carry-free byte arithmetic (every byte
         * is below 0x80 after the high bit is cleared, and bytes with the high bit set are never word characters),
         * both masks from one read; apostrophes are rare, so their bits are gathered only where one is.
         */
        private static long blockBits(byte[] t, int off, long[] apostrophes) {
            long bits = 0;
            long ap = 0;
            long upper = 0;
            for (int q = 0; q < 8; q++) {
                long x = (long) LONGS.get(t, off + 8 * q);
                long y = x & ~Swar.HIGH;
                long m = (Swar.inRange(y, 'a', 'z') | Swar.inRange(y, '0', '9') | Swar.equal(y, '_')) & ~x;
                bits |= Swar.gather(m) << (8 * q);
                upper |= Swar.inRange(y, 'A', 'Z') & ~x;
                long a = Swar.equal(y, '\'') & ~x;
                if (a != 0) {
                    ap |= Swar.gather(a) << (8 * q);
                }
            }
            apostrophes[0] = ap;
            apostrophes[1] |= upper;
            return bits;
        }

        /** The end of a word that continues at {@code i} (a block start), as the tokenisation of the walk. */
        private static int wordEndBytes(byte[] t, int i, int n) {
            boolean[] word = WORD256;
            while (i < n) {
                int d = t[i] & 0xFF;
                if (word[d] || d == '\'' && i + 1 < n && word[t[i + 1] & 0xFF]) {
                    i++;
                } else {
                    break;
                }
            }
            return i;
        }

        /**
         * Records the keys matching word [s, e): stems by increasing length, then the exact word. {@code f} is the
         * word's {@link #shortLens} entry restricted to its length ({@link #LEN_FILTER}), {@code v} its first eight
         * bytes as a long. Stems of up to 8 characters and exact words of up to 8 are looked up by their bytes; a
         * longer word whose first four characters start a longer key is then walked in the trie from the node of
         * its first eight characters, if one of those keys starts with them.
         */
        private void word(byte[] t, int s, int e, int f, long v, IntBuf out, boolean packed, int shift, int lenField) {
            int stems = f & 0xFE;
            while (stems != 0) {
                int l = Integer.numberOfTrailingZeros(stems) + 1;
                stems &= stems - 1;
                int ids = shortLookup(v & MASK[l]);
                if (ids >>> 16 != 0) {
                    out.add(packed, shift, lenField | (ids >>> 16) - 1, s);
                }
            }
            if ((f & 0xFF00) != 0) {
                int ids = shortLookup(v) & 0xFFFF;
                if (ids != 0) {
                    out.add(packed, shift, lenField | ids - 1, s);
                }
            }
            if ((f & LONG_WORD) == 0) {
                return;
            }
            int node = longLookup(v);
            if (node < 0) {
                return; // no key longer than 8 starts with these eight characters
            }
            int[] next = this.next;
            byte[] code = CODE256;
            for (int i = s + 8; i < e; i++) {
                int x = next[node + code[t[i] & 0xFF]];
                if (x == 0) {
                    return; // left the trie: no exact key; the stems were reported
                }
                node = x >>> 1;
                if ((x & 1) != 0 && i + 1 - s >= MIN_PREFIX) {
                    out.add(packed, shift, lenField | table.prefixId[node / WordTable.ALPHA], s);
                }
            }
            if (table.exactId[node / WordTable.ALPHA] >= 0) {
                out.add(packed, shift, lenField | table.exactId[node / WordTable.ALPHA], s);
            }
        }

        /** The trie node ({@code next} row offset) of a long key's first eight characters {@code v}, or -1. */
        private int longLookup(long v) {
            long[] keys = longKeys;
            int slot = (int) (v * 0x9E3779B97F4A7C15L >>> shortShift);
            while (true) {
                long k = keys[slot];
                if (k == v) {
                    return longNodes[slot];
                }
                if (k == 0) {
                    return -1;
                }
                slot = (slot + 1) & (keys.length - 1);
            }
        }

        private int shortLookup(long v) {
            long[] keys = shortKeys;
            int slot = (int) (v * 0x9E3779B97F4A7C15L >>> shortShift);
            while (true) {
                long k = keys[slot];
                if (k == v) {
                    return shortIds[slot];
                }
                if (k == 0) {
                    return 0;
                }
                slot = (slot + 1) & (keys.length - 1);
            }
        }

        /** The matching words of {@code text} (see the class comment). */
        WordHits index(String text) {
            return index(text, false, true, Integer.MAX_VALUE, INDEX_PART_CHARS);
        }

        /** The matching words of a normalised text (reads its characters as bytes when they are all Latin-1). */
        WordHits index(NormalizedText nt) {
            return index(nt.text(), nt.isLatin1(), true, Integer.MAX_VALUE, INDEX_PART_CHARS);
        }

        /** {@link #index(String)}, with the packed encoding only if {@code mayPack} (false: tests the pairs). */
        WordHits index(String text, boolean mayPack) {
            return index(text, false, mayPack, Integer.MAX_VALUE, INDEX_PART_CHARS);
        }

        /** {@link #index(String)}, packed with segments of at most {@code 2^maxLowBits} characters (tests). */
        WordHits indexForTest(String text, int maxLowBits) {
            return index(text, false, true, maxLowBits, INDEX_PART_CHARS);
        }

        /**
         * {@link #indexForTest(String, int)} split into parts of about {@code partChars} characters (at most
         * {@link #MAX_INDEX_PARTS}) when a thread to lend to is at hand.
         */
        WordHits indexForTest(String text, int maxLowBits, int partChars) {
            return index(text, false, true, maxLowBits, partChars);
        }

        /** The fewest start bits of a packed entry: with fewer, markers would come too often (pairs instead). */
        private static final int MIN_LOW_BITS = 8;

        /**
         * The index of {@code text}, walked over a byte copy of it: only ASCII characters take part in words, so
         * every other character becomes the non-word byte 0x80 (Latin-1 text, {@code latin1}, is copied with
         * {@link String#getBytes(int, int, byte[], int)}, a plain array copy; its characters 0x80-0xFF are non-word
         * bytes already).
         */
        @SuppressWarnings("deprecation")
        private WordHits index(String text, boolean latin1, boolean mayPack, int maxLowBits, int partChars) {
            int n = text.length();
            WordTable wt = table;
            if (wt.empty) {
                return new WordHits(new int[0], 0, false, 1, 0, 0, 0);
            }
            // key ids 0..keys-1 and the segment marker (id = keys)
            int keyBits = 32 - Integer.numberOfLeadingZeros(wt.keys.length);
            int startBits = 32 - Integer.numberOfLeadingZeros(n);
            // Word lengths ride along (anchor words then need no second look for their end): at least 4 bits (words
            // up to 15 characters), more where the whole start fits beside them.
            int packedLenBits = Math.max(4, Math.min(12, 31 - keyBits - startBits));
            int lowBits = Math.min(Math.min(startBits, 31 - keyBits - packedLenBits), maxLowBits);
            // one segment, or segments of a useful size whose numbers fit in a marker's start field
            boolean packed = mayPack && (lowBits == startBits
                    || lowBits >= MIN_LOW_BITS && startBits - lowBits <= 31 - keyBits - packedLenBits);
            int lenBits = packed ? packedLenBits : Math.min(12, 31 - keyBits);
            int shift = keyBits + lenBits;
            int marker = wt.keys.length;
            byte[][] holder = BYTES.get();
            byte[] t = holder[0];
            if (n + PAD > t.length) {
                t = new byte[n + PAD];
                if (n <= (1 << 20) + 1024) {
                    holder[0] = t; // keep for the next text on this thread (not above 1 Mi chars)
                }
            }
            if (latin1) {
                text.getBytes(0, n, t, 0);
            } else {
                // a UTF-16 text: copied out in L1-sized chunks (String.charAt checks the coder and index per call)
                char[] chunk = CHUNK.get();
                for (int at = 0; at < n; at += chunk.length) {
                    int len = Math.min(chunk.length, n - at);
                    text.getChars(at, at + len, chunk, 0);
                    for (int k = 0; k < len; k++) {
                        char c = chunk[k];
                        t[at + k] = c < 128 ? (byte) c : (byte) 0x80;
                    }
                }
            }
            IntBuf out = OUT.get();
            out.n = 0;
            out.segments(lowBits, marker, 0);
            java.util.Arrays.fill(t, n, n + PAD, (byte) 0);
            java.util.concurrent.Executor lend = n >= Lending.MIN_SPLIT_CHARS ? Lending.current() : null;
            int[] cuts = lend == null ? null : cutPoints(t, n, partChars);
            int[] a;
            // the word bits of every 64-character block the index walks are kept for the rule sets' evaluation
            // (see WordBits), unless an upper-case letter could start a match between the words
            WordBits bits = n <= (1 << 20) + 1024 ? WORD_BITS.get() : null;
            long[] words = bits == null ? null : bits.rewrite(n);
            out.apostrophes[1] = 0;
            long upper;
            if (cuts != null) {
                // a long text with other threads of the call at hand: the words from each cut on (a blank, so no
                // word spans it) are indexed as a part of their own, which any thread of the call may take (the
                // parts joined in order are the one-pass list); parts of a few hundred microseconds, so that a
                // thread that comes free late (or waits for this index) still takes a share
                IntBuf[] bufs = PART_OUT.get();
                Lending.Fork[] forks = new Lending.Fork[cuts.length];
                byte[] bytes = t;
                // each part writes the word bits of the blocks it walks (a block a cut falls in is written by the
                // parts on both sides of the cut, with the same bits)
                for (int p = 0; p < cuts.length; p++) {
                    IntBuf part = bufs[p];
                    part.n = 0;
                    part.apostrophes[1] = 0;
                    part.segments(lowBits, marker, -1); // its first entry comes with a marker
                    int from = cuts[p];
                    int to = p + 1 < cuts.length ? cuts[p + 1] : n;
                    forks[p] = new Lending.Fork(() -> indexRange(bytes, from, to, n, part, packed, shift, lenBits,
                            keyBits, words));
                    lend.execute(forks[p]);
                }
                try {
                    indexRange(t, 0, cuts[0], n, out, packed, shift, lenBits, keyBits, words);
                } finally {
                    // the byte copy and the part buffers are this thread's: every part ends before they are reused
                    joinAll(forks);
                }
                upper = out.apostrophes[1];
                for (int p = 0; p < cuts.length; p++) {
                    upper |= bufs[p].apostrophes[1];
                }
                int total = out.n;
                for (int p = 0; p < cuts.length; p++) {
                    total += bufs[p].n;
                }
                a = java.util.Arrays.copyOf(out.a, total);
                for (int p = 0, at = out.n; p < cuts.length; p++) {
                    System.arraycopy(bufs[p].a, 0, a, at, bufs[p].n);
                    at += bufs[p].n;
                    bufs[p].dropIfHuge();
                }
            } else {
                indexRange(t, 0, n, n, out, packed, shift, lenBits, keyBits, words); // in one piece on this thread
                a = java.util.Arrays.copyOf(out.a, out.n);
                upper = out.apostrophes[1];
            }
            out.dropIfHuge();
            return new WordHits(a, a.length, packed, keyBits, lenBits, lowBits, marker, upper == 0 ? bits : null);
        }

        /** Characters per part of an index split across the call's threads (about 0.3 ms of work each). */
        static final int INDEX_PART_CHARS = 128 * 1024;
        /** The most parts an index is split into. */
        private static final int MAX_INDEX_PARTS = 16;

        /** Per thread: the buffers of the parts after the first of an index it splits. */
        private static final ThreadLocal<IntBuf[]> PART_OUT = ThreadLocal.withInitial(() -> {
            IntBuf[] bufs = new IntBuf[MAX_INDEX_PARTS - 1];
            for (int i = 0; i < bufs.length; i++) {
                bufs[i] = IntBuf.forIndex();
            }
            return bufs;
        });

        /**
         * Joins every fork, the last first (the other threads take lent work oldest first, so this thread runs the
         * parts nobody took until it meets them), even when one fails (the forks share this thread's buffers: none
         * may still run when they are reused); rethrows the first failure met.
         */
        private static void joinAll(Lending.Fork[] forks) {
            Throwable failed = null;
            for (int p = forks.length - 1; p >= 0; p--) {
                try {
                    forks[p].join();
                } catch (RuntimeException | Error e) {
                    failed = failed == null ? e : failed;
                }
            }
            if (failed instanceof RuntimeException r) {
                throw r;
            }
            if (failed instanceof Error e) {
                throw e;
            }
        }

        /**
         * Where an index of a text of {@code n} characters is cut into parts of about {@code partChars} (at least
         * two, at most {@link #MAX_INDEX_PARTS}): positions right after a blank and before a word character (no word
         * continues across them), ascending; null when none lies near any even cut ({@link Lending#cutsNear}).
         */
        private static int[] cutPoints(byte[] t, int n, int partChars) {
            return Lending.cutsNear(n, Math.max(2, Math.min(MAX_INDEX_PARTS, n / partChars)),
                    q -> t[q - 1] == ' ' && WORD256[t[q] & 0xFF]);
        }

        /**
         * Indexes the words starting in [from, to) of the byte copy {@code t} of a text of length {@code n} into
         * {@code out}; {@code from} is 0 or follows a blank. {@code wordBits} (if not null) gets the word bits of
         * every 64-character block the range walks, from the one {@code from} lies in ({@link WordBits}).
         *
         * <p>Measured and dropped (thirty-seventh session, 1 MiB, both builds in one JVM): a per-thread memo of the keys
         * of the words seen last, read instead of the prefix filter and the key probes, in this two-pass loop (prose
         * unchanged, code and real prompts 8-10 % slower), in one loop writing a word's keys without a branch (prose
         * 10 % slower: the compiler kept the loop's state on the stack) and in a loop without calls (within 3 %);
         * the word's end without a branch, the candidates as bits of their starts, one array of (bytes, start|end),
         * the key table's ids beside its keys, {@link #word} inlined by hand: all within the host's noise. Pass 1 alone
         * costs ~4.5 ns a word in a standalone loop, of which the key filter ~1.3 and the word's end ~0.9.
         */
        private void indexRange(byte[] t, int from, int to, int n, IntBuf out, boolean packed, int shift, int lenBits,
                                int keyBits, long[] wordBits) {
            // Candidate words of one block (at most 32 words start in 64 characters): fresh arrays for a long text
            // (the compiler then keeps them apart from the output, measurably faster; 0.7 KB is nothing there), else
            // reused ones (no allocation for short texts).
            boolean longText = to - from >= 1 << 16;
            int[] cs = longText ? new int[32] : out.cs;
            int[] ce = longText ? new int[32] : out.ce;
            int[] cf = longText ? new int[32] : out.cf;
            long[] cv = longText ? new long[32] : out.cv;
            // 64 characters at a time: bit masks of the word characters and apostrophes (SWAR, no per-character
            // branch), then one step per word.
            long[] apostrophes = out.apostrophes;
            // blocks aligned to 64 characters, so that the word bits of every block can be kept: a range that
            // starts inside a block walks that block too, for its words from `from` on (the range before walks it
            // for its own, and both write the same bits)
            int first = from & -64;
            long w = blockBits(t, first, apostrophes);
            long ap = apostrophes[0];
            // bit 0: the last character of the previous block is a word character / belongs to a word; none before
            // the first block, where it could only matter for characters before `from` (t[from - 1] is a blank)
            long prevW = 0;
            long prevJ = 0;
            for (int base = first; base < to; base += 64) {
                if (wordBits != null) {
                    wordBits[base >>> 6] = w;
                }
                long wN = 0;
                long apN = 0;
                if (base + 64 < n) {
                    wN = blockBits(t, base + 64, apostrophes);
                    apN = apostrophes[0];
                }
                // An apostrophe joins a word between two word characters.
                long j = w | ap & (w << 1 | prevW) & (w >>> 1 | wN << 63);
                long starts = j & ~(j << 1 | prevJ);
                if (base < from) {
                    starts &= -1L << (from - base); // the words before the range are the range before's
                }
                if (base + 64 > to) {
                    starts &= (1L << (to - base)) - 1; // only the words that start before the range's end
                }
                // Where a word that reaches the end of the block ends in the next one: at its first character that
                // is neither a word character nor an apostrophe before one (the bits say so up to its 63rd; a
                // word reaching further is followed byte by byte).
                int spill = Long.numberOfTrailingZeros(~(wN | apN & wN >>> 1));
                // Pass 1, without data-dependent branches: the words that may match a key (a short word whose
                // first four characters and length may fit a key).
                int nc = 0;
                while (starts != 0) {
                    int b = Long.numberOfTrailingZeros(starts);
                    starts &= starts - 1;
                    int s = base + b;
                    long rest = ~j & -1L << b;
                    int e = rest != 0 ? base + Long.numberOfTrailingZeros(rest)
                            : spill < 63 ? base + 64 + spill : wordEndBytes(t, base + 64, n);
                    int len = Math.min(e - s, 9);
                    long v = (long) LONGS.get(t, s) & MASK[len];
                    int f = shortLens[prefixSlot(v)] & LEN_FILTER[len];
                    cs[nc] = s;
                    ce[nc] = e;
                    cf[nc] = f;
                    cv[nc] = v;
                    nc += f != 0 ? 1 : 0;
                }
                for (int c = 0; c < nc; c++) {
                    int len = ce[c] - cs[c];
                    word(t, cs[c], ce[c], cf[c], cv[c], out, packed, shift,
                            (len < 1 << lenBits ? len : 0) << keyBits);
                }
                prevW = w >>> 63;
                prevJ = j >>> 63;
                w = wN;
                ap = apN;
            }
        }
    }

    private void evaluate(String text, State st, Sink sink, int[][] anchorTable) {
        // Pass 2: evaluate anchored rules whose proximity words are near.
        IntBuf hits = st.hits;
        int[] lastHitEnd = st.lastHitEnd;
        int[] lastTried = st.lastTried;
        st.text = text;
        int[] h = hits.a;
        // An anchor whose rules all need proximity words that occur nowhere in the walk cannot fire (decided per
        // anchor word by placeNearWords).
        byte[] alive = st.slotAlive;
        for (int k = 0; k < hits.n; k += 4) {
            int slot = h[k];
            if (alive[slot] != ALIVE) {
                continue;
            }
            st.anchorAt = k;
            fire(anchorTable[slot], text, h[k + 1], h[k + 2], lastHitEnd, lastTried, sink, st);
        }
    }

    private void fire(int[] slotRules, String text, int s, int e, int[] lastHitEnd, int[] lastTried, Sink sink,
                      State st) {
        byte[] live = st.ruleLive;
        int[] minEnd = st.minAnchorEnd;
        for (int r : slotRules) {
            if (live[r] == 0 || lastTried[r] == s || e < minEnd[r]) {
                // a group of its proximity words is empty (no attempt can pass), tried at this word, or a window
                // prefilter fails at every anchor ending before minEnd (see attempt)
                continue;
            }
            lastTried[r] = s;
            if (attempt(r, text, s, e, lastHitEnd[r], st)) {
                lastHitEnd[r] = st.matchEnd;
                st.ruleAt = r;
                if (rules[r].once) {
                    live[r] = 0; // matches once per scan: no later attempt of it can pass
                }
                sink.hit(rules[r], st.matchStart, st.matchEnd);
            }
        }
    }

    /**
     * Tries rule {@code r} at the anchor word [s, e), given the end of its last hit ({@code lastEnd}, 0: none); on a
     * match, sets {@link State#matchStart} and {@link State#matchEnd}.
     */
    private boolean attempt(int r, String text, int s, int e, int lastEnd, State st) {
        st.touch(r); // before its per-rule entries are written (settle tries rules that were not walked live)
        Rule rule = rules[r];
        if (lastEnd > s || rule.once && lastEnd > 0 || lastEnd > 0 && (lastEnd - 1) / HIT_CHUNK == s / HIT_CHUNK) {
            // Already matched here, or once per chunk is enough for scoring: skip re-evaluation.
            return false;
        }
        int to = Math.min(text.length(), e + rule.forward);
        int from = Math.max(Math.max(0, s - rule.back), lastEnd);
        int reach = windowMiss(r, rule, text, from, to, st);
        if (reach != 0) {
            // Nothing a prefilter asks for lies in [from, reach - 1) (nor at reach - 1 for a character or a
            // proximity word). A later anchor's window starts at or after from (anchors come in text order, the
            // last hit end only grows), so it passes only if it reaches past that: only from an anchor ending at
            // reach - forward on (fire skips the anchors before without a call; on prompts dense in "you", most
            // attempts failed here, each a call and several table reads).
            if (shortcuts) {
                st.minAnchorEnd[r] = reach == Integer.MAX_VALUE ? Integer.MAX_VALUE : reach - rule.forward;
            }
            return false;
        }
        Matcher m = st.matcher(r, rule.body, text);
        if (wordStartsOnly[r] && st.wordBitsValid()) {
            int lo = st.failLo[r];
            int hi = st.failHi[r];
            boolean found = attemptAtWordStarts(r, rule, m, text, from, s, to, st);
            if (st.wordBitsStillValid()) {
                return found;
            }
            // the indexing thread started another index while this attempt read its bits: forget what the
            // attempt concluded and decide by characters, now and for the rest of this evaluation
            st.failLo[r] = lo;
            st.failHi[r] = hi;
            st.dropWordBits();
        }
        // Anchored matching: try only start positions between the look-back limit and the anchor, so a failed
        // attempt costs one short match attempt per position instead of a scan of the window.
        // Start positions known to fail for this rule whatever the region (a run [lo, hi] left by earlier anchors:
        // skipped by the filters below, or tried without the matcher reading up to the region's end) are not tried
        // again: on text dense with a rule's anchors ("ai: ai: ai: ...") the look-back windows of successive anchors
        // overlap, and each start position cost one attempt per anchor.
        int lo = st.failLo[r];
        int hi = st.failHi[r];
        boolean textEnd = to == text.length();
        boolean prevWord = from > 0 && isWord(text.charAt(from - 1));
        for (int p = from; p <= s; p++) {
            if (p >= lo && p <= hi) {
                p = hi; // known failures up to hi
                prevWord = isWord(text.charAt(hi));
                continue;
            }
            char c = text.charAt(p); // (p <= s, the anchor's start, inside the text)
            boolean word = isWord(c);
            if (word && prevWord && p != s) {
                // inside a word: no start here, nor in the rest of the word before the anchor (one step for all)
                int q = p + 1;
                while (q < s && isWord(text.charAt(q))) {
                    q++;
                }
                if (p != hi + 1) {
                    lo = p;
                }
                hi = q - 1;
                p = hi;
                continue;
            }
            prevWord = word;
            boolean fails;
            if (p != s && c == ' ' || !rule.canStartAt(c, text, p)) {
                fails = true; // never start on a space, nor where no match starts
            } else {
                m.region(p, to);
                boolean found = m.lookingAt();
                if (found && m.end() > s && (rule.guard == null || guardHolds(st, r, rule, text, p, to))) {
                    st.failLo[r] = lo;
                    st.failHi[r] = hi;
                    st.matchStart = m.start();
                    st.matchEnd = m.end();
                    return true;
                }
                fails = !found && (textEnd || !m.hitEnd());
            }
            if (fails) {
                if (p == hi + 1) {
                    hi = p;
                } else {
                    lo = p;
                    hi = p;
                }
            } else if (p <= hi + 1) {
                lo = -2; // a position that may match with a longer region breaks the run
                hi = -2;
            }
        }
        st.failLo[r] = lo;
        st.failHi[r] = hi;
        return false;
    }

    /**
     * The window prefilters of rule {@code r} ({@link Rule#needs}, {@link Rule#needs2}, {@link Rule#windowChars},
     * {@link Rule#windowText}) on the window [from, to): 0 when all pass, else, for the first that fails, the least
     * window end at which what it asks for would be inside a window starting at {@code from} or later (the next
     * occurrence at or after {@code from}, plus its length), {@link Integer#MAX_VALUE} when there is none.
     */
    private int windowMiss(int r, Rule rule, String text, int from, int to, State st) {
        if (rule.needs != null) {
            int p = nextNear(st, groupOf[r], from, r);
            if (p >= to) {
                return endOf(p, 1);
            }
        }
        if (rule.needs2 != null) {
            int n = rules.length;
            int p = nextNear(st, groupOf[n + r], from, n + r);
            if (p >= to) {
                return endOf(p, 1);
            }
        }
        if (rule.windowChars != null) {
            int p = nextWindowChar(r, text, from, to, st);
            if (p >= to) {
                return endOf(p, 1);
            }
        }
        if (rule.windowText != null) {
            int p = nextWindowText(r, rule.windowText, text, from, st);
            int end = endOf(p, rule.windowText.length());
            if (end > to) {
                return end;
            }
        }
        return 0;
    }

    /** The end of an occurrence of {@code len} characters at {@code p}, or {@link Integer#MAX_VALUE} for none. */
    private static int endOf(int p, int len) {
        return p == Integer.MAX_VALUE ? p : p + len;
    }

    /**
     * {@link #attempt}'s look-back for a rule whose matches start with a word character only
     * ({@link #wordStartsOnly}): the start positions the general loop would try are the word starts in [from, s] (s,
     * the anchor's start, is one; every other position is inside a word, where no match is tried, or a character no
     * match starts with: the text has no upper-case ASCII letter, see {@link Lexicon#index}). They are read from the
     * text's word bits ({@link State#words}), 64 characters per step, instead of character by character: on the
     * benchmark's prose, 14,400 look-backs per MiB (the three standard sets) walked 586,000 characters for 346,000
     * start tests and one match attempt (thirty-eighth session, the three sets' scan alone with a fresh index per call,
     * both builds in one JVM, fastest of 72: benchmark MiB 3.45 -> 2.78 ms, JSON logs 12.5 -> 10.0 ms, Java sources
     * 106 -> 97 ms; the index itself unchanged within noise). The same positions are tried in the same order, so the
     * same match is found; the run of known failures kept for the next anchor ({@link State#failLo}) is the stretch
     * that failed after the last position that may match with another region, joined to the old run when they touch
     * (a run only ever holds positions where no match starts, whatever the region, so skipping it changes no answer).
     */
    private boolean attemptAtWordStarts(int r, Rule rule, Matcher m, String text, int from, int s, int to, State st) {
        long[] words = st.words;
        int lo = st.failLo[r];
        int hi = st.failHi[r];
        boolean textEnd = to == text.length();
        int failFrom = from; // every position of [failFrom, p) is known to fail
        for (int p = nextWordStart(words, from, s); p <= s; p = nextWordStart(words, p + 1, s)) {
            if (p >= lo && p <= hi) {
                continue; // a known failure
            }
            if (!rule.canStartAt(text.charAt(p), text, p)) {
                continue;
            }
            m.region(p, to);
            boolean found = m.lookingAt();
            if (found && m.end() > s && (rule.guard == null || guardHolds(st, r, rule, text, p, to))) {
                keepFailures(st, r, lo, hi, failFrom, p - 1);
                st.matchStart = m.start();
                st.matchEnd = m.end();
                return true;
            }
            if (found || !textEnd && m.hitEnd()) {
                failFrom = p + 1; // may match with another region (or matched, but not here): not a known failure
            }
        }
        keepFailures(st, r, lo, hi, failFrom, s);
        return false;
    }

    /**
     * Keeps rule {@code r}'s run of known failures after an attempt: [a, b] (failed in this attempt, empty when
     * {@code a > b}) joined to the old run [lo, hi] when they overlap or touch, else the newer one (nearer the next
     * anchors); the old run when this attempt added none.
     */
    private static void keepFailures(State st, int r, int lo, int hi, int a, int b) {
        if (a > b) {
            return; // (failLo, failHi) still hold the old run
        }
        if (lo >= 0 && a <= hi + 1 && b >= lo - 1) {
            st.failLo[r] = Math.min(lo, a);
            st.failHi[r] = Math.max(hi, b);
        } else {
            st.failLo[r] = a;
            st.failHi[r] = b;
        }
    }

    /**
     * The first word start at or after {@code p} (a word character whose predecessor is none, {@link #isWord}) in
     * the word bits {@code words} (bit {@code i & 63} of {@code words[i >>> 6]}: character i is a word character), or
     * {@link Integer#MAX_VALUE} when there is none up to {@code limit} (which lies inside the text the bits describe;
     * entries after its last block are never read).
     */
    static int nextWordStart(long[] words, int p, int limit) {
        int k = p >>> 6;
        long x = k < words.length ? words[k] : 0;
        long starts = x & ~(x << 1 | (k > 0 ? words[k - 1] >>> 63 : 0)) & -1L << (p & 63);
        while (starts == 0) {
            if (++k >= words.length || k << 6 > limit) {
                return Integer.MAX_VALUE;
            }
            long y = words[k];
            starts = y & ~(y << 1 | x >>> 63);
            x = y;
        }
        int q = (k << 6) + Long.numberOfTrailingZeros(starts);
        return q <= limit ? q : Integer.MAX_VALUE;
    }

    /** Whether rule {@code r}'s leading look-arounds ({@link Rule#guard}) hold at {@code p}. */
    private boolean guardHolds(State st, int r, Rule rule, String text, int p, int to) {
        Matcher g = st.matcher(rules.length + r, rule.guard, text);
        g.region(p, to);
        return g.lookingAt();
    }

    /**
     * The first occurrence of rule {@code r}'s {@link Rule#windowText} at or after {@code from}, or
     * {@link Integer#MAX_VALUE}. The first occurrence at or after the last {@code from} is remembered (-1: not
     * searched yet, {@code MAX_VALUE}: none in the rest of the text); as a rule's {@code from} only grows during a
     * scan, the text is searched about once per rule and scan.
     */
    private static int nextWindowText(int r, String needed, String text, int from, State st) {
        int[] occ = st.textOcc;
        int o = occ[r];
        if (o < from || st.textFrom[r] > from) { // not searched yet, behind the window, or not monotone
            int found = text.indexOf(needed, from);
            o = found < 0 ? Integer.MAX_VALUE : found;
            occ[r] = o;
        }
        st.textFrom[r] = from;
        return o;
    }

    /**
     * A character of rule {@code r}'s {@link Rule#windowChars} in [from, to) if there is one, else the first
     * occurrence of any of them at or after {@code from} ({@link Integer#MAX_VALUE}: none).
     */
    private int nextWindowChar(int r, String text, int from, int to, State st) {
        int first = Integer.MAX_VALUE;
        for (int id : windowChars[r]) {
            int at = nextChar(id, text, from, st);
            if (at < to) {
                return at;
            }
            first = Math.min(first, at);
        }
        return first;
    }

    /**
     * The first occurrence at or after {@code from} of window character {@code id} ({@link #windowCharList}), or
     * {@link Integer#MAX_VALUE}. Per character, the scan remembers an occurrence and a start before which its search
     * began ({@link State#charNext}, {@link State#charFrom}: none in between), shared by the rules that need the
     * character: the windows of successive anchors move forward, so the text is searched about once per character
     * and scan ({@code String.indexOf}) instead of once per rule, character by character. A window starting before the
     * remembered start (a rule that looks further back than the one before it) reads only the stretch up to it.
     */
    private int nextChar(int id, String text, int from, State st) {
        int[] first = st.charFirst;
        if (first != null) {
            int f = first[id];
            if (f < 0) {
                int found = text.indexOf(windowCharList[id]);
                f = found < 0 ? Integer.MAX_VALUE : found;
                first[id] = f;
            }
            if (from <= f) {
                return f; // the first occurrence in the text is the first at or after from (none: MAX_VALUE)
            }
        }
        int at = st.charNext[id];
        int lo = st.charFrom[id];
        if (at >= 0 && from >= lo && from <= at) {
            return at;
        }
        if (at >= 0 && from < lo) {
            char c = windowCharList[id];
            for (int i = from; i < lo; i++) {
                if (text.charAt(i) == c) {
                    at = i;
                    break;
                }
            }
        } else {
            int found = text.indexOf(windowCharList[id], from);
            at = found < 0 ? Integer.MAX_VALUE : found;
        }
        st.charFrom[id] = from;
        st.charNext[id] = at;
        return at;
    }

    private final ThreadLocal<State> state = ThreadLocal.withInitial(this::newState);

    private State newState() {
        return new State(rules.length, keyKind.length, groupCount, windowCharList.length, lexMap.length,
                keyGroupStart, keyGroups);
    }

    /**
     * Per-thread scan state, reused across scans so that a scan allocates almost nothing: matchers (re-bound to
     * each text on first use and released after the scan so no text is retained), per-rule bookkeeping and the
     * anchor-hit buffer.
     */
    private static final class State {
        final Matcher[] matchers;
        final boolean[] bound;
        /** The matcher slots bound in this scan (their {@link #bound} entries set), in binding order. */
        final IntBuf boundSlots = new IntBuf();
        final int[] lastHitEnd;
        final int[] lastTried;
        /** Per rule, a run of start positions known to fail whatever the region ({@link #attempt}); -2: none. */
        final int[] failLo;
        final int[] failHi;
        /** Per key, its proximity words noted in the walk ({@link #nearWord}); the keys so counted. */
        final int[] keyCount;
        final IntBuf presentKeys = new IntBuf();
        /** The proximity words of the walk, (key, start) pairs in text order. */
        final IntBuf nearWords = new IntBuf();
        /** Per group ({@link #placeNearWords}): its words in the walk; its positions {@code positions[start, end)}. */
        final int[] groupSize;
        final int[] groupStart;
        final int[] groupEnd;
        /** Per group: 1 if its positions are laid out. */
        final byte[] groupNeeded;
        int[] positions = new int[64];
        /**
         * Per key walked as an anchor ({@link #placeNearWords}; listed in {@link #seenAnchors}): {@link #ALIVE} if
         * one of its rules may fire, {@link #DEAD} if none can (a group of proximity words is empty); 0: not walked.
         */
        final byte[] slotAlive;
        final IntBuf seenAnchors = new IntBuf();
        /**
         * {@link #recordKinds}: its result (a scan in one pass), per group a mark, the lexicon ids of the text's keys.
         */
        final byte[] kinds;
        final byte[] groupOn;
        final IntBuf textKeys = new IntBuf();
        /** Per rule: 1 if its anchor was walked and none of its groups of proximity words is empty. */
        final byte[] ruleLive;
        /**
         * Per rule: 1 if this scan may have written its entries of the per-rule arrays (listed in
         * {@link #touchedRules}); {@link #begin} resets only those. A set holds thousands of rules and a short text
         * touches a few dozen: filling every per-rule array cost more than the rest of a scan of a short prompt.
         */
        final byte[] touched;
        final IntBuf touchedRules = new IntBuf();
        /** The groups laid out by {@link #placeNearWords} ({@link #groupNeeded} set), reset by {@link #begin}. */
        final IntBuf neededGroups = new IntBuf();
        /** Per key of the lexicon, its groups ({@link RuleSet#keyGroupStart}, {@link RuleSet#keyGroups}). */
        final int[] keyGroupStart;
        final int[] keyGroups;
        /**
         * Whether {@link #kinds}' non-zero entries are all at {@link #textKeys} and {@link #kindsMarker} (written by
         * the last {@link #recordKinds} into {@link #kinds}), so the next clears those instead of the whole array.
         */
        boolean kindsTracked;
        int kindsMarker;
        /** Per present key ({@link #placeNearWords}): 1 if one of its groups is laid out. */
        final byte[] keyUsed;
        /** Per proximity slot, where the last {@link #near} query of the scan ended (from its group's start). */
        final int[] needCursor;
        /** Per window character ({@link #nextChar}): an occurrence (-1: none known) and where its search began. */
        final int[] charNext;
        final int[] charFrom;
        /**
         * Per window character, in a scan in parts: its first occurrence in the whole text (-1: not searched yet,
         * {@link Integer#MAX_VALUE}: none), shared by the parts' states and searched once by whichever needs it first
         * (a race only makes two threads write the same value); null in a scan in one pass. Each part starts with
         * fresh bookkeeping, so without it every part searched on to the text's end for a character the text lacks
         * (a 1 MiB text: 16 parts read about 8 times the text per absent character).
         */
        int[] charFirst;
        /**
         * Per rule: the least end of an anchor word at which its window prefilters may pass ({@link #attempt}; 0
         * until one failed). Valid for one run of anchors in text order (reset by {@link #begin}).
         */
        final int[] minAnchorEnd;
        /** Per rule ({@link #nextWindowText}): the occurrence found and the last {@code from}. */
        final int[] textOcc;
        final int[] textFrom;
        final IntBuf hits = new IntBuf();
        final int[] ids = new int[64];
        /** The anchor occurrence ({@link #hits} offset) and rule being evaluated when a hit is reported. */
        int anchorAt;
        int ruleAt;
        /** The span of the match {@link #attempt} found. */
        int matchStart;
        int matchEnd;
        String text;
        /**
         * The word bits of the text being evaluated ({@link WordHits#wordBits}), or null: no word-start shortcut.
         * They live in the indexing thread's {@link WordBits}, valid while {@link #wordsOf} says they are current.
         */
        long[] words;
        /** The index {@link #words} came from. */
        private WordHits wordsOf;
        private char[] chars = new char[256];

        /** Evaluates the text of {@code wh} with its word bits, if they are kept and still this text's. */
        void useWordBits(WordHits wh) {
            words = wh.wordBits();
            wordsOf = wh;
        }

        /**
         * Whether {@link #words} may be read: set, and not rewritten since (by an index of another text on the
         * thread that made them). Checked before each attempt that reads them, and again after it
         * ({@link #wordBitsStillValid}).
         */
        boolean wordBitsValid() {
            return words != null && wordsOf.bitsCurrent();
        }

        /**
         * Whether the bits an attempt has just read were still those of this text: the stamp unchanged after the
         * reads (a rewrite changes the stamp before it writes a bit; the fence keeps the reads before this check).
         */
        boolean wordBitsStillValid() {
            java.lang.invoke.VarHandle.acquireFence();
            return wordsOf.bitsCurrent();
        }

        /** Stops reading word bits for the rest of this evaluation. */
        void dropWordBits() {
            words = null;
            wordsOf = null;
        }

        /** Notes a proximity word of key {@code key} at {@code s} (words come in text order). */
        void nearWord(int key, int s) {
            if (keyCount[key]++ == 0) {
                presentKeys.add(key);
            }
            nearWords.add2(key, s);
        }

        /** The positions array with room for {@code n}. */
        int[] positions(int n) {
            if (positions.length < n) {
                positions = new int[Math.max(n, positions.length * 2)];
            }
            return positions;
        }

        /** A thread-local copy buffer for the text's characters (not retained above 1 Mi chars). */
        char[] chars(int n) {
            if (n > chars.length) {
                char[] a = new char[n];
                if (n <= (1 << 20) + 1024) {
                    chars = a;
                }
                return a;
            }
            return chars;
        }

        /**
         * This thread's matcher of {@code pattern} (slot {@code k}: rule r's body at r, its guard at rules + r), bound
         * to {@code text} with transparent, non-anchoring bounds.
         */
        Matcher matcher(int k, Pattern pattern, String text) {
            Matcher m = matchers[k];
            if (m == null) {
                m = pattern.matcher(text);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                matchers[k] = m;
                bind(k);
            } else if (!bound[k]) {
                m.reset(text); // reuse this thread's matcher; reset keeps the bounds flags
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                bind(k);
            }
            return m;
        }

        State(int rules, int keys, int groups, int windowChars, int lexiconIds, int[] keyGroupStart,
              int[] keyGroups) {
            this.keyGroupStart = keyGroupStart;
            this.keyGroups = keyGroups;
            touched = new byte[rules];
            matchers = new Matcher[2 * rules];
            bound = new boolean[2 * rules];
            lastHitEnd = new int[rules];
            lastTried = new int[rules];
            failLo = new int[rules];
            failHi = new int[rules];
            keyCount = new int[keys];
            groupSize = new int[groups];
            groupStart = new int[groups];
            groupEnd = new int[groups];
            groupNeeded = new byte[groups];
            slotAlive = new byte[keys];
            kinds = new byte[lexiconIds];
            groupOn = new byte[groups];
            ruleLive = new byte[rules];
            keyUsed = new byte[keys];
            needCursor = new int[2 * rules];
            charNext = new int[windowChars];
            charFrom = new int[windowChars];
            textOcc = new int[rules];
            textFrom = new int[rules];
            minAnchorEnd = new int[rules];
            for (int r = 0; r < rules; r++) {
                resetRule(r);
            }
        }

        /**
         * Resets the bookkeeping of the last scan: only the entries it may have written (present keys and their
         * groups, walked anchors, laid-out groups, touched rules), each listed as it was first written.
         */
        void begin() {
            hits.n = 0;
            for (int q = 0; q < presentKeys.n; q++) {
                int k = presentKeys.a[q];
                keyCount[k] = 0;
                for (int x = keyGroupStart[k]; x < keyGroupStart[k + 1]; x++) {
                    groupSize[keyGroups[x]] = 0; // only a present key's groups are counted
                }
            }
            presentKeys.n = 0;
            nearWords.n = 0;
            for (int q = 0; q < seenAnchors.n; q++) {
                slotAlive[seenAnchors.a[q]] = 0;
            }
            seenAnchors.n = 0;
            for (int q = 0; q < neededGroups.n; q++) {
                int g = neededGroups.a[q];
                groupNeeded[g] = 0;
                groupStart[g] = 0;
                groupEnd[g] = 0;
            }
            neededGroups.n = 0;
            for (int q = 0; q < touchedRules.n; q++) {
                resetRule(touchedRules.a[q]);
            }
            touchedRules.n = 0;
            java.util.Arrays.fill(charNext, -1);
            charFirst = null;
            for (int q = 0; q < boundSlots.n; q++) {
                bound[boundSlots.a[q]] = false;
            }
            boundSlots.n = 0;
            hits.dropIfHuge();
            nearWords.dropIfHuge();
            if (positions.length > 1 << 19) {
                positions = new int[64];
            }
        }

        /** Gives rule {@code r}'s per-rule entries the values a scan starts from (and unlists it as touched). */
        private void resetRule(int r) {
            touched[r] = 0;
            ruleLive[r] = 0;
            needCursor[r] = 0;
            needCursor[ruleLive.length + r] = 0;
            textOcc[r] = -1;
            textFrom[r] = 0;
            lastHitEnd[r] = 0;
            lastTried[r] = -1;
            minAnchorEnd[r] = 0;
            failLo[r] = -2;
            failHi[r] = -2;
        }

        /** Lists rule {@code r} for {@link #begin} before its per-rule entries are first written in a scan. */
        void touch(int r) {
            if (touched[r] == 0) {
                touched[r] = 1;
                touchedRules.add(r);
            }
        }

        /** Marks matcher slot {@code k} bound to this scan's text (and lists it for {@link #end} and {@link #begin}). */
        private void bind(int k) {
            bound[k] = true;
            boundSlots.add(k);
        }

        void end() {
            // only the matchers this scan bound (a set holds thousands; a short text binds a few)
            for (int q = 0; q < boundSlots.n; q++) {
                matchers[boundSlots.a[q]].reset("");
            }
            text = null;
            words = null;
            wordsOf = null;
        }
    }

    private static final class IntBuf {
        int[] a = new int[48];
        int n;
        /**
         * Scratch of {@link Lexicon#index}: the candidate words of a block (start, end, filter bits, bytes); only in
         * the buffers the index is written to ({@link #forIndex}).
         */
        final int[] cs;
        final int[] ce;
        final int[] cf;
        final long[] cv;
        /**
         * Scratch of {@link Lexicon#index}: the apostrophe bits of a block and whether an upper-case letter was met
         * ({@code Lexicon.blockBits}).
         */
        final long[] apostrophes;

        IntBuf() {
            this(false);
        }

        private IntBuf(boolean index) {
            cs = index ? new int[32] : null;
            ce = index ? new int[32] : null;
            cf = index ? new int[32] : null;
            cv = index ? new long[32] : null;
            apostrophes = index ? new long[2] : null;
        }

        /** A buffer for a word index, with the scratch of {@link Lexicon#index}. */
        static IntBuf forIndex() {
            return new IntBuf(true);
        }

        /** Packed word index entries: start bits per entry, the marker's key id, the segment of the last entry. */
        private int lowBits;
        private int marker;
        private int segment;

        /** Starts a packed word index (see {@link WordHits}); {@code segment} -1: the first entry gets a marker. */
        void segments(int lowBits, int marker, int segment) {
            this.lowBits = lowBits;
            this.marker = marker;
            this.segment = segment;
        }

        /** Adds a word index entry (see {@link WordHits}): {@code field} packed with the start, or a pair. */
        void add(boolean packed, int shift, int field, int start) {
            if (packed) {
                if (n + 2 > a.length) {
                    a = java.util.Arrays.copyOf(a, a.length * 2);
                }
                int seg = start >>> lowBits;
                if (seg != segment) {
                    segment = seg;
                    a[n++] = seg << shift | marker;
                }
                a[n++] = (start & (1 << lowBits) - 1) << shift | field;
            } else {
                if (n + 2 > a.length) {
                    a = java.util.Arrays.copyOf(a, a.length * 2);
                }
                a[n++] = field;
                a[n++] = start;
            }
        }

        /** Lets a huge buffer go instead of keeping it for the thread's next text. */
        void dropIfHuge() {
            if (a.length > 1 << 19) {
                a = new int[48];
            }
        }

        void add(int w) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = w;
        }

        void add2(int w, int x) {
            if (n + 2 > a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = w;
            a[n++] = x;
        }

        void add4(int w, int x, int y, int z) {
            if (n + 4 > a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = w;
            a[n++] = x;
            a[n++] = y;
            a[n++] = z;
        }
    }

    /**
     * The first position of group {@code g} ({@link #placeNearWords}; -1: none) at or after {@code from}, or
     * {@link Integer#MAX_VALUE}. {@code cursor[slot]} remembers where the previous query of proximity slot
     * {@code slot} ended (an offset into the group's positions): a rule's {@code from} never decreases during a scan
     * (anchors come in text order, the last hit end only grows), so the cursor only moves forward and all queries of
     * a slot cost O(count) together instead of a binary search each.
     */
    private static int nextNear(State st, int g, int from, int slot) {
        if (g < 0) {
            return Integer.MAX_VALUE;
        }
        int first = st.groupStart[g];
        int count = st.groupEnd[g];
        if (first == count) {
            return Integer.MAX_VALUE;
        }
        int[] pos = st.positions;
        int[] cursor = st.needCursor;
        int lo = first + cursor[slot];
        if (lo > first && pos[lo - 1] >= from) {
            lo = lowerBound(pos, first, count, from); // not monotone (never expected): search again
        } else {
            while (lo < count && pos[lo] < from) {
                lo++;
            }
        }
        cursor[slot] = lo - first;
        return lo < count ? pos[lo] : Integer.MAX_VALUE;
    }

    /** The first index of {@code pos[lo, count)} (ascending) holding a value &gt;= {@code from}. */
    private static int lowerBound(int[] pos, int lo, int count, int from) {
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pos[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
    }

    private static final boolean[] WORD = new boolean[128];
    /** {@link #WORD} for a byte ({@code b & 0xFF}): false for 0x80-0xFF. */
    private static final boolean[] WORD256 = new boolean[256];
    /** {@link WordTable#CODE} for a byte ({@code b & 0xFF}); 0 where undefined (never read: not word bytes). */
    private static final byte[] CODE256 = new byte[256];

    static {
        for (char c = 0; c < 128; c++) {
            WORD[c] = isWord(c);
            WORD256[c] = WORD[c];
            CODE256[c] = (byte) Math.max(0, WordTable.CODE[c]);
        }
    }
}
