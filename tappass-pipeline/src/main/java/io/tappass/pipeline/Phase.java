package io.tappass.pipeline;

import java.util.Locale;

/**
 * When a step runs. TapPass calls these {@code before}, {@code call} and {@code after}; both spellings are
 * accepted in configuration.
 */
public enum Phase {
    /** Before the model is called: the request (TapPass {@code before}). */
    INPUT,
    /** Around tool calls: a tool call the model made or an agent proposes (TapPass {@code call}). */
    TOOL,
    /** After the model answered: the response (TapPass {@code after}). */
    OUTPUT;

    /**
     * Parses {@code input|before}, {@code tool|call}, {@code output|after}.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Phase parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "input": case "before": return INPUT;
            case "tool": case "call": return TOOL;
            case "output": case "after": return OUTPUT;
            default:
                throw new IllegalArgumentException("unknown phase '" + value
                        + "': expected one of input (before), tool (call), output (after)");
        }
    }

    /** The lower-case name. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
