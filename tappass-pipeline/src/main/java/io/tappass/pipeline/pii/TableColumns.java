package io.tappass.pipeline.pii;

/**
 * Columns of delimited tables (CSV, TSV, semicolon or pipe separated lines): the header cell above a value, so that a
 * header such as {@code nhs_number}, {@code bsn} or {@code geboortedatum} gives every row of its column the context a
 * word next to the value would (not only the first row, which the context window reaches).
 *
 * <p>A table is a run of consecutive lines with the same number of one separator ({@code , ; TAB |}); its header is
 * the first line of the run and must hold no digit. Quoting is not parsed (a quoted separator shifts the columns of
 * its line, which then no longer counts as a row of the table). Bounded: a header counts within {@value #MAX_BACK}
 * characters above a value, lines are read up to {@value #MAX_LINE} characters, and a {@link Memo} of the last run
 * makes each further row of it cost one line.
 */
final class TableColumns {

    static final int MAX_BACK = 1 << 18;
    static final int MAX_LINE = 600;

    private TableColumns() {
    }

    /** The separator bounding the cell [start, end) of a table row, or 0 when it is not a whole cell. */
    static char separatorOf(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : '\n';
        char after = end < text.length() ? text.charAt(end) : '\n';
        char sep = isSep(before) ? before : isSep(after) ? after : 0;
        if (sep == 0 || !(before == sep || before == '\n' || before == '\r' || start == 0)
                || !(after == sep || after == '\n' || after == '\r' || end == text.length())) {
            return 0;
        }
        return sep;
    }

    private static boolean isSep(char c) {
        return c == ',' || c == ';' || c == '\t' || c == '|';
    }

    private static int lineStart(String text, int p) {
        int lim = Math.max(0, p - MAX_LINE);
        int i = p;
        while (i > lim && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i == lim && lim > 0 && text.charAt(lim - 1) != '\n' ? -1 : i;
    }

    private static int lineEnd(String text, int p) {
        int n = text.length();
        int lim = Math.min(n, p + MAX_LINE);
        int i = p;
        while (i < lim && text.charAt(i) != '\n') {
            i++;
        }
        return i < lim || lim == n ? (i > p && text.charAt(i - 1) == '\r' ? i - 1 : i) : -1;
    }

    /** The farthest position {@link #headerCell} reads after a value ending at {@code end}. */
    static int rowEnd(String text, int end) {
        return Math.min(text.length(), end + MAX_LINE);
    }

    private static int count(String text, int from, int to, char sep) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == sep) {
                k++;
            }
        }
        return k;
    }

    /**
     * The header cell above the cell [start, end) bounded by {@code sep}: {@code out[0], out[1]} its range and
     * {@code out[2]} the farthest position read, also when the answer is false (the run's first line, or the value's
     * line start). False when the value is in no table (its
     * line has no separator, there is no line above with the same count of separators), when the run's first line has
     * a digit (a row, not a header) or lies {@value #MAX_BACK} characters or more above the value. The answer depends
     * on the text alone; {@code memo} only saves the walk up for further rows of the same run.
     */
    static boolean headerCell(String text, int start, int end, char sep, int[] out, Memo memo) {
        int ls = lineStart(text, start);
        int le = lineEnd(text, end);
        out[2] = Math.max(0, start - MAX_LINE);
        if (ls < 0 || le < 0) {
            return false;
        }
        out[2] = ls;
        int seps = count(text, ls, le, sep);
        if (seps == 0) {
            return false;
        }
        int col = count(text, ls, start, sep);
        int m = Memo.slot(sep);
        boolean known = memo.seps[m] == seps;
        int top = -1; // the run's first line
        int far = ls; // the farthest position the answer depends on (the line above the run, read to end it)
        boolean header = false;
        if (known && ls >= memo.top[m] && ls <= memo.rowsEnd[m] + 1) {
            top = memo.top[m];
            header = memo.header[m];
            far = memo.readTo[m];
        } else {
            int cur = ls;
            while (cur > 0 && start - cur < MAX_BACK) {
                int prevEnd = cur - 1; // the '\n' ending the line above
                int pe = prevEnd > 0 && text.charAt(prevEnd - 1) == '\r' ? prevEnd - 1 : prevEnd;
                if (known && prevEnd >= memo.top[m] && prevEnd <= memo.rowsEnd[m]) {
                    top = memo.top[m]; // the walk reached a run already known
                    header = memo.header[m];
                    far = memo.readTo[m];
                    break;
                }
                int ps = lineStart(text, prevEnd);
                far = ps < 0 ? Math.max(0, prevEnd - MAX_LINE) : ps;
                if (ps < 0 || count(text, ps, pe, sep) != seps) {
                    break;
                }
                cur = ps;
            }
            if (top < 0) {
                top = cur;
                header = top < ls && start - top < MAX_BACK && noDigit(text, top, lineEnd(text, top));
            }
            memo.seps[m] = seps;
            memo.top[m] = top;
            memo.header[m] = header;
            memo.rowsEnd[m] = le;
            memo.readTo[m] = far;
        }
        memo.rowsEnd[m] = Math.max(memo.rowsEnd[m], le);
        out[2] = Math.min(ls, far);
        if (!header || start - top >= MAX_BACK) {
            return false;
        }
        return cell(text, top, sep, col, out);
    }

    private static boolean noDigit(String text, int from, int to) {
        if (to < 0) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return false; // the first line of the run is a row: no header
            }
        }
        return true;
    }

    /** Cell {@code col} of the header line starting at {@code header}: {@code out[0], out[1]}. */
    private static boolean cell(String text, int header, char sep, int col, int[] out) {
        int he = lineEnd(text, header);
        int c = header;
        for (int k = 0; k < col; k++) {
            c = text.indexOf(sep, c) + 1;
        }
        int ce = text.indexOf(sep, c);
        out[0] = c;
        out[1] = ce < 0 || ce > he ? he : ce;
        return true;
    }

    /**
     * Per separator, the last run of lines walked by a scan: the separators per line, the run's first line, whether
     * that line is a header, and the end of the last line known to be in the run. A fact of the text alone (the run
     * is what it is), so a scan in any order may reuse it: every further row costs one line, not a walk up.
     */
    static final class Memo {
        // one run per separator, so that cells bounded by different separators do not evict each other's run
        final int[] seps = {-1, -1, -1, -1};
        /** The first line of the run (its header when {@link #header}). */
        final int[] top = {-1, -1, -1, -1};
        final boolean[] header = new boolean[4];
        final int[] rowsEnd = {-2, -2, -2, -2};
        /** The farthest position the run's walk read (the start of the line above the run). */
        final int[] readTo = new int[4];

        static int slot(char sep) {
            return sep == ',' ? 0 : sep == ';' ? 1 : sep == '\t' ? 2 : 3;
        }
    }
}
