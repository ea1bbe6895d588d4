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
 * databases; resource {@code round12-blind.jsonl}). A holdout: never tuned on.
 *
 * <p>Escalation 26/45 with 2 false positives of 30 and exfiltration 30/40 with 1 of 25 with the session's starting
 * rules. Floors at those numbers.
 */
class OtherStepsRound12Test {

    @Test
    void holdout() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round12-blind.jsonl"));
        System.out.println("== round 12 (a holdout of the twenty-eighth session, never tuned on)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.57, 2},
                "detect_exfiltration", new double[] {0.74, 1}));
    }
}
