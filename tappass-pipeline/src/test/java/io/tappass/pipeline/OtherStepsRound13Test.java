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
 * A holdout in the twenty-eighth session; the twenty-ninth session tuned on it by class
 * ({@link Round13OtherClassesTest}): no longer a holdout.
 *
 * <p>Escalation 31/45 with 4 false positives of 30 and exfiltration 34/40 with 3 of 25 with the twenty-eighth session's
 * starting rules; 31/45 with 3 and 35/40 with 3 after its tuning on rounds 11 and 12. After tuning on this round:
 * escalation 45/45 with 0 (privileged policies and roles bound by infrastructure as code or an SDK, Kubernetes bindings
 * and wildcard rules, an application's user table written to make an administrator, approvals recorded for someone
 * else, the platforms' own admin-granting calls, token scopes widened, groups named administrators, report-only MFA,
 * guard-rail policies lifted, keys for privileged identities; gerund subjects, attackers' narratives and reports'
 * headings read as accounts, explanations asked in Spanish), exfiltration 39/40 with 1 (scripts that encode a
 * sensitive source into a request, the environment in a tool call's request, a system's export mailed to a free
 * mailbox, copies to places called not ours, polite requests in German; DLP rules' examples, a report's account).
 * Left: a mail of security incidents to an outside "researcher", and a markdown image with a placeholder in a blog
 * paragraph to be polished. Floors just under the tuned numbers.
 */
class OtherStepsRound13Test {

    @Test
    void holdout() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round13-blind.jsonl"));
        System.out.println("== round 13 (twenty-eighth session, tuned on in the twenty-ninth)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.97, 0},
                "detect_exfiltration", new double[] {0.95, 1}));
    }
}
