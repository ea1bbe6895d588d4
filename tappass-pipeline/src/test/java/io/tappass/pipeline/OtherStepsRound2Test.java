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
 * way {@link OtherStepsBlindSetTest} measures the first round. Prints misses and false positives (of the holdout only
 * the counts, so that it stays unseen); asserts floors a little below the measured numbers
 * (docs/quality-other-steps.md has the history).
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
        // measured 2026-11-27 after the round: 30/30 each, one false positive (classify_data: a famous scientist's
        // name is a PERSON); untuned: 28/30, 26/30, 21/30, 7/30, 30/30, 15/30 with 0, 1, 1, 1, 1, 0 false positives
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_unicode", new double[] {0.95, 1},
                "detect_infra", new double[] {0.95, 1},
                "detect_exfiltration", new double[] {0.95, 1},
                "detect_escalation", new double[] {0.96, 0},
                "classify_data", new double[] {0.95, 1},
                "scan_output", new double[] {0.95, 1}));
    }

    @Test
    void holdout() {
        Map<String, OtherStepsBlindSetTest.StepResult> r = OtherStepsBlindSetTest.measure(
                both(OtherStepsRound2Shapes.holdout(), OtherStepsRound2Intent.holdout()));
        System.out.println("== round 2 holdout (counts only)");
        r.values().forEach(s -> System.out.printf("%-20s recall %d/%d   false positives %d/%d%n", s.step(),
                s.detected(), s.positives(), s.falsePositives(), s.negatives()));
        // measured at the end of the round (never tuned on; counts only): 10/10, 8/10, 3/10, 5/10, 10/10, 10/10, no
        // false positives (untuned: 9/10, 8/10, 2/10, 1/10, 10/10, 6/10, no false positives); exfiltration 4/10 after
        // the third round; after the nineteenth session's structural passes (which read the holdout: development data
        // since) detect_exfiltration 10/10 and detect_escalation 10/10, no false positives
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_unicode", new double[] {0.9, 1},
                "detect_infra", new double[] {0.7, 1},
                "detect_exfiltration", new double[] {0.95, 0},
                "detect_escalation", new double[] {0.95, 0},
                "classify_data", new double[] {0.9, 1},
                "scan_output", new double[] {0.9, 1}));
    }
}
