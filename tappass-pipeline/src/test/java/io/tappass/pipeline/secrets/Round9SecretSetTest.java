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
 * <p>Measured blind at the session's start: 142/150 detected (129 span-exact), 1/110 negatives acted on. Tuned on
 * since, in the twenty-seventh session, by class ({@link Round9ClassesTest}): 149/150 (137 exact), 0/110 acted on
 * (three reported below the step's threshold: a one-character-filler Slack webhook and Stripe test key, and a
 * credential URL whose password is the word "pass"). The one left is a Sentry DSN with only its public key, which
 * this project counts as an identifier (rounds 3, 4 and 7). The spans left inexact are this project's conventions,
 * kept as rounds 3 to 8 keep them: credential URLs reported scheme through host, a GCP service-account key as its
 * JSON object, an Ethereum key without its {@code 0x}, a Fly.io token without its {@code FlyV1} scheme word. A
 * development set now.
 */
class Round9SecretSetTest {

    @Test
    void round9Set() throws IOException {
        List<BlindSecretSet.Case> cases = Round6SecretSetTest.cases("round9-secrets.jsonl.b64");
        SecretBlindSetTest.Result r = Round3SecretSetTest.report("round9", cases);
        assertThat(r.positives()).isEqualTo(150);
        assertThat(r.negatives()).isEqualTo(110);
        assertThat(r.detected()).isGreaterThanOrEqualTo(148);
        assertThat(r.exact()).isGreaterThanOrEqualTo(135);
        assertThat(Round3SecretSetTest.actedOn(cases)).isEmpty();
    }
}
