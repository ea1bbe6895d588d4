package io.tappass.pipeline.exfiltration;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code ExfiltrationDetector.wordBefore} compares an ASCII word with its word lists in place; it must answer as the
 * lower-cased copy looked up in the sets did, for every word: upper case, non-ASCII letters whose lower case is
 * longer or ASCII ('İ', 'K' the Kelvin sign, 'ſ'), words of the lists and their prefixes and extensions.
 */
class WordBeforeTest {

    @Test
    void inPlaceComparisonAnswersAsTheLowerCasedCopy() throws Exception {
        Method wordBefore = ExfiltrationDetector.class.getDeclaredMethod("wordBefore", String.class, int.class,
                String[].class);
        wordBefore.setAccessible(true);
        String[] lists = {"DESTINATION", "PLACE"};
        Random rnd = new Random(23);
        String[] pieces = {"to", "TO", "To", "naar", "à", "À", "a", "an", "AN", "with", "WiTh", "onto", "in", "İn",
            "ın", "\u212Aa", "ſu", "su", "SU", "nel", "sul", "auf", "Auf", "x", "tox", "ato", "bcc", "cc", "über",
            " ", "  ", ":", "(", "\"", "'", "<", "\t", ".", "é", "1", "_"};
        for (String list : lists) {
            Field setField = ExfiltrationDetector.class.getDeclaredField(list + "_WORDS");
            setField.setAccessible(true);
            @SuppressWarnings("unchecked")
            Set<String> set = (Set<String>) setField.get(null);
            Field listField = ExfiltrationDetector.class.getDeclaredField(list + "_LIST");
            listField.setAccessible(true);
            String[] array = (String[]) listField.get(null);
            for (int t = 0; t < 100_000; t++) {
                StringBuilder sb = new StringBuilder();
                for (int k = rnd.nextInt(5); k >= 0; k--) {
                    sb.append(pieces[rnd.nextInt(pieces.length)]);
                }
                String text = sb.append("x@example.com").toString();
                int at = text.length() - "x@example.com".length();
                assertThat((boolean) wordBefore.invoke(null, text, at, array)).as("%s in %s", list, text)
                        .isEqualTo(reference(text, at, set));
            }
        }
    }

    /** wordBefore as it was: the word's lower-cased copy looked up in the set. */
    private static boolean reference(String text, int at, Set<String> words) {
        int e = at;
        while (e > 0 && at - e < 4 && " \t(:<\"'".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        int s = e;
        while (s > 0 && e - s < 6 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return e > s && (s == 0 || !Character.isLetter(text.charAt(s - 1)))
                && words.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
    }
}
