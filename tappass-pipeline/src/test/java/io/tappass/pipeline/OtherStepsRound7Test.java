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
 * <p>Measured untuned at the twenty-fourth session's end: escalation 38/45 with 1 false positive, exfiltration 29/40
 * with 2 (the session's effects grammar had gained five escalation attacks whose classes the lead had named to both
 * the writer and the tuner, so that gain was not a clean measure).
 *
 * <p><b>Tuned on in the twenty-fifth session</b>: each miss and false positive was named as a mechanism and written for
 * its platform family ({@code EscalationEffects.round7}, {@code ExfilIntentRules.round7} and their kin), tested on the
 * session's own phrasings and look-alikes ({@code Round7OtherClassesTest}); afterwards escalation 45/45 with 0 false
 * positives and exfiltration 40/40 with 0. It no longer estimates a new writer; the floors sit just under those
 * numbers.
 */
class OtherStepsRound7Test {

    @Test
    void set() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round7-blind.jsonl"));
        System.out.println("== round 7 (development set since the twenty-fifth session)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.97, 0},
                "detect_exfiltration", new double[] {0.97, 0}));
    }
}
