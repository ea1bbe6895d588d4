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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * OpenAI Responses ({@code POST /v1/responses}): {@code instructions} becomes a system message, {@code input} (a
 * string or a list of items) becomes messages; {@code function_call_output} items become tool results. Output
 * {@code message} items' {@code output_text} parts form the response text, {@code function_call} items its tool
 * calls.
 */
public final class OpenAiResponsesCodec implements WireCodec {

    /** The shared instance. */
    public static final OpenAiResponsesCodec INSTANCE = new OpenAiResponsesCodec();

    private static final Set<String> REQUEST_KNOWN = Set.of("model", "input", "instructions", "tools", "temperature",
            "top_p", "max_output_tokens", "stream");

    private OpenAiResponsesCodec() {
    }

    @Override
    public WireFormat format() {
        return WireFormat.OPENAI_RESPONSES;
    }

    @Override
    public WireRequest decodeRequest(byte[] body) {
        ObjectNode root = Json.parseObject(body, "responses request");
        List<Message> messages = new ArrayList<>();
        List<TextSlot> slots = new ArrayList<>();
        String instructions = Json.text(root, "instructions");
        if (instructions != null) {
            slots.add(TextSlot.field(0, 0, "", "instructions"));
            messages.add(Message.system(instructions));
        }
        JsonNode input = root.get("input");
        if (input != null && input.isTextual()) {
            slots.add(TextSlot.field(messages.size(), 0, "", "input"));
            messages.add(Message.user(input.asText()));
        } else if (input != null && input.isArray()) {
            for (int i = 0; i < input.size(); i++) {
                JsonNode item = input.get(i);
                String ptr = "/input/" + i;
                String type = Json.text(item, "type");
                if ("function_call_output".equals(type)) {
                    JsonNode out = item.get("output");
                    if (out != null && out.isTextual()) {
                        slots.add(TextSlot.field(messages.size(), 0, ptr, "output"));
                        messages.add(new Message(Role.TOOL, List.of(ContentPart.text(out.asText())), List.of(),
                                Json.text(item, "call_id"), null, Map.of()));
                    } else {
                        messages.add(new Message(Role.TOOL, List.of(), List.of(), Json.text(item, "call_id"), null,
                                Map.of()));
                    }
                    continue;
                }
                if ("function_call".equals(type)) {
                    String name = Json.text(item, "name");
                    List<ToolCall> calls = name == null || name.isBlank() ? List.of()
                            : List.of(new ToolCall(Json.text(item, "call_id"), name,
                            Json.arguments(Json.text(item, "arguments")), null));
                    messages.add(new Message(Role.ASSISTANT, List.of(), calls, null, null, Map.of()));
                    continue;
                }
                String roleName = Json.text(item, "role");
                if (roleName == null) {
                    // reasoning and other items: kept in the body, not scanned
                    continue;
                }
                Role role;
                try {
                    role = Role.fromWire(roleName);
                } catch (IllegalArgumentException e) {
                    throw new WireException("responses request: input[" + i + "].role: " + e.getMessage());
                }
                JsonNode content = item.get("content");
                List<ContentPart> parts = new ArrayList<>();
                if (content != null && content.isTextual()) {
                    slots.add(TextSlot.field(messages.size(), 0, ptr, "content"));
                    parts.add(ContentPart.text(content.asText()));
                } else if (content != null && content.isArray()) {
                    for (int j = 0; j < content.size(); j++) {
                        JsonNode p = content.get(j);
                        String text = Json.text(p, "text");
                        if (text != null) {
                            slots.add(TextSlot.field(messages.size(), parts.size(), ptr + "/content/" + j, "text"));
                        }
                        parts.add(new ContentPart(String.valueOf(Json.text(p, "type")), text,
                                Json.extras(p, Set.of("type", "text"))));
                    }
                }
                messages.add(new Message(role, parts, List.of(), null, null, Map.of()));
            }
        } else if (input != null && !input.isNull()) {
            throw new WireException("responses request: 'input' must be a string or an array of items");
        }
        List<ToolDefinition> tools = Merge.flatTools(root, "parameters");
        ChatRequest req = new ChatRequest(Json.text(root, "model"), messages, tools,
                OpenAiChatCodec.number(root, "temperature"), OpenAiChatCodec.number(root, "top_p"),
                OpenAiChatCodec.integer(root, "max_output_tokens"), root.path("stream").asBoolean(false),
                Json.extras(root, REQUEST_KNOWN));
        return new WireRequest(format(), req, root, body, List.copyOf(slots));
    }

    @Override
    public byte[] encodeRequest(WireRequest original, ChatRequest governed) {
        return Merge.request(original, governed, "max_output_tokens", t -> Json.text(t, "name"));
    }

    @Override
    public WireResponse decodeResponse(byte[] body) {
        ObjectNode root = Json.parseObject(body, "responses response");
        List<TextSlot> slots = new ArrayList<>();
        ChatResponse r = fromResponseObject(root, "", slots);
        return new WireResponse(format(), List.of(r), root, body, List.copyOf(slots));
    }

    /** Reads a {@code response} object (also the payload of {@code response.completed} events). */
    static ChatResponse fromResponseObject(JsonNode root, String prefix, List<TextSlot> slots) {
        StringBuilder text = new StringBuilder();
        List<ToolCall> calls = new ArrayList<>();
        JsonNode output = root.get("output");
        if (output != null && output.isArray()) {
            for (int i = 0; i < output.size(); i++) {
                JsonNode item = output.get(i);
                String type = Json.text(item, "type");
                if ("message".equals(type) && item.path("content").isArray()) {
                    JsonNode content = item.get("content");
                    for (int j = 0; j < content.size(); j++) {
                        JsonNode p = content.get(j);
                        if ("output_text".equals(Json.text(p, "type")) && Json.text(p, "text") != null) {
                            slots.add(TextSlot.field(0, -1, prefix + "/output/" + i + "/content/" + j, "text"));
                            text.append(Json.text(p, "text"));
                        }
                    }
                } else if ("function_call".equals(type)) {
                    String name = Json.text(item, "name");
                    if (name != null && !name.isBlank()) {
                        calls.add(new ToolCall(Json.text(item, "call_id"), name,
                                Json.arguments(Json.text(item, "arguments")), null));
                    }
                }
            }
        }
        return new ChatResponse(Json.text(root, "id"), Json.text(root, "model"), text.toString(), calls,
                Json.text(root, "status"), OpenAiChatCodec.usage(root.get("usage")),
                Json.extras(root, Set.of("id", "model", "output", "status", "usage")));
    }

    @Override
    public byte[] encodeResponse(WireResponse original, List<ChatResponse> governed) {
        if (original.choices().equals(governed)) {
            return original.raw();
        }
        ObjectNode copy = original.tree().deepCopy();
        apply(copy, "", original.first(), governed.get(0), original.slots());
        return Json.bytes(copy);
    }

    /** Writes governed text and tool calls into a response object (at {@code prefix} within {@code copy}). */
    static void apply(ObjectNode copy, String prefix, ChatResponse before, ChatResponse after, List<TextSlot> slots) {
        if (!Objects.equals(before.content(), after.content())) {
            AnthropicMessagesCodec.writeSplit(copy, slots, after.content());
        }
        if (!before.toolCalls().equals(after.toolCalls())) {
            JsonNode out = copy.at(prefix + "/output");
            if (out instanceof ArrayNode arr) {
                for (int i = arr.size() - 1; i >= 0; i--) {
                    JsonNode item = arr.get(i);
                    if (!"function_call".equals(Json.text(item, "type"))) {
                        continue;
                    }
                    String id = Json.text(item, "call_id");
                    ToolCall match = after.toolCalls().stream().filter(c -> Objects.equals(id, c.id())).findFirst()
                            .orElse(null);
                    if (match == null) {
                        arr.remove(i);
                    } else {
                        ((ObjectNode) item).put("arguments", Json.string(Json.toNode(match.arguments())));
                    }
                }
            }
        }
    }

    @Override
    public StreamAssembler newAssembler() {
        return new ResponsesStreamAssembler();
    }
}
