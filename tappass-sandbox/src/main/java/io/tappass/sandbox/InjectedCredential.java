package io.tappass.sandbox;

import io.tappass.sandbox.proxy.CredentialSource;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A secret the sandboxed process may <em>use</em> but never <em>see</em>. The process gets a placeholder token in
 * {@link #envVar()}; the egress proxy replaces the placeholder with the real secret (formatted with {@link #format()}
 * into {@link #header()}) on requests to {@link #upstream()}. With the nono backend this becomes a
 * {@code network.custom_credentials} route.
 *
 * @param name     route name, {@code [A-Za-z0-9_]+} (nono uses it in {@code <NAME>_BASE_URL})
 * @param upstream the upstream base URL (https, or http for loopback only)
 * @param envVar   the variable that holds the placeholder inside the sandbox, e.g. {@code OPENAI_API_KEY}
 * @param header   the header the secret goes into, e.g. {@code Authorization}
 * @param format   the header value template with {@code {}} for the secret, e.g. {@code Bearer {}}
 * @param source   where the real secret comes from; read on every request, so it can be rotated
 */
public record InjectedCredential(String name, URI upstream, String envVar, String header, String format,
                                 CredentialSource source) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Pattern VAR = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

    /** Validates the fields; see the class documentation. */
    public InjectedCredential {
        Objects.requireNonNull(source, "source");
        if (name == null || !NAME.matcher(name).matches())
            throw new SandboxPolicyException("credential name '" + name + "' must match [A-Za-z0-9_]{1,64} (nono uses it in <NAME>_BASE_URL)");
        if (upstream == null || upstream.getHost() == null || !("https".equals(upstream.getScheme()) || "http".equals(upstream.getScheme())))
            throw new SandboxPolicyException("credential '" + name + "': upstream must be an absolute http(s) URL, got " + upstream);
        if ("http".equals(upstream.getScheme()) && !isLoopback(upstream.getHost()))
            throw new SandboxPolicyException("credential '" + name + "': upstream " + upstream
                    + " uses plain http to a non-loopback host; use https (the secret would travel in clear text)");
        if (envVar == null || !VAR.matcher(envVar).matches())
            throw new SandboxPolicyException("credential '" + name + "': env var '" + envVar + "' is not a valid variable name");
        if (header == null || header.isBlank() || !header.matches("[A-Za-z0-9-]+"))
            throw new SandboxPolicyException("credential '" + name + "': header '" + header + "' is not a valid HTTP header name");
        if (format == null || !format.contains("{}"))
            throw new SandboxPolicyException("credential '" + name + "': format must contain {} for the secret, e.g. \"Bearer {}\"");
    }

    /** A bearer-token credential in the {@code Authorization} header. */
    public static InjectedCredential bearer(String name, URI upstream, String envVar, CredentialSource source) {
        return new InjectedCredential(name, upstream, envVar, "Authorization", "Bearer {}", source);
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1");
    }

    @Override
    public String toString() {
        return "InjectedCredential[" + name + " -> " + upstream + ", env " + envVar + "]";
    }
}
