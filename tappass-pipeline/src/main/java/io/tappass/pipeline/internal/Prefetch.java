package io.tappass.pipeline.internal;

import io.tappass.pipeline.StepContext;

/**
 * Implemented by a built-in step that is not {@linkplain io.tappass.pipeline.Step#isPure() pure} but whose
 * {@code apply} starts with a pure computation over the parts' texts (a hash of a large message, say): while the
 * engine runs a large call concurrently, another thread may do that computation ahead of time, storing it with
 * {@link io.tappass.pipeline.scan.TextPart#analysis}, so that {@code apply}, still run in step order on the engine's
 * thread, finds it done. Not an API: the engine and the built-in steps use it.
 */
public interface Prefetch {

    /**
     * Computes, ahead of {@code apply}, analyses of the parts that {@code apply} will read. Reads only what a pure
     * step may read (the parts, the request and response, the phase); failures are ignored ({@code apply} then
     * computes what it needs itself).
     *
     * @param context the run as the step will see it, read-only
     */
    void prefetch(StepContext context);
}
