package io.tappass.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Entry point for sandboxed launches: picks a {@link SandboxBackend} and runs commands under a {@link SandboxPolicy}.
 *
 * <pre>{@code
 * SandboxResult r = Sandbox.backend("auto").run(policy, SandboxRequest.of("python3", "agent.py"));
 * if (!r.succeeded()) r.denials().forEach(d -> System.err.println(d.describe()));
 * }</pre>
 */
public final class Sandbox {
    private Sandbox() {
    }

    /** All backends on the class path, in ServiceLoader order (nono, then bwrap for the built-in ones). */
    public static List<SandboxBackend> backends() {
        List<SandboxBackend> out = new ArrayList<>();
        ServiceLoader.load(SandboxBackend.class, Sandbox.class.getClassLoader()).forEach(out::add);
        return out;
    }

    /**
     * Chooses a backend by name: {@code nono}, {@code bwrap}, or {@code auto} (the first available one: nono where it
     * is installed, else bubblewrap).
     *
     * @throws SandboxException if the named backend does not exist or is unavailable, listing what was found
     */
    public static SandboxBackend backend(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        List<SandboxBackend> all = backends();
        StringBuilder seen = new StringBuilder();
        for (SandboxBackend b : all) {
            SandboxBackend.Availability a = b.availability();
            seen.append("\n  ").append(b.name()).append(": ").append(a.available() ? "available, " : "unavailable, ").append(a.detail());
            if ((n.equals("auto") || b.name().equals(n)) && a.available()) return b;
            if (b.name().equals(n))
                throw new SandboxException("sandbox backend '" + name + "' is not available here: " + a.detail());
        }
        if (n.equals("auto"))
            throw new SandboxException("no sandbox backend is available; install nono or bubblewrap (apt-get install bubblewrap). Found:" + seen);
        throw new SandboxException("unknown sandbox backend '" + name + "'; use auto, nono or bwrap. Found:" + seen);
    }

    /**
     * Like {@link #backend(String)}, but {@code auto} skips available backends that cannot enforce {@code policy}
     * (e.g. nono for a policy with a memory limit).
     *
     * @throws UnsupportedPolicyException if the named backend (or, for auto, every available one) cannot enforce it
     */
    public static SandboxBackend backend(String name, SandboxPolicy policy) {
        if (!name.equalsIgnoreCase("auto")) {
            SandboxBackend b = backend(name);
            b.check(policy);
            return b;
        }
        UnsupportedPolicyException last = null;
        for (SandboxBackend b : backends()) {
            if (!b.availability().available()) continue;
            try {
                b.check(policy);
                return b;
            } catch (UnsupportedPolicyException e) {
                last = e;
            }
        }
        if (last != null) throw last;
        return backend("auto");
    }

    /** Runs {@code argv} under {@code policy} with the {@code auto} backend. */
    public static SandboxResult run(SandboxPolicy policy, String... argv) {
        return backend("auto", policy).run(policy, SandboxRequest.of(argv));
    }
}
