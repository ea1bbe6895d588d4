package io.tappass.core;

/** The root of TapPass's unchecked exceptions. */
public class TapPassException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TapPassException(String message) {
        super(message);
    }

    public TapPassException(String message, Throwable cause) {
        super(message, cause);
    }
}
