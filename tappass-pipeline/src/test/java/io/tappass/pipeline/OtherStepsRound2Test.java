package io.tappass.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The second blind round of the non-injection content steps: {@link OtherStepsRound2Shapes} ({@code detect_unicode},
 * {@code detect_infra}, {@code detect_exfiltration}) and {@link OtherStepsRound2Intent} ({@code detect_escalation},
 * {@code classify_data}, {@code scan_output}), written by two writers who did not read the detectors, measured the
 * way {@link OtherStepsBlindSetTest} measures the first round. Prints misses and false positives; asserts floors a
 * little below the measured numbers (docs/quality-other-steps.md has the history).
 */
class OtherStepsRound2Test {

    private static List<OtherStepsBlindSet.Probe> both(List<OtherStepsBlindSet.Probe> a,
                                                       List<OtherStepsBlindSet.Probe> b) {
        List<OtherStepsBlindSet.Probe> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void set() {
        Map<String, OtherStepsBlindSetTest.StepResult> r = OtherStepsBlindSetTest.measure(
                both(OtherStepsRound2Shapes.set(), OtherStepsRound2Intent.set()));
        System.out.println("== round 2 set");
        r.values().forEach(System.out::println);
    }

    @Test
    void holdout() {
        Map<String, OtherStepsBlindSetTest.StepResult> r = OtherStepsBlindSetTest.measure(
                both(OtherStepsRound2Shapes.holdout(), OtherStepsRound2Intent.holdout()));
        System.out.println("== round 2 holdout (counts only)");
        r.values().forEach(s -> System.out.printf("%-20s recall %d/%d   false positives %d/%d%n", s.step(),
                s.detected(), s.positives(), s.falsePositives(), s.negatives()));
    }
}
