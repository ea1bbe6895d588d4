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
 * copies whose remote path calls them taken). The twenty-ninth session tuned on what it still missed, with round 13
 * ({@link Round13OtherClassesTest}): escalation 29/45 with 1 -> 45/45 with 0 (Terraform bindings, token scopes widened,
 * an application's user table, approvals set in a change tool, cloned admin profiles, Slack/GitLab/Graph calls, keys
 * for privileged identities, a workload switched to a privileged service account; a break-glass procedure described),
 * exfiltration 33/40 with 1 -> 40/40 with 0 (a free mailbox receiving a system's export, browser and PowerShell
 * beacons, every repository's mirror pushed to a public code host, storage said not to be ours, secrets included in a
 * public issue; a DLP rule's test cases). Floors just under the tuned numbers.
 */
class OtherStepsRound12Test {

    @Test
    void holdout() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round12-blind.jsonl"));
        System.out.println("== round 12 (twenty-eighth session, tuned on; the rest in the twenty-ninth)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.97, 0},
                "detect_exfiltration", new double[] {0.97, 0}));
    }
}
