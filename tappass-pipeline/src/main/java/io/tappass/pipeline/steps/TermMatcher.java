package io.tappass.pipeline.steps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntBinaryOperator;

/**
 * Finds a list of phrases in a text case-insensitively, on word boundaries: the hand-written equivalent of the
 * regular expression {@code (?<![\p{L}\p{N}_])(?:t1|t2|...)(?![\p{L}\p{N}_])} with {@code CASE_INSENSITIVE |
 * UNICODE_CASE} (leftmost match; at one position the first listed term that fits wins; matches do not overlap),
 * without trying the alternation at every position. Only positions that start a word-boundary and whose folded
 * character starts some term are tried, so ordinary prose costs one table load per character.
 *
 * <p>Immutable and thread-safe.
 */
final class TermMatcher {

    private final String[] terms;
    /** One bit per folded BMP character: does some term start with it (8 KiB). */
    private final long[] firstChars = new long[1 << 10];
    /** Per folded first character: the indexes of the terms starting with it, in list order. */
    private final Map<Character, int[]> byFirst;

    /** @param terms the phrases, non-empty, in priority order */
    TermMatcher(List<String> terms) {
        this.terms = terms.toArray(String[]::new);
        Map<Character, List<Integer>> lists = new LinkedHashMap<>();
        for (int i = 0; i < this.terms.length; i++) {
            if (this.terms[i].isEmpty()) {
                throw new IllegalArgumentException("term " + i + " is empty");
            }
            char f = fold(this.terms[i].charAt(0));
            firstChars[f >>> 6] |= 1L << f;
            lists.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
        }
        Map<Character, int[]> m = new HashMap<>();
        lists.forEach((c, l) -> m.put(c, l.stream().mapToInt(Integer::intValue).toArray()));
        this.byFirst = Map.copyOf(m);
    }

    /**
     * Reports every match as {@code (start, end)} to {@code sink} (its return value is ignored), left to right.
     */
    void find(String text, IntBinaryOperator sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char f = fold(text.charAt(i));
            if ((firstChars[f >>> 6] & 1L << f) != 0 && (i == 0 || !isWordBefore(text, i))) {
                int end = matchAt(text, i, byFirst.get(f));
                if (end > i) {
                    sink.applyAsInt(i, end);
                    i = end;
                    continue;
                }
            }
            i++;
        }
    }

    private int matchAt(String text, int at, int[] candidates) {
        for (int t : candidates) {
            String term = terms[t];
            int end = at + term.length();
            if (end <= text.length() && text.regionMatches(true, at, term, 0, term.length())
                    && (end == text.length() || !isWord(text.codePointAt(end)))) {
                return end;
            }
        }
        return -1;
    }

    private static boolean isWordBefore(String text, int i) {
        return isWord(text.codePointBefore(i));
    }

    /** {@code [\p{L}\p{N}_]}. */
    private static boolean isWord(int cp) {
        if (cp < 128) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' || cp >= '0' && cp <= '9' || cp == '_';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * A case fold under which any two characters that {@link String#regionMatches(boolean, int, String, int, int)}
     * considers equal ignoring case map to the same value.
     */
    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
