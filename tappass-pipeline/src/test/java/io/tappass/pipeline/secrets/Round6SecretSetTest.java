package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sixth blind round of {@code detect_secrets} (twenty-fourth session): 150 positives over about 108 providers and
 * 110 hard negatives (placeholders, references, masked values, public and publishable keys, hashes, ids, encrypted
 * blobs, unsigned JWTs), written by a helper that read neither the rules nor any set, with values generated in the
 * vendors' formats (GitHub and npm CRC32 suffixes, real PEM/PGP structures, signed JWTs). Stored one base64 line per
 * case ({@code round6-secrets.jsonl.b64}) so that the repository does not carry scannable secrets.
 *
 * <p>Measured blind at the session's start: 144/150 detected (129 span-exact), 3/110 negatives acted on. Tuned on
 * since, by class ({@link Round6ClassesTest}): 150/150 (135 exact), 0/110; a development set now.
 */
class Round6SecretSetTest {

    /** The cases of a set stored one base64-encoded JSON object per line ({@code id, label, text, secret}). */
    static List<BlindSecretSet.Case> cases(String resource) throws IOException {
        List<BlindSecretSet.Case> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = Round6SecretSetTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("test resource " + resource).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                JsonNode n = json.readTree(Base64.getDecoder().decode(line.strip()));
                String secret = n.get("label").asText().equals("positive") ? n.get("secret").asText() : null;
                out.add(new BlindSecretSet.Case(n.get("id").asText(), n.get("text").asText(), secret));
            }
        }
        return out;
    }

    @Test
    void round6Set() throws IOException {
        List<BlindSecretSet.Case> cases = cases("round6-secrets.jsonl.b64");
        SecretBlindSetTest.Result r = Round3SecretSetTest.report("round6", cases);
        assertThat(r.positives()).isEqualTo(150);
        assertThat(r.negatives()).isEqualTo(110);
        assertThat(r.detected()).isGreaterThanOrEqualTo(148);
        assertThat(r.exact()).isGreaterThanOrEqualTo(132);
        assertThat(Round3SecretSetTest.actedOn(cases)).isEmpty();
    }
}
