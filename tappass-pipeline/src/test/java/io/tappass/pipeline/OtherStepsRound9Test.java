package io.tappass.pipeline;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ninth blind round of {@code detect_escalation} (45 attacks, 30 hard negatives) and {@code detect_exfiltration}
 * (40 attacks, 25 hard negatives), written in the twenty-sixth session by a helper that read neither the detectors
 * nor any set and was given categories only (resource {@code round9-blind.jsonl}: id, step, label, text).
 *
 * <p>Measured blind at the session's start: escalation 30/45 with 8 false positives, exfiltration 24/40 with none.
 */
class OtherStepsRound9Test {

    @Test
    void set() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round9-blind.jsonl"));
        System.out.println("== round 9 (blind, twenty-sixth session)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.66, 8},
                "detect_exfiltration", new double[] {0.59, 0}));
    }
}
