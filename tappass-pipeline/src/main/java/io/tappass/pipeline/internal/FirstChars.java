package io.tappass.pipeline.internal;

/**
 * The characters a match of a regular expression can start with, and the first few characters it can begin with,
 * derived from the pattern's source: a necessary condition that lets a scanner skip start positions where
 * {@code Matcher.lookingAt()} cannot succeed without calling it (on JSON or source code, most characters before an
 * anchor word are punctuation; in prose, most words that start with a letter a word alternation starts with go on
 * with letters none of its words has; each failed attempt of a large alternation costs ~100 ns or more, most of it
 * {@code Matcher.region} clearing the matcher's state).
 *
 * <p>Conservative by construction: whatever the analysis does not understand ({@code \p{..}}, back references,
 * class intersections, {@code \Q..\E}, a pattern that can match the empty string, ...) makes {@link #of} return
 * {@code null}, meaning "any character". Zero-width constructs ({@code \b}, anchors, look-arounds) are skipped,
 * which only widens the sets. Letters are added in both cases, so inline {@code (?i)} flags need no special care.
 *
 * <p>Per construct the analysis keeps the sequences of character sets that the first {@value #K} characters of its
 * matches run through, and those of its whole shorter matches: a concatenation's are its parts' joined and cut after
 * {@value #K}, an alternation's both parts', a repetition's its part's joined with themselves (from {@value #K}
 * joins on they no longer change). A start position is allowed when the text there begins one of the pattern's
 * sequences ({@code "acc"} of "account" begins none of "use", "read", "acce", ...): first one lookup in a table of
 * the first two characters (one row per first character, a bit per second character, one for "this character
 * alone may be a whole match"), then the sequences of the first character. Where a pattern has more than
 * {@value #MAX_SEQS} sequences, it is analysed again with two characters (the table alone), and if that has too
 * many too, with its first characters only. Immutable and thread-safe.
 */
public final class FirstChars {

    /** Per first character (128: any non-ASCII character), the offset of its row in {@link #rows}; row 0 is empty. */
    private final int[] row;
    /**
     * Rows of three longs: bit k (k &lt; 128) if a match can go on with character k after the row's character,
     * bit 128 if with a non-ASCII character, bit {@link #WHOLE} if the row's character alone can be a whole match.
     */
    private final long[] rows;
    private static final int NON_ASCII = 128;
    private static final int WHOLE = 129;
    /**
     * The sequences (null: the table says all that is known): those whose first set holds character c (128: any
     * non-ASCII one) are {@code seqs[seqFrom[c], seqFrom[c + 1])}, each as its length L (at most {@link #K})
     * followed by L - 1 indices of the sets of its later characters in {@link #classes} (three longs each, bits as
     * in {@link #rows}).
     */
    private final int[] seqFrom;
    private final int[] seqs;
    private final long[] classes;
    /** The characters the sequences cover. */
    static final int K = 4;
    /** The most sequences kept per construct. */
    private static final int MAX_SEQS = 256;

    private FirstChars(int[] row, long[] rows, int[] seqFrom, int[] seqs, long[] classes) {
        this.row = row;
        this.rows = rows;
        this.seqFrom = seqFrom;
        this.seqs = seqs;
        this.classes = classes;
    }

    /**
     * Whether every match starts with a word character: an ASCII letter (of either case), a digit or {@code _}; no
     * other character, ASCII or not, begins one.
     */
    public boolean startsWithWordCharOnly() {
        for (int c = 0; c <= NON_ASCII; c++) {
            boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
            if (!word && row[c] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a match can start with {@code c}. */
    public boolean allows(char c) {
        return row[c < 128 ? c : NON_ASCII] != 0;
    }

    /**
     * Whether a match can start at {@code p} of {@code text}, whose character is {@code c}: the text there begins
     * one of the pattern's sequences (none goes past the text's end). A match inside any region of the text that
     * starts at {@code p} passes.
     */
    public boolean allowsAt(char c, CharSequence text, int p) {
        int first = c < 128 ? c : NON_ASCII;
        int at = row[first];
        if (at == 0) {
            return false;
        }
        long[] bits = rows;
        if ((bits[at + 2] & 1L << WHOLE) == 0) {
            if (p + 1 >= text.length()) {
                return false;
            }
            char d = text.charAt(p + 1);
            int b = d < 128 ? d : NON_ASCII;
            if ((bits[at + (b >>> 6)] & 1L << b) == 0) {
                return false;
            }
        }
        return seqFrom == null || beginsSequence(first, text, p);
    }

    /** Whether a sequence whose first set holds character {@code first} (or 128) goes on at {@code p} of the text. */
    private boolean beginsSequence(int first, CharSequence text, int p) {
        int[] q = seqs;
        long[] cls = classes;
        int left = text.length() - p;
        for (int k = seqFrom[first], end = seqFrom[first + 1]; k < end; k += q[k]) {
            int len = q[k];
            if (len > left) {
                continue;
            }
            int i = 1;
            while (i < len) {
                char d = text.charAt(p + i);
                int b = d < 128 ? d : NON_ASCII;
                if ((cls[3 * q[k + i] + (b >>> 6)] & 1L << b) == 0) {
                    break;
                }
                i++;
            }
            if (i == len) {
                return true;
            }
        }
        return false;
    }

    /**
     * What is known of where matches of {@code regex} (Java syntax, compiled without flags) can start, or
     * {@code null} when any character may start a match or the analysis gives up.
     */
    public static FirstChars of(String regex) {
        for (int k : new int[] {K, 2, 0}) {
            try {
                Parser p = new Parser(regex, k);
                Node s = p.alternation();
                if (p.i != regex.length() || s.nullable || s.first.any()) {
                    return null;
                }
                if (s.seqs != null || k == 0) {
                    return s.table(k);
                }
            } catch (GiveUp e) {
                return null;
            }
        }
        throw new AssertionError(); // (the last round keeps no sequences)
    }

    /**
     * A sequence of character sets, three longs per set (bits 0-127: ASCII characters, bit 128: any non-ASCII
     * one): the first characters of a match in order ({@code k} of them, or all of a shorter match).
     */
    private static final class Seq {
        final long[] w;
        private final int hash;

        Seq(long[] w) {
            this.w = w;
            int h = w.length;
            for (long x : w) {
                long m = x * 0x9E3779B97F4A7C15L; // (a folded letter's two bits would cancel in Long.hashCode)
                h = 31 * h + (int) (m ^ m >>> 32);
            }
            this.hash = h;
        }

        int length() {
            return w.length / 3;
        }

        /** This sequence followed by {@code o}, cut after {@code k} sets. */
        Seq then(Seq o, int k) {
            int len = Math.min(k, length() + o.length());
            if (len == length()) {
                return this;
            }
            long[] joined = java.util.Arrays.copyOf(w, 3 * len);
            System.arraycopy(o.w, 0, joined, w.length, joined.length - w.length);
            return new Seq(joined);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Seq q && hash == q.hash && java.util.Arrays.equals(w, q.w);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The sequences with one first set, as {@link FirstChars#seqs} stores them, and their second characters. */
    private static final class Group {
        int[] coded = new int[16];
        int n;
        /** The second characters of these sequences (as in {@link #rows}), with {@link #WHOLE} for a shorter one. */
        final long[] next = new long[3];

        /** Adds sequence {@code q}: its length, then the numbers of its later characters' sets in {@code sets}. */
        void add(Seq q, java.util.Map<Seq, Integer> sets) {
            int len = q.length();
            if (n + len > coded.length) {
                coded = java.util.Arrays.copyOf(coded, Math.max(2 * coded.length, n + len));
            }
            coded[n++] = len;
            for (int j = 1; j < len; j++) {
                Seq set = new Seq(java.util.Arrays.copyOfRange(q.w, 3 * j, 3 * j + 3));
                coded[n++] = sets.computeIfAbsent(set, x -> sets.size());
            }
            for (int y = 0; y < 3; y++) {
                next[y] |= len == 1 ? (y == 2 ? 1L << (WHOLE - 128) : 0) : q.w[3 + y];
            }
        }
    }

    /**
     * What the analysis knows of a construct's matches: the characters a non-empty match starts with, whether it
     * can be empty, and its sequences (null: more than {@link #MAX_SEQS}).
     */
    private static final class Node {
        final CharSet first = new CharSet();
        boolean nullable;
        /** (Set by each way a node is made.) */
        java.util.Set<Seq> seqs;

        static Node epsilon() {
            Node n = new Node();
            n.nullable = true;
            n.seqs = new java.util.LinkedHashSet<>();
            n.seqs.add(new Seq(new long[0]));
            return n;
        }

        /** One character of {@code cs} (a zero-width escape: the empty match); {@code k} &lt; 0: no sequences. */
        static Node of(CharSet cs, int k) {
            if (cs.nullable) {
                return epsilon();
            }
            Node n = new Node();
            n.first.addAll(cs);
            if (k >= 0) {
                n.seqs = new java.util.LinkedHashSet<>();
                n.seqs.add(new Seq(cs.bits()));
            }
            return n;
        }

        /** Whether nothing after this construct in a concatenation changes what the analysis keeps. */
        boolean complete(int k) {
            if (nullable) {
                return false;
            }
            if (k <= 0 || seqs == null) {
                return true; // the first characters are known
            }
            for (Seq x : seqs) {
                if (x.length() < k) {
                    return false;
                }
            }
            return true;
        }

        /** Adds the matches of {@code o} (an alternative). */
        void or(Node o) {
            first.addAll(o.first);
            nullable |= o.nullable;
            if (seqs != null && o.seqs != null) {
                seqs.addAll(o.seqs);
            }
            if (o.seqs == null || seqs != null && seqs.size() > MAX_SEQS) {
                seqs = null;
            }
        }

        /** This construct followed by {@code y} (sequences of {@code k} sets). */
        Node then(Node y, int k) {
            Node n = new Node();
            n.first.addAll(first);
            if (nullable) {
                n.first.addAll(y.first);
            }
            n.nullable = nullable && y.nullable;
            n.seqs = join(seqs, y.seqs, k);
            return n;
        }

        /** This construct repeated {@code min} to {@code max} times ({@code max} -1: unbounded). */
        Node repeated(int min, int max, int k) {
            if (max == 0) {
                return epsilon();
            }
            Node n = new Node();
            n.first.addAll(first);
            n.nullable = min == 0 || nullable;
            // the union of the j-fold joins for j from min to max; from k on they no longer change (each part
            // adds a character, or can be empty and so adds the shorter joins)
            java.util.Set<Seq> power = epsilon().seqs;
            java.util.Set<Seq> all = new java.util.LinkedHashSet<>(min == 0 ? power : java.util.Set.of());
            int last = max < 0 ? k : Math.min(max, k);
            for (int j = 1; j <= last && power != null; j++) {
                power = join(power, seqs, k);
                if (power != null && j >= Math.min(min, k)) {
                    all.addAll(power);
                }
            }
            n.seqs = power == null || all.size() > MAX_SEQS ? null : all;
            return n;
        }

        /** Each sequence of {@code a} followed by each of {@code b}, cut after {@code k} sets; null: too many. */
        private static java.util.Set<Seq> join(java.util.Set<Seq> a, java.util.Set<Seq> b, int k) {
            if (a == null || b == null) {
                return null;
            }
            boolean full = true;
            for (Seq x : a) {
                full &= x.length() >= k;
            }
            if (full) {
                return a; // (each node is used once: its sets may be shared with the node built from it)
            }
            java.util.Set<Seq> out = new java.util.LinkedHashSet<>();
            for (Seq x : a) {
                if (x.length() >= k) {
                    out.add(x);
                    continue;
                }
                for (Seq y : b) {
                    out.add(x.then(y, k));
                }
                if (out.size() > MAX_SEQS) {
                    return null;
                }
            }
            return out;
        }

        /** The tables of {@link FirstChars} for sequences of {@code k} sets (0: none, the first characters only). */
        FirstChars table(int k) {
            long[][] bits = new long[NON_ASCII + 1][3];
            if (k == 0) {
                for (int c = 0; c <= NON_ASCII; c++) {
                    if (first.has(c)) {
                        bits[c][0] = -1L;
                        bits[c][1] = -1L;
                        bits[c][2] = 1L | 1L << (WHOLE - 128);
                    }
                }
            }
            // the sequences grouped by their first set (so that each set's characters are visited once)
            java.util.Map<Seq, Group> byFirst = new java.util.LinkedHashMap<>();
            java.util.Map<Seq, Integer> sets = new java.util.HashMap<>();
            for (Seq q : k == 0 ? java.util.Set.<Seq>of() : seqs) {
                if (q.length() > 0) {
                    byFirst.computeIfAbsent(new Seq(java.util.Arrays.copyOf(q.w, 3)), x -> new Group()).add(q, sets);
                }
            }
            int[] words = new int[NON_ASCII + 2]; // per first character: the ints of its sequences
            byFirst.forEach((set, group) -> {
                for (int x = 0; x < 3; x++) {
                    for (long m = set.w[x]; m != 0; m &= m - 1) {
                        int c = 64 * x + Long.numberOfTrailingZeros(m);
                        words[c] += group.n;
                        for (int y = 0; y < 3; y++) {
                            bits[c][y] |= group.next[y];
                        }
                    }
                }
            });
            // one row per distinct bit pattern, after the empty row 0
            java.util.Map<Seq, Integer> distinct = new java.util.HashMap<>();
            distinct.put(new Seq(new long[3]), 0);
            int[] row = new int[NON_ASCII + 1];
            for (int c = 0; c <= NON_ASCII; c++) {
                row[c] = distinct.computeIfAbsent(new Seq(bits[c]), x -> 3 * distinct.size());
            }
            long[] rows = new long[distinct.size() * 3];
            distinct.forEach((key, at) -> System.arraycopy(key.w, 0, rows, at, 3));
            if (k <= 2) {
                return new FirstChars(row, rows, null, null, null); // the table holds all the sequences say
            }
            int[] seqFrom = new int[NON_ASCII + 2];
            for (int c = 0; c <= NON_ASCII; c++) {
                seqFrom[c + 1] = seqFrom[c] + words[c];
            }
            int[] flat = new int[seqFrom[NON_ASCII + 1]];
            int[] at = java.util.Arrays.copyOf(seqFrom, NON_ASCII + 1);
            byFirst.forEach((set, group) -> {
                for (int x = 0; x < 3; x++) {
                    for (long m = set.w[x]; m != 0; m &= m - 1) {
                        int c = 64 * x + Long.numberOfTrailingZeros(m);
                        System.arraycopy(group.coded, 0, flat, at[c], group.n);
                        at[c] += group.n;
                    }
                }
            });
            long[] classes = new long[3 * sets.size()];
            sets.forEach((set, id) -> System.arraycopy(set.w, 0, classes, 3 * id, 3));
            return new FirstChars(row, rows, seqFrom, flat, classes);
        }
    }


    /**
     * A set of characters as bits (ASCII characters in {@code lo} and {@code hi}, any non-ASCII character as one
     * flag) plus whether the construct can match the empty string (a zero-width escape).
     */
    private static final class CharSet {
        long lo;
        long hi;
        boolean nonAscii;
        boolean nullable;

        void addAll(CharSet o) {
            lo |= o.lo;
            hi |= o.hi;
            nonAscii |= o.nonAscii;
        }

        /** Whether the set holds character {@code c} (128: any non-ASCII character). */
        boolean has(int c) {
            return c >= 128 ? nonAscii : ((c < 64 ? lo : hi) & 1L << c) != 0;
        }

        /** The set as three longs: bits 0-127 for the ASCII characters, bit 128 for the non-ASCII ones. */
        long[] bits() {
            return new long[] {lo, hi, nonAscii ? 1L : 0L};
        }

        /** Adds {@code c} as it is (see {@link #folded}). */
        void add(int c) {
            if (c >= 128) {
                nonAscii = true;
            } else if (c < 64) {
                lo |= 1L << c;
            } else {
                hi |= 1L << c;
            }
        }

        /** This set with every ASCII letter in both cases (the characters a case-insensitive match can start with). */
        CharSet folded() {
            long letters = (1L << 26) - 1; // 'A'-'Z' at bits 1-26 of hi, 'a'-'z' at bits 33-58
            long either = (hi >>> 1 | hi >>> 33) & letters;
            hi |= either << 1 | either << 33;
            return this;
        }

        static CharSet of(int c) {
            CharSet s = new CharSet();
            s.add(c);
            return s;
        }

        void addRange(int from, int to) {
            for (int c = from; c <= to; c++) {
                add(c);
            }
        }

        boolean any() {
            return nonAscii && lo == -1L && hi == -1L;
        }

        static CharSet epsilon() {
            CharSet s = new CharSet();
            s.nullable = true;
            return s;
        }

        static CharSet everything() {
            CharSet s = new CharSet();
            s.lo = -1L;
            s.hi = -1L;
            s.nonAscii = true;
            return s;
        }

        /** The complement of this set's characters (a negated class or {@code \W}). */
        CharSet complement() {
            CharSet s = new CharSet();
            s.lo = ~lo;
            s.hi = ~hi;
            s.nonAscii = !nonAscii;
            return s;
        }
    }

    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    /** A recursive-descent reader of the subset of java.util.regex syntax the analysis understands. */
    private static final class Parser {
        final String r;
        int i;

        /** The characters the sequences cover (0: none kept; -1: reading a part that changes nothing kept). */
        int k;

        Parser(String r, int k) {
            this.r = r;
            this.k = k;
        }

        Node alternation() {
            Node out = sequence();
            while (i < r.length() && r.charAt(i) == '|') {
                i++;
                out.or(sequence());
            }
            return out;
        }

        /** A concatenation: each element after those before it. */
        Node sequence() {
            Node out = null; // the empty sequence, until an element comes
            while (i < r.length() && r.charAt(i) != '|' && r.charAt(i) != ')') {
                if (out == null) {
                    out = quantified();
                } else if (out.complete(k)) {
                    // the rest cannot change the first characters or the sequences: read it (the analysis may
                    // still give up there) without collecting anything
                    int kept = k;
                    k = -1;
                    quantified();
                    k = kept;
                } else {
                    out = out.then(quantified(), k);
                }
            }
            return out == null ? Node.epsilon() : out;
        }

        Node quantified() {
            Node a = atom();
            if (i < r.length()) {
                char q = r.charAt(i);
                int min;
                int max;
                if (q == '?' || q == '*' || q == '+') {
                    i++;
                    min = q == '+' ? 1 : 0;
                    max = q == '?' ? 1 : -1;
                } else if (q == '{') {
                    int close = r.indexOf('}', i);
                    if (close < 0) {
                        throw new GiveUp();
                    }
                    String body = r.substring(i + 1, close);
                    int comma = body.indexOf(',');
                    try {
                        min = Integer.parseInt((comma < 0 ? body : body.substring(0, comma)).trim());
                        String rest = comma < 0 ? null : body.substring(comma + 1).trim();
                        max = comma < 0 ? min : rest.isEmpty() ? -1 : Integer.parseInt(rest);
                    } catch (NumberFormatException e) {
                        throw new GiveUp();
                    }
                    i = close + 1;
                } else {
                    return a;
                }
                if (i < r.length() && (r.charAt(i) == '?' || r.charAt(i) == '+')) {
                    i++; // lazy or possessive: no other matches (possessive: fewer)
                }
                return a.repeated(min, max, k);
            }
            return a;
        }

        Node atom() {
            char c = r.charAt(i);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return Node.of(charClass(), k);
                case '\\':
                    return Node.of(escape(false).folded(), k);
                case '.':
                    i++;
                    return Node.of(CharSet.everything(), k);
                case '^':
                case '$':
                    i++;
                    return Node.epsilon();
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new GiveUp(); // a dangling quantifier: not ours to judge
                default:
                    i++;
                    return Node.of(CharSet.of(c).folded(), k);
            }
        }

        Node group() {
            i++; // '('
            boolean zeroWidth = false;
            if (r.startsWith("?:", i) || r.startsWith("?>", i)) {
                i += 2; // an atomic group starts with what its alternatives start with
            } else if (r.startsWith("?=", i) || r.startsWith("?!", i)) {
                i += 2;
                zeroWidth = true;
            } else if (r.startsWith("?<=", i) || r.startsWith("?<!", i)) {
                i += 3;
                zeroWidth = true;
            } else if (r.startsWith("?<", i)) {
                int close = r.indexOf('>', i);
                if (close < 0) {
                    throw new GiveUp();
                }
                i = close + 1; // a named group
            } else if (i < r.length() && r.charAt(i) == '?') {
                // inline flags "(?i)" or "(?i:...)": letters are in both cases already
                int j = i + 1;
                while (j < r.length() && (Character.isLetter(r.charAt(j)) || r.charAt(j) == '-')) {
                    j++;
                }
                if (j < r.length() && r.charAt(j) == ')') {
                    String flags = r.substring(i + 1, j);
                    if (!supported(flags)) {
                        throw new GiveUp();
                    }
                    i = j + 1;
                    return Node.epsilon();
                }
                if (j < r.length() && r.charAt(j) == ':') {
                    String flags = r.substring(i + 1, j);
                    if (!supported(flags)) {
                        throw new GiveUp();
                    }
                    i = j + 1;
                } else {
                    throw new GiveUp(); // atomic groups and the rest
                }
            }
            Node inner = alternation();
            if (i >= r.length() || r.charAt(i) != ')') {
                throw new GiveUp();
            }
            i++;
            return zeroWidth ? Node.epsilon() : inner;
        }

        /**
         * Inline flags the analysis understands: {@code i} (ASCII letters are in both cases already) and those that do
         * not change which characters match ({@code s}, {@code m}, {@code d}). Comments mode, Unicode case folding
         * (the Kelvin sign matches {@code k}) and Unicode classes are not.
         */
        private static boolean supported(String flags) {
            for (int k = 0; k < flags.length(); k++) {
                if ("ismd-".indexOf(flags.charAt(k)) < 0) {
                    return false;
                }
            }
            return true;
        }

        /** An escape: the characters it stands for, as written, or epsilon for a zero-width one. */
        CharSet escape(boolean inClass) {
            i++; // '\\'
            if (i >= r.length()) {
                throw new GiveUp();
            }
            char e = r.charAt(i++);
            lastCode = -1;
            switch (e) {
                case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
                    if (inClass) {
                        throw new GiveUp();
                    }
                    return CharSet.epsilon();
                case 'w': case 'd': case 's':
                    return classEscape(e);
                case 'W': case 'D': case 'S':
                    return classEscape(Character.toLowerCase(e)).complement();
                case 't':
                    return literal('\t');
                case 'n':
                    return literal('\n');
                case 'r':
                    return literal('\r');
                case 'f':
                    return literal('\f');
                case 'u': {
                    if (i + 4 > r.length()) {
                        throw new GiveUp();
                    }
                    int c = hex(r.substring(i, i + 4));
                    i += 4;
                    return literal(c);
                }
                case 'x': {
                    int c;
                    if (i < r.length() && r.charAt(i) == '{') {
                        int close = r.indexOf('}', i);
                        if (close < 0) {
                            throw new GiveUp();
                        }
                        c = hex(r.substring(i + 1, close));
                        i = close + 1;
                    } else {
                        if (i + 2 > r.length()) {
                            throw new GiveUp();
                        }
                        c = hex(r.substring(i, i + 2));
                        i += 2;
                    }
                    return literal(c);
                }
                default:
                    if (Character.isLetterOrDigit(e)) {
                        throw new GiveUp(); // \p{..}, \Q, back references, \h, \R, ...: not analysed
                    }
                    return literal(e); // an escaped metacharacter stands for itself
            }
        }

        private CharSet literal(int c) {
            lastCode = c;
            return CharSet.of(c);
        }

        /** The set of {@code \\w}, {@code \\d} or {@code \\s}. */
        private static CharSet classEscape(char e) {
            CharSet s = new CharSet();
            switch (e) {
                case 'w':
                    s.addRange('a', 'z');
                    s.addRange('A', 'Z');
                    s.addRange('0', '9');
                    s.add('_');
                    break;
                case 'd':
                    s.addRange('0', '9');
                    break;
                default:
                    for (char w : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r'}) {
                        s.add(w);
                    }
            }
            return s;
        }

        private static int hex(String h) {
            try {
                return Integer.parseInt(h, 16);
            } catch (NumberFormatException e) {
                throw new GiveUp();
            }
        }

        /**
         * A character class. Its characters are collected as written; a positive class then adds the other case of
         * each letter (the pattern may be case-insensitive), a negated one excludes only what it lists (true in
         * both readings).
         */
        CharSet charClass() {
            i++; // '['
            boolean negated = i < r.length() && r.charAt(i) == '^';
            if (negated) {
                i++;
            }
            CharSet s = new CharSet();
            boolean first = true;
            while (i < r.length() && (r.charAt(i) != ']' || first)) {
                first = false;
                char c = r.charAt(i);
                if (c == '[' || r.startsWith("&&", i)) {
                    throw new GiveUp(); // unions and intersections
                }
                int lo;
                if (c == '\\') {
                    CharSet e = escape(true);
                    lo = lastCode;
                    if (lo < 0) {
                        s.addAll(e); // a class escape such as \\w
                        continue;
                    }
                } else {
                    lo = c;
                    i++;
                }
                if (i + 1 < r.length() && r.charAt(i) == '-' && r.charAt(i + 1) != ']') {
                    i++;
                    int hi;
                    if (r.charAt(i) == '\\') {
                        escape(true);
                        hi = lastCode;
                        if (hi < 0) {
                            throw new GiveUp();
                        }
                    } else {
                        hi = r.charAt(i++);
                    }
                    if (hi < lo) {
                        throw new GiveUp();
                    }
                    if (hi >= 128) {
                        s.nonAscii = true;
                    }
                    if (lo < 128) {
                        s.addRange(lo, Math.min(hi, 127));
                    }
                } else {
                    s.add(lo);
                }
            }
            if (i >= r.length()) {
                throw new GiveUp();
            }
            i++; // ']'
            if (negated) {
                CharSet out = s.complement();
                out.nonAscii = true; // a non-ASCII character listed in the class is still allowed: conservative
                return out;
            }
            return s.folded();
        }

        /** The character the last {@link #escape} stands for, or -1 for a class or zero-width escape. */
        private int lastCode = -1;
    }
}
