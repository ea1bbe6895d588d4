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
     * independent polynomial lanes over a chunk buffer, each taking four 16-bit characters per step, instead of
     * {@link String#hashCode()}'s single serial chain, and with 64 bits instead of 32 (1 MiB in about 0.3 ms, half
     * the time of one character per step).
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
            // Four characters packed into each lane's 64-bit input: 16 characters per four multiplications.
            for (; i + 15 < len; i += 16) {
                h0 = h0 * M + pack(buf, i);
                h1 = h1 * M + pack(buf, i + 4);
                h2 = h2 * M + pack(buf, i + 8);
                h3 = h3 * M + pack(buf, i + 12);
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

    /** Characters {@code b[i, i + 4)} as one 64-bit value (injective: each keeps its own 16 bits). */
    private static long pack(char[] b, int i) {
        return b[i] | (long) b[i + 1] << 16 | (long) b[i + 2] << 32 | (long) b[i + 3] << 48;
    }
}
