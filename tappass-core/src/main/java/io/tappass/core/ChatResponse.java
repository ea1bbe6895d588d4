package io.tappass.core;

import java.util.List;
import java.util.Map;

/**
 * A provider-neutral, complete (non-streamed or fully assembled) chat response.
 *
 * @param id           the provider's response id (may be null)
 * @param model        the model that answered (may be null)
 * @param content      the assistant's text ({@code ""} when it only called tools)
 * @param toolCalls    tool calls the assistant made
 * @param finishReason the provider's finish/stop reason (e.g. {@code stop}, {@code tool_calls}, {@code end_turn})
 * @param usage        token usage ({@link Usage#NONE} when not reported)
 * @param extras       other wire fields, preserved
 */
public record ChatResponse(String id, String model, String content, List<ToolCall> toolCalls, String finishReason,
                           Usage usage, Map<String, Object> extras) {

    public ChatResponse {
        content = content == null ? "" : content;
        toolCalls = Maps.copy(toolCalls);
        usage = usage == null ? Usage.NONE : usage;
        extras = Maps.copy(extras);
    }

    /** A text-only response. */
    public static ChatResponse ofText(String content) {
        return new ChatResponse(null, null, content, List.of(), "stop", Usage.NONE, Map.of());
    }

    /** A copy with other content. */
    public ChatResponse withContent(String newContent) {
        return new ChatResponse(id, model, newContent, toolCalls, finishReason, usage, extras);
    }

    /** A copy with other tool calls. */
    public ChatResponse withToolCalls(List<ToolCall> newToolCalls) {
        return new ChatResponse(id, model, content, newToolCalls, finishReason, usage, extras);
    }
}
