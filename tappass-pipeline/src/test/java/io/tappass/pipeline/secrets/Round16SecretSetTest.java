package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sixteenth blind round of {@code detect_secrets}, written at the start of the thirty-fourth session from the brief
 * of round 15 by a helper that read neither the rules nor any set, while another helper tuned on round 15: 150
 * positives of 88 providers and 34 generic assignments (check-summed GitHub and npm tokens, secrets in URLs, headers,
 * shell history and CI logs, encoded Docker auth, one-line PEM strings in JSON, keys pasted into chats in six
 * languages, context-only hex and UUID-shaped tokens) in 77 kinds of text, and 110 hard negatives (vendors' published
 * examples, masked and truncated values, secret-store references, encrypted blobs, public keys, hashes, trace ids,
 * cursors). Stored one base64 line per case ({@code round16-secrets.jsonl.b64}).
 *
 * <p>A holdout, never tuned on: <b>147/150</b> detected (<b>135</b> span-exact), negatives acted on <b>4/110</b> with the
 * session's starting build. Floors at these.
 */
class Round16SecretSetTest {

    @Test
    void round16Holdout() throws IOException {
        List<BlindSecretSet.Case> cases = Round6SecretSetTest.cases("round16-secrets.jsonl.b64");
        SecretBlindSetTest.Result r = Round3SecretSetTest.report("round16", cases);
        assertThat(r.positives()).isEqualTo(150);
        assertThat(r.negatives()).isEqualTo(110);
        assertThat(r.detected()).isGreaterThanOrEqualTo(147);
        assertThat(r.exact()).isGreaterThanOrEqualTo(135);
        assertThat(Round3SecretSetTest.actedOn(cases)).hasSizeLessThanOrEqualTo(4);
    }
}
