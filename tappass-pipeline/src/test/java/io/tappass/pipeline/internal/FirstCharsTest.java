package io.tappass.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FirstCharsTest {

    private static String allowed(String regex) {
        FirstChars f = FirstChars.of(regex);
        if (f == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            if (f.allows(c)) {
                sb.append(c);
            }
        }
        return sb.append(f.allows('\u00e9') ? "+" : "").toString();
    }

    @Test
    void literalsAlternationsAndOptionalPrefixes() {
        assertThat(allowed("\\b(?:abc|def)\\b")).isEqualTo("ADad");
        assertThat(allowed("(?:x )?y")).isEqualTo("XYxy");
        // an atomic group starts with what its alternatives start with, optional or not
        assertThat(allowed("(?>ab|cd)x")).isEqualTo("ACac");
        assertThat(allowed("(?>a|b)?c")).isEqualTo("ABCabc");
        assertThat(allowed("x*y+z")).isEqualTo("XYxy");
        assertThat(allowed("a{0,3}b")).isEqualTo("ABab");
        assertThat(allowed("a{1,3}b")).isEqualTo("Aa");
        assertThat(allowed("(?<![^\\n])\\s?(?:ai|bot)\\s?:")).isEqualTo("\t\n\u000b\f\r ABab");
        assertThat(allowed("[\"'`(]?<x")).isEqualTo("\"'(<`");
        assertThat(allowed("\\[dan\\]")).isEqualTo("[");
        assertThat(allowed("(?i)abc")).isEqualTo("Aa");
        assertThat(allowed("\\u00e9t")).isEqualTo("+");
        assertThat(allowed("[\\u00e0-\\u00ff]")).isEqualTo("+");
        assertThat(allowed("\\d+x|(?<n>q)")).isEqualTo("0123456789Qq");
    }

    /** Whether a match of {@code regex} may start at the start of {@code text}, by the pair table. */
    private static boolean startsAt(String regex, String text) {
        return FirstChars.of(regex).allowsAt(text.charAt(0), text, 0);
    }

    @Test
    void pairsOfTheFirstTwoCharacters() {
        String verbs = "\\b(?:use|using|borrow|take over|access)(?:\\W{1,3}+\\w++){0,1}\\W{1,3}(?:his|her) account";
        assertThat(startsAt(verbs, "use his account")).isTrue();
        assertThat(startsAt(verbs, "borrow")).isTrue();
        assertThat(startsAt(verbs, "bus")).isFalse();
        assertThat(startsAt(verbs, "by")).isFalse();
        assertThat(startsAt(verbs, "unit")).isFalse();
        assertThat(startsAt(verbs, "account")).isFalse(); // "ac" of "access", but not "acce"
        assertThat(startsAt(verbs, "access to")).isTrue();
        assertThat(startsAt(verbs, "read")).isFalse(); // not an alternative
        assertThat(startsAt(verbs, "use,")).isTrue(); // a word gap: any non-word character after "use"
        assertThat(startsAt(verbs, "used")).isFalse();
        assertThat(startsAt(verbs, "Take")).isTrue();
        assertThat(startsAt(verbs, "u")).isFalse(); // no second character
        // a character that is a whole match alone passes whatever follows, even at the end
        assertThat(startsAt("a|bc", "a")).isTrue();
        assertThat(startsAt("a|bc", "ax")).isTrue();
        assertThat(startsAt("a|bc", "bc")).isTrue();
        assertThat(startsAt("a|bc", "bx")).isFalse();
        assertThat(startsAt("a|bc", "b")).isFalse();
        // repetitions: the second character may come from the next iteration
        assertThat(startsAt("a{2,3}", "aa")).isTrue();
        assertThat(startsAt("a{2,3}", "ab")).isFalse();
        assertThat(startsAt("a{1,3}b", "ab")).isTrue();
        assertThat(startsAt("a{1,3}b", "aab")).isTrue();
        assertThat(startsAt("a{1,3}b", "aa")).isFalse(); // too short for any match
        assertThat(startsAt("a{1,3}b", "ac")).isFalse();
        assertThat(startsAt("(?:ab)+c", "abc")).isTrue();
        assertThat(startsAt("(?:ab)+c", "ac")).isFalse();
        // an optional first part: both readings
        assertThat(startsAt("x?yz", "xyz")).isTrue();
        assertThat(startsAt("x?yz", "yz")).isTrue();
        assertThat(startsAt("x?yz", "xz")).isFalse();
        // sequences: four characters, or a whole shorter match; repetitions joined with themselves
        assertThat(startsAt("abcd|xy", "abce")).isFalse();
        assertThat(startsAt("abcd|xy", "abcd")).isTrue();
        assertThat(startsAt("abcd|xy", "xy")).isTrue();
        assertThat(startsAt("abcd|xy", "xz")).isFalse();
        assertThat(startsAt("(?:ab){2,}", "abab")).isTrue();
        assertThat(startsAt("(?:ab){2,}", "abac")).isFalse();
        assertThat(startsAt("(?:ab)?c?d", "abd")).isTrue();
        assertThat(startsAt("(?:ab)?c?d", "abcd")).isTrue();
        assertThat(startsAt("(?:ab)?c?d", "abce")).isFalse();
        assertThat(startsAt("a(?:b|c)*d", "abcb")).isTrue();
        assertThat(startsAt("a(?:b|c)*d", "abcx")).isFalse();
        // zero-width parts are skipped; non-ASCII characters are one class
        assertThat(startsAt("(?=ab)a.", "ax")).isTrue();
        assertThat(startsAt("\\ba\\b\\W", "a\u00e9")).isTrue();
        assertThat(startsAt("\\u00e9t", "\u00fct")).isTrue();
        assertThat(startsAt("\\u00e9t", "\u00fcx")).isFalse();
    }

    @Test
    void complementsKeepWhatEitherCaseReadingAllows() {
        String notA = allowed("[^a]");
        assertThat(notA).doesNotContain("a").contains("A", "b", "+");
        assertThat(allowed("\\Wfoo")).doesNotContain("a", "Z", "0", "_").contains(" ", "\"", "+");
        assertThat(allowed("\\W{0,3}foo")).contains("f", "F", " ", "+").doesNotContain("a", "0");
    }

    @Test
    void givesUpOnWhatItDoesNotAnalyse() {
        assertThat(allowed("a?")).isNull(); // matches the empty string
        assertThat(allowed(".x")).isNull();
        assertThat(allowed("\\p{L}x")).isNull();
        assertThat(allowed("\\Qab\\E")).isNull();
        assertThat(allowed("(a)\\1")).isNull(); // the whole pattern is read: anything unknown gives up
        assertThat(allowed("\\1a")).isNull();
        assertThat(allowed("[a-c&&[b]]")).isNull();
        assertThat(allowed("(?x) a")).isNull();
        assertThat(allowed("(?iu)k")).isNull(); // Unicode case folding: the Kelvin sign matches too
        assertThat(allowed("(?U)\\w")).isNull();
        assertThat(allowed("(ab")).isNull();
        assertThat(allowed("ab)")).isNull();
    }

    /**
     * Soundness on random patterns: wherever a pattern matches a non-empty prefix of a random string, the analysis
     * allows that string's first character, and its first two (or the first alone).
     */
    @Test
    void neverExcludesACharacterAMatchStartsWith() {
        Random rnd = new Random(7);
        int analysed = 0;
        for (int k = 0; k < 3000; k++) {
            String regex = randomRegex(rnd, 3);
            Pattern p;
            try {
                p = Pattern.compile(regex);
            } catch (RuntimeException e) {
                continue;
            }
            FirstChars f = FirstChars.of(regex);
            if (f == null) {
                continue;
            }
            analysed++;
            for (int t = 0; t < 200; t++) {
                String s = randomText(rnd);
                Matcher m = p.matcher(s);
                if (m.lookingAt() && m.end() > 0) {
                    assertThat(f.allows(s.charAt(0))).as("/%s/ matches %s", regex, s).isTrue();
                    assertThat(f.allowsAt(s.charAt(0), s, 0)).as("/%s/ matches %s (pairs)", regex, s).isTrue();
                }
            }
        }
        assertThat(analysed).isGreaterThan(1000);
    }

    private static final String ALPHABET = "aAbB_1 -\n\"'[]é";

    private static String randomText(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static final String[] ATOMS = {"a", "A", "b", "_", "1", " ", "-", "\\n", "\"", "é", "\\w", "\\W", "\\d",
        "\\D", "\\s", "\\S", "\\b", "[ab]", "[^a]", "[^ab_]", "[a-b]", "[\\w-]", "[^\\s]", "[\"'\\[]", "\\[", "\\]",
        "\\u00e9", "[^\\u00e9]", "$", "^"};

    private static String randomRegex(Random rnd, int depth) {
        StringBuilder sb = new StringBuilder();
        int parts = 1 + rnd.nextInt(3);
        for (int i = 0; i < parts; i++) {
            int kind = rnd.nextInt(depth > 0 ? 10 : 6);
            String atom;
            if (kind < 6) {
                atom = ATOMS[rnd.nextInt(ATOMS.length)];
            } else if (kind < 8) {
                atom = "(?:" + randomRegex(rnd, depth - 1) + "|" + randomRegex(rnd, depth - 1) + ")";
            } else if (kind < 9) {
                atom = (rnd.nextBoolean() ? "(?=" : rnd.nextBoolean() ? "(?<!" : "(?!") + ATOMS[rnd.nextInt(ATOMS.length)]
                        + ")";
            } else {
                atom = "(?i:" + randomRegex(rnd, depth - 1) + ")";
            }
            sb.append(atom);
            switch (rnd.nextInt(10)) {
                case 0 -> sb.append('?');
                case 1 -> sb.append('*');
                case 2 -> sb.append('+');
                case 3 -> sb.append("{0,2}");
                case 4 -> sb.append("{1,2}");
                case 5 -> sb.append("{2}");
                case 6 -> sb.append("{2,}");
                default -> {
                }
            }
        }
        return sb.toString();
    }
}
