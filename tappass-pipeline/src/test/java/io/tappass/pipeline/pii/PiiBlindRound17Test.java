package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 17 of the blind PII sets: written at the start of the thirty-third session from the brief of rounds 15 and 16
 * by a helper who read neither the detector nor any set (187 texts in six languages, 141 with values of all 18 types,
 * 46 benign traps: companies named after their founders, public figures, masked values, invalid-checksum examples,
 * company identifiers), while another helper tuned on round 16. A holdout, never tuned on.
 *
 * <p>All F1 <b>0.976</b> (precision 0.993, recall 0.960), PERSON <b>0.973</b>, 3 matches in the benign texts, with the
 * session's starting and final builds alike (round 16's classes, 0.982 -> 0.998 there, moved none of these). Floors at
 * these.
 */
class PiiBlindRound17Test {

    @Test
    void round17HoldoutQuality() throws IOException {
        List<PiiBlindSetTest.Case> cases = PiiBlindSetTest.load("round17-holdout-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(140);
        PiiBlindSetTest.checkValues(cases);
        PiiBlindSetTest.assertSet("round17-holdout-set.txt", 0.97, 0.97, 3);
    }
}
