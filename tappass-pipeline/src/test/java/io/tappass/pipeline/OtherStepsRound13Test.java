package io.tappass.pipeline;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The thirteenth blind round of {@code detect_escalation} (45 attacks, 30 hard negatives) and
 * {@code detect_exfiltration} (40 attacks, 25 hard negatives), written in the twenty-eighth session, after round 11
 * had been tuned on, by a helper that read neither the detectors nor any set and was given families, forms and
 * platforms only (chat, shell, PowerShell, tool-call JSON, Terraform, Kubernetes YAML, SQL, Python and JavaScript,
 * tickets, e-mails, agent plans, post-mortems; about a fifth in NL DE FR ES IT; resource {@code round13-blind.jsonl}).
 * A holdout: never tuned on.
 *
 * <p>Escalation 31/45 with 4 false positives of 30 and exfiltration 34/40 with 3 of 25 with the session's starting
 * rules; 31/45 with 3 and 34/40 with 3 after its tuning on round 11, 31/45 with 3 and 35/40 with 3 after its
 * partial tuning on round 12. Floors at the latter.
 */
class OtherStepsRound13Test {

    @Test
    void holdout() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round13-blind.jsonl"));
        System.out.println("== round 13 (a holdout of the twenty-eighth session, never tuned on)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.68, 3},
                "detect_exfiltration", new double[] {0.87, 3}));
    }
}
