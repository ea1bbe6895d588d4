package io.tappass.core.governance;

/** What a step does with what it detected (TapPass's {@code on_detection}). */
public enum OnDetection {
    /** Stop the request (in enforce mode). */
    BLOCK,
    /** Rewrite the detected spans and continue. */
    REDACT,
    /** Record the findings and continue. */
    LOG,
    /** Ignore the findings (they are still returned, but nothing is done). */
    CONTINUE,
    /** Record the findings and attach a {@code notify} obligation. */
    NOTIFY;

    /** The lower-case wire name. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Parses a wire name (case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static OnDetection parse(String value) {
        return WireEnums.parse(OnDetection.class, "on_detection", value);
    }
}
