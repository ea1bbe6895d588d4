package io.tappass.sandbox.internal;

import io.tappass.sandbox.EnvironmentPolicy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the sandboxed child's environment from an {@link EnvironmentPolicy}. Internal. */
public final class ChildEnvironment {
    /**
     * Variables stripped whatever the policy says: they let a process inject code into others (the list follows
     * nono's {@code env_sanitization.rs}).
     */
    public static final List<String> ALWAYS_STRIPPED = List.of("LD_*", "DYLD_*", "BASH_ENV", "ENV", "BASH_FUNC_*",
            "PROMPT_COMMAND", "IFS", "PYTHONPATH", "PYTHONSTARTUP", "NODE_OPTIONS", "NODE_PATH", "RUBYOPT", "RUBYLIB",
            "GEM_*", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "DOTNET_STARTUP_HOOKS", "GOFLAGS", "OP_*",
            "NONO_*");

    private ChildEnvironment() {
    }

    /** The inherited part: variables of {@code parent} the policy allows and that are not always stripped. */
    public static Map<String, String> inherited(EnvironmentPolicy policy, Map<String, String> parent) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : parent.entrySet()) {
            if (policy.inherits(e.getKey()) && !EnvironmentPolicy.matches(ALWAYS_STRIPPED, e.getKey()))
                out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** Expands {@code $VAR} / {@code ${VAR}} in a set-variable value with {@code values}; unknown ones are left as is. */
    public static String expand(String value, Map<String, String> values) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$(\\{([A-Za-z_][A-Za-z0-9_]*)\\}|([A-Za-z_][A-Za-z0-9_]*))").matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(2) != null ? m.group(2) : m.group(3);
            String v = values.get(name);
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A random placeholder token for an injected credential ({@code tpph_} + 48 hex characters). */
    public static String newPlaceholder() {
        byte[] b = new byte[24];
        new java.security.SecureRandom().nextBytes(b);
        return "tpph_" + java.util.HexFormat.of().formatHex(b);
    }
}
