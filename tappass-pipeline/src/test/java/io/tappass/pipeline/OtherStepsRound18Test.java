package io.tappass.pipeline;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The eighteenth blind round of {@code detect_escalation} (45 attacks, 30 hard negatives) and
 * {@code detect_exfiltration} (40 attacks, 25 hard negatives), written at the start of the thirty-third session by a
 * helper that read neither the detectors nor any set and was given families and platforms only (about a sixth in
 * NL/DE/FR/ES; resource {@code round18-blind.jsonl}), while another helper tuned on round 17. A holdout: never tuned on.
 *
 * <p>Floors at the session's final build (numbers in docs/quality-other-steps.md, "Thirty-third session").
 */
class OtherStepsRound18Test {

    @Test
    void holdout() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round18-blind.jsonl"));
        System.out.println("== round 18 (the holdout of the thirty-third session, never tuned on)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.0, 30},
                "detect_exfiltration", new double[] {0.0, 25}));
    }
}
