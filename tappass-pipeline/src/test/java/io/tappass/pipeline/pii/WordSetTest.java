package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link WordSet} (packed keys for short Latin-1 words, a string table for the rest) must answer exactly as a plain
 * comparison of each text character, lower-cased with {@link Character#toLowerCase(char)}, with the lower-case
 * words.
 */
class WordSetTest {

    /** The allocation-free fold of a word range gives the NFD fold of the word, for Latin-1 and other words. */
    @Test
    void foldRangeMatchesTheNfdFold() {
        java.util.Random rnd = new java.util.Random(3);
        String[] words = {"Jos\u00e9", "M\u00fcller", "\u00c6lfric", "Bj\u00f8rn", "Stra\u00dfe", "Fran\u00e7oise",
            "\u0141ukasz", "Zo\u00eb", "e\u0301clair", "\u00aa\u00b5\u00ba", "plain", ""};
        for (String w : words) {
            String text = "x " + w + " y";
            org.assertj.core.api.Assertions.assertThat(Lexicon.foldRange(text, 2, 2 + w.length()).toString())
                    .as(w).isEqualTo(Lexicon.fold(w));
        }
        for (int t = 0; t < 5000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + rnd.nextInt(8); k > 0; k--) {
                sb.append((char) (rnd.nextInt(4) == 0 ? 0x80 + rnd.nextInt(0x80) : rnd.nextInt(3) == 0
                        ? 0x100 + rnd.nextInt(0x200) : 'a' + rnd.nextInt(26)));
            }
            String w = sb.toString();
            org.assertj.core.api.Assertions.assertThat(Lexicon.foldRange(w, 0, w.length()).toString()).as(w)
                    .isEqualTo(Lexicon.fold(w));
        }
    }

    private static final String ALPHABET = "abcdeABCDE.'-éÉßẞİıKk\u212aΣσςŁł0 ";

    private static boolean reference(List<String> words, String text, int from, int to) {
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (lw.isEmpty() || lw.length() != to - from) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < lw.length() && same; k++) {
                same = lw.charAt(k) == Character.toLowerCase(text.charAt(from + k));
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    private static String random(Random r, int max) {
        int len = r.nextInt(max + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Random words of up to 12 characters, at most {@code bound} of them (the bound of the loop drawn at each step). */
    private static List<String> randomWords(Random r, int bound) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 1 + r.nextInt(bound); i++) {
            words.add(random(r, 12));
        }
        return words;
    }

    /** A range [from, to) of a text to look up. */
    private record Query(String text, int from, int to) {
    }

    /**
     * A random range of a random text, or of one of {@code words} between two letters, in its case or all upper or
     * all lower case.
     */
    private static Query query(Random r, List<String> words) {
        String text = r.nextBoolean() ? random(r, 14) : "x" + words.get(r.nextInt(words.size())) + "y";
        if (r.nextInt(3) == 0) {
            text = r.nextBoolean() ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
        }
        int from = r.nextInt(text.length() + 1);
        return new Query(text, from, from + r.nextInt(text.length() - from + 1));
    }

    @Test
    void answersLikeACharacterByCharacterComparison() {
        Random r = new Random(5);
        for (int round = 0; round < 200; round++) {
            List<String> words = randomWords(r, 40);
            WordSet set = new WordSet(words);
            for (int q = 0; q < 300; q++) {
                Query query = query(r, words);
                String text = query.text();
                int from = query.from();
                int to = query.to();
                boolean expected = reference(words, text, from, to);
                assertThat(set.contains(text, from, to)).as("%s in %s [%d, %d) of %s", text.substring(from, to),
                        words, from, to, text).isEqualTo(expected);
                assertThat(set.contains(text, from, to, WordSet.key(text, from, to))).isEqualTo(expected);
                if (to - from >= 2 && expected) {
                    assertThat(set.mayStartWith(text.charAt(from), text.charAt(from + 1))).isTrue();
                }
            }
        }
    }

    /**
     * {@link WordSet.Flags} (the sets' packed keys in one table) must give, per set, exactly that set's answer: on
     * random sets of overlapping random words (short, long, past Latin-1) and on the person cascade's own lists.
     */
    @Test
    void flagsAnswerLikeEachSet() {
        Random r = new Random(11);
        for (int round = 0; round < 200; round++) {
            List<String> pool = randomWords(r, 60);
            WordSet[] sets = new WordSet[1 + r.nextInt(12)];
            for (int k = 0; k < sets.length; k++) {
                List<String> words = new ArrayList<>();
                for (int i = r.nextInt(30); i >= 0; i--) {
                    words.add(pool.get(r.nextInt(pool.size())));
                }
                sets[k] = new WordSet(words);
            }
            WordSet.Flags flags = new WordSet.Flags(sets);
            for (int q = 0; q < 300; q++) {
                Query query = query(r, pool);
                assertFlags(flags, sets, query.text(), query.from(), query.to());
            }
        }
        WordSet[] lists = {Lexicon.BRAND_FIRST, Lexicon.TITLES, Lexicon.MONTHS, Lexicon.NOT_NAMES, Lexicon.PLACES,
            Lexicon.ROLE_NOUNS, Lexicon.FIRST_NAMES, Lexicon.PARTICLES, Lexicon.KOREAN_SURNAMES,
            Lexicon.LOWER_NAME_CUES};
        for (WordSet list : lists) {
            for (String w : list.words()) {
                for (String text : new String[] {w, w.toUpperCase(Locale.ROOT),
                    Character.toUpperCase(w.charAt(0)) + w.substring(1), w + "s", w.substring(1)}) {
                    assertFlags(PersonHeuristics.CAPITALS, lists, text, 0, text.length());
                }
            }
        }
    }

    private static void assertFlags(WordSet.Flags flags, WordSet[] sets, String text, int from, int to) {
        int expected = 0;
        for (int k = 0; k < sets.length; k++) {
            expected |= sets[k].contains(text, from, to) ? 1 << k : 0;
        }
        int in = flags.of(text, from, to, WordSet.key(text, from, to));
        if (in != expected) { // (one assertion per word would cost seconds over the name lists)
            assertThat(Integer.toBinaryString(in)).as("[%d, %d) of %s", from, to, text)
                    .isEqualTo(Integer.toBinaryString(expected));
        }
    }

    @Test
    void keysSeparateLengthsAndFoldCase() {
        assertThat(WordSet.key("Ab", 0, 2)).isEqualTo(WordSet.key("aB", 0, 2)).isNotZero();
        assertThat(WordSet.key("ab", 0, 2)).isNotEqualTo(WordSet.key("ab ", 0, 3));
        assertThat(WordSet.key("abcdefghi", 0, 9)).isZero(); // longer than 8: the string table answers
        assertThat(WordSet.key("Ł", 0, 1)).isZero(); // folds outside Latin-1 (ł)
        assertThat(WordSet.key("ẞ", 0, 1)).isEqualTo(WordSet.key("ß", 0, 1)); // the capital sharp s folds to ß
        WordSet s = new WordSet(List.of("Thursday", "translate", "straße", "ıi", "k"));
        assertThat(s.contains("THURSDAY")).isTrue();
        assertThat(s.contains("Translate")).isTrue();
        assertThat(s.contains("STRAßE")).isTrue();
        assertThat(s.contains("\u212a")).isTrue(); // the Kelvin sign lower-cases to k
        assertThat(s.contains("translat")).isFalse();
    }
}
