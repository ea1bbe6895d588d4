package io.tappass.core.governance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Per-request governance flags in TapPass's {@code X-TapPass-Flags} grammar: comma-separated {@code key=value}
 * pairs, e.g. {@code mode=observe, pii=mask, budget=custom:0.05:2}.
 *
 * <p>Known keys and values (from TapPass's governance-flags guide): {@code mode} observe|warn|enforce|lockdown;
 * {@code pii} mask|block|flag|off; {@code secrets} redact|block|flag; {@code email} mirror:ADDR|internal:DOMAIN|
 * block|allow; {@code budget} dev|standard|custom:PER_CALL:PER_SESSION|unlimited; {@code tools} allowlist:a:b|
 * denylist:a:b|log|block; {@code files} read_only|project|sandbox|block|allow; {@code db} read_only|safe_write|block.
 * Unknown keys or values are rejected, so a typo never silently weakens governance.
 */
public final class GovernanceFlags {

    /** The header that carries flags. */
    public static final String HEADER = "X-TapPass-Flags";

    private static final Map<String, Set<String>> VALUES = Map.of(
            "mode", Set.of("observe", "warn", "enforce", "lockdown"),
            "pii", Set.of("mask", "block", "flag", "off"),
            "secrets", Set.of("redact", "block", "flag"),
            "email", Set.of("mirror:", "internal:", "block", "allow"),
            "budget", Set.of("dev", "standard", "custom:", "unlimited"),
            "tools", Set.of("allowlist:", "denylist:", "log", "block"),
            "files", Set.of("read_only", "project", "sandbox", "block", "allow"),
            "db", Set.of("read_only", "safe_write", "block"));

    private GovernanceFlags() {
    }

    /**
     * Parses a flags header into an ordered map.
     *
     * @param header the header value; null or blank gives an empty map
     * @throws IllegalArgumentException naming the bad pair and the accepted keys or values
     */
    public static Map<String, String> parse(String header) {
        Map<String, String> flags = new LinkedHashMap<>();
        if (header == null || header.isBlank()) {
            return Map.of();
        }
        for (String pair : header.split(",")) {
            String p = pair.trim();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq <= 0 || eq == p.length() - 1) {
                throw new IllegalArgumentException("bad " + HEADER + " entry '" + p
                        + "': expected key=value, e.g. mode=observe");
            }
            String key = p.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = p.substring(eq + 1).trim();
            Set<String> allowed = VALUES.get(key);
            if (allowed == null) {
                throw new IllegalArgumentException("unknown " + HEADER + " key '" + key + "': expected one of "
                        + String.join(", ", new java.util.TreeSet<>(VALUES.keySet())));
            }
            String lower = value.toLowerCase(Locale.ROOT);
            boolean ok = (!lower.endsWith(":") && allowed.contains(lower)) || allowed.stream()
                    .anyMatch(a -> a.endsWith(":") && lower.startsWith(a) && lower.length() > a.length());
            if (!ok) {
                throw new IllegalArgumentException("bad " + HEADER + " value '" + value + "' for '" + key
                        + "': expected one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
            flags.put(key, key.equals("email") || key.equals("tools") || key.equals("budget") ? value : lower);
        }
        return Collections.unmodifiableMap(flags);
    }
}
