package io.tappass.sandbox;

/**
 * A backend cannot enforce part of a policy or profile (for example a write-only grant under bubblewrap, or a nono
 * profile key the bubblewrap backend does not implement). Backends refuse such policies instead of ignoring the part
 * they cannot enforce.
 */
public class UnsupportedPolicyException extends SandboxPolicyException {
    private static final long serialVersionUID = 1L;

    /** @param message what cannot be enforced, by which backend, and what to do instead */
    public UnsupportedPolicyException(String message) {
        super(message);
    }
}
