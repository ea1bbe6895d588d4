package io.tappass.pipeline.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The characters a match of a regular expression can start with, and the pairs of characters its first two can
 * be, derived from the pattern's source: a necessary condition that lets a scanner skip start positions where
 * {@code Matcher.lookingAt()} cannot succeed without calling it (on JSON or source code, most characters before an
 * anchor word are punctuation; in prose, most words that start with a letter a word alternation starts with go on
 * with a letter none of its words has second; each failed attempt of a large alternation costs ~100 ns or more,
 * most of it {@code Matcher.region} clearing the matcher's state).
 *
 * <p>Conservative by construction: whatever the analysis does not understand ({@code \p{..}}, back references,
 * class intersections, {@code \Q..\E}, a pattern that can match the empty string, ...) makes {@link #of} return
 * {@code null}, meaning "any character". Zero-width constructs ({@code \b}, anchors, look-arounds) are skipped,
 * which only widens the sets. Letters are added in both cases, so inline {@code (?i)} flags need no special care.
 *
 * <p>The pairs are computed with the first characters: per construct, the characters that are a whole match by
 * themselves ({@code single}) and products of character sets covering the first two characters of its longer
 * matches ({@code pairs}); a concatenation's pairs are its first part's, the first part's single characters followed
 * by the second part's first characters, and (when the first part can be empty) the second part's. They are kept
 * as a table of one row per first character (a bit per second character, one for any non-ASCII second character,
 * one for "this character alone may be a whole match"). Immutable and thread-safe.
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

    private FirstChars(int[] row, long[] rows) {
        this.row = row;
        this.rows = rows;
    }

    /** Whether a match can start with {@code c}. */
    public boolean allows(char c) {
        return row[c < 128 ? c : NON_ASCII] != 0;
    }

    /**
     * Whether a match can start at {@code p} of {@code text}, whose character is {@code c}: its first character
     * and, unless that character alone can be a whole match, the next one (none after the text's end). A match
     * inside any region of the text that starts at {@code p} passes.
     */
    public boolean allowsAt(char c, CharSequence text, int p) {
        int at = row[c < 128 ? c : NON_ASCII];
        if (at == 0) {
            return false;
        }
        long[] bits = rows;
        if ((bits[at + 2] & 1L << WHOLE) != 0) {
            return true;
        }
        if (p + 1 >= text.length()) {
            return false;
        }
        char d = text.charAt(p + 1);
        int b = d < 128 ? d : NON_ASCII;
        return (bits[at + (b >>> 6)] & 1L << b) != 0;
    }

    /**
     * The first characters and pairs of {@code regex} (Java syntax, compiled without flags), or {@code null} when
     * any character may start a match or the analysis gives up.
     */
    public static FirstChars of(String regex) {
        try {
            Parser p = new Parser(regex);
            Node s = p.alternation();
            if (p.i != regex.length() || s.nullable || s.first.any()) {
                return null;
            }
            return s.table();
        } catch (GiveUp e) {
            return null;
        }
    }

    /** The most pair products kept per construct; with more, any second character is allowed after a first one. */
    private static final int MAX_PAIRS = 4096;

    /**
     * What the analysis knows of a construct's matches: the characters a non-empty match starts with, whether it
     * can be empty, the characters that are a whole match alone, and products (first set, second set) covering
     * the first two characters of every longer match ({@code pairs} null: unknown, any second character).
     */
    private static final class Node {
        final CharSet first = new CharSet();
        boolean nullable;
        final CharSet single = new CharSet();
        List<CharSet[]> pairs = new ArrayList<>();

        static Node epsilon() {
            Node n = new Node();
            n.nullable = true;
            return n;
        }

        /** One character of {@code cs} (or, for a zero-width escape, the empty match). */
        static Node of(CharSet cs) {
            if (cs.nullable) {
                return epsilon();
            }
            Node n = new Node();
            n.first.addAll(cs);
            n.single.addAll(cs);
            return n;
        }

        /** Adds the matches of {@code o} (an alternative). */
        void or(Node o) {
            first.addAll(o.first);
            nullable |= o.nullable;
            single.addAll(o.single);
            addPairs(o.pairs);
        }

        private void addPairs(List<CharSet[]> more) {
            if (pairs == null || more == null) {
                pairs = null;
            } else {
                pairs.addAll(more);
                if (pairs.size() > MAX_PAIRS) {
                    pairs = null;
                }
            }
        }

        private void addProduct(CharSet a, CharSet b) {
            if (pairs != null && !a.isEmpty() && !b.isEmpty()) {
                addPairs(List.<CharSet[]>of(new CharSet[] {a, b}));
            }
        }

        /** This construct followed by {@code y}. */
        Node then(Node y) {
            Node n = new Node();
            n.first.addAll(first);
            if (nullable) {
                n.first.addAll(y.first);
            }
            n.nullable = nullable && y.nullable;
            if (y.nullable) {
                n.single.addAll(single);
            }
            if (nullable) {
                n.single.addAll(y.single);
            }
            n.pairs = pairs == null ? null : new ArrayList<>(pairs);
            n.addProduct(single.copy(), y.first.copy());
            if (nullable) {
                n.addPairs(y.pairs);
            }
            return n;
        }

        /** This construct repeated {@code min} to {@code max} times ({@code max} -1: unbounded). */
        Node repeated(int min, int max) {
            if (max == 0) {
                return epsilon();
            }
            Node n = new Node();
            n.first.addAll(first);
            n.nullable = min == 0 || nullable;
            if (min <= 1 || nullable) {
                n.single.addAll(single);
            }
            n.pairs = pairs == null ? null : new ArrayList<>(pairs);
            if (max < 0 || max >= 2) {
                n.addProduct(single.copy(), first.copy());
            }
            return n;
        }

        /** The rows of {@link FirstChars}. */
        FirstChars table() {
            long[][] bits = new long[129][3];
            if (pairs == null) {
                for (int c = 0; c <= NON_ASCII; c++) {
                    if (c < 128 ? first.ascii[c] : first.nonAscii) {
                        bits[c][0] = -1L;
                        bits[c][1] = -1L;
                        bits[c][2] = 1L; // non-ASCII second character
                    }
                }
            } else {
                for (CharSet[] pr : pairs) {
                    long[] second = pr[1].bits();
                    for (int c = 0; c <= NON_ASCII; c++) {
                        if (c < 128 ? pr[0].ascii[c] : pr[0].nonAscii) {
                            for (int w = 0; w < 3; w++) {
                                bits[c][w] |= second[w];
                            }
                        }
                    }
                }
            }
            for (int c = 0; c <= NON_ASCII; c++) {
                if (c < 128 ? single.ascii[c] : single.nonAscii) {
                    bits[c][2] |= 1L << WHOLE;
                }
            }
            // one row per distinct bit pattern, after the empty row 0
            java.util.Map<List<Long>, Integer> distinct = new java.util.LinkedHashMap<>();
            distinct.put(List.of(0L, 0L, 0L), 0);
            int[] row = new int[129];
            for (int c = 0; c <= NON_ASCII; c++) {
                List<Long> key = List.of(bits[c][0], bits[c][1], bits[c][2]);
                Integer at = distinct.get(key);
                if (at == null) {
                    at = distinct.size() * 3;
                    distinct.put(key, at);
                }
                row[c] = at;
            }
            long[] rows = new long[distinct.size() * 3];
            for (java.util.Map.Entry<List<Long>, Integer> e : distinct.entrySet()) {
                for (int w = 0; w < 3; w++) {
                    rows[e.getValue() + w] = e.getKey().get(w);
                }
            }
            return new FirstChars(row, rows);
        }
    }

    /** A set of first characters plus whether the construct can match the empty string. */
    private static final class CharSet {
        final boolean[] ascii = new boolean[128];
        boolean nonAscii;
        boolean nullable;

        void addAll(CharSet o) {
            for (int c = 0; c < 128; c++) {
                ascii[c] |= o.ascii[c];
            }
            nonAscii |= o.nonAscii;
        }

        CharSet copy() {
            CharSet s = new CharSet();
            s.addAll(this);
            return s;
        }

        boolean isEmpty() {
            if (nonAscii) {
                return false;
            }
            for (boolean b : ascii) {
                if (b) {
                    return false;
                }
            }
            return true;
        }

        /** The set as three longs: bits 0-127 for the ASCII characters, bit 128 for the non-ASCII ones. */
        long[] bits() {
            long[] w = new long[3];
            for (int c = 0; c < 128; c++) {
                if (ascii[c]) {
                    w[c >>> 6] |= 1L << c;
                }
            }
            if (nonAscii) {
                w[2] |= 1L;
            }
            return w;
        }

        /** Adds {@code c} as it is (see {@link #folded}). */
        void add(int c) {
            if (c >= 128) {
                nonAscii = true;
            } else {
                ascii[c] = true;
            }
        }

        /** This set with every ASCII letter in both cases (the characters a case-insensitive match can start with). */
        CharSet folded() {
            for (int c = 'a'; c <= 'z'; c++) {
                boolean either = ascii[c] || ascii[c - 32];
                ascii[c] = either;
                ascii[c - 32] = either;
            }
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
            if (!nonAscii) {
                return false;
            }
            for (boolean b : ascii) {
                if (!b) {
                    return false;
                }
            }
            return true;
        }

        static CharSet epsilon() {
            CharSet s = new CharSet();
            s.nullable = true;
            return s;
        }

        static CharSet everything() {
            CharSet s = new CharSet();
            java.util.Arrays.fill(s.ascii, true);
            s.nonAscii = true;
            return s;
        }

        /** The complement of this set's characters (a negated class or {@code \W}). */
        CharSet complement() {
            CharSet s = new CharSet();
            for (int c = 0; c < 128; c++) {
                s.ascii[c] = !ascii[c];
            }
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

        Parser(String r) {
            this.r = r;
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
            Node out = Node.epsilon();
            while (i < r.length() && r.charAt(i) != '|' && r.charAt(i) != ')') {
                out = out.then(quantified());
            }
            return out;
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
                return a.repeated(min, max);
            }
            return a;
        }

        Node atom() {
            char c = r.charAt(i);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return Node.of(charClass());
                case '\\':
                    return Node.of(escape(false).folded());
                case '.':
                    i++;
                    return Node.of(CharSet.everything());
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
                    return Node.of(CharSet.of(c).folded());
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
