package io.tappass.client;

import io.tappass.client.wire.WireFormat;
import io.tappass.core.Usage;
import io.tappass.core.governance.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What one governed call did, for the audit trail and cost tracking. Never contains prompt or response text;
 * credential headers are masked.
 *
 * @param start        when the call started
 * @param format       the wire format
 * @param model        the model requested (or the Azure deployment)
 * @param agentId      the agent
 * @param sessionId    the session, or null
 * @param traceId      the governance trace id
 * @param input        the input verdict, or null when governance did not run (fail-open, bad request)
 * @param output       the output verdict (final check for streams), or null
 * @param usage        tokens reported by the provider (the final chunk for streams)
 * @param latency      wall time until the body was complete
 * @param streamed     whether the response was an SSE stream
 * @param status       the HTTP status returned to the caller
 * @param outcome      {@code allowed}, {@code modified}, {@code blocked_input}, {@code blocked_output},
 *                     {@code upstream_error}, {@code governance_error}, {@code degraded}, {@code bad_request}
 * @param error        an error description (no content), or null
 * @param headers      the request headers with credentials masked
 */
public record CallRecord(Instant start, WireFormat format, String model, String agentId, String sessionId,
                         String traceId, Verdict input, Verdict output, Usage usage, Duration latency,
                         boolean streamed, int status, String outcome, String error, Map<String, String> headers) {

    /** The provider name ({@code openai} / {@code anthropic}). */
    public String provider() {
        return format.provider();
    }
}
