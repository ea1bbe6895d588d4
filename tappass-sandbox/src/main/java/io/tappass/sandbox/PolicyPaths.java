package io.tappass.sandbox;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Path syntax shared by {@link SandboxPolicy} and nono profiles: an absolute path, {@code ~} / {@code ~/...}, or a
 * path starting with one of nono's path variables ({@code $HOME}, {@code $WORKDIR}, {@code $TMPDIR}, {@code $UID},
 * {@code $XDG_CONFIG_HOME}, {@code $XDG_DATA_HOME}, {@code $XDG_STATE_HOME}, {@code $XDG_CACHE_HOME},
 * {@code $XDG_RUNTIME_DIR}). Relative paths and unknown variables are rejected.
 */
public final class PolicyPaths {
    /** The path variables nono 0.66 expands (docs "profiles-groups"), minus nono's own config/pack variables. */
    public static final Set<String> KNOWN_VARIABLES = Set.of("HOME", "WORKDIR", "TMPDIR", "UID", "XDG_CONFIG_HOME",
            "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR");
    private static final Pattern VAR = Pattern.compile("^\\$(\\{)?([A-Za-z_][A-Za-z0-9_]*)(\\})?(/.*)?$", Pattern.DOTALL);

    private PolicyPaths() {
    }

    /**
     * Checks the syntax of a policy path.
     *
     * @param what a label for error messages, e.g. {@code "filesystem.read[2]"}
     * @throws SandboxPolicyException if the path is empty, relative, contains a NUL or uses an unknown variable
     */
    public static void validate(String what, String path) {
        if (path == null || path.isEmpty()) throw new SandboxPolicyException(what + ": path is empty");
        if (path.indexOf('\0') >= 0) throw new SandboxPolicyException(what + ": path contains a NUL character");
        if (path.equals("~") || path.startsWith("~/") || path.startsWith("/")) return;
        if (path.startsWith("$")) {
            Matcher m = VAR.matcher(path);
            if (!m.matches() || (m.group(1) == null) != (m.group(3) == null))
                throw new SandboxPolicyException(what + ": '" + path + "' is not a valid $VARIABLE/path expression");
            if (!KNOWN_VARIABLES.contains(m.group(2)))
                throw new SandboxPolicyException(what + ": unknown variable $" + m.group(2) + " in '" + path
                        + "'; supported: " + new java.util.TreeSet<>(KNOWN_VARIABLES) + " and ~");
            return;
        }
        throw new SandboxPolicyException(what + ": '" + path + "' is a relative path; use an absolute path, ~/..., or $HOME/$WORKDIR/$TMPDIR/...");
    }

    /** Values for the path variables, used to expand policy paths for enforcement (bubblewrap) and linting. */
    public record Context(Map<String, String> values) {
        /** Copies the map. */
        public Context {
            values = Map.copyOf(values);
        }

        /**
         * The launcher's context: HOME from {@code user.home}, XDG variables from the environment or their XDG
         * defaults, TMPDIR from the environment or {@code /tmp}, WORKDIR = {@code workdir} when given.
         */
        public static Context current(Optional<Path> workdir) {
            Map<String, String> env = System.getenv();
            String home = System.getProperty("user.home");
            Map<String, String> v = new LinkedHashMap<>();
            v.put("HOME", home);
            v.put("TMPDIR", env.getOrDefault("TMPDIR", "/tmp"));
            v.put("XDG_CONFIG_HOME", env.getOrDefault("XDG_CONFIG_HOME", home + "/.config"));
            v.put("XDG_DATA_HOME", env.getOrDefault("XDG_DATA_HOME", home + "/.local/share"));
            v.put("XDG_STATE_HOME", env.getOrDefault("XDG_STATE_HOME", home + "/.local/state"));
            v.put("XDG_CACHE_HOME", env.getOrDefault("XDG_CACHE_HOME", home + "/.cache"));
            String runtime = env.get("XDG_RUNTIME_DIR");
            if (runtime != null) v.put("XDG_RUNTIME_DIR", runtime);
            workdir.ifPresent(w -> v.put("WORKDIR", w.toAbsolutePath().normalize().toString()));
            return new Context(v);
        }
    }

    /**
     * Expands {@code ~} and variables and normalises the result.
     *
     * @throws SandboxPolicyException if a variable has no value in {@code ctx}
     */
    public static Path expand(String path, Context ctx) {
        validate("path", path);
        String out;
        if (path.equals("~") || path.startsWith("~/")) {
            out = ctx.values().get("HOME") + path.substring(1);
        } else if (path.startsWith("$")) {
            Matcher m = VAR.matcher(path);
            if (!m.matches()) throw new SandboxPolicyException("'" + path + "' is not a valid $VARIABLE/path expression");
            String name = m.group(2);
            String val = name.equals("UID") ? null : ctx.values().get(name);
            if (val == null)
                throw new SandboxPolicyException("cannot expand $" + name + " in '" + path + "': no value for it here"
                        + (name.equals("WORKDIR") ? " (set a workspace or --workdir)" : ""));
            out = val + (m.group(4) == null ? "" : m.group(4));
        } else {
            out = path;
        }
        return Path.of(out).normalize();
    }
}
