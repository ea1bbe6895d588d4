package io.tappass.pipeline.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The three forms of the rot13-mention test (String, chars, Latin-1 bytes) agree. */
class DecoderRot13MentionTest {

    private static final String[] PIECES = {"rot", "13", "ie", "-", " ", "caesar", "caesa", "c", "r", "o", "t", "x",
        "1", "é", "→", "\u4e2d", "ro", "aesar", "rot-", "-ie", "\n", "ebg", "eb", "e", "b", "g", "a", "ca", "ae", "cae",
        "sar", "ebg-", "\ud83d\ude00", "_"};

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

    /**
     * The char form carries the last three characters from position to position: a mention (or a near miss) planted
     * at every position of a longer text, up to its last character, and the text cut right after it or inside it.
     */
    @Test
    void theCharFormFindsAMentionAtEveryPosition() {
        String[] plants = {"rot13", "rot-13", "rot 13", "rotie", "rot-ie", "ebg13", "ebg-ie", "caesar", "caesa", "xrot13",
            "9rot13", "érot13", "→rot13", "rot1", "rot", "ebg", "cae", "caesars", "ccaesar", "rrot13"};
        String base = "a quick note: the caesura of the rotor's ebb, an easy 13 ie rule";
        int mentions = 0;
        for (String plant : plants) {
            for (int at = 0; at <= base.length(); at++) {
                String s = base.substring(0, at) + plant + base.substring(at);
                for (int len : new int[] {s.length(), at + plant.length(), at + plant.length() - 1, at + 2}) {
                    if (len < 0 || len > s.length()) {
                        continue;
                    }
                    String cut = s.substring(0, len);
                    boolean expected = Decoders.mentionsRot13(cut);
                    mentions += expected ? 1 : 0;
                    assertThat(Decoders.mentionsRot13(s.toCharArray(), len)).as("%s (length %d)", s, len)
                            .isEqualTo(expected);
                }
            }
        }
        assertThat(mentions).isGreaterThan(500);
    }
}
