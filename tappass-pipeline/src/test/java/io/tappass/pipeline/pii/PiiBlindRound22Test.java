package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 22 of the blind PII sets: written at the END of the thirty-sixth session, after its model and secrets changes
 * and while the name lexicons were being extended, from the brief of round 21 by a helper who read neither the
 * detector nor any set (189 texts in six languages, 137 with values of all 18 types in whois and LDAP output, split CSV
 * name columns, tool calls, ids of one country in another language, birth dates written as "née le" or "(*03.01.1936)";
 * 52 benign traps: ids failing their checks, hashes and fingerprints, OIDs, public figures and characters, diseases,
 * streets, stations and companies named after people). A holdout, never tuned on: it measures the session's final
 * build blind.
 *
 * <p>The session's final build: all F1 <b>0.986</b>, PERSON <b>0.978</b>, <b>7</b> matches in the benign texts; its
 * starting build 0.985 / 0.974 / 4 (PERSON 3 -> 6 in the traps with the larger name lists). Floors at these.
 */
class PiiBlindRound22Test {

    @Test
    void round22HoldoutQuality() throws IOException {
        List<PiiBlindSetTest.Case> cases = PiiBlindSetTest.load("round22-holdout-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(137);
        PiiBlindSetTest.checkValues(cases);
        PiiBlindSetTest.assertSet("round22-holdout-set.txt", 0.97, 0.98, 7);
    }
}
