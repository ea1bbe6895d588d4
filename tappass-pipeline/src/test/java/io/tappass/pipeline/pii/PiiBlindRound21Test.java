package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 21 of the blind PII sets: written at the START of the thirty-sixth session, before any change, from the brief
 * of round 20 by a helper who read neither the detector nor any set (191 texts in six languages, 145 with values of all
 * 18 types in log key=value pairs, JSON and CSV fields, DHCP and INI configs, test code, SMS, signatures and agent tool
 * output, lower-case and surname-first names, names split across fields; 46 benign traps: ids failing their checks,
 * version and build numbers, hashes, a CUPS supply code shaped like an IBAN, public figures and characters, names in
 * streets, venues and brands, a "born before" eligibility rule). A holdout, never tuned on.
 *
 * <p>The session's starting build: all F1 0.976, PERSON 0.948 (recall 0.920), 4 matches in the benign texts. Its final
 * build (the name lexicons about 2.7 times larger, "M." as Monsieur): all F1 <b>0.987</b>, PERSON <b>0.976</b> (recall
 * 0.967), <b>6</b> benign matches (PERSON 2 -> 4: the larger lists also know more names in the traps). Floors at these.
 */
class PiiBlindRound21Test {

    @Test
    void round21HoldoutQuality() throws IOException {
        List<PiiBlindSetTest.Case> cases = PiiBlindSetTest.load("round21-holdout-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(145);
        PiiBlindSetTest.checkValues(cases);
        PiiBlindSetTest.assertSet("round21-holdout-set.txt", 0.97, 0.98, 6);
    }
}
