package io.tappass.client;

import io.tappass.core.audit.AuditEvent;
import io.tappass.core.audit.AuditSink;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.budget.Pricing;
import java.util.Objects;

/**
 * Writes one {@code llm_call} {@link AuditEvent} per governed call: provider, model, agent/session/trace ids, the
 * final verdict (output, else input), tokens, cost from a {@link Pricing} table, latency, status and outcome.
 * Never prompt or response text; request headers are not recorded at all.
 *
 * <p>{@link GovernedHttpClient} installs one for the pipeline's audit sink by default, so that each call lands in
 * the same trail as the pipeline's verdicts.
 */
public final class AuditCallListener implements CallListener {

    /** The audit event kind of a governed call. */
    public static final String KIND = "llm_call";

    private final AuditSink sink;
    private final Pricing pricing;

    private AuditCallListener(AuditSink sink, Pricing pricing) {
        this.sink = sink;
        this.pricing = pricing;
    }

    /** A listener writing to {@code sink}, pricing calls with {@code pricing}. */
    public static AuditCallListener of(AuditSink sink, Pricing pricing) {
        return new AuditCallListener(Objects.requireNonNull(sink, "sink"), Objects.requireNonNull(pricing, "pricing"));
    }

    @Override
    public void onCall(CallRecord r) {
        Verdict v = r.output() != null ? r.output() : r.input();
        AuditEvent.Builder e = AuditEvent.builder(KIND).timestamp(r.start()).agentId(r.agentId())
                .sessionId(r.sessionId()).traceId(r.traceId()).provider(r.provider()).model(r.model());
        if (v != null) {
            e.verdict(v);
        }
        double usd = r.model() == null ? 0.0 : pricing.cost(r.model(), r.usage());
        e.cost(r.usage().inputTokens(), r.usage().outputTokens(), usd);
        e.detail("latency_ms", r.latency().toMillis()).detail("status", r.status())
                .detail("outcome", r.outcome()).detail("streamed", r.streamed());
        if (r.error() != null) {
            e.detail("error", r.error().length() > 200 ? r.error().substring(0, 200) : r.error());
        }
        if (r.status() >= 500 || "upstream_error".equals(r.outcome()) || "governance_error".equals(r.outcome())) {
            e.severity("error");
        }
        sink.write(e.build());
    }
}
