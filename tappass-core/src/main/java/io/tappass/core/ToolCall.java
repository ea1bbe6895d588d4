package io.tappass.core;

import java.util.Map;
import java.util.Objects;

/**
 * A tool invocation requested by the model (or proposed by an agent runtime).
 *
 * @param id        the provider's call id (OpenAI {@code tool_calls[].id}, Anthropic {@code tool_use.id}); may be null
 * @param name      the tool name
 * @param arguments the decoded JSON arguments (nested maps, lists, strings, numbers, booleans, nulls);
 *                  arguments that were not a JSON object are wrapped as {@code {"input": value}}
 * @param server    the MCP server that exposes the tool, or {@code null} for local tools
 */
public record ToolCall(String id, String name, Map<String, Object> arguments, String server) {

    public ToolCall {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("tool name is blank");
        }
        arguments = Maps.copy(arguments);
    }

    /** A local tool call without an id. */
    public static ToolCall of(String name, Map<String, ?> arguments) {
        return new ToolCall(null, name, Maps.copy(arguments), null);
    }

    /** A copy with other arguments. */
    public ToolCall withArguments(Map<String, ?> newArguments) {
        return new ToolCall(id, name, Maps.copy(newArguments), server);
    }
}
