package io.tappass.pipeline.pii;

import java.util.Collection;

/**
 * An immutable set of lower-case words that answers "is text[from, to) one of them, ignoring case?" without
 * allocating (open addressing over a case-folded hash), so that context and name lookups cost no garbage.
 */
final class WordSet {

    private final String[] table;
    private final int mask;
    private final int maxLength;
    private final int minLength;
    /**
     * Bloom bits of the words' (first, last) character pairs, folded character & 63: row = first, bit = last.
     * Most words fail here, before any hashing.
     */
    private final long[] pairs = new long[64];
    /**
     * Bloom bits of the words' first two characters, folded character & 63: row = first, bit = second (a word of
     * one character sets nothing).
     */
    private final long[] prefixes = new long[64];
    /** Bit k set when some word has length k (lengths of 64 and more share bit 63). */
    private final long lengths;

    WordSet(Collection<String> words) {
        int cap = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
        table = new String[cap];
        mask = cap - 1;
        int max = 0;
        int min = Integer.MAX_VALUE;
        long lens = 0;
        for (String w : words) {
            String lw = w.toLowerCase(java.util.Locale.ROOT);
            max = Math.max(max, lw.length());
            if (!lw.isEmpty()) {
                min = Math.min(min, lw.length());
                pairs[lw.charAt(0) & 63] |= 1L << (lw.charAt(lw.length() - 1) & 63);
                if (lw.length() >= 2) {
                    prefixes[lw.charAt(0) & 63] |= 1L << (lw.charAt(1) & 63);
                }
                lens |= 1L << Math.min(lw.length(), 63);
            }
            int i = hash(lw, 0, lw.length()) & mask;
            while (table[i] != null && !table[i].equals(lw)) {
                i = (i + 1) & mask;
            }
            table[i] = lw;
        }
        maxLength = max;
        minLength = min == Integer.MAX_VALUE ? 1 : min;
        lengths = lens;
    }

    private static char fold(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }

    static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            h = 31 * h + (c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : Character.toLowerCase(c));
        }
        return h ^ (h >>> 16);
    }

    /** Whether {@code s[from, to)} is in the set, ignoring case. */
    boolean contains(CharSequence s, int from, int to) {
        int len = to - from;
        if (len < minLength || len > maxLength || (lengths & (1L << Math.min(len, 63))) == 0
                || (pairs[fold(s.charAt(from)) & 63] & (1L << (fold(s.charAt(to - 1)) & 63))) == 0) {
            return false;
        }
        int i = hash(s, from, to) & mask;
        String w;
        while ((w = table[i]) != null) {
            if (w.length() == len && equalsIgnoreCase(w, s, from)) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /**
     * False when no word of the set starts with {@code a b} ignoring case (a cheap necessary condition for
     * {@link #contains} of any text starting with those two characters).
     */
    boolean mayStartWith(char a, char b) {
        return (prefixes[fold(a) & 63] & (1L << (fold(b) & 63))) != 0;
    }

    /** The length of the longest word (0 for an empty set). */
    int maxLength() {
        return maxLength;
    }

    /** Whether the whole word is in the set. */
    boolean contains(String word) {
        return contains(word, 0, word.length());
    }

    private static boolean equalsIgnoreCase(String w, CharSequence s, int from) {
        for (int k = 0; k < w.length(); k++) {
            char c = s.charAt(from + k);
            if (w.charAt(k) != (c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c))) {
                return false;
            }
        }
        return true;
    }
}
