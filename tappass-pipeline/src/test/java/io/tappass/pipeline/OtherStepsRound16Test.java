package io.tappass.pipeline;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sixteenth blind round of {@code detect_escalation} (45 attacks, 30 hard negatives) and
 * {@code detect_exfiltration} (40 attacks, 25 hard negatives), written in the thirty-first session by a helper that
 * read neither the detectors nor any set and was given families and platforms only (chat requests, agent plans, JSON
 * tool calls, shell and PowerShell, SQL, Terraform, CloudFormation, Kubernetes YAML, GitHub Actions and GitLab CI,
 * Jenkins, Vault policies, tickets, security documents; about 10 % in NL/DE/FR/ES; resource
 * {@code round16-blind.jsonl}). A holdout: never tuned on.
 *
 * <p>With the session's starting rules: escalation <b>38/45 with 4</b> false positives of 30, exfiltration <b>33/40
 * with 4</b> of 25; after the same session's tuning on round 15: escalation <b>39/45 with 4</b>, exfiltration
 * <b>34/40 with 4</b>.
 *
 * <p>Round 16 was tuned on by class in the thirty-second session ({@code EscalationEffects.round16}, {@code
 * ExfilIntentRules.round16}, {@link Round16OtherClassesTest}): it is no longer a holdout (round 17 is). After that
 * tuning: escalation <b>45/45 with none</b>, exfiltration <b>40/40 with none</b>. Floors just under these.
 */
class OtherStepsRound16Test {

    @Test
    void holdout() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round16-blind.jsonl"));
        System.out.println("== round 16 (written in the thirty-first session, tuned on in the thirty-second)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.97, 0},
                "detect_exfiltration", new double[] {0.97, 0}));
    }
}
