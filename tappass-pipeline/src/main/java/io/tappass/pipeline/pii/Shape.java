package io.tappass.pipeline.pii;

/**
 * The digit groups and separators of a span of a number-like chunk; also a {@link CharSequence} of its digits.
 * One instance per scan is reused for every candidate ({@link #reset}), so shapes allocate nothing.
 */
final class Shape implements CharSequence {

    private static final int SPACE = 1;
    private static final int DASH = 2;
    private static final int DOT = 4;
    private static final int SLASH = 8;
    private static final int OTHER = 16;

    /** The digit group lengths; only the first {@link #ng} entries are meaningful (the array is reused). */
    int[] groups = new int[8];
    /** The number of digit groups. */
    int ng;
    int digits;
    boolean parens;
    private final char[] digitChars = new char[24];
    private int sepMask;

    /** An empty shape, filled by {@link #reset}; one per scan, reused for every candidate. */
    Shape() {
    }

    /** A fresh shape of [start, end) of {@code text}. */
    static Shape of(String text, int start, int end) {
        return new Shape().reset(text, start, end);
    }

    /** Makes this the shape of [start, end) of {@code text} (no allocation unless there are over 8 groups). */
    Shape reset(String text, int start, int end) {
        int[] g = groups;
        char[] ds = digitChars;
        int ng = 0;
        int nd = 0;
        int run = 0;
        int mask = 0;
        boolean parens = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                run++;
                if (nd < ds.length) {
                    ds[nd] = c;
                }
                nd++;
                continue;
            }
            if (run > 0) {
                if (ng == g.length) {
                    g = java.util.Arrays.copyOf(g, ng * 2);
                }
                g[ng++] = run;
                run = 0;
            }
            if (c == '(' || c == ')') {
                parens = true;
            } else if (c != '+') {
                mask |= bit(c);
            }
        }
        if (run > 0) {
            if (ng == g.length) {
                g = java.util.Arrays.copyOf(g, ng * 2);
            }
            g[ng++] = run;
        }
        this.groups = g;
        this.ng = ng;
        this.digits = Math.min(nd, ds.length);
        this.sepMask = mask;
        this.parens = parens;
        return this;
    }

    private static int bit(char c) {
        switch (c) {
            case ' ':
            case '\u00a0':
                return SPACE;
            case '-':
                return DASH;
            case '.':
                return DOT;
            case '/':
                return SLASH;
            default:
                return OTHER;
        }
    }

    private static int maskOf(String chars) {
        int m = 0;
        for (int i = 0; i < chars.length(); i++) {
            m |= bit(chars.charAt(i));
        }
        return m;
    }

    /** Whether the groups are exactly these two lengths. */
    boolean is(int a, int b) {
        return ng == 2 && groups[0] == a && groups[1] == b;
    }

    /** Whether the groups are exactly these three lengths. */
    boolean is(int a, int b, int c) {
        return ng == 3 && groups[0] == a && groups[1] == b && groups[2] == c;
    }

    /** Whether the groups are exactly these four lengths. */
    boolean is(int a, int b, int c, int d) {
        return ng == 4 && groups[0] == a && groups[1] == b && groups[2] == c && groups[3] == d;
    }

    /** Whether the groups are exactly these lengths. */
    boolean is(int... lengths) {
        return java.util.Arrays.equals(groups, 0, ng, lengths, 0, lengths.length);
    }

    /** Whether separator {@code c} occurs. */
    boolean hasSep(char c) {
        return (sepMask & bit(c)) != 0;
    }

    private int kinds() {
        return Integer.bitCount(sepMask);
    }

    /** At most one separator kind, taken from {@code allowed}; no parentheses. */
    boolean sepIn(String allowed) {
        return !parens && kinds() <= 1 && (sepMask & ~maskOf(allowed)) == 0;
    }

    /** Every separator from {@code allowed} (several kinds allowed); no parentheses. */
    boolean sepsWithin(String allowed) {
        return !parens && (sepMask & ~maskOf(allowed)) == 0;
    }

    boolean looksLikeDate() {
        if (ng != 3 || kinds() != 1 || (sepMask & (SLASH | DOT | DASH)) == 0) {
            return false;
        }
        int a = groups[0];
        int b = groups[1];
        int c = groups[2];
        return (a <= 2 && b <= 2 && (c == 2 || c == 4)) || (a == 4 && b <= 2 && c <= 2);
    }

    boolean looksLikeIPv4() {
        if (ng != 4 || sepMask != DOT) {
            return false;
        }
        for (int i = 0; i < ng; i++) {
            if (groups[i] > 3) {
                return false;
            }
        }
        return true;
    }

    boolean looksLikeThousands() {
        if (ng < 2 || groups[0] > 3 || kinds() != 1 || (sepMask & (SPACE | DOT | OTHER)) == 0) {
            return false;
        }
        for (int i = 1; i < ng; i++) {
            if (groups[i] != 3) {
                return false;
            }
        }
        return true;
    }

    boolean startsWithYear() {
        if (ng < 2 || groups[0] != 4) {
            return false;
        }
        int y = Checksums.num(this, 0, 4);
        return y >= 1900 && y <= 2099;
    }

    @Override
    public int length() {
        return digits;
    }

    @Override
    public char charAt(int index) {
        if (index >= digits) {
            throw new IndexOutOfBoundsException(index);
        }
        return digitChars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(digitChars, start, end - start);
    }

    @Override
    public String toString() {
        return new String(digitChars, 0, digits);
    }
}
