package io.tappass.pipeline;

import io.tappass.core.ChatRequest;
import io.tappass.core.ChatResponse;
import io.tappass.core.ToolCall;
import io.tappass.core.governance.Classification;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.Obligation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one step found. Immutable; build it with the static factories and the {@code with*} methods:
 *
 * <pre>{@code
 * return StepResult.findings(found).withClassification(Classification.CONFIDENTIAL);
 * return StepResult.block("rate limit exceeded: 51 calls in 3600 s", Finding.of(name(), "rate_limit", HIGH, null));
 * }</pre>
 *
 * <p>Findings with spans are redacted by the engine when the step's {@code on_detection} is {@code redact}
 * (each span is replaced by its finding's {@link Finding#replacement()}, or {@code [REDACTED]}). A {@link #block}
 * result blocks when {@code on_detection} is {@code block} or {@code redact} (a block cannot be redacted away), and
 * is only recorded when it is {@code log}, {@code notify} or {@code continue}. Findings with a score below the
 * step's threshold are dropped by the engine.
 */
public final class StepResult {

    private static final StepResult PASS = new StepResult(Kind.FINDINGS, null, List.of(), List.of(), null, null,
            null, null);

    /** What kind of result this is. */
    public enum Kind {
        /** Findings only; the engine applies {@code on_detection} if there are any. */
        FINDINGS,
        /** The step asks to block (e.g. a rate limit or a loop), with or without findings. */
        BLOCK,
        /** The step asks for human approval before the call may proceed. */
        NEEDS_APPROVAL
    }

    private final Kind kind;
    private final String reason;
    private final List<Finding> findings;
    private final List<Obligation> obligations;
    private final Classification classification;
    private final ChatRequest request;
    private final ChatResponse response;
    private final ToolCall toolCall;

    private StepResult(Kind kind, String reason, List<Finding> findings, List<Obligation> obligations,
                       Classification classification, ChatRequest request, ChatResponse response, ToolCall toolCall) {
        this.kind = kind;
        this.reason = reason;
        this.findings = List.copyOf(findings);
        this.obligations = List.copyOf(obligations);
        this.classification = classification;
        this.request = request;
        this.response = response;
        this.toolCall = toolCall;
    }

    /** Nothing found. */
    public static StepResult pass() {
        return PASS;
    }

    /** These findings (possibly none). */
    public static StepResult findings(List<Finding> findings) {
        return findings.isEmpty() ? PASS
                : new StepResult(Kind.FINDINGS, null, findings, List.of(), null, null, null, null);
    }

    /** The step asks to block, for {@code reason} (which must not contain detected text). */
    public static StepResult block(String reason, Finding... findings) {
        return block(reason, List.of(findings));
    }

    /** The step asks to block, for {@code reason} (which must not contain detected text). */
    public static StepResult block(String reason, List<Finding> findings) {
        return new StepResult(Kind.BLOCK, Objects.requireNonNull(reason, "reason"), findings, List.of(), null, null,
                null, null);
    }

    /** The step asks for human approval, with a {@code require_approval} obligation. */
    public static StepResult needsApproval(String reason, Obligation approval, List<Finding> findings) {
        return new StepResult(Kind.NEEDS_APPROVAL, Objects.requireNonNull(reason, "reason"), findings,
                List.of(approval), null, null, null, null);
    }

    /** A copy with a data classification the engine folds into the verdict (the highest wins). */
    public StepResult withClassification(Classification level) {
        return new StepResult(kind, reason, findings, obligations, level, request, response, toolCall);
    }

    /** A copy with one more obligation. */
    public StepResult withObligation(Obligation obligation) {
        List<Obligation> more = new ArrayList<>(obligations);
        more.add(obligation);
        return new StepResult(kind, reason, findings, more, classification, request, response, toolCall);
    }

    /**
     * A copy that replaces the request's structure (e.g. {@code tool_filter} removing tools). Text rewriting goes
     * through findings and spans instead, so that later steps and offsets stay consistent; a rewritten request
     * must keep the same messages' text.
     */
    public StepResult withRequest(ChatRequest rewritten) {
        return new StepResult(kind, reason, findings, obligations, classification, rewritten, response, toolCall);
    }

    /** A copy that replaces the response's structure (e.g. removing a forbidden tool call). */
    public StepResult withResponse(ChatResponse rewritten) {
        return new StepResult(kind, reason, findings, obligations, classification, request, rewritten, toolCall);
    }

    /** A copy that replaces the tool call under governance (e.g. constrained arguments). */
    public StepResult withToolCall(ToolCall rewritten) {
        return new StepResult(kind, reason, findings, obligations, classification, request, response, rewritten);
    }

    /** A copy with other findings (used by the engine to apply thresholds). */
    StepResult withFindings(List<Finding> newFindings) {
        return new StepResult(kind, reason, newFindings, obligations, classification, request, response, toolCall);
    }

    public Kind kind() {
        return kind;
    }

    /** The reason of a block or approval request; null for plain findings. */
    public String reason() {
        return reason;
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<Obligation> obligations() {
        return obligations;
    }

    /** The classification the step assigns, or null. */
    public Classification classification() {
        return classification;
    }

    /** The rewritten request, or null. */
    public ChatRequest request() {
        return request;
    }

    /** The rewritten response, or null. */
    public ChatResponse response() {
        return response;
    }

    /** The rewritten tool call, or null. */
    public ToolCall toolCall() {
        return toolCall;
    }

    /** Whether the step found nothing and asks for nothing. */
    public boolean isEmpty() {
        return kind == Kind.FINDINGS && findings.isEmpty() && obligations.isEmpty() && request == null
                && response == null && toolCall == null && classification == null;
    }

    @Override
    public String toString() {
        return "StepResult[" + kind + (reason == null ? "" : ", reason=" + reason) + ", findings=" + findings + "]";
    }
}
