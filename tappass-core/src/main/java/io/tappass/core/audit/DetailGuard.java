package io.tappass.core.audit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps raw content and credentials out of audit events. See {@link AuditEvent.Builder#detail(String, Object)}
 * for the rules; they are applied both by the builder (so a bad call fails where it is made) and by the
 * {@link AuditEvent} constructor (so no event can bypass them).
 */
final class DetailGuard {

    /** Longest string accepted as a detail value. */
    static final int MAX_STRING = 256;
    /** Longest detail key. */
    static final int MAX_KEY = 64;
    /** Most entries in one detail map or list. */
    static final int MAX_ENTRIES = 64;
    /** Deepest nesting of detail maps and lists. */
    static final int MAX_DEPTH = 4;
    /** What a credential-looking substring is replaced with. */
    static final String MASK = "[MASKED_CREDENTIAL]";
    /** What the value under a credential-named key is replaced with. */
    static final String MASK_KEY = "[MASKED]";

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.\\-]{1," + MAX_KEY + "}");

    // Token shapes (facts: vendors' documented key prefixes: OpenAI/Anthropic "sk-", GitHub "ghp_/gho_/ghu_/ghs_/ghr_"
    // and "github_pat_", AWS access key ids "AKIA/ASIA" + 16, Slack "xox?-", Google API keys "AIza" + 35, GitLab
    // "glpat-", Stripe "sk_live_/rk_live_"), JWTs, PEM private keys, HTTP bearer/basic credentials, passwords in
    // URLs, and, as a catch-all, any run of 32+ token characters that mixes letters and digits. Inputs are at most
    // MAX_STRING characters and the patterns have no nested quantifiers, so matching is linear-ish and bounded.
    private static final Pattern CREDENTIAL = Pattern.compile(String.join("|",
            "sk-[A-Za-z0-9_\\-]{16,}",
            "(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}",
            "gh[pousr]_[A-Za-z0-9]{20,}",
            "github_pat_[A-Za-z0-9_]{20,}",
            "(?:AKIA|ASIA)[0-9A-Z]{16}",
            "xox[abposr]-[A-Za-z0-9\\-]{10,}",
            "AIza[0-9A-Za-z_\\-]{30,}",
            "glpat-[A-Za-z0-9_\\-]{20,}",
            "eyJ[A-Za-z0-9_\\-]{5,}\\.[A-Za-z0-9_\\-]{5,}\\.[A-Za-z0-9_\\-]*",
            "-----BEGIN [A-Z ]{0,20}PRIVATE KEY-----",
            "(?i:bearer|basic)\\s+[A-Za-z0-9._~+/=\\-]{8,}",
            "(?<=://)[^/\\s:@]{1,64}:[^/\\s@]{1,64}(?=@)"));
    private static final Pattern LONG_TOKEN = Pattern.compile("[A-Za-z0-9+/_=\\-]{32,}");
    private static final Pattern UUID_SHAPE = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final Set<String> CREDENTIAL_KEY_PARTS = Set.of("password", "passwd", "pwd", "secret", "token",
            "apikey", "authorization", "auth", "cookie", "credential", "credentials", "bearer", "privatekey");
    private static final Set<String> CONTENT_KEY_PARTS = Set.of("prompt", "completion", "content", "text", "message",
            "body", "input", "output");
    /** Words that make a content key describe the content instead of holding it ({@code content_type}). */
    private static final Set<String> DESCRIPTIVE_KEY_PARTS = Set.of("type", "length", "len", "count", "size",
            "hash", "sha256", "id", "kind", "category", "tokens", "chars", "format", "language", "lang");

    private DetailGuard() {
    }

    /** Validates a detail key. */
    static String key(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("audit detail key must be 1.." + MAX_KEY
                    + " characters of [A-Za-z0-9_.-], got " + (key == null ? "null" : "'" + shorten(key) + "'"));
        }
        return key;
    }

    /** A sanitised, immutable copy of a whole details map. */
    static Map<String, Object> details(Map<String, ?> details) {
        if (details == null || details.isEmpty()) {
            return Map.of();
        }
        if (details.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("audit details have " + details.size() + " entries; at most "
                    + MAX_ENTRIES + " are allowed");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : details.entrySet()) {
            String k = key(e.getKey());
            copy.put(k, value(k, e.getValue(), 1));
        }
        return Collections.unmodifiableMap(copy);
    }

    /** A sanitised, immutable copy of one detail value. */
    static Object value(String key, Object v, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("audit detail '" + key + "' is nested deeper than " + MAX_DEPTH
                    + " levels");
        }
        if (v == null || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger) {
            return secretNumberKey(key) ? MASK_KEY : v;
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            double d = ((Number) v).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("audit detail '" + key + "' is " + d
                        + ", which JSON cannot represent");
            }
            return secretNumberKey(key) ? MASK_KEY : v;
        }
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        if (v instanceof UUID || v instanceof Instant) {
            return v.toString();
        }
        if (v instanceof CharSequence cs) {
            String s = cs.toString();
            if (s.length() > MAX_STRING) {
                throw new IllegalArgumentException("audit detail '" + key + "' is a string of " + s.length()
                        + " characters; at most " + MAX_STRING + " are allowed so that raw prompts, responses and "
                        + "tool output never reach the audit trail. Record a summary instead (a count, a length, "
                        + "a category or a hash)");
            }
            return sensitiveKey(key) ? MASK_KEY : maskCredentials(fixSurrogates(s));
        }
        if (v instanceof Map<?, ?> m) {
            if (m.size() > MAX_ENTRIES) {
                throw new IllegalArgumentException("audit detail '" + key + "' has " + m.size()
                        + " entries; at most " + MAX_ENTRIES + " are allowed");
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String k)) {
                    throw new IllegalArgumentException("audit detail '" + key + "' has a non-string map key");
                }
                String kk = key(k);
                copy.put(kk, value(key + "." + kk, e.getValue(), depth + 1));
            }
            return Collections.unmodifiableMap(copy);
        }
        if (v instanceof Collection<?> || v instanceof Object[]) {
            Collection<?> c = v instanceof Object[] arr ? java.util.Arrays.asList(arr) : (Collection<?>) v;
            if (c.size() > MAX_ENTRIES) {
                throw new IllegalArgumentException("audit detail '" + key + "' has " + c.size()
                        + " elements; at most " + MAX_ENTRIES + " are allowed");
            }
            List<Object> copy = new ArrayList<>(c.size());
            for (Object e : c) {
                copy.add(value(key, e, depth + 1));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException("audit detail '" + key + "' has type " + v.getClass().getName()
                + "; only strings, numbers, booleans, enums, UUIDs, Instants, maps and lists are allowed "
                + "(convert objects to a small map of non-sensitive fields first)");
    }

    /**
     * Whether a key names something that must not be recorded: one of its {@code _ - .} separated parts (or
     * camelCase words) is a credential word ({@code password}, {@code token}, {@code secret}, {@code api_key},
     * {@code authorization}, ...), or a content word ({@code prompt}, {@code content}, {@code text}, ...) that
     * no descriptive word ({@code type}, {@code length}, {@code count}, {@code hash}, {@code id}, ...) qualifies.
     * The last dotted segment is checked, so {@code usage.prompt_tokens} is fine but {@code prompt} is not.
     */
    static boolean sensitiveKey(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1);
        String norm = last.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        if (norm.contains("api_key") || norm.contains("private_key") || norm.contains("access_key")) {
            return true;
        }
        String[] parts = norm.split("[_\\-]");
        boolean content = false;
        boolean descriptive = false;
        for (String part : parts) {
            if (CREDENTIAL_KEY_PARTS.contains(part)) {
                return true;
            }
            content |= CONTENT_KEY_PARTS.contains(part);
            descriptive |= DESCRIPTIVE_KEY_PARTS.contains(part);
        }
        return content && !descriptive;
    }

    /** Whether a number under this key could be a secret (a PIN, a numeric password). */
    static boolean secretNumberKey(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        for (String part : last.split("[_\\-]")) {
            if (part.equals("password") || part.equals("passwd") || part.equals("pwd") || part.equals("secret")
                    || part.equals("pin") || part.equals("otp")) {
                return true;
            }
        }
        return false;
    }

    /** Replaces every credential-looking substring of {@code s} with {@value #MASK}. */
    static String maskCredentials(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        String masked = CREDENTIAL.matcher(s).replaceAll(Matcher.quoteReplacement(MASK));
        Matcher m = LONG_TOKEN.matcher(masked);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            String tok = m.group();
            if (!mixesLettersAndDigits(tok) || UUID_SHAPE.matcher(tok).matches()) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(masked.length());
            }
            sb.append(masked, last, m.start()).append(MASK);
            last = m.end();
        }
        if (sb == null) {
            return masked;
        }
        return sb.append(masked, last, masked.length()).toString();
    }

    private static boolean mixesLettersAndDigits(String s) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < s.length() && !(letter && digit); i++) {
            char c = s.charAt(i);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit;
    }

    /** Replaces lone UTF-16 surrogates with U+FFFD. */
    static String fixSurrogates(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = !(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)));
                if (!bad) {
                    if (sb != null) {
                        sb.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c);
            }
            if (bad && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(bad ? '\uFFFD' : c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** A short, credential-masked rendering of {@code s} for error messages. */
    static String shorten(String s) {
        String m = maskCredentials(s);
        return m.length() <= 40 ? m : m.substring(0, 40) + "...";
    }

    /** A free-text field (a reason): credential-masked and cut to {@code max} characters. */
    static String text(String s, int max) {
        if (s == null) {
            return null;
        }
        String t = s.length() > max ? s.substring(0, max) + "..." : s;
        return maskCredentials(fixSurrogates(t));
    }

    /** A short identifier field (ids, provider, model, step, category): length-checked, credential-masked. */
    static String id(String field, String s, int max) {
        if (s == null) {
            return null;
        }
        if (s.length() > max) {
            throw new IllegalArgumentException("audit " + field + " is " + s.length() + " characters; at most " + max
                    + " are allowed (it must be an identifier, not content)");
        }
        return maskCredentials(fixSurrogates(s));
    }
}
