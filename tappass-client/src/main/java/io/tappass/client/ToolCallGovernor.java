package io.tappass.client;

import io.tappass.core.ToolCall;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Verdict;

/**
 * Governs a tool call the model asked for (in a response), e.g. {@code pipeline::govern} once the pipeline offers
 * {@code govern(ToolCall, GovernanceContext)}. A blocking verdict blocks the whole response; a verdict whose
 * {@code response()} carries changed tool calls is ignored here (arguments are rewritten only by output steps).
 */
@FunctionalInterface
public interface ToolCallGovernor {

    /** Decides one tool call. */
    Verdict govern(ToolCall call, GovernanceContext context);
}
