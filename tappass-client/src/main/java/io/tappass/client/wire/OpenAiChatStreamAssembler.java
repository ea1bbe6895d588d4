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
 * Assembles {@code chat.completion.chunk} events: {@code delta.content} concatenated per choice,
 * {@code delta.tool_calls[i]} fragments joined by their {@code index}, usage from the chunk that carries it
 * (the final one with {@code stream_options.include_usage}), {@code [DONE]} ends the stream.
 */
public final class OpenAiChatStreamAssembler implements StreamAssembler {

    private static final class Choice {
        final StringBuilder text = new StringBuilder();
        final Map<Integer, String[]> calls = new TreeMap<>(); // index -> {id, name}
        final Map<Integer, StringBuilder> args = new TreeMap<>();
        String finish;
    }

    private final Map<Integer, Choice> choices = new TreeMap<>();
    private String id;
    private String model;
    private Usage usage = Usage.NONE;
    private boolean complete;
    private String error;

    @Override
    public void accept(SseEvent event) {
        if (event.isDone()) {
            complete = true;
            return;
        }
        if (event.data() == null || event.data().isBlank()) {
            return;
        }
        JsonNode chunk = Json.parse(event.data(), "chat completion chunk");
        acceptChunk(chunk);
    }

    /** Accepts one parsed chunk. */
    public void acceptChunk(JsonNode chunk) {
        if (chunk.has("error") && chunk.get("error").isObject()) {
            error = Json.text(chunk.get("error"), "message");
            if (error == null) {
                error = "error event";
            }
            return;
        }
        if (id == null || id.isEmpty()) {
            id = Json.text(chunk, "id");
        }
        if (model == null || model.isEmpty()) {
            model = Json.text(chunk, "model");
        }
        JsonNode u = chunk.get("usage");
        if (u != null && u.isObject()) {
            usage = OpenAiChatCodec.usage(u);
        }
        JsonNode cs = chunk.get("choices");
        if (cs == null || !cs.isArray()) {
            return;
        }
        for (JsonNode c : cs) {
            Choice ch = choices.computeIfAbsent(c.path("index").asInt(0), k -> new Choice());
            JsonNode d = c.path("delta");
            String t = Json.text(d, "content");
            if (t != null) {
                ch.text.append(t);
            }
            JsonNode tcs = d.get("tool_calls");
            if (tcs != null && tcs.isArray()) {
                for (JsonNode tc : tcs) {
                    int idx = tc.path("index").asInt(0);
                    String[] meta = ch.calls.computeIfAbsent(idx, k -> new String[2]);
                    if (Json.text(tc, "id") != null) {
                        meta[0] = Json.text(tc, "id");
                    }
                    JsonNode fn = tc.path("function");
                    if (Json.text(fn, "name") != null) {
                        meta[1] = Json.text(fn, "name");
                    }
                    String a = Json.text(fn, "arguments");
                    if (a != null) {
                        ch.args.computeIfAbsent(idx, k -> new StringBuilder()).append(a);
                    }
                }
            }
            if (Json.text(c, "finish_reason") != null) {
                ch.finish = Json.text(c, "finish_reason");
            }
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
        List<ChatResponse> out = new ArrayList<>();
        for (Choice ch : choices.values()) {
            List<ToolCall> calls = new ArrayList<>();
            ch.calls.forEach((idx, meta) -> {
                if (meta[1] != null && !meta[1].isBlank()) {
                    StringBuilder a = ch.args.get(idx);
                    calls.add(new ToolCall(meta[0], meta[1], Json.arguments(a == null ? "" : a.toString()), null));
                }
            });
            out.add(new ChatResponse(id, model, ch.text.toString(), calls, ch.finish, usage, Map.of()));
        }
        return out;
    }

    @Override
    public Usage usage() {
        return usage;
    }
}
