package io.tappass.client.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tappass.core.ChatRequest;
import java.util.List;

/**
 * A decoded request body: the core view plus what is needed to re-encode faithfully.
 *
 * @param format  the wire format
 * @param request the provider-neutral request
 * @param tree    the parsed body (do not modify)
 * @param raw     the original bytes
 * @param slots   where each text part lives in {@code tree}
 */
public record WireRequest(WireFormat format, ChatRequest request, ObjectNode tree, byte[] raw, List<TextSlot> slots) {

    /** Whether the caller asked for a streamed answer. */
    public boolean stream() {
        return request.stream();
    }
}
