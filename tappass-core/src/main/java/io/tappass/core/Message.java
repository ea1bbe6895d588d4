package io.tappass.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * One message of a conversation.
 *
 * @param role       who wrote it
 * @param content    its content parts (text and non-text), in order
 * @param toolCalls  tool calls made by an assistant message
 * @param toolCallId for {@link Role#TOOL} messages: the id of the call this message answers
 * @param name       an optional participant or tool name
 * @param extras     other wire fields, preserved
 */
public record Message(Role role, List<ContentPart> content, List<ToolCall> toolCalls, String toolCallId,
                      String name, Map<String, Object> extras) {

    public Message {
        Objects.requireNonNull(role, "role");
        content = Maps.copy(content);
        toolCalls = Maps.copy(toolCalls);
        extras = Maps.copy(extras);
    }

    /** A message with one text part. */
    public static Message of(Role role, String text) {
        return new Message(role, List.of(ContentPart.text(text)), List.of(), null, null, Map.of());
    }

    /** A system message. */
    public static Message system(String text) {
        return of(Role.SYSTEM, text);
    }

    /** A user message. */
    public static Message user(String text) {
        return of(Role.USER, text);
    }

    /** An assistant message. */
    public static Message assistant(String text) {
        return of(Role.ASSISTANT, text);
    }

    /** An assistant message that calls tools. */
    public static Message assistant(String text, List<ToolCall> toolCalls) {
        List<ContentPart> parts = text == null ? List.of() : List.of(ContentPart.text(text));
        return new Message(Role.ASSISTANT, parts, toolCalls, null, null, Map.of());
    }

    /** The result of tool call {@code toolCallId}. */
    public static Message toolResult(String toolCallId, String name, String text) {
        return new Message(Role.TOOL, List.of(ContentPart.text(text)), List.of(), toolCallId, name, Map.of());
    }

    /** The text parts joined with newlines (empty when there is no text). */
    public String text() {
        if (content.size() == 1 && content.get(0).isText()) {
            return content.get(0).text(); // the common case: no copy of a possibly large text
        }
        return content.stream().filter(ContentPart::isText).map(ContentPart::text)
                .collect(Collectors.joining("\n"));
    }

    /** A copy whose text parts are mapped through {@code rewrite}; non-text parts are kept. */
    public Message mapText(UnaryOperator<String> rewrite) {
        List<ContentPart> parts = content.stream()
                .map(p -> p.isText() ? p.withText(rewrite.apply(p.text())) : p)
                .collect(Collectors.toList());
        return withContent(parts);
    }

    /** A copy with other content parts. */
    public Message withContent(List<ContentPart> newContent) {
        return new Message(role, newContent, toolCalls, toolCallId, name, extras);
    }

    /** A copy with other tool calls. */
    public Message withToolCalls(List<ToolCall> newToolCalls) {
        return new Message(role, content, newToolCalls, toolCallId, name, extras);
    }
}
