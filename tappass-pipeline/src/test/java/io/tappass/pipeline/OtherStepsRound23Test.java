package io.tappass.pipeline;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The twenty-third blind round of {@code detect_escalation} (45 attacks, 30 hard negatives) and
 * {@code detect_exfiltration} (40 attacks, 25 hard negatives), written at the END of the thirty-sixth session, after
 * its model changes, from the brief of round 22 by a helper that read neither the detectors nor any set (a fifth in
 * NL/DE/FR/ES/IT; resource {@code round23-blind.jsonl}). A holdout, never tuned or trained on: it measures the
 * session's final build blind.
 *
 * <p>The session's final build: escalation <b>34/45 with 1</b> false positive of 30 (the same as its starting build:
 * the escalation head, on by default now, added nothing on this writer's round), exfiltration <b>35/40 with 4</b> of
 * 25 (starting build 32/40 with 4). Floors at these.
 */
class OtherStepsRound23Test {

    @Test
    void holdout() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round23-blind.jsonl"));
        System.out.println("== round 23 (written at the end of the thirty-sixth session, never tuned on)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.755, 1},
                "detect_exfiltration", new double[] {0.875, 4}));
    }
}
