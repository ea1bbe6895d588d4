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
 * values labelled fake only by their surroundings: a connection string and a Slack token). Tuned on since, in the
 * twenty-ninth session, by class ({@link Round11ClassesTest}): 149/150 (133 exact), 0/110 acted on (three reported
 * below the step's threshold: a GitLab token of one-character filler in documentation, a credential URL whose password
 * is a fixture word joined to "pass", a Slack token of zeros and a repeated word). The classes: Postmark tokens given
 * to an SDK's client, Okta API tokens given to an SDK with Okta named around them, Discord bot tokens in the client's
 * login call (ids whose base64 prefix is not anchored), generated passwords that start with '%' or '+' or hold a dot
 * (read as a template, an expression or a dotted reference), an English sentence naming what the password is for
 * before 'is' or ':'; and, for the false positives, filler made of a repeated unit behind a provider prefix and
 * credential URLs whose password is a fixture word. Left: the Sentry DSN's key (public by Sentry's documentation, an
 * identifier here as in rounds 3, 4, 7 and 9). The spans left inexact are this project's conventions, kept as rounds 3
 * to 10 keep them: credential URLs reported scheme through host (12, one of them a GitHub token as the URL's
 * password), a GCP service-account key as its JSON object, an Ethereum key without its {@code 0x}, a Laravel key with
 * its {@code base64:}, and a Fly.io token from {@code fm2_} (the set counts the {@code FlyV1 } scheme word in, as
 * flyctl prints it; the first blind set did not). A development set now.
 */
class Round11SecretSetTest {

    @Test
    void round11Set() throws IOException {
        List<BlindSecretSet.Case> cases = Round6SecretSetTest.cases("round11-secrets.jsonl.b64");
        SecretBlindSetTest.Result r = Round3SecretSetTest.report("round11", cases);
        assertThat(r.positives()).isEqualTo(150);
        assertThat(r.negatives()).isEqualTo(110);
        assertThat(r.detected()).isGreaterThanOrEqualTo(148);
        assertThat(r.exact()).isGreaterThanOrEqualTo(131);
        assertThat(Round3SecretSetTest.actedOn(cases)).isEmpty();
    }
}
