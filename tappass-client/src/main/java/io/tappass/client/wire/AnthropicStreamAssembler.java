package io.tappass.client.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.tappass.core.ChatResponse;
import io.tappass.core.ToolCall;
import io.tappass.core.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Assembles Anthropic Messages stream events ({@code message_start}, {@code content_block_start/delta/stop},
 * {@code message_delta}, {@code message_stop}, {@code ping}, {@code error}). The event type is read from the
 * payload's {@code type} (equal to the SSE {@code event:} name), so payload-only recordings work too. Usage: input
 * tokens from {@code message_start} (or a later {@code message_delta} that reports them), output tokens from the
 * last {@code message_delta}.
 */
public final class AnthropicStreamAssembler implements StreamAssembler {

    private static final class Block {
        String type;
        String id;
        String name;
        final StringBuilder text = new StringBuilder();
        final StringBuilder json = new StringBuilder();
    }

    private final Map<Integer, Block> blocks = new TreeMap<>();
    private String id;
    private String model;
    private String stop;
    private long input;
    private long output;
    private long cached;
    private boolean complete;
    private String error;

    @Override
    public void accept(SseEvent event) {
        if (event.data() == null || event.data().isBlank()) {
            return;
        }
        acceptPayload(Json.parse(event.data(), "anthropic stream event"));
    }

    /** Accepts one parsed event payload. */
    public void acceptPayload(JsonNode e) {
        String type = Json.text(e, "type");
        if (type == null) {
            return;
        }
        switch (type) {
            case "message_start": {
                JsonNode m = e.path("message");
                id = Json.text(m, "id");
                model = Json.text(m, "model");
                JsonNode u = m.path("usage");
                input = u.path("input_tokens").asLong(input);
                output = u.path("output_tokens").asLong(output);
                cached = u.path("cache_read_input_tokens").asLong(cached);
                break;
            }
            case "content_block_start": {
                Block b = new Block();
                JsonNode cb = e.path("content_block");
                b.type = Json.text(cb, "type");
                b.id = Json.text(cb, "id");
                b.name = Json.text(cb, "name");
                if (Json.text(cb, "text") != null) {
                    b.text.append(Json.text(cb, "text"));
                }
                blocks.put(e.path("index").asInt(0), b);
                break;
            }
            case "content_block_delta": {
                Block b = blocks.computeIfAbsent(e.path("index").asInt(0), k -> {
                    Block nb = new Block();
                    nb.type = "text";
                    return nb;
                });
                JsonNode d = e.path("delta");
                String dt = Json.text(d, "type");
                if ("text_delta".equals(dt) && Json.text(d, "text") != null) {
                    b.text.append(Json.text(d, "text"));
                } else if ("input_json_delta".equals(dt) && Json.text(d, "partial_json") != null) {
                    b.json.append(Json.text(d, "partial_json"));
                }
                break;
            }
            case "message_delta": {
                String s = Json.text(e.path("delta"), "stop_reason");
                if (s != null) {
                    stop = s;
                }
                JsonNode u = e.path("usage");
                if (u.has("input_tokens") && u.get("input_tokens").isNumber()) {
                    input = u.get("input_tokens").asLong();
                }
                if (u.has("output_tokens") && u.get("output_tokens").isNumber()) {
                    output = u.get("output_tokens").asLong();
                }
                if (u.has("cache_read_input_tokens") && u.get("cache_read_input_tokens").isNumber()) {
                    cached = u.get("cache_read_input_tokens").asLong();
                }
                break;
            }
            case "message_stop":
                complete = true;
                break;
            case "error":
                error = Json.text(e.path("error"), "message");
                if (error == null) {
                    error = "error event";
                }
                break;
            default:
                break;
        }
    }

    @Override
    public boolean isComplete() {
        return complete;
    }

    @Override
    public String error() {
        return error;
    }

    @Override
    public List<ChatResponse> responses() {
        StringBuilder text = new StringBuilder();
        List<ToolCall> calls = new ArrayList<>();
        for (Block b : blocks.values()) {
            if ("text".equals(b.type)) {
                text.append(b.text);
            } else if (("tool_use".equals(b.type) || "server_tool_use".equals(b.type)) && b.name != null
                    && !b.name.isBlank()) {
                calls.add(new ToolCall(b.id, b.name, Json.arguments(b.json.toString()), null));
            }
        }
        return List.of(new ChatResponse(id, model, text.toString(), calls, stop, usage(), Map.of()));
    }

    @Override
    public Usage usage() {
        return new Usage(Math.max(0, input), Math.max(0, output), Math.max(0, cached));
    }
}
