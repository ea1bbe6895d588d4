package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The eleventh blind round of {@code detect_secrets} (twenty-ninth session): 150 positives over 141 provider and
 * credential labels (clouds, code hosts, CI/CD, chat tokens and webhooks, payments, messaging and e-mail, AI providers,
 * observability, identity, databases and connection strings, infrastructure and SaaS platforms, JWTs, PEM and other
 * private keys, credential URLs, passwords in config and in prose) in 20 kinds of file, and 110 hard negatives in 14
 * categories (placeholders, random ids, environment references, documentation examples, hashes and integrity hashes,
 * public keys and certificates, variable names alone, encrypted and vaulted values, redacted values, test fixtures,
 * harmless base64, URLs without credentials, publishable keys), written by a helper that read neither the rules nor any
 * set and was given families and categories only. Stored one base64 line per case ({@code round11-secrets.jsonl.b64}).
 *
 * <p>Measured blind at the session's start: 142/150 detected (126 span-exact), 2/110 negatives acted on (two fixture
 * values labelled fake only by their surroundings: a connection string and a Slack token). Floors at those numbers.
 */
class Round11SecretSetTest {

    @Test
    void round11Set() throws IOException {
        List<BlindSecretSet.Case> cases = Round6SecretSetTest.cases("round11-secrets.jsonl.b64");
        SecretBlindSetTest.Result r = Round3SecretSetTest.report("round11", cases);
        assertThat(r.positives()).isEqualTo(150);
        assertThat(r.negatives()).isEqualTo(110);
        assertThat(r.detected()).isGreaterThanOrEqualTo(142);
        assertThat(r.exact()).isGreaterThanOrEqualTo(126);
        assertThat(Round3SecretSetTest.actedOn(cases)).hasSizeLessThanOrEqualTo(2);
    }
}
