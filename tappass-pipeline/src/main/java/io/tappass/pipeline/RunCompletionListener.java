package io.tappass.pipeline;

import io.tappass.core.governance.Verdict;

/**
 * Optional interface for a {@link Step} that must react to the outcome of the run it took part in, e.g.
 * {@code budget} releasing the reservation of a request that a later step blocked. The engine calls
 * {@link #afterRun} once per run, after the verdict is assembled, for every step of the run's phase that implements
 * it and ran (in execution order). Exceptions are logged and ignored: the verdict is final.
 */
public interface RunCompletionListener {

    /** Called with the run's context (same phase, session and attributes) and its final verdict. */
    void afterRun(StepContext context, Verdict verdict);
}
