package io.tappass.pipeline.pii;

import java.util.Collection;

/**
 * An immutable set of lower-case words that answers "is text[from, to) one of them, ignoring case?" without
 * allocating, so that context and name lookups cost no garbage.
 *
 * <p>Words of up to 8 characters that fold to Latin-1 (nearly all of them) are packed into a {@code long}, one
 * folded character per byte, and kept in an open-addressing table of longs: a lookup folds the text once into its
 * {@linkplain #key key} and compares one long, and a caller that checks one word against several sets computes the
 * key once ({@link #containsKey}). Longer words and words with other characters are kept in a second table of
 * strings (open addressing over a case-folded hash).
 */
final class WordSet {

    /** Packed keys; 0 marks an empty slot (a key is never 0: words are non-empty and have no NUL). */
    private final long[] keys;
    private final int keyShift;
    /** The words that cannot be packed. */
    private final String[] table;
    private final boolean noUnpacked;
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

    /** The words as given (for unions of sets). */
    private final java.util.List<String> source;

    WordSet(Collection<String> words) {
        source = java.util.List.copyOf(words);
        int cap = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
        keys = new long[cap];
        keyShift = 64 - Integer.numberOfTrailingZeros(cap);
        java.util.List<String> unpacked = new java.util.ArrayList<>();
        int max = 0;
        int min = Integer.MAX_VALUE;
        long lens = 0;
        for (String w : words) {
            String lw = w.toLowerCase(java.util.Locale.ROOT);
            max = Math.max(max, lw.length());
            if (lw.isEmpty()) {
                continue; // never found: a lookup of an empty range is rejected by the length check
            }
            min = Math.min(min, lw.length());
            pairs[lw.charAt(0) & 63] |= 1L << (lw.charAt(lw.length() - 1) & 63);
            if (lw.length() >= 2) {
                prefixes[lw.charAt(0) & 63] |= 1L << (lw.charAt(1) & 63);
            }
            lens |= 1L << Math.min(lw.length(), 63);
            long k = pack(lw);
            if (k == 0) {
                unpacked.add(lw);
                continue;
            }
            int i = slot(k);
            while (keys[i] != 0 && keys[i] != k) {
                i = (i + 1) & (cap - 1);
            }
            keys[i] = k;
        }
        int tcap = Integer.highestOneBit(Math.max(4, unpacked.size() * 3)) << 1;
        table = new String[tcap];
        mask = tcap - 1;
        noUnpacked = unpacked.isEmpty();
        for (String lw : unpacked) {
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

    /** A lower-case word packed like {@link #key}, or 0 when it cannot be. */
    private static long pack(String lw) {
        if (lw.length() > 8) {
            return 0;
        }
        long k = 0;
        for (int i = lw.length() - 1; i >= 0; i--) {
            char c = lw.charAt(i);
            if (c == 0 || c > 0xff) {
                return 0;
            }
            k = k << 8 | c;
        }
        return k;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> keyShift);
    }

    private static char fold(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }

    /**
     * The case-folded characters of {@code s[from, to)} packed into a long (character k in byte k), or 0 when the
     * range is empty, longer than 8 characters, or has a character that does not fold to Latin-1 (then only
     * {@link #contains} can answer).
     */
    static long key(CharSequence s, int from, int to) {
        int len = to - from;
        if (len <= 0 || len > 8) {
            return 0;
        }
        long k = 0;
        for (int i = to - 1; i >= from; i--) {
            char c = s.charAt(i);
            int f;
            if (c < 128) {
                f = c >= 'A' && c <= 'Z' ? c + 32 : c;
                if (f == 0) {
                    return 0;
                }
            } else {
                f = Character.toLowerCase(c);
                if (f > 0xff) {
                    return 0;
                }
            }
            k = k << 8 | f;
        }
        return k;
    }

    /**
     * {@link #key} of a lower-case ASCII word of 1..8 characters held in {@code buf[s, s + len)}: its bytes packed
     * straight from the array (for the per-word checks of a scan's buffer, without the case and range tests).
     */
    static long lowerKey(char[] buf, int s, int len) {
        long k = 0;
        for (int i = s + len - 1; i >= s; i--) {
            k = k << 8 | buf[i];
        }
        return k;
    }

    /** Whether the word with this {@link #key} (not 0) is in the set. */
    boolean containsKey(long key) {
        return indexOf(keys, slot(key), key) >= 0;
    }

    /**
     * The index of {@code key} (not 0) in an open-addressed table of packed keys whose probe starts at {@code i};
     * -1 when an empty slot (0) comes first. Shared by the set and {@link Flags}.
     */
    private static int indexOf(long[] keys, int i, long key) {
        int m = keys.length - 1;
        long k;
        while ((k = keys[i]) != 0) {
            if (k == key) {
                return i;
            }
            i = (i + 1) & m;
        }
        return -1;
    }

    /**
     * Whether {@code s[from, to)} is in the set, ignoring case, given its {@link #key} (0 when it has none): for
     * callers that look one word up in several sets.
     */
    boolean contains(CharSequence s, int from, int to, long key) {
        if (key != 0) {
            return containsKey(key);
        }
        // a long word (or one with a character past U+00FF): the length and first/last-letter filters reject most
        // before their hash is computed (a match needs them: they are taken from the set's own folded words)
        return !noUnpacked && mayContain(s, from, to) && containsUnpacked(s, from, to);
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
    /** The length and first/last-character filters of a lookup of s[from, to): false when it cannot be in the set. */
    private boolean mayContain(CharSequence s, int from, int to) {
        int len = to - from;
        return len >= minLength && len <= maxLength && (lengths & (1L << Math.min(len, 63))) != 0
                && (pairs[fold(s.charAt(from)) & 63] & (1L << (fold(s.charAt(to - 1)) & 63))) != 0;
    }

    boolean contains(CharSequence s, int from, int to) {
        if (!mayContain(s, from, to)) {
            return false;
        }
        long k = key(s, from, to);
        return k != 0 ? containsKey(k) : containsUnpacked(s, from, to);
    }

    /** A range without a key (long, or with characters that do not fold to Latin-1): the string table. */
    private boolean containsUnpacked(CharSequence s, int from, int to) {
        int len = to - from;
        if (noUnpacked || len <= 0 || len > maxLength) {
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
    /** The words this set was built from. */
    java.util.List<String> words() {
        return source;
    }

    int maxLength() {
        return maxLength;
    }

    /** Whether the whole word is in the set. */
    boolean contains(String word) {
        return contains(word, 0, word.length());
    }

    /**
     * Several sets in one table, with per word a bit for each set that holds it: a word looked up in all of them
     * costs one probe ({@link #of}) instead of one per set. The packed words are in a table of longs as in a set;
     * the others (longer than 8 characters, or past Latin-1) in a table of strings, behind a length and
     * first/last-character filter of their own.
     */
    static final class Flags {

        private final WordSet[] sets;
        /** Packed keys as in {@link WordSet#keys}; 0 marks an empty slot. */
        private final long[] keys;
        /** Per slot of {@link #keys}: bit k set when {@code sets[k]} holds the word. */
        private final int[] bits;
        private final int keyShift;
        /** The sets' words that cannot be packed, by {@link WordSet#hash}, as in {@link WordSet#table}. */
        private final String[] longWords;
        /** Per slot of {@link #longWords}: the bits of its sets. */
        private final int[] longBits;
        private final int longMask;
        private final int longMax;
        /** Bloom bits of the long words' (first, last) folded characters & 63, as {@link WordSet#pairs}. */
        private final long[] longPairs = new long[64];
        /**
         * Whether a long word is not its own fold (a character that {@link Character#toLowerCase(char)} changes):
         * its set may then find it by another hash than its own, so the sets themselves are asked for long words.
         */
        private final boolean askSets;

        /** A table of up to 31 sets (so that no word's bits are negative). */
        Flags(WordSet... sets) {
            if (sets.length > 31) {
                throw new IllegalArgumentException("at most 31 sets");
            }
            this.sets = sets.clone();
            java.util.Map<Long, Integer> union = new java.util.LinkedHashMap<>();
            for (int k = 0; k < sets.length; k++) {
                for (long key : sets[k].keys) {
                    if (key != 0) {
                        union.merge(key, 1 << k, (a, b) -> a | b);
                    }
                }
            }
            int cap = Integer.highestOneBit(Math.max(4, union.size() * 3)) << 1;
            keys = new long[cap];
            bits = new int[cap];
            keyShift = 64 - Integer.numberOfTrailingZeros(cap);
            for (java.util.Map.Entry<Long, Integer> en : union.entrySet()) {
                int i = slot(en.getKey());
                while (keys[i] != 0) {
                    i = (i + 1) & (cap - 1);
                }
                keys[i] = en.getKey();
                bits[i] = en.getValue();
            }
            java.util.Map<String, Integer> longUnion = new java.util.LinkedHashMap<>();
            for (int k = 0; k < sets.length; k++) {
                for (String lw : sets[k].table) {
                    if (lw != null) {
                        longUnion.merge(lw, 1 << k, (a, b) -> a | b);
                    }
                }
            }
            int lcap = Integer.highestOneBit(Math.max(4, longUnion.size() * 3)) << 1;
            longWords = new String[lcap];
            longBits = new int[lcap];
            longMask = lcap - 1;
            int max = 0;
            boolean irregular = false;
            for (java.util.Map.Entry<String, Integer> en : longUnion.entrySet()) {
                String lw = en.getKey();
                int i = hash(lw, 0, lw.length()) & longMask;
                while (longWords[i] != null) {
                    i = (i + 1) & longMask;
                }
                longWords[i] = lw;
                longBits[i] = en.getValue();
                max = Math.max(max, lw.length());
                longPairs[lw.charAt(0) & 63] |= 1L << (lw.charAt(lw.length() - 1) & 63);
                irregular |= !isOwnFold(lw);
            }
            longMax = max;
            askSets = irregular;
        }

        private static boolean isOwnFold(String lw) {
            for (int k = 0; k < lw.length(); k++) {
                if (fold(lw.charAt(k)) != lw.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private int slot(long key) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> keyShift);
        }

        /**
         * The bits of the sets that hold {@code s[from, to)} ignoring case, given its {@link #key}: bit k is
         * {@code sets[k].contains(s, from, to, key)}. One probe of one table either way.
         */
        int of(CharSequence s, int from, int to, long key) {
            if (key != 0) {
                return ofKey(key);
            }
            if (!askSets) {
                return ofLong(s, from, to);
            }
            int in = 0;
            for (int k = 0; k < sets.length; k++) {
                if (sets[k].contains(s, from, to, 0)) {
                    in |= 1 << k;
                }
            }
            return in;
        }

        /** The bits of the sets that hold the word s[from, to) without a key; 0 when none does. */
        private int ofLong(CharSequence s, int from, int to) {
            int len = to - from;
            if (len <= 0 || len > longMax
                    || (longPairs[fold(s.charAt(from)) & 63] & (1L << (fold(s.charAt(to - 1)) & 63))) == 0) {
                return 0;
            }
            int i = hash(s, from, to) & longMask;
            String w;
            while ((w = longWords[i]) != null) {
                if (w.length() == len && equalsIgnoreCase(w, s, from)) {
                    return longBits[i];
                }
                i = (i + 1) & longMask;
            }
            return 0;
        }

        /** The bits of the sets that hold the word with this {@link #key} (not 0); 0 when none does. */
        private int ofKey(long key) {
            int i = indexOf(keys, slot(key), key);
            return i < 0 ? 0 : bits[i];
        }
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
