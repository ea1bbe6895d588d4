package io.tappass.client.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tappass.core.ChatRequest;
import io.tappass.core.ChatResponse;
import io.tappass.core.ContentPart;
import io.tappass.core.Message;
import io.tappass.core.Role;
import io.tappass.core.ToolCall;
import io.tappass.core.ToolDefinition;
import io.tappass.core.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Anthropic Messages ({@code POST /v1/messages}). The top-level {@code system} becomes a leading
 * {@link Role#SYSTEM} message; each {@code tool_result} block of a user turn becomes its own {@link Role#TOOL}
 * message (so its text is scanned as a tool result), the rest of the turn stays a user message.
 */
public final class AnthropicMessagesCodec implements WireCodec {

    /** The shared instance. */
    public static final AnthropicMessagesCodec INSTANCE = new AnthropicMessagesCodec();

    private static final Set<String> REQUEST_KNOWN = Set.of("model", "messages", "system", "tools", "temperature",
            "top_p", "max_tokens", "stream");
    private static final Set<String> RESPONSE_KNOWN = Set.of("id", "model", "content", "stop_reason", "usage");

    private AnthropicMessagesCodec() {
    }

    @Override
    public WireFormat format() {
        return WireFormat.ANTHROPIC_MESSAGES;
    }

    @Override
    public WireRequest decodeRequest(byte[] body) {
        ObjectNode root = Json.parseObject(body, "messages request");
        List<Message> messages = new ArrayList<>();
        List<TextSlot> slots = new ArrayList<>();
        JsonNode system = root.get("system");
        if (system != null && system.isTextual()) {
            slots.add(TextSlot.field(0, 0, "", "system"));
            messages.add(Message.system(system.asText()));
        } else if (system != null && system.isArray()) {
            List<ContentPart> parts = new ArrayList<>();
            for (int j = 0; j < system.size(); j++) {
                JsonNode b = system.get(j);
                String text = Json.text(b, "text");
                if (text != null) {
                    slots.add(TextSlot.field(0, parts.size(), "/system/" + j, "text"));
                }
                parts.add(new ContentPart(String.valueOf(Json.text(b, "type")), text,
                        Json.extras(b, Set.of("type", "text"))));
            }
            messages.add(new Message(Role.SYSTEM, parts, List.of(), null, null, Map.of()));
        }
        JsonNode msgs = root.get("messages");
        if (msgs == null || !msgs.isArray()) {
            throw new WireException("messages request: 'messages' is missing or not an array");
        }
        for (int i = 0; i < msgs.size(); i++) {
            JsonNode m = msgs.get(i);
            String where = "messages[" + i + "]";
            Role role;
            try {
                role = Role.fromWire(Json.text(m, "role"));
            } catch (IllegalArgumentException e) {
                throw new WireException("messages request: " + where + ".role: " + e.getMessage());
            }
            JsonNode content = m.get("content");
            Map<String, Object> extras = Json.extras(m, Set.of("role", "content"));
            if (content != null && content.isTextual()) {
                slots.add(TextSlot.field(messages.size(), 0, "/messages/" + i, "content"));
                messages.add(new Message(role, List.of(ContentPart.text(content.asText())), List.of(), null, null,
                        extras));
                continue;
            }
            if (content == null || !content.isArray()) {
                throw new WireException("messages request: " + where + ".content: expected a string or an array of blocks");
            }
            List<ContentPart> parts = new ArrayList<>();
            List<ToolCall> calls = new ArrayList<>();
            List<Message> toolResults = new ArrayList<>();
            List<TextSlot> ownSlots = new ArrayList<>();
            List<TextSlot> resultSlots = new ArrayList<>();
            for (int j = 0; j < content.size(); j++) {
                JsonNode b = content.get(j);
                String type = Json.text(b, "type");
                if (type == null) {
                    throw new WireException("messages request: " + where + ".content[" + j + "].type is missing");
                }
                String ptr = "/messages/" + i + "/content/" + j;
                if ("tool_use".equals(type)) {
                    Object in = Json.toJava(b.get("input"));
                    @SuppressWarnings("unchecked")
                    Map<String, Object> args = in instanceof Map ? (Map<String, Object>) in : Map.of();
                    String name = Json.text(b, "name");
                    if (name != null && !name.isBlank()) {
                        calls.add(new ToolCall(Json.text(b, "id"), name, args, null));
                    }
                    parts.add(new ContentPart(type, null, Json.extras(b, Set.of("type"))));
                } else if ("tool_result".equals(type)) {
                    List<ContentPart> rp = new ArrayList<>();
                    JsonNode rc = b.get("content");
                    int msgIndex = -1; // filled below
                    List<TextSlot> pending = new ArrayList<>();
                    if (rc != null && rc.isTextual()) {
                        pending.add(TextSlot.field(msgIndex, 0, ptr, "content"));
                        rp.add(ContentPart.text(rc.asText()));
                    } else if (rc != null && rc.isArray()) {
                        for (int k = 0; k < rc.size(); k++) {
                            JsonNode rb = rc.get(k);
                            String text = Json.text(rb, "text");
                            if (text != null) {
                                pending.add(TextSlot.field(msgIndex, rp.size(), ptr + "/content/" + k, "text"));
                            }
                            rp.add(new ContentPart(String.valueOf(Json.text(rb, "type")), text,
                                    Json.extras(rb, Set.of("type", "text"))));
                        }
                    }
                    toolResults.add(new Message(Role.TOOL, rp, List.of(), Json.text(b, "tool_use_id"), null,
                            Json.extras(b, Set.of("type", "content", "tool_use_id"))));
                    for (TextSlot s : pending) {
                        resultSlots.add(new TextSlot(toolResults.size() - 1, s.part(), s.parent(), s.field(), s.index()));
                    }
                } else {
                    String text = Json.text(b, "text");
                    if ("text".equals(type) && text != null) {
                        ownSlots.add(TextSlot.field(0, parts.size(), ptr, "text"));
                    } else {
                        text = null; // thinking, images, documents: passed through, not scanned
                    }
                    parts.add(new ContentPart(type, text, Json.extras(b, Set.of("type", "text"))));
                }
            }
            int base = messages.size();
            for (Message tr : toolResults) {
                messages.add(tr);
            }
            for (TextSlot s : resultSlots) {
                slots.add(new TextSlot(base + s.message(), s.part(), s.parent(), s.field(), s.index()));
            }
            if (!parts.isEmpty() || toolResults.isEmpty()) {
                int idx = messages.size();
                messages.add(new Message(role, parts, calls, null, null, extras));
                for (TextSlot s : ownSlots) {
                    slots.add(new TextSlot(idx, s.part(), s.parent(), s.field(), s.index()));
                }
            }
        }
        List<ToolDefinition> tools = Merge.flatTools(root, "input_schema");
        ChatRequest req = new ChatRequest(Json.text(root, "model"), messages, tools,
                OpenAiChatCodec.number(root, "temperature"), OpenAiChatCodec.number(root, "top_p"),
                OpenAiChatCodec.integer(root, "max_tokens"), root.path("stream").asBoolean(false),
                Json.extras(root, REQUEST_KNOWN));
        return new WireRequest(format(), req, root, body, List.copyOf(slots));
    }

    @Override
    public byte[] encodeRequest(WireRequest original, ChatRequest governed) {
        return Merge.request(original, governed, "max_tokens", t -> Json.text(t, "name"));
    }

    @Override
    public WireResponse decodeResponse(byte[] body) {
        ObjectNode root = Json.parseObject(body, "messages response");
        JsonNode content = root.get("content");
        if (content == null || !content.isArray()) {
            throw new WireException("messages response: 'content' is missing or not an array");
        }
        StringBuilder text = new StringBuilder();
        List<TextSlot> slots = new ArrayList<>();
        List<ToolCall> calls = new ArrayList<>();
        for (int j = 0; j < content.size(); j++) {
            JsonNode b = content.get(j);
            String type = Json.text(b, "type");
            if ("text".equals(type)) {
                slots.add(TextSlot.field(0, -1, "/content/" + j, "text"));
                text.append(Json.text(b, "text") == null ? "" : Json.text(b, "text"));
            } else if ("tool_use".equals(type) || "server_tool_use".equals(type)) {
                Object in = Json.toJava(b.get("input"));
                @SuppressWarnings("unchecked")
                Map<String, Object> args = in instanceof Map ? (Map<String, Object>) in : Map.of();
                String name = Json.text(b, "name");
                if (name != null && !name.isBlank()) {
                    calls.add(new ToolCall(Json.text(b, "id"), name, args, null));
                }
            }
        }
        ChatResponse r = new ChatResponse(Json.text(root, "id"), Json.text(root, "model"), text.toString(), calls,
                Json.text(root, "stop_reason"), usage(root.get("usage")), Json.extras(root, RESPONSE_KNOWN));
        return new WireResponse(format(), List.of(r), root, body, List.copyOf(slots));
    }

    static Usage usage(JsonNode u) {
        if (u == null || !u.isObject()) {
            return Usage.NONE;
        }
        return new Usage(Math.max(0, u.path("input_tokens").asLong(0)), Math.max(0, u.path("output_tokens").asLong(0)),
                Math.max(0, u.path("cache_read_input_tokens").asLong(0)));
    }

    @Override
    public byte[] encodeResponse(WireResponse original, List<ChatResponse> governed) {
        if (original.choices().equals(governed)) {
            return original.raw();
        }
        ChatResponse before = original.first();
        ChatResponse after = governed.get(0);
        ObjectNode copy = original.tree().deepCopy();
        if (!Objects.equals(before.content(), after.content())) {
            writeSplit(copy, original.slots(), after.content());
        }
        if (!before.toolCalls().equals(after.toolCalls())) {
            ArrayNode blocks = (ArrayNode) copy.get("content");
            for (int j = blocks.size() - 1; j >= 0; j--) {
                JsonNode b = blocks.get(j);
                if (!"tool_use".equals(Json.text(b, "type"))) {
                    continue;
                }
                String id = Json.text(b, "id");
                ToolCall match = after.toolCalls().stream().filter(c -> Objects.equals(id, c.id())).findFirst()
                        .orElse(null);
                if (match == null) {
                    blocks.remove(j);
                } else {
                    ((ObjectNode) b).set("input", Json.toNode(match.arguments()));
                }
            }
        }
        return Json.bytes(copy);
    }

    /** Several text blocks: the governed text goes to the first block, the others are emptied. */
    static void writeSplit(ObjectNode copy, List<TextSlot> slots, String text) {
        boolean first = true;
        for (TextSlot s : slots) {
            s.set(copy, first ? text : "");
            first = false;
        }
    }

    @Override
    public StreamAssembler newAssembler() {
        return new AnthropicStreamAssembler();
    }
}
