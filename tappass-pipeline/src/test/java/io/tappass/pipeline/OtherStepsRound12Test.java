package io.tappass.pipeline;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The twelfth blind round of {@code detect_escalation} (45 attacks, 30 hard negatives) and {@code detect_exfiltration}
 * (40 attacks, 25 hard negatives), written in the twenty-eighth session, while round 11 was tuned on, by a helper that
 * read neither the detectors nor any set and was given families, forms and platforms only (chat, shell, PowerShell,
 * tool-call JSON, Terraform, Kubernetes YAML, SQL, Python and JavaScript, e-mails, tickets, multi-step agent plans;
 * some in NL DE FR ES; AWS, GCP, Azure, Kubernetes, Linux, Windows/AD, GitHub, GitLab, Okta, Slack, Jira, Salesforce,
 * databases; resource {@code round12-blind.jsonl}). Released for tuning later in the session and tuned on by class
 * ({@link Round12OtherClassesTest}): no longer a holdout.
 *
 * <p>Escalation 26/45 with 2 false positives of 30 and exfiltration 30/40 with 1 of 25 with the session's starting
 * rules, 26/45 with 1 and 30/40 with 1 after its tuning on round 11; after tuning on this round: escalation 29/45 with 1 and exfiltration 33/40 with 1 (root-equivalent groups in a group
 * command's list, sudoers appended by a command, commands chained after {@code &&}; streams piped into a remote shell,
 * copies whose remote path calls them taken). Floors just under the tuned numbers.
 */
class OtherStepsRound12Test {

    @Test
    void holdout() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round12-blind.jsonl"));
        System.out.println("== round 12 (twenty-eighth session, tuned on)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.64, 1},
                "detect_exfiltration", new double[] {0.82, 1}));
    }
}
