package io.tappass.pipeline;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seventh blind round of {@code detect_escalation} (45 attacks, 30 hard negatives) and {@code detect_exfiltration}
 * (40 attacks, 25 hard negatives), written in the twenty-fourth session by a helper that read neither the detectors
 * nor any set (resource {@code round7-blind.jsonl}: id, step, label, text; sudoers and admin groups on three systems,
 * AD/Entra, AWS/GCP/Azure IAM, Kubernetes, databases, SaaS consoles, security tooling switched off, social
 * engineering; pastebins, webhooks, tunnels, personal mail and clouds, messaging bots, foreign buckets, DNS, URL and
 * image channels, public issues, removable media; a few in NL/DE/FR/ES/IT).
 *
 * <p>A holdout, never tuned on. With the session's starting rules: escalation 33/45 with 1 false positive,
 * exfiltration 29/40 with 2. After the session's effects grammar (tuned on round 6): escalation 38/45, exfiltration
 * 29/40, the same false positives. <b>The escalation gain is not a clean measure</b>: the five attacks gained (root
 * user keys in CI, Salesforce "Modify All Data", a security group opened to 0.0.0.0/0, setcap, a break-glass account
 * without an incident) are the classes the lead named as examples in the prompts of both the writer and the tuner.
 */
class OtherStepsRound7Test {

    @Test
    void holdout() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round7-blind.jsonl"));
        System.out.println("== round 7 (holdout, twenty-fourth session)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.84, 1},
                "detect_exfiltration", new double[] {0.72, 2}));
    }
}
