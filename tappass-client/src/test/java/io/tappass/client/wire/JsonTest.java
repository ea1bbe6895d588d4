package io.tappass.client.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tappass.client.testing.TestSteps;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class JsonTest {

    static boolean jdkValid(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void utf8ValidatorAgreesWithTheJdkDecoder() {
        Random rnd = new Random(42);
        byte[][] fixed = {
            "plain ascii".getBytes(StandardCharsets.UTF_8), "héllo € 𝄞 中文".getBytes(StandardCharsets.UTF_8),
            {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
                (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xFF}, {}};
        for (byte[] b : fixed) {
            assertThat(Json.validUtf8(b)).as(java.util.Arrays.toString(b)).isEqualTo(jdkValid(b));
        }
        byte[] alphabet = "a€𝄞é".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 20000; i++) {
            byte[] b = new byte[rnd.nextInt(8)];
            for (int k = 0; k < b.length; k++) {
                b[k] = rnd.nextInt(3) == 0 ? (byte) rnd.nextInt(256) : alphabet[rnd.nextInt(alphabet.length)];
            }
            assertThat(Json.validUtf8(b)).as(java.util.Arrays.toString(b)).isEqualTo(jdkValid(b));
        }
    }

    @Test
    void toJavaMatchesJacksonConversion() {
        JsonNode n = Json.parse("{\"a\":1,\"b\":1.50,\"c\":[true,null,\"x\",12345678901,1e400],\"d\":{\"e\":-0.0},"
                + "\"f\":123456789012345678901234567890}", "test");
        assertThat(Json.toJava(n)).isEqualTo(Json.MAPPER.convertValue(n, Object.class));
    }

    @Test
    void linearEmailFinderMatchesTheRegex() {
        Random rnd = new Random(7);
        String alphabet = "ab.@-_x ";
        for (int i = 0; i < 20000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(40);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            if (rnd.nextInt(10) == 0) {
                sb.append("y".repeat(70)).append("@host.example");
            }
            String s = sb.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = TestSteps.EMAIL.matcher(s);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            List<String> actual = new ArrayList<>();
            for (int[] e : TestSteps.emails(s)) {
                actual.add(e[0] + "-" + e[1]);
            }
            assertThat(actual).as(s).isEqualTo(expected);
        }
    }
}
