package io.tappass.core;

import java.util.Locale;

/** The author of a {@link Message}. */
public enum Role {
    /** Instructions from the application (OpenAI {@code system}/{@code developer}, Anthropic top-level {@code system}). */
    SYSTEM,
    /** The end user. */
    USER,
    /** The model. */
    ASSISTANT,
    /** The result of a tool call fed back to the model. */
    TOOL;

    /** The lower-case wire name ({@code system}, {@code user}, {@code assistant}, {@code tool}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a wire role name; {@code developer} maps to {@link #SYSTEM}.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code name} is unknown
     */
    public static Role fromWire(String name) {
        if (name == null) {
            throw new IllegalArgumentException("role is missing: expected one of system, developer, user, assistant, tool");
        }
        switch (name.toLowerCase(Locale.ROOT)) {
            case "system": case "developer": return SYSTEM;
            case "user": return USER;
            case "assistant": return ASSISTANT;
            case "tool": case "function": return TOOL;
            default:
                throw new IllegalArgumentException("unknown role '" + name
                        + "': expected one of system, developer, user, assistant, tool");
        }
    }
}
