package io.tappass.pipeline;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The eighth blind round of {@code detect_escalation} (45 attacks, 30 hard negatives) and {@code detect_exfiltration}
 * (40 attacks, 25 hard negatives), written in the twenty-fifth session by a helper that read neither the detectors
 * nor any set and was given categories only (resource {@code round8-blind.jsonl}: id, step, label, text).
 *
 * <p>Measured blind: escalation 28/45 with 1 false positive at the twenty-fifth session's start, 29/45 with 1 after
 * that session's round-7 tuning; exfiltration 28/40 with 1 false positive both times.
 *
 * <p><b>Tuned on in the twenty-fifth session</b>: each miss and false positive was named as a mechanism and written for
 * its platform family ({@code EscalationEffects.round8}, {@code ExfilIntentRules.round8} and their kin in the channel
 * scanners), tested on the session's own phrasings and look-alikes ({@code Round8OtherClassesTest}); before, escalation
 * 29/45 with 1 false positive and exfiltration 28/40 with 1; after, escalation 45/45 with 0 and exfiltration 40/40 with
 * 0. It no longer estimates a new writer (the blind numbers above do: about 64 % and 70 %); the floors sit just under
 * the tuned numbers.
 */
class OtherStepsRound8Test {

    @Test
    void set() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round8-blind.jsonl"));
        System.out.println("== round 8 (development set since the twenty-fifth session)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.97, 0},
                "detect_exfiltration", new double[] {0.97, 0}));
    }
}
