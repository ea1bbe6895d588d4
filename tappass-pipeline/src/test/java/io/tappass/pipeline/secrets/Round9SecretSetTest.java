package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ninth blind round of {@code detect_secrets} (twenty-seventh session): 150 positives over 149 provider and
 * credential labels (clouds, code hosts, CI/CD, payments, messaging, e-mail, observability, AI providers, databases and
 * data platforms, package registries, identity and secret stores, infrastructure-as-code, CDNs, SaaS, crypto keys,
 * seven kinds of private key block, generic passwords, bearer and basic headers, credential URLs) in 20 kinds of file,
 * and 110 hard negatives in 78 sub-labels (placeholders, documentation keys, masked values, hashes and lockfile
 * checksums, ids, public keys and certificates, public identifiers, encrypted values, secret references, truncated
 * tokens), written by a helper that read neither the rules nor any set and was given families and categories only.
 * Stored one base64 line per case ({@code round9-secrets.jsonl.b64}).
 *
 * <p>Measured blind at the session's start: 142/150 detected (129 span-exact), 1/110 negatives acted on. Floors at
 * that blind measure.
 */
class Round9SecretSetTest {

    @Test
    void round9Set() throws IOException {
        List<BlindSecretSet.Case> cases = Round6SecretSetTest.cases("round9-secrets.jsonl.b64");
        SecretBlindSetTest.Result r = Round3SecretSetTest.report("round9", cases);
        assertThat(r.positives()).isEqualTo(150);
        assertThat(r.negatives()).isEqualTo(110);
        assertThat(r.detected()).isGreaterThanOrEqualTo(142);
        assertThat(r.exact()).isGreaterThanOrEqualTo(129);
        assertThat(Round3SecretSetTest.actedOn(cases)).hasSizeLessThanOrEqualTo(1);
    }
}
