package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The eighteenth blind round of {@code detect_secrets}, written at the END of the thirty-fifth session, after all its
 * changes, from the brief of round 17 by a helper that read neither the rules nor any set: 150 positives of 91
 * providers (30 generic assignments) in agent tool output, credential files, shell history, process lists, stack traces,
 * git remotes, Kubernetes and Docker auth data, chats in four languages, context-only hex, UUID and base64 values; 110
 * hard negatives (vendors' published sample keys, masked values, placeholders and vault references, encrypted blobs,
 * public keys and certificates, publishable keys, hashes, trace ids, detector regexes). Stored one base64 line per case
 * ({@code round18-secrets.jsonl.b64}).
 *
 * <p>A holdout, never tuned on: the session's final build <b>145/150</b> detected (<b>131</b> span-exact: the writer
 * marked a URL's password, the detector reports the whole credential URL), negatives acted on <b>2/110</b>. Floors at
 * these.
 */
class Round18SecretSetTest {

    @Test
    void round18Holdout() throws IOException {
        List<BlindSecretSet.Case> cases = Round6SecretSetTest.cases("round18-secrets.jsonl.b64");
        SecretBlindSetTest.Result r = Round3SecretSetTest.report("round18", cases);
        assertThat(r.positives()).isEqualTo(150);
        assertThat(r.negatives()).isEqualTo(110);
        assertThat(r.detected()).isGreaterThanOrEqualTo(145);
        assertThat(r.exact()).isGreaterThanOrEqualTo(131);
        assertThat(Round3SecretSetTest.actedOn(cases)).hasSizeLessThanOrEqualTo(2);
    }
}
