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

    private static final ThreadLocal<char[]> HASH_BUFFER = ThreadLocal.withInitial(() -> new char[2048]);
    private static final long M = 0x9E3779B97F4A7C15L; // odd 64-bit multiplier (the golden-ratio constant)

    /**
     * A 64-bit hash of {@code s}'s characters for recognising a text seen before (not for security): four
     * independent polynomial lanes over a chunk buffer, so a 1 MiB prompt hashes several times faster than with
     * {@link String#hashCode()}'s single serial chain, and with 64 bits instead of 32.
     */
    public static long hash64(String s) {
        char[] buf = HASH_BUFFER.get();
        long h0 = 1;
        long h1 = 2;
        long h2 = 3;
        long h3 = 4;
        int n = s.length();
        for (int off = 0; off < n; off += buf.length) {
            int len = Math.min(buf.length, n - off);
            s.getChars(off, off + len, buf, 0);
            int i = 0;
            for (; i + 3 < len; i += 4) {
                h0 = h0 * M + buf[i];
                h1 = h1 * M + buf[i + 1];
                h2 = h2 * M + buf[i + 2];
                h3 = h3 * M + buf[i + 3];
            }
            for (; i < len; i++) {
                h0 = h0 * M + buf[i];
            }
        }
        long h = n;
        h = (h ^ h0) * M;
        h = (Long.rotateLeft(h, 29) ^ h1) * M;
        h = (Long.rotateLeft(h, 29) ^ h2) * M;
        h = (Long.rotateLeft(h, 29) ^ h3) * M;
        return h ^ h >>> 32;
    }
}
