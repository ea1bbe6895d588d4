package io.tappass.pipeline;

import java.util.Objects;

/**
 * A convenient base for {@link Step} implementations: holds the name, phase, position and configuration.
 * Subclasses implement {@link #apply(StepContext)}.
 */
public abstract class BaseStep implements Step {

    private final StepConfig config;
    private final Phase phase;
    private final int position;

    /**
     * @param config   the effective configuration ({@link StepConfig#name()} is the step name)
     * @param phase    when the step runs
     * @param position TapPass's position
     */
    protected BaseStep(StepConfig config, Phase phase, int position) {
        this.config = Objects.requireNonNull(config, "config");
        this.phase = Objects.requireNonNull(phase, "phase");
        this.position = position;
    }

    @Override
    public final String name() {
        return config.name();
    }

    @Override
    public final Phase phase() {
        return phase;
    }

    @Override
    public final int position() {
        return position;
    }

    @Override
    public final StepConfig config() {
        return config;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name() + "@" + position + ", " + config.onDetection().wireName()
                + "]";
    }
}
