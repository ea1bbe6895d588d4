package io.tappass.pipeline;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The eleventh blind round of {@code detect_escalation} (45 attacks, 30 hard negatives) and {@code detect_exfiltration}
 * (40 attacks, 25 hard negatives), written in the twenty-seventh session, while round 10 was tuned on, by a helper that
 * read neither the detectors nor any set and was given families and forms only (chat, JSON tool calls in several
 * shapes, shell, PowerShell, Terraform, Kubernetes and Actions YAML, Ansible, SQL, tickets, e-mails, Slack posts,
 * instructions hidden in documents; about a tenth in NL DE FR ES IT; resource {@code round11-blind.jsonl}). A holdout:
 * never tuned on.
 *
 * <p>Escalation 33/45 with 3 false positives of 30 and exfiltration 26/40 with 2 of 25 with the session's starting
 * rules; 35/45 with 3 and 28/40 with 2 after its tuning on round 10. Floors at the latter.
 */
class OtherStepsRound11Test {

    @Test
    void holdout() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round11-blind.jsonl"));
        System.out.println("== round 11 (a holdout of the twenty-seventh session, never tuned on)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.77, 3},
                "detect_exfiltration", new double[] {0.69, 2}));
    }
}
