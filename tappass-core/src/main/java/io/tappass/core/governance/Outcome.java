package io.tappass.core.governance;

/** The decision for a request, a response or a tool call (TapPass's {@code /v1/govern} outcomes). */
public enum Outcome {
    /** Passes unchanged. */
    ALLOW,
    /** Passes after rewriting (redaction, tokenisation, removed tools, changed arguments). */
    MODIFY,
    /** Must not proceed. */
    BLOCK,
    /** May proceed only after a human approves. */
    NEEDS_APPROVAL;

    /** The lower-case wire name. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Parses a wire name (case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Outcome parse(String value) {
        return WireEnums.parse(Outcome.class, "outcome", value);
    }
}
