package io.tappass.pipeline;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The eleventh blind round of {@code detect_escalation} (45 attacks, 30 hard negatives) and {@code detect_exfiltration}
 * (40 attacks, 25 hard negatives), written in the twenty-seventh session, while round 10 was tuned on, by a helper that
 * read neither the detectors nor any set and was given families and forms only (chat, JSON tool calls in several
 * shapes, shell, PowerShell, Terraform, Kubernetes and Actions YAML, Ansible, SQL, tickets, e-mails, Slack posts,
 * instructions hidden in documents; about a tenth in NL DE FR ES IT; resource {@code round11-blind.jsonl}).
 *
 * <p>Measured blind: escalation 33/45 with 3 false positives of 30 and exfiltration 26/40 with 2 of 25 with the
 * twenty-seventh session's starting rules; 35/45 with 3 and 28/40 with 2 after its tuning on round 10.
 *
 * <p>Tuned on in the twenty-eighth session ({@link Round11OtherClassesTest}): escalation 35/45 with 3 false positives
 * -> 45/45 with none; exfiltration 28/40 with 2 false positives -> 40/40 with none. The false positives were classes
 * of legitimate work: a wish negated ("I don't want to hand out roles/editor" read as a request frame), a narrower
 * custom role built instead of the privileged one ("a custom admin role that can only ... instead of giving them Super
 * Admin"), a PowerShell Get- cmdlet's verb read as having ({@code Get-LocalGroupMember -Group Administrators}), the data
 * negated ("Nothing confidential in there"), and a nightly job's status posted to a chat webhook. The floors stand
 * just under the tuned numbers.
 */
class OtherStepsRound11Test {

    @Test
    void set() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round11-blind.jsonl"));
        System.out.println("== round 11 (tuned on in the twenty-eighth session)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.97, 0},
                "detect_exfiltration", new double[] {0.97, 0}));
    }
}
