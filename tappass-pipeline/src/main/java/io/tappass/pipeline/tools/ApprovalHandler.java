package io.tappass.pipeline.tools;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The human-in-the-loop hook of {@code require_approval}: asked when a tool call needs approval and no recorded
 * grant matches. Register it with {@code Pipeline.builder().approvalHandler(..)}.
 *
 * <p>The step waits for the returned stage up to its {@code timeout_seconds} (default 60); a timeout, an exception or
 * a denial blocks the call (fail closed). Implementations post the request to a chat channel, a ticket queue or a
 * console and complete the stage when a human answers.
 */
@FunctionalInterface
public interface ApprovalHandler {

    /** The key under which the pipeline hands the handler to steps in {@code StepContext.attributes()}. */
    String CONTEXT_KEY = "tappass.approval_handler";

    /** Asks a human about {@code request}; complete the stage with the answer. */
    CompletionStage<ApprovalDecision> requestApproval(ApprovalRequest request);

    /** A handler that answers synchronously (the timeout cannot interrupt it; use for tests and consoles). */
    static ApprovalHandler sync(Function<ApprovalRequest, ApprovalDecision> answer) {
        return request -> CompletableFuture.completedFuture(answer.apply(request));
    }
}
