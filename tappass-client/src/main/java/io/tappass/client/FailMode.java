package io.tappass.client;

/** What the governed client does when governance itself fails (a step throws, a body cannot be re-encoded). */
public enum FailMode {
    /** The default: the call fails (HTTP 503 {@code governance_error}, or an exception). Nothing ungoverned passes. */
    CLOSED,
    /** The call proceeds ungoverned and a {@code DEGRADED} warning is logged (TapPass's {@code FAIL_OPEN_LOGGED}). */
    OPEN_LOGGED
}
