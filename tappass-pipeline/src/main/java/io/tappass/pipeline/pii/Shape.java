package io.tappass.pipeline.pii;

/** The digit groups and separators of a span of a number-like chunk. */
final class Shape {

    final int[] groups;
    final String seps;
    final int digits;
    final String digitString;
    final boolean parens;

    private Shape(int[] groups, String seps, String digitString, boolean parens) {
        this.groups = groups;
        this.seps = seps;
        this.digits = digitString.length();
        this.digitString = digitString;
        this.parens = parens;
    }

    static Shape of(String text, int start, int end) {
        int[] g = new int[8];
        int ng = 0;
        int run = 0;
        StringBuilder seps = new StringBuilder(2);
        StringBuilder ds = new StringBuilder(end - start);
        boolean parens = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                run++;
                ds.append(c);
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
                char k = c == '\u00a0' ? ' ' : c;
                if (seps.indexOf(String.valueOf(k)) < 0) {
                    seps.append(k);
                }
            }
        }
        if (run > 0) {
            if (ng == g.length) {
                g = java.util.Arrays.copyOf(g, ng + 1);
            }
            g[ng++] = run;
        }
        return new Shape(java.util.Arrays.copyOf(g, ng), seps.toString(), ds.toString(), parens);
    }

    /** Whether the groups are exactly these lengths. */
    boolean is(int... lengths) {
        return java.util.Arrays.equals(groups, lengths);
    }

    /** At most one separator kind, taken from {@code allowed}; no parentheses. */
    boolean sepIn(String allowed) {
        return !parens && seps.length() <= 1 && (seps.isEmpty() || allowed.indexOf(seps.charAt(0)) >= 0);
    }

    /** Every separator from {@code allowed} (several kinds allowed); no parentheses. */
    boolean sepsWithin(String allowed) {
        if (parens) {
            return false;
        }
        for (int i = 0; i < seps.length(); i++) {
            if (allowed.indexOf(seps.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    boolean looksLikeDate() {
        if (groups.length != 3 || seps.length() != 1 || "/.-".indexOf(seps.charAt(0)) < 0) {
            return false;
        }
        int a = groups[0];
        int b = groups[1];
        int c = groups[2];
        return (a <= 2 && b <= 2 && (c == 2 || c == 4)) || (a == 4 && b <= 2 && c <= 2);
    }

    boolean looksLikeIPv4() {
        if (groups.length != 4 || !seps.equals(".")) {
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
        if (groups.length < 2 || groups[0] > 3 || seps.length() != 1 || " .,'".indexOf(seps.charAt(0)) < 0) {
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
        int y = Integer.parseInt(digitString.substring(0, 4));
        return y >= 1900 && y <= 2099;
    }
}
