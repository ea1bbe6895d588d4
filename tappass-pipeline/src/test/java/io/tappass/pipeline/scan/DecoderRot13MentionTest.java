package io.tappass.pipeline.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The three forms of the rot13-mention test (String, chars, Latin-1 bytes) agree. */
class DecoderRot13MentionTest {

    private static final String[] PIECES = {"rot", "13", "ie", "-", " ", "caesar", "caesa", "c", "r", "o", "t", "x",
        "1", "é", "→", "\u4e2d", "ro", "aesar", "rot-", "-ie", "\n"};

    @Test
    void charAndByteFormsAgreeWithTheStringForm() {
        Random rnd = new Random(13);
        int mentions = 0;
        for (int k = 0; k < 50_000; k++) {
            StringBuilder sb = new StringBuilder();
            int parts = rnd.nextInt(8);
            for (int i = 0; i < parts; i++) {
                sb.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
            String s = sb.toString();
            boolean expected = Decoders.mentionsRot13(s);
            mentions += expected ? 1 : 0;
            char[] padded = (s + "rot13").toCharArray(); // content after len must not count
            assertThat(Decoders.mentionsRot13(padded, s.length())).as(s).isEqualTo(expected);
            if (s.chars().allMatch(c -> c <= 0xFF)) {
                byte[] b = java.util.Arrays.copyOf(s.getBytes(StandardCharsets.ISO_8859_1), s.length() + 16);
                assertThat(Decoders.mentionsRot13(b, s.length())).as(s).isEqualTo(expected);
            }
        }
        assertThat(mentions).isGreaterThan(5_000);
    }
}
