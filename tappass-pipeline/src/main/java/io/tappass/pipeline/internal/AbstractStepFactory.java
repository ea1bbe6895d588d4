package io.tappass.pipeline.internal;

import io.tappass.core.governance.OnDetection;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.Step;
import io.tappass.pipeline.StepConfig;
import io.tappass.pipeline.StepFactory;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** A table-driven {@link StepFactory} for the built-in steps. Not public API. */
public abstract class AbstractStepFactory implements StepFactory {

    private final String name;
    private final Set<String> aliases;
    private final Phase phase;
    private final int position;
    private final OnDetection onDetection;
    private final Double threshold;
    private final Set<String> options;
    private final Function<StepConfig, Step> create;

    protected AbstractStepFactory(String name, Set<String> aliases, Phase phase, int position,
                                  OnDetection onDetection, Set<String> options, Function<StepConfig, Step> create) {
        this(name, aliases, phase, position, onDetection, null, options, create);
    }

    /** As above, with a default {@code threshold} (null: every finding counts). */
    protected AbstractStepFactory(String name, Set<String> aliases, Phase phase, int position,
                                  OnDetection onDetection, Double threshold, Set<String> options,
                                  Function<StepConfig, Step> create) {
        this.threshold = threshold;
        this.name = name;
        this.aliases = aliases;
        this.phase = phase;
        this.position = position;
        this.onDetection = onDetection;
        this.options = options;
        this.create = create;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> aliases() {
        return aliases;
    }

    @Override
    public Phase phase() {
        return phase;
    }

    @Override
    public int position() {
        return position;
    }

    @Override
    public StepConfig defaults() {
        return new StepConfig(name, true, onDetection, threshold, Map.of(), "<defaults>", name);
    }

    @Override
    public Set<String> optionNames() {
        return options;
    }

    @Override
    public Step create(StepConfig config) {
        return create.apply(config);
    }
}
