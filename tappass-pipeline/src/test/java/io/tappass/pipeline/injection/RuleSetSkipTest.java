package io.tappass.pipeline.injection;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.scan.NormalizedText;
import io.tappass.pipeline.scan.Normalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Differential test of the anchors a rule skips after one of its window prefilters failed
 * ({@code RuleSet.State.minAnchorEnd}): a rule set that skips must report exactly the hits, in the same order, of
 * the same rules in a set that tries every anchor, on texts dense in anchor words and sparse in what the prefilters
 * ask for (proximity words, window characters, window text), where one failed window is followed by many anchors
 * that the skip passes over.
 */
class RuleSetSkipTest {

    private static List<String> hits(RuleSet set, String raw) {
        NormalizedText nt = Normalizer.standard().normalize(raw);
        List<String> out = new ArrayList<>();
        set.scan(nt.text(), (r, s, e) -> out.add(r.id + "@" + s + ":" + e));
        List<String> viaIndex = new ArrayList<>();
        set.scan(nt, (r, s, e) -> viaIndex.add(r.id + "@" + s + ":" + e));
        assertThat(viaIndex).as("index path").isEqualTo(out);
        return out;
    }

    /** The hits of each set, one list per set, on a normalised text (through the shared index). */
    private static List<List<String>> hits(RuleSet[] sets, NormalizedText nt) {
        List<List<String>> out = new ArrayList<>();
        for (RuleSet set : sets) {
            List<String> h = new ArrayList<>();
            set.scan(nt, (r, s, e) -> h.add(r.id + "@" + s + ":" + e));
            out.add(h);
        }
        return out;
    }

    /**
     * Random texts of {@code tokens}, those holding a character of {@code rare} made rare to common from text to
     * text: the set that skips must report what the set that does not reports. Returns how many hits there were.
     */
    private static int sameHits(RuleSet skipping, RuleSet trying, String[] tokens, String rare, long seed,
                                int texts) {
        Random rnd = new Random(seed);
        int matched = 0;
        for (int t = 0; t < texts; t++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + rnd.nextInt(t % 10 == 0 ? 3000 : 120);
            int rarity = 1 + rnd.nextInt(40);
            for (int k = 0; k < len; k++) {
                String tok = tokens[rnd.nextInt(tokens.length)];
                if (tok.chars().anyMatch(c -> rare.indexOf(c) >= 0) && rnd.nextInt(rarity) != 0) {
                    tok = "filler";
                }
                sb.append(tok).append(rnd.nextInt(3) == 0 ? "" : " ");
            }
            String text = sb.toString();
            List<String> expected = hits(trying, text);
            assertThat(hits(skipping, text)).as("hits in %s", text).isEqualTo(expected);
            matched += expected.size();
        }
        return matched;
    }

    /** Rules with each kind of window prefilter, looking back and ahead by various amounts. */
    private static List<Rule> prefilteredRules() {
        List<Rule> rules = new ArrayList<>();
        for (int back : new int[] {0, 7, 40}) {
            for (int forward : new int[] {6, 25, 90}) {
                String k = "b" + back + "f" + forward;
                rules.add(new Rule("near_" + k, "test", 0.5, "say said tell*",
                        "\\b(?:say|said|tell\\w*)(?:\\W{1,3}\\w+){0,4}\\W{1,3}(?:secret|hidden)\\w*", back, forward)
                        .needs("secret* hidden"));
                rules.add(new Rule("near2_" + k, "test", 0.5, "say said",
                        "\\b(?:keep|hold)\\W{1,3}(?:\\w+\\W{1,3}){0,3}(?:say|said)(?:\\W{1,3}\\w+){0,3}\\W{1,3}"
                                + "(?:secret|hidden)\\w*", back, forward).needs("keep hold").alsoNeeds("secret* hidden"));
                rules.add(new Rule("chars_" + k, "test", 0.5, "say said tell*",
                        "\\b(?:say|said|tell\\w*)(?: \\w+){0,3}\\W{1,3}['\"]\\w+", back, forward).needsChar("'\""));
                rules.add(new Rule("text_" + k, "test", 0.5, "say said",
                        "\\b(?:say|said)(?: \\w+){0,2}? [a-z]*gpt\\b", back, forward).needsText("gpt"));
            }
        }
        return rules;
    }

    @Test
    void skippedAnchorsHideNoHitOfPrefilteredRules() {
        String[] tokens = {"say", "said", "tell", "telling", "say", "said", "keep", "hold", "secret", "secrets",
            "hidden", "evilgpt", "gpt", "'", "\"", "x'y", "the", "you", ",", ".", "\n", "chatgpt4", "hold"};
        RuleSet skipping = new RuleSet(prefilteredRules());
        RuleSet trying = new RuleSet(prefilteredRules(), false);
        // each prefilter's requirement rare in turn (and all of them rare together)
        int matched = 0;
        long seed = 1;
        for (String rare : new String[] {"ks", "kh", "'\"", "g", "khs'\"g"}) {
            matched += sameHits(skipping, trying, tokens, rare, seed++, 600);
        }
        assertThat(matched).as("the texts exercise the rules").isGreaterThan(5000);
    }

    @Test
    void skippedAnchorsHideNoHitOfTheStandardRulesOnTheirOwnWords() {
        RuleSet[] skipping = InjectionDetector.STANDARD_SETS;
        RuleSet[] trying = RuleSet.shared(List.of(InjectionRules.rules(), EscalationRules.rules(),
                ExfilIntentRules.rules()), false);
        List<String> words = new ArrayList<>();
        for (RuleSet set : skipping) {
            for (String k : set.keys()) {
                words.add(k.replace("*", ""));
            }
        }
        String[] fill = {"the", "a", "and", "of", "to", "is", "it", ",", ".", "\n", ":", "\"", "'", "(", ")"};
        Random rnd = new Random(20261127L);
        int hits = 0;
        for (int t = 0; t < 300; t++) {
            StringBuilder sb = new StringBuilder();
            int len = 50 + rnd.nextInt(t % 10 == 0 ? 6000 : 600);
            int keyShare = 2 + rnd.nextInt(6); // one word in keyShare is a rule word
            for (int k = 0; k < len; k++) {
                sb.append(rnd.nextInt(keyShare) == 0 ? words.get(rnd.nextInt(words.size()))
                        : fill[rnd.nextInt(fill.length)]).append(' ');
            }
            NormalizedText nt = Normalizer.standard().normalize(sb.toString());
            List<List<String>> expected = hits(trying, nt);
            assertThat(hits(skipping, nt)).as("hits in %s", nt.text()).isEqualTo(expected);
            hits += expected.stream().mapToInt(List::size).sum();
        }
        // (twenty-fifth session: the round-17 rules added about 590 rule words, which dilute these random texts: 1,478
        // hits where the floor was 1,500; the comparison above is the test, this floor only checks that it ran on hits)
        assertThat(hits).as("the texts exercise the rules").isGreaterThan(1_200);
    }

    @Test
    void skippedAnchorsHideNoHitOfTheStandardRulesOnTheCorpora() throws Exception {
        Path dir = Corpora.dataDir();
        org.junit.jupiter.api.Assumptions.assumeTrue(dir != null, "shared/data/prompt_injection not found");
        RuleSet[] skipping = InjectionDetector.STANDARD_SETS;
        RuleSet[] trying = RuleSet.shared(List.of(InjectionRules.rules(), EscalationRules.rules(),
                ExfilIntentRules.rules()), false);
        // the samples one after the other in texts of about 40 KB: many anchors per text, as in a long prompt
        StringBuilder sb = new StringBuilder();
        int hits = 0;
        List<Corpora.Sample> samples = Corpora.load(dir);
        for (int i = 0; i < samples.size(); i++) {
            sb.append(samples.get(i).text()).append("\n\n");
            if (sb.length() > 40_000 || i == samples.size() - 1) {
                NormalizedText nt = Normalizer.standard().normalize(sb.toString());
                List<List<String>> expected = hits(trying, nt);
                assertThat(hits(skipping, nt)).as("hits in the text ending with sample %d", i).isEqualTo(expected);
                hits += expected.stream().mapToInt(List::size).sum();
                sb.setLength(0);
            }
        }
        assertThat(hits).as("the corpora exercise the rules").isGreaterThan(5_000);
    }
}
