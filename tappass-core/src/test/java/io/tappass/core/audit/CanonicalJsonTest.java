package io.tappass.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void sortsKeysRecursivelyWithoutWhitespace() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1);
        inner.put("y", 2);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", 1);
        m.put("a", Arrays.asList(true, null, "x", inner));
        m.put("_hash", "h");
        m.put("B", false);
        assertThat(CanonicalJson.write(m)).isEqualTo("{\"B\":false,\"_hash\":\"h\",\"a\":[true,null,\"x\",{\"y\":2,\"z\":1}],\"b\":1}");
    }

    @Test
    void sortsKeysByCodePointNotUtf16Unit() {
        // U+FF61 < U+1F600 by code point, but its UTF-16 unit 0xFF61 > the high surrogate 0xD83D
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("\uD83D\uDE00", 1);
        m.put("\uFF61", 2);
        assertThat(CanonicalJson.write(m)).isEqualTo("{\"\uFF61\":2,\"\uD83D\uDE00\":1}");
    }

    @Test
    void escapesOnlyQuotesBackslashesAndControlCharacters() {
        String s = "é\"\\\n\r\t\b\f\u0001\u001f€\uD83D\uDE00\u2028\u007f/";
        assertThat(CanonicalJson.write(s))
                .isEqualTo("\"é\\\"\\\\\\n\\r\\t\\b\\f\\u0001\\u001f€\uD83D\uDE00\u2028\u007f/\"");
    }

    @Test
    void escapesLoneSurrogates() {
        assertThat(CanonicalJson.write("a\uD800b\uDC00")).isEqualTo("\"a\\ud800b\\udc00\"");
    }

    @Test
    void writesNumbersLikePythonRepr() {
        assertThat(CanonicalJson.write(List.of(1, 2L, new BigInteger("123456789012345678901234567890"))))
                .isEqualTo("[1,2,123456789012345678901234567890]");
        assertThat(CanonicalJson.pythonFloat(1.0)).isEqualTo("1.0");
        assertThat(CanonicalJson.pythonFloat(0.1)).isEqualTo("0.1");
        assertThat(CanonicalJson.pythonFloat(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(CanonicalJson.pythonFloat(0.0001)).isEqualTo("0.0001");
        assertThat(CanonicalJson.pythonFloat(0.00001)).isEqualTo("1e-05");
        assertThat(CanonicalJson.pythonFloat(1e15)).isEqualTo("1000000000000000.0");
        assertThat(CanonicalJson.pythonFloat(1e16)).isEqualTo("1e+16");
        assertThat(CanonicalJson.pythonFloat(1.5e300)).isEqualTo("1.5e+300");
        assertThat(CanonicalJson.pythonFloat(-2.5e-7)).isEqualTo("-2.5e-07");
        assertThat(CanonicalJson.pythonFloat(5e-324)).isEqualTo("5e-324");
        assertThat(CanonicalJson.pythonFloat(123.456)).isEqualTo("123.456");
        assertThat(CanonicalJson.pythonFloat(-0.0)).isEqualTo("-0.0");
        assertThat(CanonicalJson.pythonFloat(0.0)).isEqualTo("0.0");
        assertThat(CanonicalJson.write(0.1f)).isEqualTo("0.1");
        assertThatThrownBy(() -> CanonicalJson.write(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void floatFormRoundTripsThroughJackson() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        double[] values = {0.1, 1e-5, 1e16, 1e22, 123456.789, 5e-324, Double.MAX_VALUE, 0.000123, 7.0};
        for (double d : values) {
            String s = CanonicalJson.pythonFloat(d);
            assertThat(Double.parseDouble(s)).as(s).isEqualTo(d);
            assertThat(CanonicalJson.write(mapper.readTree(s))).isEqualTo(s);
        }
    }

    @Test
    void jacksonTreesAndJavaValuesGiveTheSameForm() throws Exception {
        String json = "{ \"b\" : [1, 2.5, \"x\"], \"a\" : {\"d\": null, \"c\": true} }";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", List.of(1, 2.5, "x"));
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("d", null);
        a.put("c", true);
        m.put("a", a);
        String expected = "{\"a\":{\"c\":true,\"d\":null},\"b\":[1,2.5,\"x\"]}";
        assertThat(CanonicalJson.write(new ObjectMapper().readTree(json))).isEqualTo(expected);
        assertThat(CanonicalJson.write(m)).isEqualTo(expected);
    }

    @Test
    void hashesTheUtf8CanonicalForm() {
        assertThat(CanonicalJson.sha256Hex(Map.of()))
                .isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    }

    @Test
    void refusesValuesWithoutJsonForm() {
        assertThatThrownBy(() -> CanonicalJson.write(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> CanonicalJson.write(Map.of(1, "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keys must be strings");
    }
}
