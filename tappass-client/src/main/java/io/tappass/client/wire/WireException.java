package io.tappass.client.wire;

/** A body could not be decoded or re-encoded; the message names the field and what was expected. */
public class WireException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what was wrong, e.g. {@code messages[2].role: expected a string} */
    public WireException(String message) {
        super(message);
    }

    /** @param message what was wrong; @param cause the parser error */
    public WireException(String message, Throwable cause) {
        super(message, cause);
    }
}
