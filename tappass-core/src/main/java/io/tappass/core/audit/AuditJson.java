package io.tappass.core.audit;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The JSON form of {@link AuditEvent}s (snake_case fields). */
final class AuditJson {

    /** Strict reader: duplicate keys and trailing content are errors, so a line cannot carry two different values for one field. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** RFC 3339 in UTC with a fixed six-digit fraction, e.g. {@code 2025-01-31T12:00:00.123456Z}. */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditJson() {
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    static ObjectNode toTree(AuditEvent e) {
        ObjectNode o = NODES.objectNode();
        o.put("audit_id", e.auditId());
        o.put("timestamp", timestamp(e.timestamp()));
        o.put("event_kind", e.eventKind());
        o.put("agent_id", e.agentId());
        o.put("session_id", e.sessionId());
        o.put("trace_id", e.traceId());
        o.put("provider", e.provider());
        o.put("model", e.model());
        ArrayNode dets = o.putArray("detections");
        for (AuditEvent.Detection d : e.detections()) {
            dets.addObject().put("step", d.step()).put("category", d.category()).put("severity", d.severity());
        }
        if (e.policyResult() == null) {
            o.putNull("policy_result");
        } else {
            o.putObject("policy_result").put("verdict", e.policyResult().verdict())
                    .put("rule", e.policyResult().rule()).put("reason", e.policyResult().reason());
        }
        o.put("severity", e.severity());
        if (e.cost() == null) {
            o.putNull("cost");
        } else {
            o.putObject("cost").put("prompt_tokens", e.cost().promptTokens())
                    .put("completion_tokens", e.cost().completionTokens()).put("usd", e.cost().usd());
        }
        o.set("details", MAPPER.valueToTree(e.details()));
        return o;
    }
}
