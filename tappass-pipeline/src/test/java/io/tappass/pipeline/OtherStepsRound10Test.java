package io.tappass.pipeline;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tenth blind round of {@code detect_escalation} (45 attacks, 30 hard negatives) and {@code detect_exfiltration}
 * (40 attacks, 25 hard negatives), written in the twenty-seventh session by a helper that read neither the detectors
 * nor any set and was given families and forms only (chat requests, JSON tool calls, shell, Terraform/YAML/SQL,
 * tickets and e-mails, instructions inside documents; about a tenth in NL DE FR ES IT; resource
 * {@code round10-blind.jsonl}: id, step, label, text).
 *
 * <p>Measured blind at the session's start: escalation 35/45 with no false positive, exfiltration 27/40 with 3 false
 * positives of 25. Floors at that blind measure.
 */
class OtherStepsRound10Test {

    @Test
    void set() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round10-blind.jsonl"));
        System.out.println("== round 10 (blind at the twenty-seventh session's start)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.77, 0},
                "detect_exfiltration", new double[] {0.67, 3}));
    }
}
