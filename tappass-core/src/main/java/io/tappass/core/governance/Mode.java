package io.tappass.core.governance;

/** How a pipeline acts on blocks (TapPass's {@code mode} governance flag). */
public enum Mode {
    /** Shadow mode: run every step, block and rewrite nothing, report would-be blocks. */
    OBSERVE,
    /** Run every step and rewrite as configured, but block nothing: would-be blocks are marked on the verdict. */
    WARN,
    /** The default: the first block stops the run. */
    ENFORCE,
    /** Like enforce, and every step's detections block regardless of its {@code on_detection}. */
    LOCKDOWN;

    /** The lower-case wire name. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Parses a wire name (case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Mode parse(String value) {
        return WireEnums.parse(Mode.class, "mode", value);
    }
}
