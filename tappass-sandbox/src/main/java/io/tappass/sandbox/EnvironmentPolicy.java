package io.tappass.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which environment variables reach the sandboxed process. Clean by default: nothing is inherited except what
 * {@link #allow()} names. Patterns are exact names or a prefix ending with {@code *} (nono's syntax).
 * Precedence: {@link #deny()} beats {@link #allow()}; {@link #set()} is applied after filtering.
 *
 * @param allow variables inherited from the launcher's environment
 * @param deny  variables never inherited even when allowed
 * @param set   variables set to fixed values ({@code PATH} and {@code NONO_*} are reserved)
 */
public record EnvironmentPolicy(List<String> allow, List<String> deny, Map<String, String> set) {
    /** The clean environment: inherit nothing, set nothing. */
    public static final EnvironmentPolicy CLEAN = new EnvironmentPolicy(List.of(), List.of(), Map.of());

    /** Copies the lists defensively. */
    public EnvironmentPolicy {
        allow = List.copyOf(Objects.requireNonNull(allow, "allow"));
        deny = List.copyOf(Objects.requireNonNull(deny, "deny"));
        set = java.util.Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(set, "set")));
    }

    /** Whether {@code name} matches one of the patterns. */
    public static boolean matches(List<String> patterns, String name) {
        for (String p : patterns) {
            if (p.equals("*")) return true;
            if (p.endsWith("*") ? name.startsWith(p.substring(0, p.length() - 1)) : name.equals(p)) return true;
        }
        return false;
    }

    /** Whether an inherited variable called {@code name} passes this policy. */
    public boolean inherits(String name) {
        return matches(allow, name) && !matches(deny, name);
    }
}
