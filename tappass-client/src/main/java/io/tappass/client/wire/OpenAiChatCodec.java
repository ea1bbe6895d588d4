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
 * OpenAI Chat Completions ({@code POST /v1/chat/completions}; field names from OpenAI's OpenAPI document,
 * {@code CreateChatCompletionRequest} / {@code CreateChatCompletionResponse}).
 */
public final class OpenAiChatCodec implements WireCodec {

    /** The shared instance. */
    public static final OpenAiChatCodec INSTANCE = new OpenAiChatCodec();

    private static final Set<String> REQUEST_KNOWN = Set.of("model", "messages", "tools", "temperature", "top_p",
            "max_tokens", "stream");
    private static final Set<String> MESSAGE_KNOWN = Set.of("role", "content", "tool_calls", "tool_call_id", "name");
    private static final Set<String> RESPONSE_KNOWN = Set.of("id", "model", "choices", "usage");

    private OpenAiChatCodec() {
    }

    @Override
    public WireFormat format() {
        return WireFormat.OPENAI_CHAT;
    }

    @Override
    public WireRequest decodeRequest(byte[] body) {
        ObjectNode root = Json.parseObject(body, "chat completion request");
        JsonNode msgs = root.get("messages");
        if (msgs == null || !msgs.isArray()) {
            throw new WireException("chat completion request: 'messages' is missing or not an array");
        }
        List<Message> messages = new ArrayList<>();
        List<TextSlot> slots = new ArrayList<>();
        for (int i = 0; i < msgs.size(); i++) {
            JsonNode m = msgs.get(i);
            String where = "messages[" + i + "]";
            if (!m.isObject()) {
                throw new WireException("chat completion request: " + where + " is not an object");
            }
            Role role;
            try {
                role = Role.fromWire(Json.text(m, "role"));
            } catch (IllegalArgumentException e) {
                throw new WireException("chat completion request: " + where + ".role: " + e.getMessage());
            }
            List<ContentPart> parts = new ArrayList<>();
            JsonNode content = m.get("content");
            if (content != null && content.isTextual()) {
                parts.add(ContentPart.text(content.asText()));
                slots.add(TextSlot.field(i, 0, "/messages/" + i, "content"));
            } else if (content != null && content.isArray()) {
                for (int j = 0; j < content.size(); j++) {
                    JsonNode p = content.get(j);
                    String type = Json.text(p, "type");
                    if (type == null) {
                        throw new WireException("chat completion request: " + where + ".content[" + j
                                + "].type is missing");
                    }
                    String text = Json.text(p, "text");
                    if (text == null && "refusal".equals(type)) {
                        text = Json.text(p, "refusal");
                        if (text != null) {
                            slots.add(TextSlot.field(i, parts.size(), "/messages/" + i + "/content/" + j, "refusal"));
                        }
                    } else if (text != null) {
                        slots.add(TextSlot.field(i, parts.size(), "/messages/" + i + "/content/" + j, "text"));
                    }
                    parts.add(new ContentPart(type, text, Json.extras(p, Set.of("type", "text"))));
                }
            } else if (content != null && !content.isNull()) {
                throw new WireException("chat completion request: " + where
                        + ".content: expected a string, an array of parts or null");
            }
            List<ToolCall> calls = new ArrayList<>();
            JsonNode tcs = m.get("tool_calls");
            if (tcs != null && tcs.isArray()) {
                for (JsonNode tc : tcs) {
                    JsonNode fn = tc.get("function");
                    String name = Json.text(fn, "name");
                    if (name != null && !name.isBlank()) {
                        calls.add(new ToolCall(Json.text(tc, "id"), name, Json.arguments(Json.text(fn, "arguments")),
                                null));
                    }
                }
            }
            messages.add(new Message(role, parts, calls, Json.text(m, "tool_call_id"), Json.text(m, "name"),
                    Json.extras(m, MESSAGE_KNOWN)));
        }
        List<ToolDefinition> tools = new ArrayList<>();
        JsonNode ts = root.get("tools");
        if (ts != null && ts.isArray()) {
            for (JsonNode t : ts) {
                tools.add(toolDefinition(t));
            }
        }
        ChatRequest req = new ChatRequest(Json.text(root, "model"), messages, tools, number(root, "temperature"),
                number(root, "top_p"), integer(root, "max_tokens"), root.path("stream").asBoolean(false),
                Json.extras(root, REQUEST_KNOWN));
        return new WireRequest(format(), req, root, body, List.copyOf(slots));
    }

    static ToolDefinition toolDefinition(JsonNode t) {
        JsonNode fn = t.get("function");
        if (fn != null && fn.isObject()) {
            String name = Json.text(fn, "name");
            Object params = Json.toJava(fn.get("parameters"));
            @SuppressWarnings("unchecked")
            Map<String, Object> p = params instanceof Map ? (Map<String, Object>) params : Map.of();
            return new ToolDefinition(name == null ? "function" : name, Json.text(fn, "description"), p,
                    Json.extras(fn, Set.of("name", "description", "parameters")));
        }
        String name = Json.text(t, "name");
        return new ToolDefinition(name != null ? name : String.valueOf(Json.text(t, "type")),
                Json.text(t, "description"), Map.of(), Json.extras(t, Set.of("name", "description")));
    }

    static String toolName(JsonNode t) {
        String n = Json.text(t.get("function"), "name");
        return n != null ? n : Json.text(t, "name");
    }

    static Double number(JsonNode root, String field) {
        JsonNode v = root.get(field);
        return v != null && v.isNumber() ? v.asDouble() : null;
    }

    static Integer integer(JsonNode root, String field) {
        JsonNode v = root.get(field);
        return v != null && v.isIntegralNumber() && v.asInt() > 0 ? v.asInt() : null;
    }

    @Override
    public byte[] encodeRequest(WireRequest original, ChatRequest governed) {
        return Merge.request(original, governed, "max_tokens", OpenAiChatCodec::toolName);
    }

    @Override
    public WireResponse decodeResponse(byte[] body) {
        ObjectNode root = Json.parseObject(body, "chat completion response");
        JsonNode choices = root.get("choices");
        if (choices == null || !choices.isArray()) {
            throw new WireException("chat completion response: 'choices' is missing or not an array");
        }
        Usage usage = usage(root.get("usage"));
        List<ChatResponse> out = new ArrayList<>();
        List<TextSlot> slots = new ArrayList<>();
        Map<String, Object> extras = Json.extras(root, RESPONSE_KNOWN);
        for (int k = 0; k < choices.size(); k++) {
            JsonNode c = choices.get(k);
            JsonNode msg = c.path("message");
            String text = Json.text(msg, "content");
            if (text != null) {
                slots.add(TextSlot.field(k, -1, "/choices/" + k + "/message", "content"));
            }
            out.add(new ChatResponse(Json.text(root, "id"), Json.text(root, "model"), text,
                    toolCalls(msg.get("tool_calls")), Json.text(c, "finish_reason"), usage, extras));
        }
        return new WireResponse(format(), List.copyOf(out), root, body, List.copyOf(slots));
    }

    static List<ToolCall> toolCalls(JsonNode tcs) {
        List<ToolCall> calls = new ArrayList<>();
        if (tcs != null && tcs.isArray()) {
            for (JsonNode tc : tcs) {
                JsonNode fn = tc.get("function");
                String name = Json.text(fn, "name");
                if (name != null && !name.isBlank()) {
                    calls.add(new ToolCall(Json.text(tc, "id"), name, Json.arguments(Json.text(fn, "arguments")),
                            null));
                }
            }
        }
        return calls;
    }

    static Usage usage(JsonNode u) {
        if (u == null || !u.isObject()) {
            return Usage.NONE;
        }
        long in = u.path("prompt_tokens").asLong(u.path("input_tokens").asLong(0));
        long out = u.path("completion_tokens").asLong(u.path("output_tokens").asLong(0));
        long cached = u.path("prompt_tokens_details").path("cached_tokens")
                .asLong(u.path("input_tokens_details").path("cached_tokens").asLong(0));
        return new Usage(Math.max(0, in), Math.max(0, out), Math.max(0, cached));
    }

    @Override
    public byte[] encodeResponse(WireResponse original, List<ChatResponse> governed) {
        if (original.choices().equals(governed)) {
            return original.raw();
        }
        if (governed.size() != original.choices().size()) {
            throw new WireException("governance changed the number of choices");
        }
        ObjectNode copy = original.tree().deepCopy();
        for (int k = 0; k < governed.size(); k++) {
            ChatResponse before = original.choices().get(k);
            ChatResponse after = governed.get(k);
            if (!Objects.equals(before.content(), after.content())) {
                boolean set = false;
                for (TextSlot s : original.slots()) {
                    if (s.message() == k) {
                        s.set(copy, after.content());
                        set = true;
                    }
                }
                if (!set && !after.content().isEmpty()) {
                    ((ObjectNode) copy.path("choices").get(k).path("message")).put("content", after.content());
                }
            }
            if (!before.toolCalls().equals(after.toolCalls())) {
                JsonNode msg = copy.path("choices").get(k).path("message");
                rewriteToolCalls((ArrayNode) msg.get("tool_calls"), after.toolCalls(), "function", "arguments");
            }
        }
        return Json.bytes(copy);
    }

    /** Keeps only calls present in {@code after} (by id, else name) and writes changed arguments as JSON text. */
    static void rewriteToolCalls(ArrayNode arr, List<ToolCall> after, String fnField, String argsField) {
        if (arr == null) {
            return;
        }
        for (int i = arr.size() - 1; i >= 0; i--) {
            JsonNode tc = arr.get(i);
            String id = Json.text(tc, "id");
            JsonNode fn = tc.get(fnField);
            String name = Json.text(fn, "name");
            ToolCall match = after.stream().filter(c -> id != null ? id.equals(c.id()) : Objects.equals(name, c.name()))
                    .findFirst().orElse(null);
            if (match == null) {
                arr.remove(i);
            } else if (!match.arguments().equals(Json.arguments(Json.text(fn, argsField)))) {
                ((ObjectNode) fn).put(argsField, Json.string(Json.toNode(match.arguments())));
            }
        }
    }

    @Override
    public StreamAssembler newAssembler() {
        return new OpenAiChatStreamAssembler();
    }

    /**
     * Encodes a request from scratch (no original body): known fields, then extras. Used by adapters that build
     * requests themselves.
     */
    public byte[] encode(ChatRequest r) {
        ObjectNode root = Json.object();
        if (r.model() != null) {
            root.put("model", r.model());
        }
        ArrayNode msgs = root.putArray("messages");
        for (Message m : r.messages()) {
            ObjectNode n = msgs.addObject();
            n.put("role", m.role().wireName());
            if (m.content().size() == 1 && m.content().get(0).isText() && m.content().get(0).extras().isEmpty()) {
                n.put("content", m.content().get(0).text());
            } else if (!m.content().isEmpty()) {
                ArrayNode parts = n.putArray("content");
                for (ContentPart p : m.content()) {
                    ObjectNode pn = parts.addObject();
                    pn.put("type", p.type());
                    if (p.isText()) {
                        pn.put("text", p.text());
                    }
                    p.extras().forEach((k, v) -> pn.set(k, Json.toNode(v)));
                }
            }
            if (!m.toolCalls().isEmpty()) {
                ArrayNode tcs = n.putArray("tool_calls");
                for (ToolCall c : m.toolCalls()) {
                    ObjectNode tc = tcs.addObject();
                    if (c.id() != null) {
                        tc.put("id", c.id());
                    }
                    tc.put("type", "function");
                    tc.putObject("function").put("name", c.name())
                            .put("arguments", Json.string(Json.toNode(c.arguments())));
                }
            }
            if (m.toolCallId() != null) {
                n.put("tool_call_id", m.toolCallId());
            }
            if (m.name() != null) {
                n.put("name", m.name());
            }
            m.extras().forEach((k, v) -> n.set(k, Json.toNode(v)));
        }
        if (!r.tools().isEmpty()) {
            ArrayNode ts = root.putArray("tools");
            for (ToolDefinition t : r.tools()) {
                ObjectNode fn = ts.addObject().put("type", "function").putObject("function");
                fn.put("name", t.name());
                if (t.description() != null) {
                    fn.put("description", t.description());
                }
                if (!t.parameters().isEmpty()) {
                    fn.set("parameters", Json.toNode(t.parameters()));
                }
                t.extras().forEach((k, v) -> fn.set(k, Json.toNode(v)));
            }
        }
        if (r.temperature() != null) {
            root.put("temperature", r.temperature());
        }
        if (r.topP() != null) {
            root.put("top_p", r.topP());
        }
        if (r.maxTokens() != null) {
            root.put("max_tokens", r.maxTokens());
        }
        if (r.stream()) {
            root.put("stream", true);
        }
        r.extras().forEach((k, v) -> root.set(k, Json.toNode(v)));
        return Json.bytes(root);
    }
}
