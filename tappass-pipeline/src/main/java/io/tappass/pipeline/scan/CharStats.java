package io.tappass.pipeline.scan;

/**
 * What one pass over a part's characters tells the steps that have an ASCII fast path: whether the text is plain
 * ASCII, and where its first unpaired UTF-16 surrogate is (how invalid UTF-8 surfaces after lenient decoding).
 *
 * <p>Computed once per text version through {@link TextPart#analysis(Object, java.util.function.Function,
 * TextPart.Rebaser)} and carried across redactions without a rescan: an ASCII text whose spans were replaced by ASCII
 * masks is still ASCII, so {@code validate_input}, {@code detect_unicode} and the normaliser share one walk over a
 * large prompt instead of each making its own.
 *
 * @param ascii                  every character is below U+0080
 * @param firstUnpairedSurrogate index of the first high surrogate without a following low surrogate or of the first
 *                               lone low surrogate; -1 when the text is valid UTF-16
 */
public record CharStats(boolean ascii, int firstUnpairedSurrogate) {

    private static final Object KEY = CharStats.class;
    private static final CharStats ASCII = new CharStats(true, -1);

    /** The statistics of a part's current text, cached per text version. */
    public static CharStats of(TextPart part) {
        return part.analysis(KEY, CharStats::of, CharStats::rebase);
    }

    /** The statistics of {@code text}. */
    public static CharStats of(String text) {
        int n = text.length();
        int i = io.tappass.pipeline.internal.Texts.asciiPrefix(text);
        if (i == n) {
            return ASCII;
        }
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c < Character.MIN_SURROGATE) {
                continue;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return new CharStats(false, i);
                }
            } else if (Character.isLowSurrogate(c)) {
                return new CharStats(false, i);
            }
        }
        return new CharStats(false, -1);
    }

    /** An ASCII text stays ASCII when every replacement is ASCII; anything else is recomputed. */
    private static CharStats rebase(CharStats previous, String previousText, String text, TextPart.Edits edits) {
        if (!previous.ascii) {
            return null;
        }
        for (int e = 0; e < edits.size(); e++) {
            for (int i = edits.newStart(e), end = edits.newEnd(e); i < end; i++) {
                if (text.charAt(i) >= 0x80) {
                    return null;
                }
            }
        }
        return ASCII;
    }
}
