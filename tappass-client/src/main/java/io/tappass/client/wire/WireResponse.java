package io.tappass.client.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tappass.core.ChatResponse;
import io.tappass.core.Usage;
import java.util.List;

/**
 * A decoded response body.
 *
 * @param format    the wire format
 * @param choices   one response per choice (Anthropic and Responses: exactly one)
 * @param tree      the parsed body (do not modify)
 * @param raw       the original bytes
 * @param slots     where each choice's text lives ({@link TextSlot#message()} = choice index)
 */
public record WireResponse(WireFormat format, List<ChatResponse> choices, ObjectNode tree, byte[] raw,
                           List<TextSlot> slots) {

    /** The first choice (the usual single answer). */
    public ChatResponse first() {
        return choices.isEmpty() ? ChatResponse.ofText("") : choices.get(0);
    }

    /** The usage reported by the provider. */
    public Usage usage() {
        return first().usage();
    }
}
