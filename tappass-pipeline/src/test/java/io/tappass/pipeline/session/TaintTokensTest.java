package io.tappass.pipeline.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written taint tokenizer yields exactly the tokens of the regular expression it replaced. */
class TaintTokensTest {

    private static final Pattern REFERENCE = Pattern.compile("[^\\s\"'`<>(){}\\[\\],;]{8,256}");
    private static final String ALPHABET = "ab1 \t\n\"'`<>(){}[],;:/.-_=é\u00a0\u2003";

    @Test
    void sameTokensAsTheReferenceRegex() {
        Random r = new Random(42);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(round % 10 == 0 ? 700 : 60);
            for (int i = 0; i < len; i++) {
                int k = r.nextInt(ALPHABET.length() + 2);
                if (k == ALPHABET.length()) {
                    sb.appendCodePoint(0x1F600); // a surrogate pair counts as one character of the regex
                } else if (k == ALPHABET.length() + 1) {
                    sb.append(r.nextInt(4) == 0 ? ' ' : 'x');
                } else {
                    sb.append(ALPHABET.charAt(r.nextInt(3) == 0 ? k : k % 3));
                }
            }
            String text = sb.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                expected.add(m.group());
            }
            List<String> actual = new ArrayList<>();
            TaintTracker.tokens(text, actual::add);
            assertThat(actual).as("tokens of %s", text).isEqualTo(expected);
        }
    }
}
