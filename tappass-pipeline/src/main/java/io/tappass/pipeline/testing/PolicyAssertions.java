package io.tappass.pipeline.testing;

import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.Pipeline;

/** Entry points of the policy testing kit. */
public final class PolicyAssertions {

    private PolicyAssertions() {
    }

    /** Assertions about what {@code pipeline} does with inputs and outputs. */
    public static PipelineAssert assertThat(Pipeline pipeline) {
        return new PipelineAssert(pipeline);
    }

    /** Assertions about a verdict. */
    public static VerdictAssert assertThat(Verdict verdict) {
        return new VerdictAssert(verdict, null);
    }
}
