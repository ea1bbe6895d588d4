package io.tappass.pipeline;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The twentieth blind round of {@code detect_escalation} (45 attacks, 30 hard negatives) and
 * {@code detect_exfiltration} (40 attacks, 25 hard negatives), written at the start of the thirty-fifth session by a
 * helper that read neither the detectors nor any set and was given the checks' descriptions only (about a fifth in
 * NL/DE/FR/ES/IT; resource {@code round20-blind.jsonl}). A holdout: never tuned on.
 *
 * <p>With the session's starting build: escalation <b>34/45 with 2</b> false positives of 30 (its head off),
 * exfiltration <b>32/40 with 1</b> of 25.
 * Floors at these.
 *
 * <p>The session's final build (the heads retrained on rounds 5-19 and {@code train-escexf-1} and {@code -2}; this
 * round held out and measured once, at the end): escalation <b>34/45 with 2</b> (its head off by default),
 * exfiltration <b>32/40 with 1</b>: unchanged, so the floors stay.
 */
class OtherStepsRound20Test {

    @Test
    void holdout() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round20-blind.jsonl"));
        System.out.println("== round 20 (the holdout of the thirty-fifth session, never tuned on)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.75, 2},
                "detect_exfiltration", new double[] {0.80, 1}));
    }
}
