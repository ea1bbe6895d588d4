package io.tappass.core.audit;

import io.tappass.core.TapPassException;

/** An audit sink could not record an event or open its file. */
public class AuditException extends TapPassException {
    private static final long serialVersionUID = 1L;

    public AuditException(String message) {
        super(message);
    }

    public AuditException(String message, Throwable cause) {
        super(message, cause);
    }
}
