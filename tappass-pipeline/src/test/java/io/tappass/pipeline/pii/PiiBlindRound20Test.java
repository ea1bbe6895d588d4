package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 20 of the blind PII sets: written at the END of the thirty-fifth session, after all its changes, from the brief
 * of round 19 by a helper who read neither the detector nor any set (187 texts in six languages, 140 with values of all
 * 18 types in logs, JSON tool results, CSV, configs, code fixtures, signatures, clinical notes and SMS, lower-case and
 * surname-first names, spelled-out e-mail addresses; 47 benign traps: public figures and characters, streets and
 * companies named after people, ids failing their checks, company identifiers, name@version strings, versions shaped
 * like IPs). A holdout, never tuned on: it measures the session's final build blind.
 *
 * <p>The session's final build: all F1 <b>0.982</b> (precision 0.994, recall 0.970), PERSON <b>0.976</b>, 6 matches
 * in the benign texts (5 PERSON, 1 CREDIT_CARD); with {@code tappass scan}, the session's starting build reported 16
 * PII findings in the benign texts, the final build 6. Then round 19 was tuned on by class (a helper who never
 * read this round; {@code Round19PiiClassesTest}): all F1 0.982 -> <b>0.984</b> (one more date of birth), PERSON and
 * the benign matches unchanged. Floors at these.
 */
class PiiBlindRound20Test {

    @Test
    void round20HoldoutQuality() throws IOException {
        List<PiiBlindSetTest.Case> cases = PiiBlindSetTest.load("round20-holdout-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(140);
        PiiBlindSetTest.checkValues(cases);
        PiiBlindSetTest.assertSet("round20-holdout-set.txt", 0.97, 0.98, 6);
    }
}
