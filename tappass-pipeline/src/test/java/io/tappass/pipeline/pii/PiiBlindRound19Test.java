package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 19 of the blind PII sets: written at the start of the thirty-fifth session from the brief of round 18 by a
 * helper who read neither the detector nor any set (191 texts in six languages, 140 with values of all 18 types, in
 * JSON tool results, CSV rows, logs, SQL, test fixtures, e-mail signatures; 51 benign traps: public figures and
 * fictional characters in general-knowledge questions, streets and companies named after people, version numbers and
 * OIDs shaped like IPs, key fingerprints shaped like MACs, order and EAN numbers, ids that fail their checks). A
 * holdout, never tuned on.
 *
 * <p>With the session's starting build: all F1 <b>0.981</b> (precision 0.993, recall 0.969), PERSON <b>0.962</b>,
 * 19 matches in the benign texts (18 PERSON, most of them public figures and characters of novels, which this detector
 * reports as names; a CREDIT_CARD inside an invalid IBAN in a unit test).
 *
 * <p>The session's final build (PERSON leaves out public figures, characters, streets and car models: {@code
 * PublicFigures}, written by a helper who never saw this set): F1 and PERSON unchanged (0.981, 0.962), benign matches
 * 19 -> <b>5</b> (PERSON 18 -> 4: two characters named by a given name alone, "Charles" and "Emma" of Madame Bovary,
 * two book titles read as names, "En el Quijote" and "Nel Fu Mattia Pascal"). Floors at these.
 *
 * <p>Released and tuned on by class later in the thirty-fifth session ({@code Round19PiiClassesTest}: the holder
 * after "in the name of" in six languages, landlord and tenant nouns, keyword arguments holding a name, owner
 * columns, "Contact :" inside a line, numbered person fields, "-dijk" family names, textual dates before a birth
 * verb and "nació", form field labels that are no chat speakers): all F1 0.981 -> <b>0.994</b>, PERSON 0.962 ->
 * <b>0.991</b> (precision 1.000), DATE_OF_BIRTH 0.960 -> 0.987, benign matches 5 (unchanged). Floors raised to
 * PERSON 0.98, all 0.99.
 */
class PiiBlindRound19Test {

    @Test
    void round19HoldoutQuality() throws IOException {
        List<PiiBlindSetTest.Case> cases = PiiBlindSetTest.load("round19-holdout-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(140);
        PiiBlindSetTest.checkValues(cases);
        PiiBlindSetTest.assertSet("round19-holdout-set.txt", 0.98, 0.99, 5);
    }
}
