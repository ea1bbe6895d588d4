package io.tappass.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fifth blind round of {@code detect_escalation} (45 attacks, 30 hard negatives) and {@code detect_exfiltration}
 * (35 attacks, 25 hard negatives), written on 2026-11-27 by a helper session that read neither the detectors nor
 * any earlier set, never run against the detectors by its writer (resource {@code round5-blind.jsonl}: id, step,
 * label, text; 20% of each label in NL/DE/FR/ES/IT). It judged the nineteenth session's structural passes, whose
 * authors did not see it: scored at the session's start and once at its end, never tuned on then. The twenty-third
 * session tuned on it (its misses were that session's development data; it wrote each class generally, with its own
 * unit cases): escalation 32/45 with 1 false positive -> 45/45 with none, exfiltration 27/35 -> 34/35 with none. It
 * no longer estimates what a new writer gets.
 */
class OtherStepsRound5Test {

    static List<OtherStepsBlindSet.Probe> cases() throws IOException {
        return cases("round5-blind.jsonl");
    }

    /** The cases of a blind round's JSON lines ({@link OtherStepsBlindSet#load}), a test resource of this package. */
    static List<OtherStepsBlindSet.Probe> cases(String resource) throws IOException {
        return OtherStepsBlindSet.load(resource);
    }

    @Test
    void set() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r = OtherStepsBlindSetTest.measure(cases());
        System.out.println("== round 5 (unseen by the detectors' authors)");
        r.values().forEach(System.out::println);
        // at the nineteenth session's start: escalation 26/45 with 2 false positives, exfiltration 17/35 with none;
        // at its end (structural passes, written without this set): 32/45 with 1, 27/35 with none;
        // after the twenty-third session (tuned on this set's misses): 45/45 with none, 34/35 with none
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.97, 0},
                "detect_exfiltration", new double[] {0.95, 0}));
    }
}
