package io.tappass.pipeline.pii;

/**
 * Columns of delimited tables (CSV, TSV, semicolon or pipe separated lines): the header cell above a value, so that a
 * header such as {@code nhs_number}, {@code bsn} or {@code geboortedatum} gives every row of its column the context a
 * word next to the value would (not only the first row, which the context window reaches).
 *
 * <p>A table is a run of consecutive lines with the same number of one separator ({@code , ; TAB |}); its header is
 * the first line of the run and must hold no digit. Quoting is not parsed (a quoted separator shifts the columns of
 * its line, which then no longer counts as a row of the table). Bounded: at most {@value #MAX_LINES} lines and
 * {@value #MAX_BACK} characters are read above a value, {@value #MAX_LINE} characters per line. Stateless.
 */
final class TableColumns {

    static final int MAX_LINES = 200;
    static final int MAX_BACK = 20_000;
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
        return i > lim || lim == 0 ? i : -1;
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
     * {@code out[2]} the header line's start (the farthest position read). False when the value is in no table (its
     * line has no separator, there is no line above with the same count of separators, or the first such line has a
     * digit and so is a row, not a header).
     */
    static boolean headerCell(String text, int start, int end, char sep, int[] out) {
        int ls = lineStart(text, start);
        int le = lineEnd(text, end);
        if (ls < 0 || le < 0) {
            return false;
        }
        int seps = count(text, ls, le, sep);
        if (seps == 0) {
            return false;
        }
        int col = count(text, ls, start, sep);
        int header = -1;
        int cur = ls;
        for (int lines = 0; lines < MAX_LINES && cur > 0 && start - cur < MAX_BACK; lines++) {
            int prevEnd = cur - 1; // the '\n' ending the line above
            int pe = prevEnd > 0 && text.charAt(prevEnd - 1) == '\r' ? prevEnd - 1 : prevEnd;
            int ps = lineStart(text, prevEnd);
            if (ps < 0 || count(text, ps, pe, sep) != seps) {
                break;
            }
            header = ps;
            cur = ps;
        }
        if (header < 0) {
            return false;
        }
        int he = lineEnd(text, header);
        for (int i = header; i < he; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return false; // the first line of the run is a row: no header
            }
        }
        int c = header;
        for (int k = 0; k < col; k++) {
            c = text.indexOf(sep, c) + 1;
        }
        int ce = text.indexOf(sep, c);
        out[0] = c;
        out[1] = ce < 0 || ce > he ? he : ce;
        out[2] = header;
        return true;
    }

    /** Receives the range of one cell. */
    interface CellSink {
        void cell(int start, int end);
    }

    /**
     * The cells under the header cell ending at {@code headerCellEnd} (bounded by {@code sep}): every following line
     * with the header's count of separators, until the first that differs. Returns the end of the last row read.
     */
    static int columnBelow(String text, int headerCellStart, int headerCellEnd, char sep, CellSink sink) {
        int hs = lineStart(text, headerCellStart);
        int he = lineEnd(text, headerCellEnd);
        if (hs < 0 || he < 0) {
            return headerCellEnd;
        }
        int seps = count(text, hs, he, sep);
        int col = count(text, hs, headerCellStart, sep);
        if (seps == 0) {
            return headerCellEnd;
        }
        int n = text.length();
        int p = he < n && text.charAt(he) == '\r' ? he + 2 : he + 1;
        int last = he;
        for (int lines = 0; lines < MAX_LINES && p < n && p - he < MAX_BACK; lines++) {
            int le = lineEnd(text, p);
            if (le < 0 || count(text, p, le, sep) != seps) {
                break;
            }
            int c = p;
            for (int k = 0; k < col; k++) {
                c = text.indexOf(sep, c) + 1;
            }
            int ce = text.indexOf(sep, c);
            sink.cell(c, ce < 0 || ce > le ? le : ce);
            last = le;
            p = le < n && text.charAt(le) == '\r' ? le + 2 : le + 1;
        }
        return last;
    }
}
