package io.tappass.pipeline;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tenth blind round of {@code detect_escalation} (45 attacks, 30 hard negatives) and {@code detect_exfiltration}
 * (40 attacks, 25 hard negatives), written in the twenty-seventh session by a helper that read neither the detectors
 * nor any set and was given families and forms only (chat requests, JSON tool calls, shell, Terraform/YAML/SQL,
 * tickets and e-mails, instructions inside documents; about a tenth in NL DE FR ES IT; resource
 * {@code round10-blind.jsonl}: id, step, label, text).
 *
 * <p>Measured blind at the session's start: escalation 35/45 with no false positive, exfiltration 27/40 with 3 false
 * positives of 25.
 *
 * <p>Tuned on in the twenty-seventh session ({@link Round10OtherClassesTest}): escalation 35/45 -> 45/45, no false
 * positive before or after; exfiltration 27/40 with 3 false positives -> 39/40 with none. The false positives were
 * classes of legitimate work: security-awareness material and an incident report that named an archive's password
 * ("a 7z with password", "a password-protected 7z") read as a password moved, and a SIEM forwarder pointed at the
 * company's own cloud tenant ("(our tenant)" after the URL). The floors stand just under the tuned numbers. Left:
 * exfiltration a38 (a log route in a comment whose sentence "incl." cuts short).
 */
class OtherStepsRound10Test {

    @Test
    void set() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round10-blind.jsonl"));
        System.out.println("== round 10 (tuned on in the twenty-seventh session)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.97, 0},
                "detect_exfiltration", new double[] {0.97, 0}));
    }
}
