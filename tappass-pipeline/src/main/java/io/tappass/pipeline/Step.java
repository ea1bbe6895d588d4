package io.tappass.pipeline;

/**
 * One governance step, e.g. {@code detect_pii}. The SPI that every built-in and third-party step implements.
 *
 * <p>A step inspects what {@link StepContext} offers (the text parts of the request or response, the tool call,
 * session state) and returns a {@link StepResult}: findings with spans, and possibly an explicit block, an approval
 * request or a rewritten request. The engine, not the step, applies the step's {@link StepConfig#onDetection()}:
 * it blocks, redacts the reported spans, logs or notifies, and it honours the pipeline's mode. A step therefore only
 * detects; it never needs to know whether it runs in observe, warn or enforce mode.
 *
 * <p>Steps must be thread-safe and should be stateless: state that outlives a call belongs in
 * {@link StepContext#session()} or {@link StepContext#agentState()}.
 *
 * <p>Steps are created by a {@link StepFactory} registered with {@link java.util.ServiceLoader}, so that a
 * configuration file can name them.
 */
public interface Step {

    /** The step id, e.g. {@code detect_pii}. */
    String name();

    /** When the step runs. */
    Phase phase();

    /** Execution order within the phase, lowest first (TapPass's positions, e.g. 200 for {@code detect_pii}). */
    int position();

    /** The step's configuration. */
    StepConfig config();

    /**
     * Inspects one request, response or tool call.
     *
     * @param context what to inspect and where to keep state
     * @return what the step found; never null ({@link StepResult#pass()} when nothing)
     */
    StepResult apply(StepContext context);

    /**
     * Every phase this step runs in; {@link #phase()} is the primary one. Session-aware steps observe more than one
     * phase: {@code taint_check} labels tool results on input and checks sinks on tool calls and output, {@code budget}
     * reserves on input and settles on output. The step reads {@link StepContext#phase()} to know which one is running.
     * Within each phase, steps run by {@link #position()}. The default is the primary phase alone.
     */
    default java.util.Set<Phase> phases() {
        return java.util.Set.of(phase());
    }

    /**
     * Whether {@link #apply} is a pure function of the text under governance: it reads only
     * {@link StepContext#parts()}, {@link StepContext#request()}, {@link StepContext#response()},
     * {@link StepContext#toolCall()}, the phase, the mode and the governance context, never the findings or
     * classification of earlier steps, the session or agent state, the store or the run's attributes, and it has no
     * side effect. The content detectors ({@code detect_pii}, {@code detect_secrets}, {@code detect_injection}, ...)
     * are pure; {@code pii_tokenize} (writes the session's vault) and {@code classify_data} (reads earlier findings)
     * are not.
     *
     * <p>On a large call (see {@link Pipeline.Builder#parallelThreshold(int)}) the engine may run pure steps
     * concurrently, before the steps ahead of them have finished; it still commits every result in step order, and
     * discards and recomputes a result when a step ahead of it rewrote the text or blocked first, so the verdict is
     * exactly the sequential one. A pure step that reads anything else gets an {@link IllegalStateException} in a
     * concurrent run and is then run again in order. The default is {@code false}.
     */
    default boolean isPure() {
        return false;
    }
}
