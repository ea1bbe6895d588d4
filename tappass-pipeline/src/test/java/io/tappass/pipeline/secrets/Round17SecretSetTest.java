package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seventeenth blind round of {@code detect_secrets}, written at the start of the thirty-fifth session from the
 * brief of round 16 by a helper that read neither the rules nor any set: 150 positives of 77 provider labels (29
 * generic assignments) in 104 kinds of text (agent tool output, AI-tool server configs, stack traces, HTTP logs, shell
 * history, chats in eight languages), and 110 hard negatives (vendors' sample keys, placeholders, masked values,
 * secret-store references, encrypted or public material, lockfile hashes, vendor object ids). Stored one base64 line
 * per case ({@code round17-secrets.jsonl.b64}).
 *
 * <p>A holdout, never tuned on: <b>142/150</b> detected (<b>130</b> span-exact: the writer marked a URL's password, the
 * detector reports the whole credential URL), negatives acted on <b>4/110</b> with the session's starting build.
 *
 * <p>Not blind after that: the lead read the eight missed cases and named their classes (a secret passed as a
 * positional argument of a credential API such as {@code NetworkCredential}, {@code NewDialer}, {@code jwt.sign},
 * {@code ClientSecret::new}, {@code net use}; "the password of X is Y" in Italian and Chinese) to a helper who never
 * read the set and wrote its own cases ({@code CredentialApiSecretsTest}). The session's final build: <b>148/150</b>
 * (<b>136</b> span-exact), negatives acted on 4/110 unchanged; left: a Django key of 51 characters and a
 * {@code jwt.sign} whose payload object holds commas. Floors at these.
 */
class Round17SecretSetTest {

    @Test
    void round17Holdout() throws IOException {
        List<BlindSecretSet.Case> cases = Round6SecretSetTest.cases("round17-secrets.jsonl.b64");
        SecretBlindSetTest.Result r = Round3SecretSetTest.report("round17", cases);
        assertThat(r.positives()).isEqualTo(150);
        assertThat(r.negatives()).isEqualTo(110);
        assertThat(r.detected()).isGreaterThanOrEqualTo(148);
        assertThat(r.exact()).isGreaterThanOrEqualTo(136);
        assertThat(Round3SecretSetTest.actedOn(cases)).hasSizeLessThanOrEqualTo(4);
    }
}
