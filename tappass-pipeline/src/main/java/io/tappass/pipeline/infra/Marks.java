package io.tappass.pipeline.infra;

/**
 * The positions in a text of one character followed by an ASCII letter or digit, ascending: the dots inside
 * "10.0.0.7", "db.corp" or "jane.doe@example.com" but not a sentence's full stop, the dashes of "i-0a1b2c3d" but not
 * of " - ". Every scanner of {@link InfraDetector} that starts at such a character reads this list, filled by one
 * {@code String.indexOf(char)} pass, instead of making its own pass: each call of the vectorised {@code indexOf}
 * costs about 6 ns, and on the 1 MiB benchmark prompt its 16,008 dots (12,800 of them full stops) were walked by five
 * passes (addresses, host names and three cloud hosts' anchors): {@code InfraDetector.scan} there 0.93 -> 0.59 ms of
 * thread CPU (thirty-seventh session, both builds in one JVM), and faster on every other kind of text measured (JSON
 * logs 3.28 -> 3.05 ms, source code 4.51 -> 3.86, EU prose 2.03 -> 1.35).
 *
 * <p>Lent per thread to one scan at a time and refilled by it ({@link #fill}): a scan allocates nothing for it (the
 * 1 KiB prompt's call counts its bytes), and a MiB of JSON log lines (26,000 dots) does not grow a new array on every
 * call (growing from 64 entries each time made {@code Marks.fill} cost 1.0 instead of 0.18 ms there). A list grown
 * past {@value #KEEP} positions is not kept ({@link #trim}).
 */
final class Marks implements InfraDetector.Finder {

    /** The most positions whose array is kept from one scan to the next (256 KiB). */
    static final int KEEP = 1 << 16;

    private int[] at = new int[64];
    private int size;

    /**
     * Makes this the list of {@code c}'s positions in {@code text} that are followed by an ASCII letter or digit.
     *
     * @return this
     */
    Marks fill(String text, char c) {
        size = 0;
        int last = text.length() - 1;
        for (int p = text.indexOf(c); p >= 0 && p < last; p = text.indexOf(c, p + 1)) {
            char next = text.charAt(p + 1);
            if (next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' || next >= '0' && next <= '9') {
                add(p);
            }
        }
        return this;
    }

    /** Drops an array grown past {@link #KEEP} positions, once the scan that filled it has ended. */
    void trim() {
        if (at.length > KEEP) {
            at = new int[64];
        }
    }

    /** Appends {@code p}, which must be after every position so far. */
    void add(int p) {
        if (size == at.length) {
            at = java.util.Arrays.copyOf(at, 2 * size);
        }
        at[size++] = p;
    }

    /** The number of positions. */
    int size() {
        return size;
    }

    /** The {@code k}-th position. */
    int get(int k) {
        return at[k];
    }

    /** The index of the first position at or after {@code from}, looking from index {@code k} on; size() if none. */
    int next(int from, int k) {
        while (k < size && at[k] < from) {
            k++;
        }
        return k;
    }

    /**
     * {@code text.indexOf(needle, from)} for a {@code needle} that starts with this list's character followed by an
     * ASCII letter or digit (such as ".dkr.ecr"): every occurrence is at one of the positions.
     */
    @Override
    public int find(String text, String needle, int from) {
        char second = needle.charAt(1); // compared first: most marks are followed by another letter or digit
        int k = java.util.Arrays.binarySearch(at, 0, size, Math.max(0, from));
        for (k = k >= 0 ? k : -k - 1; k < size; k++) {
            int p = at[k];
            if (text.charAt(p + 1) == second && text.startsWith(needle, p)) {
                return p;
            }
        }
        return -1;
    }
}
