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
 * <p>Measured blind at the session's start: 146/150 detected (130 span-exact), 0/110 negatives acted on. Tuned on
 * since, in the twenty-eighth session, by class ({@link Round10ClassesTest}): 150/150 (135 exact), 0/110 acted on
 * (two reported below the step's threshold: a one-character-filler Slack webhook and Stripe live key). The classes:
 * an AWS secret key after its key id in a message, a login given as "user / password" in prose, a password right
 * after the word ("temp password V"), Cohere keys given to the SDK's client; a Sentry org token reported to its end
 * (its url-safe secret was cut at the first '-'); and provider formats that only a generic rule caught, now typed
 * (Google OAuth client secrets with a longer body, Alibaba AccessKeySecret, Twilio API key secrets and auth tokens
 * near the provider, PayPal client secrets, Mistral keys). The spans left inexact are this project's conventions,
 * kept as rounds 3 to 9 keep them: credential URLs reported scheme through host (12), a GCP service-account key as
 * its JSON object (2); and one where the set's span is the one that is off: a Google OAuth client secret, which the
 * set gives without its {@code GOCSPX-} prefix (the prefix is part of the secret as Google issues it). A development
 * set now.
 */
class Round10SecretSetTest {

    @Test
    void round10Set() throws IOException {
        List<BlindSecretSet.Case> cases = Round6SecretSetTest.cases("round10-secrets.jsonl.b64");
        SecretBlindSetTest.Result r = Round3SecretSetTest.report("round10", cases);
        assertThat(r.positives()).isEqualTo(150);
        assertThat(r.negatives()).isEqualTo(110);
        assertThat(r.detected()).isGreaterThanOrEqualTo(149);
        assertThat(r.exact()).isGreaterThanOrEqualTo(133);
        assertThat(Round3SecretSetTest.actedOn(cases)).isEmpty();
    }
}
