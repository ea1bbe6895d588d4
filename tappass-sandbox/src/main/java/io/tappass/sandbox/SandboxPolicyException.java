package io.tappass.sandbox;

import io.tappass.core.TapPassException;

/** A {@link SandboxPolicy} (or a nono profile) is invalid; the message says what is wrong and how to fix it. */
public class SandboxPolicyException extends TapPassException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and how to fix it */
    public SandboxPolicyException(String message) {
        super(message);
    }

    /** @param message what is wrong and how to fix it; @param cause the underlying error */
    public SandboxPolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
