package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fifth blind round of {@code detect_secrets} (sixteenth session): {@link Round5SecretSet} and its holdout
 * {@link Round5Holdout} were written by a helper session that did not read the rules (docs/quality-secrets.md, "Fifth
 * blind round"). Floors a little under the measured values.
 */
class Round5SecretSetTest {

    static final long SEED = 20261127L;

    static List<BlindSecretSet.Case> set() {
        Random r = new Random(SEED);
        List<BlindSecretSet.Case> c = new ArrayList<>(Round5SecretSet.positives(r));
        c.addAll(Round5SecretSet.negatives(r));
        return c;
    }

    static List<BlindSecretSet.Case> holdout() {
        Random r = new Random(SEED + 1);
        List<BlindSecretSet.Case> c = new ArrayList<>(Round5Holdout.positives(r));
        c.addAll(Round5Holdout.negatives(r));
        return c;
    }

    @Test
    void round5Set() {
        List<BlindSecretSet.Case> cases = set();
        SecretBlindSetTest.Result r = Round3SecretSetTest.report("round5", cases);
        assertThat(r.positives()).isGreaterThanOrEqualTo(100);
        assertThat(r.negatives()).isGreaterThanOrEqualTo(100);
        // untuned (7434d3c): 115/118 detected (101 exact), 0/106 negatives acted on; after the round (an Alchemy RPC
        // URL's key, curl's basic auth with an empty user name, a quoted mysql -p'...'): 118/118 (104 exact; the 14
        // inexact by the span conventions of docs/secrets.md: URLs with credentials whole, PEM blocks whole, webhook
        // URLs whole), 0/106
        assertThat(r.detected()).isGreaterThanOrEqualTo(117);
        assertThat(r.exact()).isGreaterThanOrEqualTo(102);
        assertThat(Round3SecretSetTest.actedOn(cases)).isEmpty();
    }

    @Test
    void round5Holdout() {
        List<BlindSecretSet.Case> cases = holdout();
        SecretBlindSetTest.Result r = Round3SecretSetTest.report("round5-holdout", cases);
        assertThat(r.positives()).isGreaterThanOrEqualTo(40);
        // measured at the start of the round and at its end, never tuned on: 44/45 detected (40 exact), 2/43 negatives
        // acted on, both times
        assertThat(r.detected()).isGreaterThanOrEqualTo(43);
        assertThat(r.exact()).isGreaterThanOrEqualTo(39);
        assertThat(Round3SecretSetTest.actedOn(cases)).hasSizeLessThanOrEqualTo(2);
    }
}
