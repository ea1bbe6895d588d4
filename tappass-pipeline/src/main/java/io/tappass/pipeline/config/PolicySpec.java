package io.tappass.pipeline.config;

import io.tappass.core.governance.Mode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed policy document: the preset it starts from, the mode, and the step entries in document order (preset
 * entries first, then the document's own), merged per step.
 *
 * @param source the file or origin
 * @param preset the preset name, or null
 * @param mode   the {@code mode} key, or null
 * @param steps  step entries by canonical-or-written name, in order
 * @param extras top-level keys the pipeline does not use but other modules do ({@code agent}, {@code sandbox},
 *               {@code description}, {@code name}, {@code version})
 */
public record PolicySpec(String source, String preset, Mode mode, Map<String, StepSpec> steps,
                         Map<String, Object> extras) {

    public PolicySpec {
        steps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(steps));
        extras = extras == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }
}
