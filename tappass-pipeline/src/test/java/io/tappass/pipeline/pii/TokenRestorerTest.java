package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenRestorerTest {

    private static final Map<String, String> VAULT = Map.of("<EMAIL_1>", "ann@example.com", "<PERSON_12>", "Ann Lee");

    @Test
    void restoresWholeText() {
        assertThat(TokenRestorer.restore("Hi <PERSON_12>, mail <EMAIL_1> not <EMAIL_2> or <b>x</b> <EMAIL_1",
                VAULT::get)).isEqualTo("Hi Ann Lee, mail ann@example.com not <EMAIL_2> or <b>x</b> <EMAIL_1");
    }

    @Test
    void everySplitOfAStreamGivesTheSameResult() {
        String text = "Dear <PERSON_12>, your address <EMAIL_1> is set. a<b <EMAIL_3> <<EMAIL_1>> <";
        String expected = TokenRestorer.restore(text, VAULT::get);
        assertThat(expected).contains("Dear Ann Lee", "<ann@example.com>", "<EMAIL_3>");
        for (int i = 0; i <= text.length(); i++) {
            for (int j = i; j <= text.length(); j++) {
                TokenRestorer r = new TokenRestorer(VAULT::get);
                String out = r.feed(text.substring(0, i)) + r.feed(text.substring(i, j)) + r.feed(text.substring(j))
                        + r.finish();
                assertThat(out).as("split at %d,%d", i, j).isEqualTo(expected);
            }
        }
    }

    @Test
    void holdsBackOnlyAPossibleToken() {
        TokenRestorer r = new TokenRestorer(VAULT::get);
        assertThat(r.feed("Write to <EMA")).isEqualTo("Write to ");
        assertThat(r.feed("IL_1> now")).isEqualTo("ann@example.com now");
        assertThat(r.feed("a < b")).isEqualTo("a < b");
        assertThat(r.feed(" x <em")).isEqualTo(" x <em");
        assertThat(r.finish()).isEmpty();
    }
}
