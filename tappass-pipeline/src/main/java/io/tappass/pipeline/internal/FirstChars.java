package io.tappass.pipeline.internal;

/**
 * The characters a match of a regular expression can start with, derived from the pattern's source: a
 * necessary condition that lets a scanner skip start positions where {@code Matcher.lookingAt()} cannot succeed
 * without calling it (on JSON or source code, most characters before an anchor word are punctuation, and each
 * failed attempt of a large alternation costs a few hundred nanoseconds).
 *
 * <p>Conservative by construction: whatever the analysis does not understand ({@code \p{..}}, back references,
 * class intersections, {@code \Q..\E}, a pattern that can match the empty string, ...) makes {@link #of} return
 * {@code null}, meaning "any character". Zero-width constructs ({@code \b}, anchors, look-arounds) are skipped,
 * which only widens the set. Letters are added in both cases, so inline {@code (?i)} flags need no special care.
 * Immutable and thread-safe.
 */
public final class FirstChars {

    private final boolean[] ascii;
    private final boolean nonAscii;

    private FirstChars(boolean[] ascii, boolean nonAscii) {
        this.ascii = ascii;
        this.nonAscii = nonAscii;
    }

    /** Whether a match can start with {@code c}. */
    public boolean allows(char c) {
        return c < 128 ? ascii[c] : nonAscii;
    }

    /**
     * The first characters of {@code regex} (Java syntax, compiled without flags), or {@code null} when any
     * character may start a match or the analysis gives up.
     */
    public static FirstChars of(String regex) {
        try {
            Parser p = new Parser(regex);
            CharSet s = p.alternation();
            if (p.i != regex.length() || s.nullable || s.any()) {
                return null;
            }
            return new FirstChars(s.ascii, s.nonAscii);
        } catch (GiveUp e) {
            return null;
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

        CharSet alternation() {
            CharSet out = sequence();
            while (i < r.length() && r.charAt(i) == '|') {
                i++;
                CharSet alt = sequence();
                out.addAll(alt);
                out.nullable |= alt.nullable;
            }
            return out;
        }

        /** FIRST of a concatenation: each element's set while all before it can be empty. */
        CharSet sequence() {
            CharSet out = CharSet.epsilon();
            while (i < r.length() && r.charAt(i) != '|' && r.charAt(i) != ')') {
                CharSet e = quantified();
                if (out.nullable) {
                    out.addAll(e);
                    out.nullable = e.nullable;
                }
            }
            return out;
        }

        CharSet quantified() {
            CharSet a = atom();
            if (i < r.length()) {
                char q = r.charAt(i);
                if (q == '?' || q == '*') {
                    i++;
                    a.nullable = true;
                } else if (q == '+') {
                    i++;
                } else if (q == '{') {
                    int close = r.indexOf('}', i);
                    if (close < 0) {
                        throw new GiveUp();
                    }
                    String body = r.substring(i + 1, close);
                    int comma = body.indexOf(',');
                    String min = comma < 0 ? body : body.substring(0, comma);
                    try {
                        if (Integer.parseInt(min.trim()) == 0) {
                            a.nullable = true;
                        }
                    } catch (NumberFormatException e) {
                        throw new GiveUp();
                    }
                    i = close + 1;
                } else {
                    return a;
                }
                if (i < r.length() && (r.charAt(i) == '?' || r.charAt(i) == '+')) {
                    i++; // lazy or possessive: the same first characters
                }
            }
            return a;
        }

        CharSet atom() {
            char c = r.charAt(i);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return charClass();
                case '\\':
                    return escape(false).folded();
                case '.':
                    i++;
                    return CharSet.everything();
                case '^':
                case '$':
                    i++;
                    return CharSet.epsilon();
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new GiveUp(); // a dangling quantifier: not ours to judge
                default:
                    i++;
                    return CharSet.of(c).folded();
            }
        }

        CharSet group() {
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
                    return CharSet.epsilon();
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
            CharSet inner = alternation();
            if (i >= r.length() || r.charAt(i) != ')') {
                throw new GiveUp();
            }
            i++;
            return zeroWidth ? CharSet.epsilon() : inner;
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
