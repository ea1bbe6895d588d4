package io.tappass.pipeline.injection;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.scan.NormalizedText;
import io.tappass.pipeline.scan.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Differential test of the window-character prefilter ({@link Rule#needsChar}), which keeps a cursor per rule across
 * the anchors of a scan: a rule whose pattern needs one of the characters anyway must match exactly where the same
 * rule without the prefilter matches, on random texts dense in anchors and sparse in the characters.
 */
class RuleSetWindowCharsTest {

    private static final String PATTERN = "\\b(?:say|said|reply\\w*)(?: \\w+){0,3}\\W{1,3}['\"]\\w+";
    private static final String[] TOKENS = {"say", "said", "replying", "reply", "hello", "world", "the", "you",
        " ", " ", " ", ", ", "\n", "'", "\"", ": '", "x'y", "don't"};

    private static List<String> hits(RuleSet set, String raw) {
        NormalizedText nt = Normalizer.standard().normalize(raw);
        List<String> out = new ArrayList<>();
        set.scan(nt.text(), (r, s, e) -> out.add(s + ":" + e));
        List<String> viaIndex = new ArrayList<>();
        set.scan(nt, (r, s, e) -> viaIndex.add(s + ":" + e));
        assertThat(viaIndex).as("index path").isEqualTo(out);
        return out;
    }

    @Test
    void windowCharPrefilterNeverHidesAMatch() {
        for (int back : new int[] {0, 12}) {
            RuleSet with = new RuleSet(List.of(new Rule("quoted", "test", 0.5, "say said reply*", PATTERN, back, 40)
                    .needsChar("'\"")));
            RuleSet without = new RuleSet(List.of(new Rule("quoted", "test", 0.5, "say said reply*", PATTERN, back,
                    40)));
            Random rnd = new Random(back + 3);
            int matched = 0;
            for (int t = 0; t < 1500; t++) {
                StringBuilder sb = new StringBuilder();
                int len = 1 + rnd.nextInt(t % 20 == 0 ? 3000 : 80);
                int quotes = 1 + rnd.nextInt(30); // how rare the quote characters are in this text
                for (int k = 0; k < len; k++) {
                    String tok = TOKENS[rnd.nextInt(TOKENS.length)];
                    if (tok.indexOf('\'') >= 0 || tok.indexOf('"') >= 0) {
                        if (rnd.nextInt(quotes) != 0) {
                            tok = " ";
                        }
                    }
                    sb.append(tok);
                    if (rnd.nextBoolean()) {
                        sb.append(' ');
                    }
                }
                String text = sb.toString();
                List<String> expected = hits(without, text);
                assertThat(hits(with, text)).as("hits in %s", text).isEqualTo(expected);
                matched += expected.size();
            }
            assertThat(matched).as("the texts exercise the rule").isGreaterThan(200);
        }
    }

    @Test
    void nonAsciiWindowCharsAreFoundToo() {
        // a character the normaliser keeps (the section sign) next to an ASCII one in the same requirement
        String pattern = "\\b(?:say|said)\\W{1,3}[\u00a7|]\\w+";
        RuleSet with = new RuleSet(List.of(new Rule("sect", "test", 0.5, "say said", pattern, 0, 30)
                .needsChar("\u00a7|")));
        RuleSet without = new RuleSet(List.of(new Rule("sect", "test", 0.5, "say said", pattern, 0, 30)));
        String[] tokens = {"say", "said", "hello", "the", " ", " ", ", ", "\u00a7", "|", "\u00a7x", "\u00e9t\u00e9"};
        Random rnd = new Random(11);
        int matched = 0;
        for (int t = 0; t < 800; t++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + rnd.nextInt(60);
            for (int k = 0; k < len; k++) {
                sb.append(tokens[rnd.nextInt(tokens.length)]);
            }
            String text = sb.toString();
            List<String> expected = hits(without, text);
            assertThat(hits(with, text)).as("hits in %s", text).isEqualTo(expected);
            matched += expected.size();
        }
        assertThat(matched).as("the texts exercise the rule").isGreaterThan(50);
    }

    @Test
    void windowTextPrefilterNeverHidesAMatch() {
        String pattern = "\\b(?:say|said)(?: \\w+){0,2}? [a-z]*gpt\\b";
        for (int back : new int[] {0, 10}) {
            RuleSet with = new RuleSet(List.of(new Rule("gpt", "test", 0.5, "say said", pattern, back, 30)
                    .needsText("gpt")));
            RuleSet without = new RuleSet(List.of(new Rule("gpt", "test", 0.5, "say said", pattern, back, 30)));
            String[] tokens = {"say", "said", "hello", "the", "evilgpt", "gpt", "gp", "t", "chatgpt4", "gpts", " ", " ",
                " ", ", ", "\n"};
            Random rnd = new Random(back + 5);
            int matched = 0;
            for (int t = 0; t < 1500; t++) {
                StringBuilder sb = new StringBuilder();
                int len = 1 + rnd.nextInt(t % 25 == 0 ? 2000 : 50);
                int rare = 1 + rnd.nextInt(20); // how rare the "gpt" words are in this text
                for (int k = 0; k < len; k++) {
                    String tok = tokens[rnd.nextInt(tokens.length)];
                    if (tok.contains("gpt") && rnd.nextInt(rare) != 0) {
                        tok = "word";
                    }
                    sb.append(tok).append(rnd.nextInt(3) == 0 ? "" : " ");
                }
                String text = sb.toString();
                List<String> expected = hits(without, text);
                assertThat(hits(with, text)).as("hits in %s", text).isEqualTo(expected);
                matched += expected.size();
            }
            assertThat(matched).as("the texts exercise the rule").isGreaterThan(200);
        }
    }
}
