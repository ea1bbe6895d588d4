package io.tappass.sandbox;

import io.tappass.core.TapPassException;

/** The sandbox could not be set up or launched (backend missing, I/O failure, proxy could not start). */
public class SandboxException extends TapPassException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and how to fix it */
    public SandboxException(String message) {
        super(message);
    }

    /** @param message what failed and how to fix it; @param cause the underlying error */
    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
