package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thirteenth blind round of {@code detect_secrets} (thirty-first session): 150 positives over 109 provider and
 * credential labels (clouds with GCP service-account keys, Azure connection strings and SAS signatures, AI vendors,
 * code hosts with check-summed tokens, chat tokens and webhooks, payments, e-mail and SMS, package registries,
 * databases, JWTs, PEM and OpenSSH private keys, generic assignments; about 20 without a vendor prefix, three cut off in
 * logs) in 22 kinds of file, and 110 hard negatives (published vendor examples, publishable keys, key ids without their
 * secret, throwaway test database credentials, hashes, commit SHAs, request ids, public keys, Sentry DSNs, placeholders,
 * environment references, redacted values), written by a helper that read neither the rules nor any set and was given
 * families and categories only. Stored one base64 line per case ({@code round13-secrets.jsonl.b64}).
 *
 * <p>A holdout in the thirty-first session: with that session's starting rules <b>142/150 detected (132 span-exact by
 * {@code tappass scan}), 5/110 negatives acted on</b>; with its final build (round 12 tuned on) 142/150 and 4/110.
 *
 * <p><b>Round 13 was tuned on in the thirty-second session</b> (by class, see {@code Round13SecretClassesTest}):
 * 142/150 (132 span-exact), 4/110 acted on -> <b>150/150 (140 span-exact), 3/110</b>. The ten inexact spans follow the
 * project's conventions (a credential URL from scheme to host, a service-account key as its JSON object, a PEM block
 * without the literal {@code \n} after its END line); the three negatives acted on are AWS access key ids without
 * their secret, reported by the convention of docs/quality-secrets.md. No longer a holdout.
 */
class Round13SecretSetTest {

    @Test
    void round13Holdout() throws IOException {
        List<BlindSecretSet.Case> cases = Round6SecretSetTest.cases("round13-secrets.jsonl.b64");
        SecretBlindSetTest.Result r = Round3SecretSetTest.report("round13", cases);
        assertThat(r.positives()).isEqualTo(150);
        assertThat(r.negatives()).isEqualTo(110);
        assertThat(r.detected()).isGreaterThanOrEqualTo(149);
        assertThat(r.exact()).isGreaterThanOrEqualTo(139);
        assertThat(Round3SecretSetTest.actedOn(cases)).hasSizeLessThanOrEqualTo(3);
    }
}
