package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tenth blind round of {@code detect_secrets} (twenty-eighth session): 150 positives over 121 provider and
 * credential labels (clouds, code hosts, chat tokens and webhooks, payments, messaging and e-mail, package registries,
 * AI providers, observability, infrastructure and SaaS platforms, JWTs, PEM, OpenSSH and PGP private keys, credential
 * URLs, generic password assignments) in 23 kinds of file, and 110 hard negatives in 52 categories (placeholders,
 * redacted and truncated tokens, secret-manager references, documentation keys, password policies, empty env values,
 * hashes, ids, public keys and certificates, publishable keys, base64 payloads), written by a helper that read neither
 * the rules nor any set and was given families and categories only. Stored one base64 line per case
 * ({@code round10-secrets.jsonl.b64}).
 *
 * <p>Measured blind at the session's start: 146/150 detected (130 span-exact), 0/110 negatives acted on. Floors at
 * those numbers.
 */
class Round10SecretSetTest {

    @Test
    void round10Set() throws IOException {
        List<BlindSecretSet.Case> cases = Round6SecretSetTest.cases("round10-secrets.jsonl.b64");
        SecretBlindSetTest.Result r = Round3SecretSetTest.report("round10", cases);
        assertThat(r.positives()).isEqualTo(150);
        assertThat(r.negatives()).isEqualTo(110);
        assertThat(r.detected()).isGreaterThanOrEqualTo(146);
        assertThat(r.exact()).isGreaterThanOrEqualTo(130);
        assertThat(Round3SecretSetTest.actedOn(cases)).isEmpty();
    }
}
