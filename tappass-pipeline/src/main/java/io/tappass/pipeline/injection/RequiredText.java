package io.tappass.pipeline.injection;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Strings of which every match of a rule's pattern consumes at least one, derived from the pattern
 * ({@link RulePattern#requiredLiterals}): a window of the text that contains none of them cannot hold a match, so
 * {@link RuleSet} skips the rule's regular expression there. Unlike a rule's hand-written {@code needs}, the strings
 * need not be words of the shared word index (which grows the index on every text): a window is searched with a
 * multi-string Rabin-Karp filter ({@link #find}), with a cursor per set and scan that remembers what was searched
 * (see {@link RuleSet}'s {@code requiredNear}), so overlapping windows of successive anchors are not read again.
 *
 * <p>Exact by construction: the strings come from parts of the pattern that every match consumes (look-arounds,
 * which consume nothing, are never required), a match lies inside the window the rule is tried in, and the search
 * accepts a window where a string starts at or before {@code to - }{@link #minLength} (it may accept a window
 * that cannot match, never reject one that can). Immutable and thread-safe.
 */
final class RequiredText {

    /** The strings, one of which every match consumes. */
    final String[] literals;
    /** The length of the shortest string. */
    final int minLength;
    private final int maxLength;
    /** How many leading characters of each string are hashed (the shortest string's length, at most 8). */
    private final int hashLength;
    /** The bits of {@link #hashLength} characters' low bytes in a long. */
    private final long hashMask;
    /** Per bucket ({@link #bucket}) of the hashes of the strings' first {@link #hashLength} characters: one bit. */
    private final long[] buckets = new long[BUCKETS / 64];
    /** Per string, its bucket. */
    private final int[] bucketOf;

    private static final int BUCKETS = 4096;

    private RequiredText(String[] literals) {
        this.literals = literals;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (String l : literals) {
            min = Math.min(min, l.length());
            max = Math.max(max, l.length());
        }
        this.minLength = min;
        this.maxLength = max;
        this.hashLength = Math.min(min, 8);
        this.hashMask = hashLength == 8 ? -1L : (1L << 8 * hashLength) - 1;
        this.bucketOf = new int[literals.length];
        for (int i = 0; i < literals.length; i++) {
            long h = 0;
            for (int q = 0; q < hashLength; q++) {
                h = h << 8 | literals[i].charAt(q) & 0xFF;
            }
            int b = bucket(h & hashMask);
            bucketOf[i] = b;
            buckets[b >>> 6] |= 1L << b;
        }
    }

    /** The bucket of the low bytes of a string's first {@link #hashLength} characters, packed first to last. */
    private static int bucket(long v) {
        return (int) (v * 0x9E3779B97F4A7C15L >>> 52); // 12 bits: BUCKETS
    }


    /** The shortest string a set must have to be worth a search (shorter ones occur in almost every window). */
    static final int MIN_STRENGTH = 3;

    /**
     * The set of strings worth checking for a rule with pattern {@code regex} (as expanded) and anchor words
     * {@code anchors} (stems end in {@code *}), or null. Of the pattern's {@linkplain RulePattern#requiredLiterals
     * required sets}, those whose shortest string is under {@link #MIN_STRENGTH} characters and those that the
     * anchor word itself likely satisfies (a string inside an anchor word, or a word continuing an anchor stem) are
     * left out; of the rest, the one with the longest shortest string (then the fewest strings). Which set is chosen
     * only affects speed: each is a necessary condition.
     */
    static RequiredText of(String regex, String[] anchors) {
        RequiredText best = null;
        for (String[] set : RulePattern.requiredLiterals(regex)) {
            if (set.length == 0 || weak(set, anchors)) {
                continue;
            }
            RequiredText t = new RequiredText(minimal(set));
            if (best == null || t.minLength > best.minLength
                    || t.minLength == best.minLength && t.literals.length < best.literals.length) {
                best = t;
            }
        }
        return best;
    }

    /**
     * {@code set} without duplicates and without the strings that contain another of its strings (where such a
     * string occurs, the one inside it does too).
     */
    static String[] minimal(String[] set) {
        Set<String> distinct = new LinkedHashSet<>(List.of(set));
        List<String> out = new java.util.ArrayList<>();
        for (String x : distinct) {
            boolean covered = false;
            for (String y : distinct) {
                if (y != x && y.length() < x.length() && x.contains(y)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                out.add(x);
            }
        }
        return out.toArray(new String[0]);
    }

    private static boolean weak(String[] set, String[] anchors) {
        for (String l : set) {
            if (l.length() < MIN_STRENGTH) {
                return true;
            }
            for (String a : anchors) {
                boolean stem = a.endsWith("*");
                String base = stem ? a.substring(0, a.length() - 1) : a;
                if (base.contains(l) || stem && l.startsWith(base)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The same strings (for sharing one cursor between rules whose sets are equal). */
    Set<String> key() {
        return new LinkedHashSet<>(List.of(literals));
    }

    /** The length of the longest string. */
    int maxLength() {
        return maxLength;
    }

    /**
     * The first position in [{@code from}, {@code limit}] of {@code text} where one of the strings starts, or -1.
     * {@code limit} is below {@code text.length()}; {@code buf} holds at least {@code limit - from + }{@link
     * #maxLength()}{@code  + 1} characters (the stretch searched is copied into it: a loop over an array is cheaper
     * than {@code String.charAt}).
     */
    int find(String text, int from, int limit, char[] buf) {
        int end = Math.min(text.length(), limit + maxLength);
        int len = end - from;
        text.getChars(from, end, buf, 0);
        // Rabin-Karp over the low bytes of the hashLength characters at each position (a shift register: every
        // position up to limit has that many, limit <= length - minLength), a bit test, and a comparison only where
        // the bit is set
        int m = hashLength;
        long h = 0;
        for (int q = 0; q < m - 1; q++) {
            h = h << 8 | buf[q] & 0xFF;
        }
        long mask = hashMask;
        long[] buckets = this.buckets;
        int last = limit - from;
        for (int j = 0; j <= last; j++) {
            h = h << 8 | buf[j + m - 1] & 0xFF;
            int b = bucket(h & mask);
            if ((buckets[b >>> 6] & 1L << b) != 0 && startsHere(b, buf, j, len)) {
                return from + j;
            }
        }
        return -1;
    }

    /** Whether one of the strings in bucket {@code b} starts at {@code buf[j]} (and ends by {@code len}). */
    private boolean startsHere(int b, char[] buf, int j, int len) {
        for (int i = 0; i < literals.length; i++) {
            if (bucketOf[i] != b) {
                continue;
            }
            String l = literals[i];
            int k = l.length();
            if (j + k <= len) {
                int q = 0;
                while (q < k && buf[j + q] == l.charAt(q)) {
                    q++;
                }
                if (q == k) {
                    return true;
                }
            }
        }
        return false;
    }

}
