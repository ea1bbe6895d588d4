package io.tappass.pipeline.tools;

import io.tappass.core.ToolCall;
import io.tappass.core.governance.Classification;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.Mode;
import io.tappass.core.governance.Obligation;
import io.tappass.core.governance.Outcome;
import io.tappass.core.governance.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The decision for one tool call, shaped like TapPass's {@code POST /v1/govern} response: the outcome, why, which
 * step decided, what the caller must do, the approval request when a human must decide, and the rewritten call when
 * a step changed the arguments.
 *
 * @param outcome        {@code allow}, {@code modify} (execute {@link #toolCall()}, whose arguments were changed),
 *                       {@code block} or {@code needs_approval}
 * @param reason         a human-readable reason (never contains argument values), or null when allowed
 * @param blockingStep   the step that blocked or asked for approval, or null
 * @param original       the call as proposed
 * @param toolCall       the call to execute: {@code original}, or the rewritten call when {@code outcome} is modify
 * @param obligations    what the caller must do ({@code require_approval}, {@code loop_warning}, {@code notify}, ...)
 * @param approval       the pending approval when {@code outcome} is needs_approval, else null
 * @param findings       what the steps found
 * @param classification the session's data classification as the tool steps saw it
 * @param mode           the mode the steps ran in
 * @param wouldBlockBy   in observe or warn mode: the steps that would have blocked
 * @param stepsRun       the steps that ran, in order
 */
public record ToolDecision(Outcome outcome, String reason, String blockingStep, ToolCall original, ToolCall toolCall,
                           List<Obligation> obligations, ApprovalInfo approval, List<Finding> findings,
                           Classification classification, Mode mode, List<String> wouldBlockBy,
                           List<String> stepsRun) {

    public ToolDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(original, "original");
        toolCall = toolCall == null ? original : toolCall;
        obligations = obligations == null ? List.of() : List.copyOf(obligations);
        findings = findings == null ? List.of() : List.copyOf(findings);
        wouldBlockBy = wouldBlockBy == null ? List.of() : List.copyOf(wouldBlockBy);
        stepsRun = stepsRun == null ? List.of() : List.copyOf(stepsRun);
        classification = classification == null ? Classification.PUBLIC : classification;
    }

    /**
     * A pending human approval (TapPass's {@code approval} object).
     *
     * @param requestId   an id for the approval request
     * @param tier        the approval tier ({@code authenticated}, {@code elevated}, ...)
     * @param expiresAt   when the request lapses
     * @param matchedRule the {@code required_for} rule that matched, e.g. {@code tool:delete_*}
     * @param reason      why approval is needed
     */
    public record ApprovalInfo(String requestId, String tier, Instant expiresAt, String matchedRule, String reason) {
    }

    /** Builds a decision from the engine's verdict for a tool-phase run. */
    public static ToolDecision of(Verdict v, ToolCall original, ToolCall current) {
        ApprovalInfo approval = null;
        if (v.outcome() == Outcome.NEEDS_APPROVAL) {
            for (Obligation o : v.obligations()) {
                if (RequireApprovalStep.OBLIGATION.equals(o.type())) {
                    Map<String, String> d = o.details();
                    String exp = d.get("expires_at");
                    approval = new ApprovalInfo(d.get("request_id"), d.get("tier"),
                            exp == null ? null : Instant.parse(exp), d.get("matched_rule"), d.get("reason"));
                    break;
                }
            }
        }
        Outcome outcome = v.outcome();
        ToolCall effective = current == null ? original : current;
        if (outcome == Outcome.MODIFY && effective.equals(original)) {
            outcome = Outcome.ALLOW;
        }
        return new ToolDecision(outcome, v.reason(), v.blockedBy(), original, effective, v.obligations(), approval,
                v.findings(), v.classification(), v.mode(), v.wouldBlockBy(), v.stepsRun());
    }

    /** Whether the call may be executed (as {@link #toolCall()}). */
    public boolean isAllowed() {
        return outcome == Outcome.ALLOW || outcome == Outcome.MODIFY;
    }

    /** Whether the call must not be executed. */
    public boolean isBlocked() {
        return outcome == Outcome.BLOCK;
    }

    /** The rewritten arguments when {@code outcome} is modify, else null (TapPass's {@code modified_payload}). */
    public Map<String, Object> modifiedArguments() {
        return outcome == Outcome.MODIFY ? toolCall.arguments() : null;
    }

    /** Whether an obligation of this type is present (e.g. {@code loop_warning}). */
    public boolean hasObligation(String type) {
        return obligations.stream().anyMatch(o -> o.type().equals(type));
    }
}
