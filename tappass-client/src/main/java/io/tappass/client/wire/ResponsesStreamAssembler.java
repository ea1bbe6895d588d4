package io.tappass.client.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.tappass.core.ChatResponse;
import io.tappass.core.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Assembles OpenAI Responses stream events: {@code response.output_text.delta} text, and the full response from
 * {@code response.completed} / {@code response.incomplete} / {@code response.failed} when present; {@code error}
 * events record the error.
 */
public final class ResponsesStreamAssembler implements StreamAssembler {

    private final StringBuilder text = new StringBuilder();
    private ChatResponse completed;
    private String id;
    private String model;
    private boolean complete;
    private String error;

    @Override
    public void accept(SseEvent event) {
        if (event.data() == null || event.data().isBlank() || event.isDone()) {
            return;
        }
        acceptPayload(Json.parse(event.data(), "responses stream event"));
    }

    /** Accepts one parsed event payload. */
    public void acceptPayload(JsonNode e) {
        String type = Json.text(e, "type");
        if (type == null) {
            return;
        }
        switch (type) {
            case "response.created":
            case "response.in_progress":
                id = Json.text(e.path("response"), "id");
                model = Json.text(e.path("response"), "model");
                break;
            case "response.output_text.delta":
                if (Json.text(e, "delta") != null) {
                    text.append(Json.text(e, "delta"));
                }
                break;
            case "response.completed":
            case "response.incomplete":
            case "response.failed":
                completed = OpenAiResponsesCodec.fromResponseObject(e.path("response"), "", new ArrayList<>());
                complete = true;
                if ("response.failed".equals(type) && error == null) {
                    error = Json.text(e.path("response").path("error"), "message");
                }
                break;
            case "error":
                error = Json.text(e, "message");
                if (error == null) {
                    error = Json.text(e.path("error"), "message");
                }
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
        if (completed != null) {
            return List.of(completed);
        }
        return List.of(new ChatResponse(id, model, text.toString(), List.of(), null, Usage.NONE, Map.of()));
    }

    @Override
    public Usage usage() {
        return completed == null ? Usage.NONE : completed.usage();
    }
}
