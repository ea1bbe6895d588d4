package io.tappass.client.wire;

import io.tappass.core.ChatRequest;
import io.tappass.core.ChatResponse;
import java.util.List;

/**
 * Converts one provider's JSON bodies to and from the core model, keeping every field governance does not touch.
 * Implementations are stateless and thread-safe.
 */
public interface WireCodec {

    /** The format handled. */
    WireFormat format();

    /**
     * Decodes a request body.
     *
     * @throws WireException naming the offending field
     */
    WireRequest decodeRequest(byte[] body);

    /**
     * Re-encodes a governed request onto the original body: returns the original bytes when nothing changed;
     * otherwise edits only changed text parts, removed or changed tools and tool-call arguments, changed scalars
     * and extras.
     *
     * @throws WireException when governance changed the message structure (added/removed messages or parts), which
     *                       cannot be mapped back faithfully; callers fail closed
     */
    byte[] encodeRequest(WireRequest original, ChatRequest governed);

    /** Decodes a non-streamed response body; one {@link ChatResponse} per choice (Anthropic/Responses: one). */
    WireResponse decodeResponse(byte[] body);

    /** Re-encodes governed responses (one per choice) onto the original body. */
    byte[] encodeResponse(WireResponse original, List<ChatResponse> governed);

    /** A new assembler for this format's stream events. */
    StreamAssembler newAssembler();
}
