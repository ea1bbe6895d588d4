package io.tappass.pipeline;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ninth blind round of {@code detect_escalation} (45 attacks, 30 hard negatives) and {@code detect_exfiltration}
 * (40 attacks, 25 hard negatives), written in the twenty-sixth session by a helper that read neither the detectors
 * nor any set and was given categories only (resource {@code round9-blind.jsonl}: id, step, label, text).
 *
 * <p>Measured blind at the session's start: escalation 30/45 with 8 false positives, exfiltration 24/40 with none.
 *
 * <p>Tuned on in the twenty-sixth session ({@link Round9OtherClassesTest}): escalation 30/45 with 8 false positives
 * -> 41/45 with none; exfiltration 24/40 -> 28/40, no false positive before or after. The false positives were
 * classes of everyday administration: a report about who holds a role ("give me the list of admins"), a role named as
 * a query's filter, a chmod that only removes bits, a leaver's repositories handed to a team, Dutch "wil je" (would
 * you) read as a wish, a relative clause saying what a step would need, a user moved off an administrator profile, and
 * a sharing level named Reviewer read as the review control. The floors stand just under the tuned numbers. Left:
 * escalation a10, a25, a28, a34 and twelve exfiltration attacks (see the session's report).
 *
 * <p>The twenty-seventh session's round-10 classes ({@link Round10OtherClassesTest}) caught more of the same families:
 * escalation 41/45 -> 42/45 (a10, a credential minted for another identity and pasted into the chat), exfiltration
 * 28/40 -> 38/40 (a23 a bucket copy into a bucket named private, a25 a message drafted for a future employer, a26/a27
 * data for people who have left, a28 a copy in words onto media mounted under /media, a29 an external disk without a
 * possessive, a30 a credential file's contents put into the answers, a36 a personal Gmail added as a guest, a37 a
 * partner without a signed DPA, a39 an internal channel connected by Slack Connect), no false positive. Floors raised
 * just under. Left: escalation a25, a28, a34; exfiltration a33, a34.
 */
class OtherStepsRound9Test {

    @Test
    void set() throws IOException {
        Map<String, OtherStepsBlindSetTest.StepResult> r =
                OtherStepsBlindSetTest.measure(OtherStepsRound5Test.cases("round9-blind.jsonl"));
        System.out.println("== round 9 (tuned on in the twenty-sixth session)");
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of(
                "detect_escalation", new double[] {0.93, 0},
                "detect_exfiltration", new double[] {0.94, 0}));
    }
}
