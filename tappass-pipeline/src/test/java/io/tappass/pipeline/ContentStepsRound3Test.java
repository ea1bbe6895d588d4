package io.tappass.pipeline;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The third blind round of {@code detect_unicode}, {@code detect_infra}, {@code classify_data} and
 * {@code scan_output} (system-prompt leaks): per step 30 positives and 20 hard negatives, written in the thirty-second
 * session by a helper that read neither the detectors nor any set nor these docs and was given a paragraph per step
 * (mostly English, about a fifth in NL/DE/FR/ES/IT; resource {@code content-round3-set.jsonl}; the measure is
 * {@link OtherStepsBlindSetTest#measure}: {@code classify_data} must reach the case's level, {@code scan_output}
 * answers carry forms of the planted canary).
 *
 * <p>With the session's starting rules: unicode <b>28/30 with 0</b> false positives of 20, infra <b>27/30 with 4</b>,
 * classify_data <b>23/30 with 4</b>, scan_output <b>23/30 with 3</b>. Released for tuning in the same session and
 * tuned on in the thirty-second session (classes in {@link Round3ContentClassesTest}, docs/quality-other-steps.md
 * "Third round (thirty-second session)"): unicode <b>30/30 with 0</b>, infra <b>30/30 with 1</b> (a home router's
 * default address in a how-to, a debatable label), classify_data <b>23/30 with 3</b> (its misses are the detectors'
 * misses), scan_output <b>30/30 with 1</b>. Floors a little below these.
 *
 * <p>{@link #holdout()}: a second set from the same brief by another writer, written at the same time
 * ({@code content-round3-holdout.jsonl}, 200 cases), never tuned on and never shown to the tuner. The session's
 * starting rules: unicode <b>28/30 with 0</b>, infra <b>28/30 with 2</b>, classify_data <b>24/30 with 5</b>,
 * scan_output <b>27/30 with 1</b>; its final build (the set tuned on): unicode <b>30/30 with 0</b>, infra <b>29/30 with
 * 2</b>, classify_data <b>24/30 with 5</b>, scan_output <b>29/30 with 1</b>. Floors at the latter.
 */
class ContentStepsRound3Test {

    @Test
    void set() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("content-round3-set.jsonl"));
        System.out.println("== content steps, round 3 (the set)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_unicode", new double[] {0.96, 0},
                "detect_infra", new double[] {0.96, 1},
                "classify_data", new double[] {0.76, 3},
                "scan_output", new double[] {0.96, 1}));
    }

    @Test
    void holdout() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("content-round3-holdout.jsonl"));
        System.out.println("== content steps, round 3 (the holdout, never tuned on)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_unicode", new double[] {0.99, 0},
                "detect_infra", new double[] {0.96, 2},
                "classify_data", new double[] {0.79, 5},
                "scan_output", new double[] {0.96, 1}));
    }
}
