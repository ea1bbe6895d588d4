package io.tappass.core.governance;

/** How serious a finding is. */
public enum Severity {
    /** Informational. */
    LOW,
    /** Worth attention. */
    MEDIUM,
    /** Sensitive data or a likely attack. */
    HIGH,
    /** Credentials, or an attack that must not pass. */
    CRITICAL;

    /** The lower-case wire name. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Parses a wire name (case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Severity parse(String value) {
        return WireEnums.parse(Severity.class, "severity", value);
    }
}
