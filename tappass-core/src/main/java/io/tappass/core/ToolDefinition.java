package io.tappass.core;

import java.util.Map;
import java.util.Objects;

/**
 * A tool the model may call, as declared in the request.
 *
 * @param name        the tool name
 * @param description the description shown to the model (may be null)
 * @param parameters  the JSON Schema of the arguments (may be empty)
 * @param extras      other wire fields (e.g. {@code strict}, {@code cache_control}), preserved
 */
public record ToolDefinition(String name, String description, Map<String, Object> parameters,
                             Map<String, Object> extras) {

    public ToolDefinition {
        Objects.requireNonNull(name, "name");
        parameters = Maps.copy(parameters);
        extras = Maps.copy(extras);
    }

    /** A tool with a name and description only. */
    public static ToolDefinition of(String name, String description) {
        return new ToolDefinition(name, description, Map.of(), Map.of());
    }
}
