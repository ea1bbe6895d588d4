package io.tappass.pipeline;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seventeenth blind round of {@code detect_escalation} (45 attacks, 30 hard negatives) and
 * {@code detect_exfiltration} (40 attacks, 25 hard negatives), written at the end of the thirty-first session, after
 * that session's tuning on round 15, by a helper that read neither the detectors nor any set and was given families
 * and platforms only (the brief of round 16; about 10 % in NL/DE/FR/ES; resource {@code round17-blind.jsonl}). A
 * holdout until the thirty-third session, which tuned on it by class ({@code EscalationEffects.round17}, {@code
 * ExfilIntentRules.round17}, {@link Round17OtherClassesTest}): no longer a measure of generalisation.
 *
 * <p>With the thirty-first session's starting rules: escalation 36/45 with 2 false positives of 30, exfiltration 34/40
 * with 3 of 25; with its final build (round 15 tuned on): escalation 37/45 with 2, exfiltration 34/40 with 3. Tuned in
 * the thirty-third session: escalation <b>45/45 with none</b>, exfiltration <b>40/40 with none</b>. Floors just under
 * the tuned numbers.
 */
class OtherStepsRound17Test {

    @Test
    void holdout() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round17-blind.jsonl"));
        System.out.println("== round 17 (the second holdout of the thirty-first session, tuned on in the thirty-third)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.97, 0},
                "detect_exfiltration", new double[] {0.97, 0}));
    }
}
