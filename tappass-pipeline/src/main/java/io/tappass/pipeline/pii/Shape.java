package io.tappass.pipeline.pii;

/**
 * The digit groups and separators of a span of a number-like chunk; also a {@link CharSequence} of its digits.
 * Built with three small allocations (this, the group lengths, the digits).
 */
final class Shape implements CharSequence {

    private static final int SPACE = 1;
    private static final int DASH = 2;
    private static final int DOT = 4;
    private static final int SLASH = 8;
    private static final int OTHER = 16;

    final int[] groups;
    final int digits;
    final boolean parens;
    private final char[] digitChars;
    private final int sepMask;

    private Shape(int[] groups, char[] digitChars, int digits, int sepMask, boolean parens) {
        this.groups = groups;
        this.digitChars = digitChars;
        this.digits = digits;
        this.sepMask = sepMask;
        this.parens = parens;
    }

    static Shape of(String text, int start, int end) {
        // first pass: count groups and digits, so both arrays are allocated once at their exact size
        int ng = 0;
        int nd = 0;
        boolean inRun = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (digit) {
                nd++;
                if (!inRun) {
                    ng++;
                }
            }
            inRun = digit;
        }
        int[] g = new int[ng];
        char[] ds = new char[Math.min(nd, 24)];
        ng = 0;
        nd = 0;
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
            g[ng++] = run;
        }
        return new Shape(g, ds, Math.min(nd, ds.length), mask, parens);
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

    /** Whether the groups are exactly these lengths. */
    boolean is(int... lengths) {
        return java.util.Arrays.equals(groups, lengths);
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
        if (groups.length != 3 || kinds() != 1 || (sepMask & (SLASH | DOT | DASH)) == 0) {
            return false;
        }
        int a = groups[0];
        int b = groups[1];
        int c = groups[2];
        return (a <= 2 && b <= 2 && (c == 2 || c == 4)) || (a == 4 && b <= 2 && c <= 2);
    }

    boolean looksLikeIPv4() {
        if (groups.length != 4 || sepMask != DOT) {
            return false;
        }
        for (int g : groups) {
            if (g > 3) {
                return false;
            }
        }
        return true;
    }

    boolean looksLikeThousands() {
        if (groups.length < 2 || groups[0] > 3 || kinds() != 1 || (sepMask & (SPACE | DOT | OTHER)) == 0) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i] != 3) {
                return false;
            }
        }
        return true;
    }

    boolean startsWithYear() {
        if (groups.length < 2 || groups[0] != 4) {
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
