package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The eighth blind round of {@code detect_secrets} (twenty-sixth session): 150 positives over about 110 providers and
 * formats (146 provider labels; clouds, source hosting and CI, chat and webhooks, payments, communications, package
 * registries, AI providers, observability, SaaS, JWTs, private keys, database and basic-auth URLs, passwords under keys
 * in several languages) in 56 kinds of file, and 110 hard negatives (placeholders, references, masked values, public
 * identifiers and keys, hashes, test vectors, encrypted values), written by a helper that read neither the rules nor
 * any set and was given families and categories only. Stored one base64 line per case
 * ({@code round8-secrets.jsonl.b64}).
 *
 * <p>Measured blind at the session's start: 144/150 detected (130 span-exact), 4/110 negatives acted on. Tuned on
 * since, in the twenty-sixth session, by class ({@link Round8ClassesTest}): 150/150 (136 exact), 0/110 acted on
 * (three reported below the step's threshold: two one-character-filler keys and an Algolia search-only key). The
 * spans left inexact are this project's conventions, kept as rounds 3 to 7 keep them: credential URLs reported
 * scheme through host, a GCP service-account key as its JSON object, an Azure SAS token as its signature, a Twitch
 * IRC token without its {@code oauth:} and an Ethereum key without its {@code 0x}. A development set now.
 */
class Round8SecretSetTest {

    @Test
    void round8Set() throws IOException {
        List<BlindSecretSet.Case> cases = Round6SecretSetTest.cases("round8-secrets.jsonl.b64");
        SecretBlindSetTest.Result r = Round3SecretSetTest.report("round8", cases);
        assertThat(r.positives()).isEqualTo(150);
        assertThat(r.negatives()).isEqualTo(110);
        assertThat(r.detected()).isGreaterThanOrEqualTo(149);
        assertThat(r.exact()).isGreaterThanOrEqualTo(134);
        assertThat(Round3SecretSetTest.actedOn(cases)).isEmpty();
    }
}
