package io.tappass.client.wire;

import io.tappass.core.ChatResponse;
import io.tappass.core.Usage;
import java.util.List;

/**
 * Rebuilds the complete response from a provider's stream events, the way the provider's SDK does
 * (text concatenated per choice/block, tool-call argument fragments joined, usage from the final events).
 * Not thread-safe: one per stream.
 */
public interface StreamAssembler {

    /**
     * Accepts one event.
     *
     * @throws WireException when the event's data is not valid JSON
     */
    void accept(SseEvent event);

    /** Whether the provider signalled the end of the stream ({@code [DONE]}, {@code message_stop}, {@code response.completed}). */
    boolean isComplete();

    /** An error event's message when the provider sent one, else null. */
    String error();

    /** The responses assembled so far, one per choice (index order). */
    List<ChatResponse> responses();

    /** The first choice assembled so far. */
    default ChatResponse response() {
        List<ChatResponse> r = responses();
        return r.isEmpty() ? ChatResponse.ofText("") : r.get(0);
    }

    /** The usage reported so far ({@link Usage#NONE} when none). */
    Usage usage();
}
