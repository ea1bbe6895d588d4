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

    /**
     * Random texts of {@code tokens} in which the tokens containing {@code rare} (the prefilter's requirement) are
     * rare to common from text to text: the rule with the prefilter must report what the rule without it reports.
     *
     * @return how many hits the texts produced (so that a caller can check the rule was exercised)
     */
    private static int sameHits(RuleSet with, RuleSet without, String[] tokens, String rare, long seed, int texts,
                                int longEvery, int longLen, int shortLen) {
        Random rnd = new Random(seed);
        int matched = 0;
        for (int t = 0; t < texts; t++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + rnd.nextInt(t % longEvery == 0 ? longLen : shortLen);
            int rarity = 1 + rnd.nextInt(30); // how rare the required characters or text are in this text
            for (int k = 0; k < len; k++) {
                String tok = tokens[rnd.nextInt(tokens.length)];
                if (tok.chars().anyMatch(c -> rare.indexOf(c) >= 0) && rnd.nextInt(rarity) != 0) {
                    tok = " ";
                }
                sb.append(tok).append(rnd.nextBoolean() ? " " : "");
            }
            String text = sb.toString();
            List<String> expected = hits(without, text);
            assertThat(hits(with, text)).as("hits in %s", text).isEqualTo(expected);
            matched += expected.size();
        }
        return matched;
    }

    @Test
    void windowCharPrefilterNeverHidesAMatch() {
        for (int back : new int[] {0, 12}) {
            RuleSet with = new RuleSet(List.of(new Rule("quoted", "test", 0.5, "say said reply*", PATTERN, back, 40)
                    .needsChar("'\"")));
            RuleSet without = new RuleSet(List.of(new Rule("quoted", "test", 0.5, "say said reply*", PATTERN, back,
                    40)));
            assertThat(sameHits(with, without, TOKENS, "'\"", back + 3, 1500, 20, 3000, 80))
                    .as("the texts exercise the rule").isGreaterThan(200);
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
        assertThat(sameHits(with, without, tokens, "\u00a7|", 11, 800, 50, 400, 60))
                .as("the texts exercise the rule").isGreaterThan(50);
    }

    @Test
    void windowTextPrefilterNeverHidesAMatch() {
        String pattern = "\\b(?:say|said)(?: \\w+){0,2}? [a-z]*gpt\\b";
        String[] tokens = {"say", "said", "hello", "the", "evilgpt", "gpt", "gp", "t", "chatgpt4", "gpts", " ", " ",
            " ", ", ", "\n"};
        for (int back : new int[] {0, 10}) {
            RuleSet with = new RuleSet(List.of(new Rule("gpt", "test", 0.5, "say said", pattern, back, 30)
                    .needsText("gpt")));
            RuleSet without = new RuleSet(List.of(new Rule("gpt", "test", 0.5, "say said", pattern, back, 30)));
            assertThat(sameHits(with, without, tokens, "g", back + 5, 1500, 25, 2000, 50))
                    .as("the texts exercise the rule").isGreaterThan(100);
        }
    }

    /**
     * A text evaluated in parts (as a long text is, its parts on the call's threads) shares each window character's
     * first occurrence among the parts ({@code State.charFirst}): texts without the character, with it only early,
     * only late or often, cut anywhere into up to 16 parts, run here and on another thread, must give the one-pass
     * hits in order.
     */
    @Test
    void windowCharsInPartsGiveTheOnePassHits() throws Exception {
        RuleSet set = new RuleSet(List.of(new Rule("quoted", "test", 0.5, "say said reply*", PATTERN, 12, 40)
                .needsChar("'\""), new Rule("sect", "test", 0.5, "say said", "\\b(?:say|said)\\W{1,3}[\u00a7|]\\w+", 0,
                30).needsChar("\u00a7|")));
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            List<java.util.concurrent.Executor> lenders = List.of(other, Runnable::run, task -> { });
            Random rnd = new Random(20261129L);
            int hits = 0;
            for (int t = 0; t < 300; t++) {
                StringBuilder sb = new StringBuilder();
                int len = 50 + rnd.nextInt(1500);
                int where = t % 4; // 0: nowhere, 1: early only, 2: late only, 3: anywhere
                for (int k = 0; k < len; k++) {
                    String tok = TOKENS[rnd.nextInt(TOKENS.length)];
                    boolean rare = tok.indexOf('\'') >= 0 || tok.indexOf('"') >= 0;
                    boolean keep = where == 3 || where == 1 && k < len / 10 || where == 2 && k > len * 9 / 10;
                    sb.append(rare && !keep ? " " : tok).append(rnd.nextInt(40) == 0 ? " said \u00a7x " : " ");
                }
                String text = Normalizer.standard().normalize(sb.toString()).text();
                List<String> expected = new ArrayList<>();
                set.scan(text, (r, s, e) -> expected.add(r.id + ":" + s + ":" + e));
                hits += expected.size();
                java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
                for (int c = 1 + rnd.nextInt(15); c > 0; c--) {
                    cuts.add(1 + rnd.nextInt(text.length() - 1));
                }
                int[] at = cuts.stream().mapToInt(Integer::intValue).toArray();
                List<String> got = new ArrayList<>();
                set.scanCutForTest(text, set.lexiconForTest().index(text), (r, s, e) -> got.add(r.id + ":" + s + ":"
                        + e), lenders.get(t % lenders.size()), at);
                assertThat(got).as("cuts at %s of %d", java.util.Arrays.toString(at), text.length())
                        .isEqualTo(expected);
            }
            assertThat(hits).as("the texts exercise the rules").isGreaterThan(500);
        } finally {
            other.shutdownNow();
        }
    }
}
