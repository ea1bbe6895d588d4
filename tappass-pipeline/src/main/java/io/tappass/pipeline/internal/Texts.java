package io.tappass.pipeline.internal;

/** Bounded string searches used by the detectors to stay linear on adversarial input. Internal. */
public final class Texts {

    private Texts() {
    }

    /**
     * {@code text.indexOf(needle, from)} restricted to occurrences starting before {@code limit}, without scanning
     * beyond it; -1 when none.
     */
    public static int indexOf(String text, String needle, int from, int limit) {
        char first = needle.charAt(0);
        int max = Math.min(limit, text.length() - needle.length() + 1);
        for (int i = Math.max(0, from); i < max; i++) {
            if (text.charAt(i) == first && text.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }
}
