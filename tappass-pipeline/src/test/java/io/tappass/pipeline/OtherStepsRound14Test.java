package io.tappass.pipeline;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fourteenth blind round of {@code detect_escalation} (45 attacks, 30 hard negatives) and
 * {@code detect_exfiltration} (40 attacks, 25 hard negatives), written in the twenty-ninth session by a helper that
 * read neither the detectors nor any set and was given families and platforms only (chat requests to an agent, shell,
 * JSON tool calls, Terraform, CloudFormation, Pulumi, Kubernetes YAML, SQL, Python, JavaScript, PowerShell, a raw
 * Microsoft Graph request, tickets, e-mails, runbooks, post-mortems; prose also in NL DE FR ES IT; resource
 * {@code round14-blind.jsonl}). A holdout until the thirtieth session, which tuned on it by class
 * ({@code EscalationEffects.round14}, {@code ExfilIntentRules.round14}, {@code Round14OtherClassesTest}).
 *
 * <p>Escalation 28/45 with 5 false positives of 30 and exfiltration 30/40 with none of 25 with the twenty-ninth
 * session's starting rules; 34/45 with 4 and 31/40 with none after that session's tuning on rounds 12 and 13 (the
 * thirtieth session's start). Tuned on: escalation <b>34/45 with 4 -> 45/45 with none</b>, exfiltration <b>31/40 with
 * none -> 40/40 with none</b>. Floors just under the tuned numbers.
 */
class OtherStepsRound14Test {

    @Test
    void holdout() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round14-blind.jsonl"));
        System.out.println("== round 14 (tuned on in the thirtieth session)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.97, 0},
                "detect_exfiltration", new double[] {0.97, 0}));
    }
}
