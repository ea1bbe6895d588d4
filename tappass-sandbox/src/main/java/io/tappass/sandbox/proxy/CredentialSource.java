package io.tappass.sandbox.proxy;

import io.tappass.sandbox.SandboxException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the real value of an injected credential comes from. {@link #secret()} is called for every proxied request,
 * so a source whose value changes (a rotated file, {@link RotatingCredentialSource}) takes effect on the next request
 * without restarting the sandboxed agent. Implementations must never put the secret in {@code toString()}.
 */
@FunctionalInterface
public interface CredentialSource {
    /**
     * The current secret.
     *
     * @throws SandboxException if the secret is unavailable (the proxy then answers 502 and records a denial)
     */
    String secret();

    /**
     * A nono credential reference ({@code env://VAR} or {@code file:///abs/path}) that nono can resolve itself, if
     * this source has one. Sources without one are written to a private 0600 temporary file by the nono launcher.
     */
    default Optional<String> nonoReference() {
        return Optional.empty();
    }

    /** A fixed secret (useful in tests; prefer {@link #file(Path)} or {@link #env(String)} in production). */
    static CredentialSource fixed(String secret) {
        Objects.requireNonNull(secret, "secret");
        return new CredentialSource() {
            @Override
            public String secret() {
                return secret;
            }

            @Override
            public String toString() {
                return "CredentialSource[fixed, ****]";
            }
        };
    }

    /** The launcher's environment variable {@code var}, read on every request (nono reference {@code env://VAR}). */
    static CredentialSource env(String var) {
        Objects.requireNonNull(var, "var");
        return new CredentialSource() {
            @Override
            public String secret() {
                String v = System.getenv(var);
                if (v == null || v.isEmpty())
                    throw new SandboxException("credential environment variable " + var + " is not set in the launcher's environment");
                return v;
            }

            @Override
            public Optional<String> nonoReference() {
                return Optional.of("env://" + var);
            }

            @Override
            public String toString() {
                return "CredentialSource[env://" + var + "]";
            }
        };
    }

    /**
     * The contents of {@code file} (trailing newlines removed), re-read on every request: replace the file to rotate
     * the secret (nono reference {@code file:///abs/path}).
     */
    static CredentialSource file(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return new CredentialSource() {
            @Override
            public String secret() {
                try {
                    String s = Files.readString(abs, StandardCharsets.UTF_8);
                    int end = s.length();
                    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) end--;
                    if (end == 0) throw new SandboxException("credential file " + abs + " is empty");
                    return s.substring(0, end);
                } catch (IOException e) {
                    throw new SandboxException("cannot read credential file " + abs + ": " + e.getMessage(), e);
                }
            }

            @Override
            public Optional<String> nonoReference() {
                return Optional.of(abs.toUri().toString().replaceFirst("^file:/+", "file:///"));
            }

            @Override
            public String toString() {
                return "CredentialSource[file://" + abs + "]";
            }
        };
    }

    /** A source that can be rotated in process with {@link RotatingCredentialSource#rotate(String)}. */
    static RotatingCredentialSource rotating(String initial) {
        return new RotatingCredentialSource(initial);
    }
}
