package io.tappass.pipeline.injection;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.scan.NormalizedText;
import io.tappass.pipeline.scan.Normalizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every scored rule must be able to fire where its pattern matches: a rule only runs at its anchor words, from at most
 * {@code back} characters before them, so a pattern that starts with words before its anchor ("the assistant must")
 * and a look-back too short to reach them never fires (two such rules were found in the fourth blind round). Checked
 * empirically on the texts of the probe sets: a rule whose pattern finds a match in some normalised probe text must
 * fire through the rule set on at least one of those texts (attack texts only, to keep the test fast).
 */
class RuleReachabilityTest {

    private static final String[] SETS = {"probe", "probe-validation", "probe-final", "probe-fresh", "probe-override",
        "probe-override-holdout", "probe-blind", "probe-blind-holdout", "probe-round3", "probe-round3-validation",
        "probe-round3-holdout", "probe-round4", "probe-round4-validation", "probe-round4-holdout"};

    @Test
    void everyRuleThatMatchesAProbeTextFiresThroughItsAnchors() throws IOException {
        List<NormalizedText> texts = new ArrayList<>();
        for (String set : SETS) {
            for (ProbeSetTest.Probe p : ProbeSetTest.load(set + "-attacks.txt")) {
                texts.add(Normalizer.standard().normalize(p.text()));
            }
        }
        RuleSet rules = InjectionDetector.STANDARD_SETS[0];
        List<Rule> table = InjectionRules.rules(); // equal to the rule set's rules (same id and pattern)
        Map<Rule, int[]> counts = new IdentityHashMap<>(); // {texts where the pattern finds, texts where it fired}
        for (NormalizedText nt : texts) {
            Set<String> fired = new HashSet<>();
            rules.scan(nt, (rule, s, e) -> fired.add(key(rule)));
            for (Rule r : table) {
                if (r.category.startsWith("_")) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(r, k -> new int[2]);
                if (r.pattern.matcher(nt.text()).find()) {
                    c[0]++;
                    if (fired.contains(key(r))) {
                        c[1]++;
                    }
                }
            }
        }
        Set<String> unreachable = new HashSet<>();
        counts.forEach((r, c) -> {
            if (c[0] > 0 && c[1] == 0) {
                unreachable.add(r + " (pattern matches " + c[0] + " probe texts, fired on none)");
            }
        });
        assertThat(unreachable).as("rules whose anchors or look-back cannot reach their pattern's start").isEmpty();
    }

    private static String key(Rule r) {
        return r.id + "\u0000" + r.pattern.pattern();
    }
}
