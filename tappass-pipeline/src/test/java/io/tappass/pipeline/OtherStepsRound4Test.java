package io.tappass.pipeline;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fourth blind round of {@code detect_escalation} ({@link OtherStepsRound4}), written by a helper session that
 * read neither the detector nor the earlier sets, measured before any change made after reading it. Measured as
 * {@link OtherStepsBlindSetTest} measures the first round; prints the set's misses and false positives by id and
 * the holdout's counts only (so that it stays unseen).
 */
class OtherStepsRound4Test {

    @Test
    void set() {
        Map<String, OtherStepsBlindSetTest.StepResult> r = OtherStepsBlindSetTest.measure(OtherStepsRound4.set());
        System.out.println("== round 4 set");
        r.values().forEach(System.out::println);
        // measured 2026-11-27: 8/30 with no false positive before any change made after reading it (a grammar pass
        // written before it had been read included), 24/30 with none after
        // 28/30 with none after the nineteenth session's structural rules
        OtherStepsBlindSetTest.assertFloors(r, Map.of("detect_escalation", new double[] {0.9, 0}));
    }

    @Test
    void holdout() {
        Map<String, OtherStepsBlindSetTest.StepResult> r = OtherStepsBlindSetTest.measure(OtherStepsRound4.holdout());
        System.out.println("== round 4 holdout (counts only)");
        r.values().forEach(s -> System.out.printf("%-20s recall %d/%d   false positives %d/%d%n", s.step(),
                s.detected(), s.positives(), s.falsePositives(), s.negatives()));
        // measured at the end of the round (never tuned on; counts only): 2/10, no false positive (1/10 untuned)
        // 10/10 with none after the nineteenth session's structural rules (which read it: development data since)
        OtherStepsBlindSetTest.assertFloors(r, Map.of("detect_escalation", new double[] {0.95, 0}));
    }
}
