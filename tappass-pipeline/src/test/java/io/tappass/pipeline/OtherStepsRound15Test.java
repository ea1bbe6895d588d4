package io.tappass.pipeline;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fifteenth blind round of {@code detect_escalation} (45 attacks, 30 hard negatives) and
 * {@code detect_exfiltration} (40 attacks, 25 hard negatives), written in the thirtieth session by a helper that read
 * neither the detectors nor any set and was given families and platforms only (chat requests, shell, JSON tool calls,
 * Terraform, CloudFormation, Pulumi, Kubernetes YAML, SQL, Python, JavaScript, PowerShell, Ansible, GitHub Actions,
 * tickets, e-mails; prose also in NL DE FR ES IT; resource {@code round15-blind.jsonl}). A holdout: never tuned on.
 *
 * <p>With the session's starting rules: escalation <b>36/45 with 4</b> false positives of 30, exfiltration
 * <b>24/40 with 2</b> of 25 (the weakest blind exfiltration result in several rounds); after the same session's tuning
 * on round 14: escalation <b>36/45 with 4</b>, exfiltration <b>27/40 with 2</b>. Floors at the latter.
 */
class OtherStepsRound15Test {

    @Test
    void holdout() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round15-blind.jsonl"));
        System.out.println("== round 15 (a holdout of the thirtieth session, never tuned on)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.8, 4},
                "detect_exfiltration", new double[] {0.67, 2}));
    }
}
