package io.tappass.core.governance;

import io.tappass.core.ChatRequest;
import io.tappass.core.ChatResponse;
import java.util.List;
import java.util.Objects;

/**
 * What a pipeline decided about a request or a response.
 *
 * <p>In {@link Mode#ENFORCE} and {@link Mode#LOCKDOWN} a block stops the run: {@link #outcome()} is
 * {@link Outcome#BLOCK} and {@link #blockedBy()} names the step. In {@link Mode#OBSERVE} and {@link Mode#WARN}
 * nothing is blocked; the steps that would have blocked are listed in {@link #wouldBlockBy()}.
 *
 * @param outcome        allow, modify, block or needs_approval
 * @param reason         a human-readable reason (never contains detected text), or null when allowed
 * @param blockedBy      the step that blocked (or asked for approval), or null
 * @param classification the highest data classification seen
 * @param findings       every finding of every step that ran, spans in original-text offsets
 * @param obligations    what the caller must do (notify, require_approval, ...)
 * @param request        the request as it should be forwarded (rewritten when {@code outcome} is modify); null
 *                       for output checks
 * @param response       the response as it should be returned (rewritten when modified); null for input checks
 * @param mode           the mode the pipeline ran in
 * @param wouldBlockBy   in observe or warn mode: the steps that would have blocked, in order
 * @param stepsRun       the names of the steps that ran, in order
 */
public record Verdict(Outcome outcome, String reason, String blockedBy, Classification classification,
                      List<Finding> findings, List<Obligation> obligations, ChatRequest request,
                      ChatResponse response, Mode mode, List<String> wouldBlockBy, List<String> stepsRun) {

    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(mode, "mode");
        classification = classification == null ? Classification.PUBLIC : classification;
        findings = findings == null ? List.of() : List.copyOf(findings);
        obligations = obligations == null ? List.of() : List.copyOf(obligations);
        wouldBlockBy = wouldBlockBy == null ? List.of() : List.copyOf(wouldBlockBy);
        stepsRun = stepsRun == null ? List.of() : List.copyOf(stepsRun);
    }

    /** Whether the call must not proceed. */
    public boolean isBlocked() {
        return outcome == Outcome.BLOCK;
    }

    /** Whether the call may proceed (possibly rewritten). */
    public boolean isAllowed() {
        return outcome == Outcome.ALLOW || outcome == Outcome.MODIFY;
    }

    /** Whether a step would have blocked had the pipeline been in enforce mode (observe and warn modes). */
    public boolean isWarned() {
        return !wouldBlockBy.isEmpty();
    }

    /**
     * The governed text: for an output check, the (possibly rewritten) response content; for an input check, the
     * (possibly rewritten) text of the last user message.
     */
    public String text() {
        if (response != null) {
            return response.content();
        }
        return request == null ? "" : request.lastUserText();
    }

    /** The findings of one step. */
    public List<Finding> findingsOf(String step) {
        return findings.stream().filter(f -> f.step().equals(step)).toList();
    }

    /**
     * Throws {@link PolicyBlockedException} when this verdict blocks; returns {@code this} otherwise.
     */
    public Verdict orThrow() {
        if (isBlocked()) {
            throw new PolicyBlockedException(blockedBy, reason, classification);
        }
        return this;
    }
}
