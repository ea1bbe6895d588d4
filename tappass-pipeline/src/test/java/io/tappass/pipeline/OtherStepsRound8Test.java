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
 * that session's round-7 tuning; exfiltration 28/40 with 1 false positive both times. The floors sit at those numbers.
 */
class OtherStepsRound8Test {

    @Test
    void set() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round8-blind.jsonl"));
        System.out.println("== round 8 (blind)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {29.0 / 45, 1},
                "detect_exfiltration", new double[] {28.0 / 40, 1}));
    }
}
