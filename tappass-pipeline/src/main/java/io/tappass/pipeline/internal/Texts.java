package io.tappass.pipeline.internal;

/** Bounded string searches used by the detectors to stay linear on adversarial input, and a UTF-8 check. Internal. */
public final class Texts {

    private Texts() {
    }

    /**
     * Whether {@code b[from, to)} is well-formed UTF-8 (the Unicode standard's table of well-formed byte sequences,
     * RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), which is what the JDK's strict decoder
     * accepts; checked without allocating. Shared by the normaliser's decoders and the client's body parser.
     */
    public static boolean validUtf8(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                lo = c == 0xE0 ? 0xA0 : 0x80;
                hi = c == 0xED ? 0x9F : 0xBF;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                lo = c == 0xF0 ? 0x90 : 0x80;
                hi = c == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            if (i + need >= to) {
                return false; // truncated
            }
            int c1 = b[i + 1] & 0xFF;
            if (c1 < lo || c1 > hi) {
                return false;
            }
            for (int k = 2; k <= need; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += need + 1;
        }
        return true;
    }

    /** Whether {@code c} is a character of {@code java.util.regex}'s {@code \w}: an ASCII letter or digit, or '_'. */
    public static boolean asciiWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /**
     * Whether a sentence ends at {@code i}: a line break, or . ! ? followed by a blank (so "gmail.com", "v1.2" and
     * "e.g." inside a word end none).
     */
    public static boolean sentenceEnd(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || (c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                && Character.isWhitespace(text.charAt(i + 1));
    }

    /**
     * The earliest occurrence in [from, limit) of any of {@code needles} (each starting before {@code limit}), or -1.
     */
    public static int firstOf(String text, String[] needles, int from, int limit) {
        int best = -1;
        for (String needle : needles) {
            int k = indexOf(text, needle, from, best < 0 ? limit : best);
            if (k >= 0) {
                best = k;
            }
        }
        return best;
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

    /**
     * {@code text.indexOf(needle, from)}, found through the needle's least frequent character: the JDK's
     * {@code indexOf(char)} is vectorised, its {@code indexOf(String)} is not (on Latin-1 strings it compares at
     * every occurrence of the needle's first character), so on prose {@code "arn:"} is found about three times and
     * {@code "/subscriptions/"} twenty times faster (measured on 1 MiB). Linear: each occurrence of the anchor
     * character costs at most one comparison of the needle.
     *
     * @throws IllegalArgumentException for an empty needle
     */
    public static int find(String text, String needle, int from) {
        int k = rarest(needle);
        char c = needle.charAt(k);
        int start = Math.max(0, from);
        for (int p = text.indexOf(c, start + k); p >= 0; p = text.indexOf(c, p + 1)) {
            if (text.startsWith(needle, p - k)) {
                return p - k;
            }
        }
        return -1;
    }

    /** Whether {@code needle} occurs in {@code text} (see {@link #find}). */
    public static boolean contains(String text, String needle) {
        return find(text, needle, 0) >= 0;
    }

    /** The index of {@code needle}'s least frequent character in ordinary text (the first one on ties). */
    private static int rarest(String needle) {
        if (needle.isEmpty()) {
            throw new IllegalArgumentException("needle must not be empty");
        }
        int best = 0;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < needle.length(); i++) {
            char c = needle.charAt(i);
            int rank = c < 128 ? FREQUENCY[c] : 0;
            if (rank < bestRank) {
                best = i;
                bestRank = rank;
            }
        }
        return best;
    }

    /**
     * Rough frequency of ASCII characters in English prose and code (per mille; letters after common English letter
     * frequency tables, upper case a tenth of lower case, punctuation and digits estimated), used to choose the
     * anchor of {@link #find}; unlisted characters count as 1.
     */
    private static final int[] FREQUENCY = new int[128];

    static {
        java.util.Arrays.fill(FREQUENCY, 1);
        String letters = "etaoinsrhdlcumfwgypbvkxjqz";
        int[] perMille = {95, 68, 62, 58, 55, 55, 50, 48, 45, 32, 32, 25, 22, 20, 16, 15, 15, 14, 15, 12, 8, 6, 2, 1,
            1, 1};
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            FREQUENCY[c] = perMille[i];
            FREQUENCY[Character.toUpperCase(c)] = Math.max(1, perMille[i] / 10);
        }
        FREQUENCY[' '] = 170;
        FREQUENCY['.'] = 10;
        FREQUENCY[','] = 10;
        FREQUENCY['\n'] = 8;
        for (char d = '0'; d <= '9'; d++) {
            FREQUENCY[d] = 2;
        }
        FREQUENCY['-'] = 3;
        FREQUENCY['\''] = 2;
        FREQUENCY['"'] = 2;
    }

    private static final ThreadLocal<char[]> HASH_BUFFER = ThreadLocal.withInitial(() -> new char[2048]);
    private static final ThreadLocal<byte[]> BYTE_BUFFER = ThreadLocal.withInitial(() -> new byte[4096]);
    private static final long M = 0x9E3779B97F4A7C15L; // odd 64-bit multiplier (the golden-ratio constant)
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /**
     * Whether a canonical UUID ({@code 8-4-4-4-12} hex digits of either case) starts at {@code at} of {@code s}
     * (false when it would not fit). The dashes at 13, 18 and 23 are compared first: most candidates (ids of eight
     * and four hex digits in log lines) fail there without their digits being read.
     */
    public static boolean uuidAt(CharSequence s, int at) {
        if (at < 0 || at + 36 > s.length() || s.charAt(at + 13) != '-' || s.charAt(at + 18) != '-'
                || s.charAt(at + 23) != '-') {
            return false;
        }
        for (int k = 0; k < 36; k++) {
            char c = s.charAt(at + k);
            if (k == 8 || k == 13 || k == 18 || k == 23 ? c != '-'
                    : !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    /** The length of {@code s}'s leading run of ASCII characters ({@code s.length()} for an ASCII text). */
    public static int asciiPrefix(String s) {
        // a plain charAt loop: the JIT hoists the string's coder test out of it (1 MiB in about 0.1 ms; a chunked
        // copy with an or-reduction over each chunk measured twice as slow)
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 0x80) {
            i++;
        }
        return i;
    }

    /**
     * A 64-bit hash of {@code s}'s characters for recognising a text seen before (not for security): four
     * independent polynomial lanes instead of {@link String#hashCode()}'s single serial chain, and with 64 bits
     * instead of 32. An ASCII text is hashed eight characters (bytes) per lane step, any other text four
     * characters per step; which one depends on the text alone, so equal texts always hash alike.
     */
    public static long hash64(String s) {
        return hash64(s, asciiPrefix(s) == s.length());
    }

    /**
     * {@link #hash64(String)} for a text whose ASCII-ness the caller knows already (from a shared analysis such as
     * {@code CharStats}), without the pass that finds it out.
     *
     * @param ascii whether every character of {@code s} is below U+0080; must be true exactly when it is
     */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): a plain copy of an ASCII text's bytes
    public static long hash64(String s, boolean ascii) {
        long h0 = 1;
        long h1 = 2;
        long h2 = 3;
        long h3 = 4;
        int n = s.length();
        if (ascii) {
            // 1 MiB in about 0.1 ms (0.3 ms four characters per step)
            byte[] buf = BYTE_BUFFER.get();
            for (int off = 0; off < n; off += buf.length) {
                int len = Math.min(buf.length, n - off);
                s.getBytes(off, off + len, buf, 0);
                int i = 0;
                for (; i + 31 < len; i += 32) {
                    h0 = h0 * M + (long) LONGS.get(buf, i);
                    h1 = h1 * M + (long) LONGS.get(buf, i + 8);
                    h2 = h2 * M + (long) LONGS.get(buf, i + 16);
                    h3 = h3 * M + (long) LONGS.get(buf, i + 24);
                }
                for (; i < len; i++) {
                    h0 = h0 * M + buf[i];
                }
            }
        } else {
            char[] buf = HASH_BUFFER.get();
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
