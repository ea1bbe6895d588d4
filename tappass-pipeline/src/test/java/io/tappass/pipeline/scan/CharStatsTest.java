package io.tappass.pipeline.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CharStatsTest {

    @Test
    void classifiesAsciiAndFindsTheFirstUnpairedSurrogate() {
        assertThat(CharStats.of("")).isEqualTo(new CharStats(true, -1));
        assertThat(CharStats.of("plain text, 100% ASCII ~")).isEqualTo(new CharStats(true, -1));
        assertThat(CharStats.of("café")).isEqualTo(new CharStats(false, -1));
        assertThat(CharStats.of("emoji \uD83D\uDE00 ok")).isEqualTo(new CharStats(false, -1));
        assertThat(CharStats.of("cut \uD83D")).isEqualTo(new CharStats(false, 4));
        assertThat(CharStats.of("ab\uD83Dcd")).isEqualTo(new CharStats(false, 2));
        assertThat(CharStats.of("lone \uDE00 low")).isEqualTo(new CharStats(false, 5));
        assertThat(CharStats.of("\uD83D\uDE00\uDE00")).isEqualTo(new CharStats(false, 2));
    }

    @Test
    void carriedAcrossARedactionExactlyAsARescanWouldFindIt() {
        Random rnd = new Random(7);
        String[] masks = {"[MASKED_EMAIL]", "<PERSON_1>", "", "é", "\uD83D", "x"};
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = 20 + rnd.nextInt(60); i < n; i++) {
                int r = rnd.nextInt(40);
                sb.append(r == 0 ? 'ü' : r == 1 ? '\uDE00' : (char) ('a' + rnd.nextInt(26)));
            }
            TextPart part = new TextPart("p", TextPart.Source.USER, 0, 0, sb.toString());
            CharStats.of(part); // cached for the text before the rewrite
            int a = rnd.nextInt(sb.length() / 2);
            int b = a + rnd.nextInt(sb.length() / 2);
            part.rewrite(new int[] {a}, new int[] {b}, new String[] {masks[rnd.nextInt(masks.length)]});
            assertThat(CharStats.of(part)).as(part.text()).isEqualTo(CharStats.of(part.text()));
        }
    }
}
