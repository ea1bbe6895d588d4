package io.tappass.pipeline;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The twenty-first blind round of {@code detect_escalation} (45 attacks, 30 hard negatives) and
 * {@code detect_exfiltration} (40 attacks, 25 hard negatives), written at the END of the thirty-fifth session, after
 * all its changes, by a helper that read neither the detectors nor any set and was given the checks' descriptions only
 * (about a fifth in NL/DE/FR/ES/IT; resource {@code round21-blind.jsonl}). A holdout, never tuned or trained on: it
 * measures the session's final build blind.
 *
 * <p>The session's final build: escalation <b>30/45 with 5</b> false positives of 30 (its head off), exfiltration
 * <b>34/40 with 1</b> of 25; its starting build 30/45 with 5 and 31/40 with 2 (the exfiltration head's retraining).
 * Floors at these.
 */
class OtherStepsRound21Test {

    @Test
    void holdout() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round21-blind.jsonl"));
        System.out.println("== round 21 (written at the end of the thirty-fifth session, never tuned on)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.66, 5},
                "detect_exfiltration", new double[] {0.85, 1}));
    }
}
