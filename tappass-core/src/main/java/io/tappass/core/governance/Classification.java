package io.tappass.core.governance;

/** Data classification levels, lowest to highest (TapPass's {@code classify_data} levels). */
public enum Classification {
    /** May be shared with anyone. */
    PUBLIC,
    /** For the organisation only. */
    INTERNAL,
    /** Personal or business-sensitive data. */
    CONFIDENTIAL,
    /** Credentials and special-category data. */
    RESTRICTED;

    /** The higher of two levels. */
    public Classification max(Classification other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }

    /** Whether this level is at least {@code other}. */
    public boolean atLeast(Classification other) {
        return ordinal() >= other.ordinal();
    }

    /**
     * Parses a level name (case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Classification parse(String value) {
        return WireEnums.parse(Classification.class, "classification", value);
    }
}
