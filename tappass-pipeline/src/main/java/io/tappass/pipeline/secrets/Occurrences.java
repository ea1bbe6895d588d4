package io.tappass.pipeline.secrets;

import io.tappass.pipeline.internal.Texts;

/**
 * Where a hand-written finder looks for its anchor text: the ascending keyword occurrences the prefilter found
 * for the finder's rule (ASCII case-insensitive, so a superset of the anchor's exact occurrences when the anchor
 * starts with a keyword), or, without them, the whole text. {@link #next} then returns what
 * {@code Texts.find(text, anchor, from)} returns, without a pass over the text per finder (a finder whose keyword
 * occurs once used to search the whole MiB for its anchor). Not thread-safe: one per finder call.
 */
final class Occurrences {

    /** No keyword positions: {@link #next} searches the text. */
    static final Occurrences TEXT = new Occurrences(null, 0);

    private final int[] starts;
    private final int count;
    private int k;
    private int lastFrom;

    /**
     * @param starts ascending keyword occurrences (only {@code [0, count)} is read), or null to search the text
     */
    Occurrences(int[] starts, int count) {
        this.starts = starts;
        this.count = count;
    }

    /**
     * The first occurrence of {@code anchor} at or after {@code from}, or -1. With keyword positions, the anchor
     * must start with one of the rule's keywords (ASCII case-insensitively), so that every occurrence of the anchor
     * is among them.
     */
    /**
     * Starts a new pass from the first occurrence, for a finder that looks for several anchors one after the other
     * ({@link #next} only moves forward while {@code from} does not go back).
     */
    void restart() {
        if (starts == null) {
            return; // TEXT is shared: no state to reset
        }
        k = 0;
        lastFrom = 0;
    }

    int next(String text, String anchor, int from) {
        if (starts == null) {
            return Texts.find(text, anchor, from);
        }
        if (from < lastFrom) {
            k = 0;
        }
        lastFrom = from;
        while (k < count && starts[k] < from) {
            k++;
        }
        for (int i = k; i < count; i++) {
            if (text.startsWith(anchor, starts[i])) {
                k = i;
                return starts[i];
            }
        }
        k = count;
        return -1;
    }
}
