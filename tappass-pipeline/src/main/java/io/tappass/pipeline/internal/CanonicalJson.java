package io.tappass.pipeline.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Canonical JSON of decoded arguments (object keys sorted, no whitespace, integral numbers without a fraction) and
 * SHA-256 fingerprints of it, so that {@code {"b":1,"a":2}} and {@code {"a":2,"b":1.0}} are the same call. Used by
 * loop guard hashes and approval facts. Not public API.
 */
public final class CanonicalJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {
    }

    /** The canonical JSON text of a value (maps, lists, strings, numbers, booleans, null). */
    public static String of(Object value) {
        StringBuilder sb = new StringBuilder(64);
        write(sb, value);
        return sb.toString();
    }

    /** Lower-case hex SHA-256 of the UTF-8 of the given parts joined with {@code |}. */
    public static String sha256(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    md.update((byte) '|');
                }
                md.update(parts[i].getBytes(StandardCharsets.UTF_8));
            }
            byte[] d = md.digest();
            char[] out = new char[d.length * 2];
            for (int i = 0; i < d.length; i++) {
                out[2 * i] = HEX[(d[i] >> 4) & 0xF];
                out[2 * i + 1] = HEX[d[i] & 0xF];
            }
            return new String(out);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** A 64-bit key: the first 8 bytes of SHA-256 of the parts joined with {@code |} (compact session state). */
    public static long key64(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    md.update((byte) '|');
                }
                md.update(parts[i].getBytes(StandardCharsets.UTF_8));
            }
            byte[] d = md.digest();
            long k = 0;
            for (int i = 0; i < 8; i++) {
                k = (k << 8) | (d[i] & 0xFF);
            }
            return k;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The 64-bit key of a tool call: {@link #key64} of {@code name|canonical(arguments)}. */
    public static long callKey(String tool, Map<String, ?> arguments) {
        return key64(tool, of(arguments));
    }

    /** The fingerprint of a tool call: SHA-256 of {@code name|canonical(arguments)}. */
    public static String callHash(String tool, Map<String, ?> arguments) {
        return sha256(tool, of(arguments));
    }

    private static void write(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(sb, s);
        } else if (v instanceof Map<?, ?> m) {
            Object[] keys = m.keySet().toArray();
            String[] ks = new String[keys.length];
            for (int i = 0; i < keys.length; i++) {
                ks[i] = String.valueOf(keys[i]);
            }
            Arrays.sort(ks);
            sb.append('{');
            for (int i = 0; i < ks.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                string(sb, ks[i]);
                sb.append(':');
                Object val = m.get(ks[i]);
                write(sb, val);
            }
            sb.append('}');
        } else if (v instanceof Collection<?> c) {
            sb.append('[');
            boolean first = true;
            for (Object e : c) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                write(sb, e);
            }
            sb.append(']');
        } else if (v instanceof Object[] a) {
            write(sb, Arrays.asList(a));
        } else if (v instanceof Double || v instanceof Float || v instanceof java.math.BigDecimal) {
            double d = ((Number) v).doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
                sb.append((long) d);
            } else {
                sb.append(d);
            }
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else {
            string(sb, v.toString());
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
