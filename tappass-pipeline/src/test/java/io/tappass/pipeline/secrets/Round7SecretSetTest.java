package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seventh blind round of {@code detect_secrets} (twenty-fifth session): 150 positives, one per provider or
 * format (cloud, SaaS, CI, registries, payments, databases, private keys, passwords under keys in nine languages), and
 * 110 hard negatives (placeholders and references, masked values, hashes, ids, public keys, code that reads secrets,
 * dummy fixtures, build artefacts, encrypted blobs), written by a helper that read neither the rules nor any set and
 * was given families and categories only. Stored one base64 line per case ({@code round7-secrets.jsonl.b64}).
 *
 * <p>Measured blind at the session's start: 143/150 detected (130 span-exact), 0/110 negatives acted on. Tuned on
 * since, by class ({@link Round7ClassesTest}): 149/150 (136 exact), 0/110. The one left is a Sentry DSN with only its
 * public key, which this project reports as an identifier (rounds 3 and 5); a development set now.
 */
class Round7SecretSetTest {

    @Test
    void round7Set() throws IOException {
        List<BlindSecretSet.Case> cases = Round6SecretSetTest.cases("round7-secrets.jsonl.b64");
        SecretBlindSetTest.Result r = Round3SecretSetTest.report("round7", cases);
        assertThat(r.positives()).isEqualTo(150);
        assertThat(r.negatives()).isEqualTo(110);
        assertThat(r.detected()).isGreaterThanOrEqualTo(149);
        assertThat(r.exact()).isGreaterThanOrEqualTo(134);
        assertThat(Round3SecretSetTest.actedOn(cases)).isEmpty();
    }
}
