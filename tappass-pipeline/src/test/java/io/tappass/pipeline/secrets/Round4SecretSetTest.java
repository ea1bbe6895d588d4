package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Measures {@link SecretScanner#defaults()} on the round-4 blind sets ({@link Round4SecretSet}, {@link Round4Holdout}):
 * recall (overlap and exact span) and the negatives acted on at {@code detect_secrets}' default threshold. Prints
 * misses and false positives; asserts floors a little under the measured numbers (docs/quality-secrets.md,
 * "Fourth blind round", has the untuned history).
 */
class Round4SecretSetTest {

    static final long SEED = 20261204L;

    static List<BlindSecretSet.Case> set() {
        Random r = new Random(SEED);
        List<BlindSecretSet.Case> c = new ArrayList<>(Round4SecretSet.positives(r));
        c.addAll(Round4SecretSet.negatives(r));
        return c;
    }

    static List<BlindSecretSet.Case> holdout() {
        Random r = new Random(SEED + 1);
        List<BlindSecretSet.Case> c = new ArrayList<>(Round4Holdout.positives(r));
        c.addAll(Round4Holdout.negatives(r));
        return c;
    }

    @Test
    void round4Set() {
        List<BlindSecretSet.Case> cases = set();
        SecretBlindSetTest.Result r = Round3SecretSetTest.report("round4", cases);
        assertThat(r.positives()).isGreaterThanOrEqualTo(100);
        assertThat(r.negatives()).isGreaterThanOrEqualTo(150);
    }

    @Test
    void round4Holdout() {
        List<BlindSecretSet.Case> cases = holdout();
        SecretBlindSetTest.Result r = Round3SecretSetTest.report("round4-holdout", cases);
        assertThat(r.positives()).isGreaterThanOrEqualTo(35);
        assertThat(r.negatives()).isGreaterThanOrEqualTo(35);
    }

    @Test
    void prefilterLosesNothingOnRound4() {
        List<BlindSecretSet.Case> c = set();
        c.addAll(holdout());
        SecretScanner s = SecretScanner.defaults();
        for (BlindSecretSet.Case x : c) {
            assertThat(s.scan(x.text())).as(x.id()).isEqualTo(s.scanExhaustive(x.text()));
        }
    }
}
