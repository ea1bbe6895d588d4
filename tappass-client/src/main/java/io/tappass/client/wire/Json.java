package io.tappass.client.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tappass.pipeline.internal.Texts;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON mapper of the wire layer: floats are kept as {@link java.math.BigDecimal} (so {@code 1.0} stays
 * {@code 1.0}), objects keep field order, duplicate keys are rejected.
 */
public final class Json {

    /** The shared mapper (thread-safe). */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // duplicate keys are caught by the tree builder (no per-object name set, unlike
            // STRICT_DUPLICATE_DETECTION, which cost ~15% of a request's allocation); value reads use STRICT below
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private static final com.fasterxml.jackson.databind.ObjectReader STRICT_VALUES = MAPPER.readerFor(Object.class)
            .with(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private Json() {
    }

    /**
     * Parses a UTF-8 JSON object.
     *
     * @throws WireException naming the problem (invalid UTF-8, syntax error with line/column, not an object)
     */
    public static ObjectNode parseObject(byte[] body, String what) {
        if (body == null || body.length == 0) {
            throw new WireException(what + ": empty body, expected a JSON object");
        }
        if (!validUtf8(body)) {
            throw new WireException(what + ": body is not valid UTF-8");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new WireException(what + ": malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr()), e);
        } catch (IOException e) {
            throw new WireException(what + ": unreadable body: " + e.getMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new WireException(what + ": expected a JSON object, got " + (node == null ? "nothing"
                    : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return (ObjectNode) node;
    }

    /** Whether {@code b} is well-formed UTF-8 (RFC 3629; see {@link Texts#validUtf8}). */
    static boolean validUtf8(byte[] b) {
        return Texts.validUtf8(b, 0, b.length);
    }

    /** Parses one JSON value from text (SSE data). */
    public static JsonNode parse(String text, String what) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new WireException(what + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Serialises a tree compactly. */
    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new WireException("cannot serialise JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Serialises a tree compactly as a string. */
    public static String string(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new WireException("cannot serialise JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A JSON node as plain Java values (maps, lists, strings, numbers, booleans, nulls). */
    public static Object toJava(JsonNode node) {
        // a direct walk: what MAPPER.convertValue(node, Object.class) returns (ordered maps, lists, BigDecimal for
        // floats), without the serialiser round trip
        if (node == null) {
            return null;
        }
        switch (node.getNodeType()) {
            case OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                node.fields().forEachRemaining(e -> m.put(e.getKey(), toJava(e.getValue())));
                return m;
            }
            case ARRAY: {
                java.util.List<Object> l = new java.util.ArrayList<>(node.size());
                for (JsonNode v : node) {
                    l.add(toJava(v));
                }
                return l;
            }
            case STRING:
                return node.textValue();
            case BOOLEAN:
                return node.booleanValue();
            case NUMBER:
                if (node.isFloatingPointNumber()) {
                    return node.decimalValue();
                }
                if (node.isShort()) {
                    return (int) node.shortValue();
                }
                return node.numberValue();
            case NULL:
            case MISSING:
                return null;
            default:
                return MAPPER.convertValue(node, Object.class);
        }
    }

    /** Plain Java values as a JSON node. */
    public static JsonNode toNode(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** A JSON object's fields except {@code known}, as Java values in order. */
    public static Map<String, Object> extras(JsonNode object, java.util.Set<String> known) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (object != null && object.isObject()) {
            object.fields().forEachRemaining(e -> {
                if (!known.contains(e.getKey())) {
                    out.put(e.getKey(), toJava(e.getValue()));
                }
            });
        }
        return out;
    }

    /** Decodes a JSON string of tool arguments into a map ({@code {"input": value}} for non-objects). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> arguments(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Object v = STRICT_VALUES.readValue(json);
            if (v instanceof Map) {
                return (Map<String, Object>) v;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("input", v);
            return m;
        } catch (JsonProcessingException e) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("_raw", json);
            return m;
        }
    }

    /** A new empty object node. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A new empty array node. */
    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Text of a field, or null when absent or not textual. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }
}
