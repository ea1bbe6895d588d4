package io.tappass.core.governance;

import java.util.Map;
import java.util.Objects;

/**
 * Something the caller must do when it acts on a decision, e.g. {@code require_approval}, {@code notify},
 * {@code redact_tool_arg} (TapPass's {@code obligations[]}).
 *
 * @param type    the obligation type
 * @param step    the step that attached it
 * @param details non-sensitive parameters (tier, reason, channel, ...)
 */
public record Obligation(String type, String step, Map<String, String> details) {

    public Obligation {
        Objects.requireNonNull(type, "type");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** An obligation with no details. */
    public static Obligation of(String type, String step) {
        return new Obligation(type, step, Map.of());
    }
}
