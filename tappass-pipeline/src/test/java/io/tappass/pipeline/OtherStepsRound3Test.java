package io.tappass.pipeline;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The third blind round of {@code detect_exfiltration} and {@code detect_escalation} ({@link OtherStepsRound3}),
 * written by a helper session that read neither the detectors nor the earlier sets, for the two steps whose second
 * round's holdout generalised least. Measured as {@link OtherStepsBlindSetTest} measures the first round; prints the
 * set's misses and false positives by id and the holdout's counts only (so that it stays unseen).
 */
class OtherStepsRound3Test {

    @Test
    void set() {
        Map<String, OtherStepsBlindSetTest.StepResult> r = OtherStepsBlindSetTest.measure(OtherStepsRound3.set());
        System.out.println("== round 3 set");
        r.values().forEach(System.out::println);
        // measured 2026-11-27 after the round: 38/40 and 40/40, no false positives (untuned: 8/40 and 17/40 with 0
        // and 1 false positives); exfiltration 40/40 after the nineteenth session's structural pass
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_exfiltration", new double[] {0.95, 0},
                "detect_escalation", new double[] {0.97, 0}));
    }

    @Test
    void holdout() {
        Map<String, OtherStepsBlindSetTest.StepResult> r = OtherStepsBlindSetTest.measure(OtherStepsRound3.holdout());
        System.out.println("== round 3 holdout (counts only)");
        r.values().forEach(s -> System.out.printf("%-20s recall %d/%d   false positives %d/%d%n", s.step(),
                s.detected(), s.positives(), s.falsePositives(), s.negatives()));
        // measured at the end of the round (never tuned on; counts only): 8/15 and 1/15 with 0 and 1 false
        // positives (untuned: 3/15 and 1/15 with 0 and 1); after the nineteenth session's structural passes, which
        // read this holdout as development data (it is no longer unseen): detect_exfiltration 15/15 and
        // detect_escalation 15/15, no false positives
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_exfiltration", new double[] {0.95, 0},
                "detect_escalation", new double[] {0.93, 0}));
    }
}
