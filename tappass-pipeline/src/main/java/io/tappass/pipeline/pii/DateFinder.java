package io.tappass.pipeline.pii;

/** Finds the first calendar date in a small window (numeric {@code 12/03/1985}, {@code 1985-03-12}, or textual). */
final class DateFinder {

    /** Receives a date span. */
    interface Sink {
        void date(int start, int end);
    }

    private DateFinder() {
    }

    /** Reports the first date starting within [from, to) of {@code text}. */
    static void find(String text, int from, int to, Sink sink) {
        int n = text.length();
        int i = from;
        while (i < to && i < n) {
            char c = text.charAt(i);
            if (PiiDetector.isDigit(c) && (i == 0 || !Chars.letterOrDigit(text.charAt(i - 1)))) {
                int e = numeric(text, i);
                if (e < 0) {
                    e = textual(text, i);
                }
                if (e > 0) {
                    sink.date(i, e);
                    return;
                }
            } else if (Chars.letter(c) && (i == 0 || !Chars.letter(text.charAt(i - 1)))) {
                int e = textual(text, i);
                if (e > 0) {
                    sink.date(i, e);
                    return;
                }
            }
            i++;
        }
    }

    private static int readDigits(String s, int p, int max) {
        int q = p;
        while (q < s.length() && q - p <= max && PiiDetector.isDigit(s.charAt(q))) {
            q++;
        }
        return q - p > max ? -1 : q;
    }

    /** End of a numeric date at p, or -1. */
    static int numeric(String s, int p) {
        int n = s.length();
        int[] start = new int[3];
        int[] len = new int[3];
        int q = p;
        char sep = 0;
        for (int g = 0; g < 3; g++) {
            if (g > 0) {
                if (q >= n) {
                    return -1;
                }
                char c = s.charAt(q);
                if (g == 1 && "./-".indexOf(c) >= 0) {
                    sep = c;
                } else if (c != sep) {
                    return -1;
                }
                q++;
            }
            int e = readDigits(s, q, 4);
            if (e < 0 || e == q) {
                return -1;
            }
            start[g] = q;
            len[g] = e - q;
            q = e;
        }
        if (q < n && (Chars.letterOrDigit(s.charAt(q)) || (s.charAt(q) == sep && q + 1 < n
                && PiiDetector.isDigit(s.charAt(q + 1))))) {
            return -1;
        }
        int a = Integer.parseInt(s.substring(start[0], start[0] + len[0]));
        int b = Integer.parseInt(s.substring(start[1], start[1] + len[1]));
        int c = Integer.parseInt(s.substring(start[2], start[2] + len[2]));
        if (len[0] == 4) {
            return len[1] <= 2 && len[2] <= 2 && b >= 1 && b <= 12 && c >= 1 && c <= 31 ? q : -1;
        }
        if (len[0] > 2 || len[1] > 2 || (len[2] != 2 && len[2] != 4)) {
            return -1;
        }
        boolean dm = a >= 1 && a <= 31 && b >= 1 && b <= 12;
        boolean md = a >= 1 && a <= 12 && b >= 1 && b <= 31;
        return dm || md ? q : -1;
    }

    /** End of a textual date at p ({@code 12 March 1985}, {@code March 12, 1985}, {@code 1. Mai 1990}), or -1. */
    static int textual(String s, int p) {
        int n = s.length();
        int q = p;
        boolean day = false;
        if (PiiDetector.isDigit(s.charAt(q))) {
            int e = readDigits(s, q, 2);
            if (e < 0) {
                return -1;
            }
            if (e + 1 < n && (s.charAt(e) == '-' || s.charAt(e) == '/') && Chars.letter(s.charAt(e + 1))) {
                return joined(s, e, s.charAt(e)); // "03-Jul-1951", "12/Mar/85"
            }
            q = e;
            day = true;
            q = skipOrdinal(s, q);
            if (q < n && s.charAt(q) == '.') {
                q++;
            }
            q = skipSpaces(s, q);
            if (s.regionMatches(true, q, "of ", 0, 3)) {
                q += 3;
            }
            if (s.regionMatches(true, q, "de ", 0, 3)) {
                q += 3;
            }
        }
        int w = q;
        while (w < n && Chars.letter(s.charAt(w))) {
            w++;
        }
        if (w == q || w - q > 10 || !Lexicon.MONTHS.contains(s, q, w)) {
            return -1;
        }
        int end = w;
        q = w;
        if (q < n && s.charAt(q) == '.') {
            q++;
        }
        q = skipSpaces(s, q);
        if (s.regionMatches(true, q, "de ", 0, 3)) {
            q += 3;
        }
        if (!day && q < n && PiiDetector.isDigit(s.charAt(q))) {
            int e = readDigits(s, q, 2);
            if (e > 0 && (e >= n || !PiiDetector.isDigit(s.charAt(e)))) {
                day = true;
                q = skipOrdinal(s, e);
                end = q;
                if (q < n && s.charAt(q) == ',') {
                    q++;
                }
                q = skipSpaces(s, q);
            }
        }
        if (q < n && PiiDetector.isDigit(s.charAt(q))) {
            int e = readDigits(s, q, 4);
            if (e - q == 4 && (e >= n || !Chars.letterOrDigit(s.charAt(e)))) {
                return e;
            }
        }
        return day ? end : -1;
    }

    /**
     * A day written with its month word between dashes or slashes ("03-Jul-1951", "12/Mar/85", "7-juil-1962",
     * twenty-fifth session): after the day's digits, at the separator {@code e}, a month word, the same separator and
     * a year of four or two digits; its end, or -1.
     */
    private static int joined(String s, int e, char sep) {
        int n = s.length();
        int q = e + 1;
        int w = q;
        while (w < n && w - q <= 10 && Chars.letter(s.charAt(w))) {
            w++;
        }
        if (w - q > 10 || w + 2 >= n || s.charAt(w) != sep || !Lexicon.MONTHS.contains(s, q, w)) {
            return -1;
        }
        int y = readDigits(s, w + 1, 4);
        int len = y - (w + 1);
        return (len == 4 || len == 2) && (y >= n || !Chars.letterOrDigit(s.charAt(y))) ? y : -1;
    }

    private static int skipOrdinal(String s, int q) {
        if (s.regionMatches(true, q, "st", 0, 2) || s.regionMatches(true, q, "nd", 0, 2)
                || s.regionMatches(true, q, "rd", 0, 2) || s.regionMatches(true, q, "th", 0, 2)) {
            return q + 2;
        }
        return q;
    }

    /** Skips up to three spaces (a bound keeps what a date depends on local, for rescans around edits). */
    private static int skipSpaces(String s, int q) {
        int limit = Math.min(s.length(), q + 3);
        while (q < limit && s.charAt(q) == ' ') {
            q++;
        }
        return q;
    }
}
