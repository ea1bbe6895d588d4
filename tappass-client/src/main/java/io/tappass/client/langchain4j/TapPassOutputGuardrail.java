package io.tappass.client.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.guardrail.OutputGuardrail;
import dev.langchain4j.guardrail.OutputGuardrailResult;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Outcome;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.Pipeline;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A LangChain4j AI Services output guardrail backed by a pipeline's output checks: a block is {@code fatal}, a
 * rewrite (e.g. redaction) replaces the answer via {@code successWith(governedText)}.
 */
public final class TapPassOutputGuardrail implements OutputGuardrail {

    private final Pipeline pipeline;
    private final Supplier<GovernanceContext> context;

    /** Checks with {@code pipeline} for the default agent. */
    public TapPassOutputGuardrail(Pipeline pipeline) {
        this(pipeline, GovernanceContext::empty);
    }

    /** Checks with {@code pipeline}; {@code context} supplies the agent/session per call. */
    public TapPassOutputGuardrail(Pipeline pipeline, Supplier<GovernanceContext> context) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public OutputGuardrailResult validate(AiMessage responseFromLLM) {
        String text = responseFromLLM.text();
        if (text == null) {
            return success();
        }
        Verdict v = pipeline.checkOutput(text, context.get());
        if (v.isBlocked() || v.outcome() == Outcome.NEEDS_APPROVAL) {
            return fatal("Response blocked by policy: " + v.blockedBy() + " (" + v.reason() + ")");
        }
        String governed = v.text();
        return governed.equals(text) ? success() : successWith(governed);
    }
}
