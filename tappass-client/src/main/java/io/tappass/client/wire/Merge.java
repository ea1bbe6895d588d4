package io.tappass.client.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tappass.core.ChatRequest;
import io.tappass.core.ContentPart;
import io.tappass.core.Message;
import io.tappass.core.ToolDefinition;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The shared "edit only what changed" logic of the codecs. */
final class Merge {

    private Merge() {
    }

    /**
     * Applies governed message text onto {@code copy}; throws when the structure changed.
     */
    static void messages(WireRequest original, ChatRequest governed, ObjectNode copy) {
        List<Message> before = original.request().messages();
        List<Message> after = governed.messages();
        if (before.size() != after.size()) {
            throw new WireException("governance changed the number of messages (" + before.size() + " -> "
                    + after.size() + "); the " + original.format() + " body cannot be re-encoded faithfully");
        }
        for (int i = 0; i < before.size(); i++) {
            Message b = before.get(i);
            Message a = after.get(i);
            if (b.role() != a.role() || b.content().size() != a.content().size()) {
                throw new WireException("governance changed the structure of message " + i
                        + "; the body cannot be re-encoded faithfully");
            }
            if (!Objects.equals(b.toolCalls(), a.toolCalls())) {
                throw new WireException("governance changed the tool calls of message " + i
                        + " in the conversation history; not supported");
            }
            for (int j = 0; j < b.content().size(); j++) {
                ContentPart pb = b.content().get(j);
                ContentPart pa = a.content().get(j);
                if (!Objects.equals(pb.type(), pa.type()) || pb.isText() != pa.isText()) {
                    throw new WireException("governance changed the type of part " + j + " of message " + i);
                }
            }
        }
        for (TextSlot s : original.slots()) {
            String was = before.get(s.message()).content().get(s.part()).text();
            String now = after.get(s.message()).content().get(s.part()).text();
            if (!Objects.equals(was, now)) {
                s.set(copy, now);
            }
        }
    }

    /** Sets or removes a scalar field when its value changed. */
    static void scalar(ObjectNode copy, String field, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (after == null) {
            copy.remove(field);
        } else {
            copy.set(field, Json.toNode(after));
        }
    }

    /** Applies changed, added and removed top-level extras. */
    static void extras(ObjectNode copy, Map<String, Object> before, Map<String, Object> after) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String k : keys) {
            if (!after.containsKey(k)) {
                copy.remove(k);
            } else if (!Objects.equals(before.get(k), after.get(k))) {
                copy.set(k, Json.toNode(after.get(k)));
            }
        }
    }

    /**
     * Re-encodes a governed request: the original bytes when nothing changed, else a copy of the original tree with
     * only the changed messages, scalars, removed tools and extras rewritten (shared by the three codecs, which
     * differ only in the name of the output-token limit and where a tool keeps its name).
     */
    static byte[] request(WireRequest original, ChatRequest governed, String maxTokensField,
                          java.util.function.Function<JsonNode, String> toolName) {
        ChatRequest o = original.request();
        if (o.equals(governed)) {
            return original.raw();
        }
        ObjectNode copy = original.tree().deepCopy();
        messages(original, governed, copy);
        scalar(copy, "model", o.model(), governed.model());
        scalar(copy, "temperature", o.temperature(), governed.temperature());
        scalar(copy, "top_p", o.topP(), governed.topP());
        scalar(copy, maxTokensField, o.maxTokens(), governed.maxTokens());
        if (o.stream() != governed.stream()) {
            copy.put("stream", governed.stream());
        }
        tools(copy, o.tools(), governed.tools(), toolName);
        extras(copy, o.extras(), governed.extras());
        return Json.bytes(copy);
    }

    /**
     * Top-level tool definitions whose name, description and JSON schema sit side by side (Anthropic
     * {@code input_schema}, OpenAI Responses {@code parameters}); other fields are kept as extras.
     */
    static List<ToolDefinition> flatTools(JsonNode root, String schemaField) {
        List<ToolDefinition> tools = new java.util.ArrayList<>();
        JsonNode ts = root.get("tools");
        if (ts != null && ts.isArray()) {
            for (JsonNode t : ts) {
                Object schema = Json.toJava(t.get(schemaField));
                @SuppressWarnings("unchecked")
                Map<String, Object> p = schema instanceof Map ? (Map<String, Object>) schema : Map.of();
                String name = Json.text(t, "name");
                tools.add(new ToolDefinition(name != null ? name : String.valueOf(Json.text(t, "type")),
                        Json.text(t, "description"), p, Json.extras(t, Set.of("name", "description", schemaField))));
            }
        }
        return tools;
    }

    /**
     * Removes tools that governance removed (by name) from {@code copy.tools}; throws when tools were added or
     * changed other than by removal.
     */
    static void tools(ObjectNode copy, List<ToolDefinition> before, List<ToolDefinition> after,
                      java.util.function.Function<JsonNode, String> nameOf) {
        if (before.equals(after)) {
            return;
        }
        Set<String> kept = new HashSet<>();
        for (ToolDefinition t : after) {
            if (!before.contains(t)) {
                throw new WireException("governance added or changed tool '" + t.name()
                        + "'; only removing tools is supported");
            }
            kept.add(t.name());
        }
        JsonNode tools = copy.get("tools");
        if (tools instanceof ArrayNode arr) {
            for (int i = arr.size() - 1; i >= 0; i--) {
                String name = nameOf.apply(arr.get(i));
                if (name != null && !kept.contains(name)) {
                    arr.remove(i);
                }
            }
            if (arr.isEmpty()) {
                copy.remove("tools");
                copy.remove("tool_choice");
            }
        }
    }
}
