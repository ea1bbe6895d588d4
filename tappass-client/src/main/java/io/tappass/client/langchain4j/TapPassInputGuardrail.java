package io.tappass.client.langchain4j;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.guardrail.InputGuardrail;
import dev.langchain4j.guardrail.InputGuardrailResult;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Outcome;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.Pipeline;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A LangChain4j AI Services input guardrail backed by a pipeline's input checks: a block is {@code fatal} (the
 * model is not called; the message names the step and reason, never the detected text), a rewrite (redaction) is
 * {@code successWith(governedText)}. Only the user message is checked (what LangChain4j's guardrail API offers);
 * wrap the model's HTTP client with {@link TapPassHttpClientBuilder} to govern the full conversation.
 */
public final class TapPassInputGuardrail implements InputGuardrail {

    private final Pipeline pipeline;
    private final Supplier<GovernanceContext> context;

    /** Checks with {@code pipeline} for the default agent. */
    public TapPassInputGuardrail(Pipeline pipeline) {
        this(pipeline, GovernanceContext::empty);
    }

    /** Checks with {@code pipeline}; {@code context} supplies the agent/session per call. */
    public TapPassInputGuardrail(Pipeline pipeline, Supplier<GovernanceContext> context) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public InputGuardrailResult validate(UserMessage userMessage) {
        if (!userMessage.hasSingleText()) {
            return success();
        }
        String text = userMessage.singleText();
        Verdict v = pipeline.checkInput(text, context.get());
        if (v.isBlocked() || v.outcome() == Outcome.NEEDS_APPROVAL) {
            return fatal("Request blocked by policy: " + v.blockedBy() + " (" + v.reason() + ")");
        }
        String governed = v.text();
        return governed.equals(text) ? success() : successWith(governed);
    }
}
