package io.tappass.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Canonical JSON as used by the audit hash chain: object keys sorted by Unicode code point, no whitespace, no
 * escaping of non-ASCII characters. It is the form Python produces with
 * {@code json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)}, which is how TapPass computes
 * {@code _hash} (fact from TapPass's security/audit documentation), so a chain written here can be checked by a
 * Python verifier and vice versa.
 *
 * <p>Details of the form:
 * <ul>
 *   <li>strings escape only {@code "}, {@code \}, and control characters below U+0020 ({@code \n}, {@code \r},
 *       {@code \t}, {@code \b}, {@code \f}, otherwise <code>&#92;u00xx</code> in lower-case hex); a lone UTF-16 surrogate
 *       is written as a <code>&#92;udxxx</code> escape so the output is always valid UTF-8;</li>
 *   <li>integers are written in plain decimal; floating-point numbers as Python's {@code repr} writes them
 *       (shortest round-trip digits, {@code 1.0}, {@code 0.0001}, {@code 1e-05}, {@code 1e+16}); NaN and the
 *       infinities are refused;</li>
 *   <li>{@code true}, {@code false}, {@code null} as usual.</li>
 * </ul>
 *
 * <p>Accepted trees: Jackson {@link JsonNode}s, or plain Java values: {@link Map} (keys must be strings),
 * {@link Collection} and arrays, {@link CharSequence}, {@link Number}, {@link Boolean} and {@code null}.
 * This class is stateless and thread-safe.
 */
public final class CanonicalJson {

    private static final Comparator<String> CODE_POINT_ORDER = CanonicalJson::compareCodePoints;

    private CanonicalJson() {
    }

    /**
     * Writes {@code jsonTree} in canonical form.
     *
     * @throws IllegalArgumentException for a value that has no JSON form (a non-finite number, a non-string map
     *                                  key, an unsupported type)
     */
    public static String write(Object jsonTree) {
        StringBuilder out = new StringBuilder(256);
        writeValue(out, jsonTree, 0);
        return out.toString();
    }

    /** The UTF-8 bytes of {@link #write(Object)}. */
    public static byte[] writeBytes(Object jsonTree) {
        return write(jsonTree).getBytes(StandardCharsets.UTF_8);
    }

    /** The lower-case hex SHA-256 of the UTF-8 canonical form of {@code jsonTree}. */
    public static String sha256Hex(Object jsonTree) {
        return sha256Hex(writeBytes(jsonTree));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    private static void writeValue(StringBuilder out, Object v, int depth) {
        if (depth > 64) {
            throw new IllegalArgumentException("JSON tree is nested deeper than 64 levels (a cycle?)");
        }
        if (v == null) {
            out.append("null");
        } else if (v instanceof JsonNode node) {
            writeNode(out, node, depth);
        } else if (v instanceof CharSequence s) {
            writeString(out, s.toString());
        } else if (v instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (v instanceof Number n) {
            writeNumber(out, n);
        } else if (v instanceof Map<?, ?> map) {
            List<String> keys = new ArrayList<>(map.size());
            for (Object k : map.keySet()) {
                if (!(k instanceof String ks)) {
                    throw new IllegalArgumentException("JSON object keys must be strings, got "
                            + (k == null ? "null" : k.getClass().getName()));
                }
                keys.add(ks);
            }
            keys.sort(CODE_POINT_ORDER);
            out.append('{');
            boolean first = true;
            for (String k : keys) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString(out, k);
                out.append(':');
                writeValue(out, map.get(k), depth + 1);
            }
            out.append('}');
        } else if (v instanceof Collection<?> c) {
            out.append('[');
            boolean first = true;
            for (Object e : c) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeValue(out, e, depth + 1);
            }
            out.append(']');
        } else if (v instanceof Object[] arr) {
            writeValue(out, List.of(arr), depth);
        } else {
            throw new IllegalArgumentException("no canonical JSON form for " + v.getClass().getName()
                    + ": pass a JsonNode, Map, Collection, String, Number, Boolean or null");
        }
    }

    private static void writeNode(StringBuilder out, JsonNode node, int depth) {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>(node.size());
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                keys.add(it.next());
            }
            keys.sort(CODE_POINT_ORDER);
            out.append('{');
            boolean first = true;
            for (String k : keys) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString(out, k);
                out.append(':');
                writeValue(out, node.get(k), depth + 1);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                writeValue(out, node.get(i), depth + 1);
            }
            out.append(']');
        } else if (node.isTextual()) {
            writeString(out, node.textValue());
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else if (node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue().toString());
        } else if (node.isNumber()) {
            out.append(pythonFloat(node.doubleValue()));
        } else {
            throw new IllegalArgumentException("no canonical JSON form for a " + node.getNodeType() + " node");
        }
    }

    private static void writeNumber(StringBuilder out, Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger || n instanceof java.util.concurrent.atomic.AtomicInteger
                || n instanceof java.util.concurrent.atomic.AtomicLong) {
            out.append(n.toString());
        } else if (n instanceof Float f) {
            // the short decimal form of the float, not the binary expansion of its widened double
            out.append(pythonFloat(Double.parseDouble(Float.toString(f))));
        } else {
            out.append(pythonFloat(n.doubleValue()));
        }
    }

    /**
     * Formats a double as Python's {@code repr} does: the shortest decimal that reads back as the same double,
     * in fixed notation when its decimal exponent is within [-4, 16), otherwise as {@code d.ddde±XX}.
     */
    static String pythonFloat(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("JSON has no representation for " + d);
        }
        if (d == 0.0) {
            return (Double.doubleToRawLongBits(d) < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = null;
        for (int p = 1; p <= 17; p++) {
            BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) {
                shortest = candidate;
                break;
            }
        }
        if (shortest == null) {
            shortest = exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
        }
        shortest = shortest.stripTrailingZeros();
        boolean negative = shortest.signum() < 0;
        String digits = shortest.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - shortest.scale(); // scientific exponent: value = d.ddd x 10^exp
        StringBuilder sb = new StringBuilder(24);
        if (negative) {
            sb.append('-');
        }
        if (exp >= -4 && exp < 16) {
            if (exp >= 0) {
                if (digits.length() <= exp + 1) {
                    sb.append(digits).append("0".repeat(exp + 1 - digits.length())).append(".0");
                } else {
                    sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
                }
            } else {
                sb.append("0.").append("0".repeat(-exp - 1)).append(digits);
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int abs = Math.abs(exp);
            if (abs < 10) {
                sb.append('0');
            }
            sb.append(abs);
        }
        return sb.toString();
    }

    private static void writeString(StringBuilder out, String s) {
        out.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        appendUnicodeEscape(out, c);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.append(c).append(s.charAt(++i));
                        } else {
                            appendUnicodeEscape(out, c);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        appendUnicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void appendUnicodeEscape(StringBuilder out, char c) {
        out.append("\\u");
        String hex = Integer.toHexString(c);
        out.append("0".repeat(4 - hex.length())).append(hex);
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
