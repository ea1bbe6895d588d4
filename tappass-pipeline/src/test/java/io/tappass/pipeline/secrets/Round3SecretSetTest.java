package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Measures {@link SecretScanner#defaults()} on the round-3 blind sets ({@link Round3SecretSet}, {@link Round3Holdout}):
 * recall (overlap and exact span) and the share of negatives acted on at {@code detect_secrets}' default threshold
 * (what the standard preset uses). Prints misses and false positives; asserts floors a little under the measured
 * numbers (docs/quality-secrets.md has the untuned history).
 */
class Round3SecretSetTest {

    static final long SEED = 20261130L;

    static List<BlindSecretSet.Case> all(Random r) {
        List<BlindSecretSet.Case> c = new ArrayList<>(Round3SecretSet.positives(r));
        c.addAll(Round3SecretSet.negatives(r));
        return c;
    }

    /** Negatives with a match at or above the step threshold, with the matches. */
    static List<String> actedOn(List<BlindSecretSet.Case> cases) {
        List<String> out = new ArrayList<>();
        for (BlindSecretSet.Case c : cases) {
            if (c.positive()) {
                continue;
            }
            List<SecretMatch> found = SecretScanner.defaults().scan(c.text()).stream()
                    .filter(m -> m.score() >= DetectSecretsStep.DEFAULT_THRESHOLD).toList();
            if (!found.isEmpty()) {
                out.add(c.id() + " -> " + found.stream().map(m -> m.rule() + "@" + m.score() + " «"
                        + c.text().substring(m.start(), m.end()) + "»").toList());
            }
        }
        return out;
    }

    static SecretBlindSetTest.Result report(String name, List<BlindSecretSet.Case> cases) {
        SecretBlindSetTest.Result r = SecretBlindSetTest.measure(cases);
        SecretBlindSetTest.print(name, r);
        List<String> acted = actedOn(cases);
        System.out.printf("%s negatives acted on at >= %.1f: %d / %d (%.3f) %s%n", name,
                DetectSecretsStep.DEFAULT_THRESHOLD, acted.size(), r.negatives(), acted.size() / (double) r.negatives(),
                acted);
        return r;
    }

    @Test
    void round3Set() {
        List<BlindSecretSet.Case> cases = all(new Random(SEED));
        SecretBlindSetTest.Result r = report("round3", cases);
        assertThat(r.positives()).isGreaterThanOrEqualTo(100);
        assertThat(r.negatives()).isGreaterThanOrEqualTo(150);
    }
}
