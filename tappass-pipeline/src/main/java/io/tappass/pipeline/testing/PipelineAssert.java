package io.tappass.pipeline.testing;

import io.tappass.core.ChatRequest;
import io.tappass.core.ChatResponse;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.pipeline.Pipeline;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link Pipeline}: pick an input or output, then assert on the verdict. */
public final class PipelineAssert extends AbstractAssert<PipelineAssert, Pipeline> {

    private GovernanceContext context = GovernanceContext.empty();

    PipelineAssert(Pipeline actual) {
        super(actual, PipelineAssert.class);
        isNotNull();
    }

    /** Runs the checks that follow in this context (agent, session, flags, mode). */
    public PipelineAssert inContext(GovernanceContext ctx) {
        this.context = Objects.requireNonNull(ctx, "ctx");
        return this;
    }

    /** Checks a user message. */
    public VerdictAssert onInput(String userText) {
        return new VerdictAssert(actual.checkInput(userText, context), userText);
    }

    /** Checks a request. */
    public VerdictAssert onInput(ChatRequest request) {
        return new VerdictAssert(actual.checkInput(request, context), request.lastUserText());
    }

    /** Checks a model answer. */
    public VerdictAssert onOutput(String modelText) {
        return new VerdictAssert(actual.checkOutput(modelText, context), modelText);
    }

    /** Checks a model response. */
    public VerdictAssert onOutput(ChatResponse response) {
        return new VerdictAssert(actual.checkOutput(response, context), response.content());
    }

    /** Asserts the pipeline runs a step of this name. */
    public PipelineAssert hasStep(String name) {
        if (actual.step(name) == null) {
            failWithMessage("Expected the pipeline to run step <%s> but its steps are <%s>", name,
                    actual.stepNames());
        }
        return this;
    }
}
