package io.tappass.pipeline;

import java.util.Set;

/**
 * Creates a {@link Step} from its configuration. Implementations are registered in
 * {@code META-INF/services/io.tappass.pipeline.StepFactory} and found by {@link StepRegistry}.
 *
 * <p>A factory declares the option keys it understands; the configuration loader rejects any other key with a
 * {@link io.tappass.core.config.ConfigException} naming the key and the file, so that a typo never silently
 * disables a protection.
 */
public interface StepFactory {

    /** The step id this factory creates, e.g. {@code detect_pii}. */
    String name();

    /** Other names configuration files may use for the step (TapPass spellings such as {@code unicode_attack}). */
    default Set<String> aliases() {
        return Set.of();
    }

    /** When the step runs. */
    Phase phase();

    /** TapPass's position of the step. */
    int position();

    /** The default configuration (enabled, on_detection, threshold, options) used when nothing overrides it. */
    StepConfig defaults();

    /**
     * The step-specific option keys this factory accepts, besides {@code enabled}, {@code on_detection} and
     * {@code threshold}.
     */
    Set<String> optionNames();

    /**
     * Creates the step. Implementations validate options through the typed accessors of {@link StepConfig}, which
     * throw {@link io.tappass.core.config.ConfigException} naming the file and key.
     *
     * @param config the effective configuration (defaults merged with preset and overrides)
     */
    Step create(StepConfig config);
}
