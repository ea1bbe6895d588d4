package io.tappass.pipeline.config;

import io.tappass.core.governance.OnDetection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step's entry in a policy document, before defaults are applied: every field is optional (null = not set).
 *
 * @param name        the step name as written (may be a TapPass alias)
 * @param enabled     {@code enabled}, or null
 * @param onDetection {@code on_detection}, or null (the category default applies)
 * @param threshold   {@code threshold}, or null
 * @param options     step-specific options as written
 * @param source      the file or origin
 * @param keyPath     where the entry is, e.g. {@code overrides.detect_pii}
 */
public record StepSpec(String name, Boolean enabled, OnDetection onDetection, Double threshold,
                       Map<String, Object> options, String source, String keyPath) {

    public StepSpec {
        options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** This entry with {@code over}'s set fields laid over it (options merge key by key). */
    public StepSpec mergedWith(StepSpec over) {
        Map<String, Object> opts = new LinkedHashMap<>(options);
        opts.putAll(over.options);
        return new StepSpec(name,
                over.enabled != null ? over.enabled : enabled,
                over.onDetection != null ? over.onDetection : onDetection,
                over.threshold != null ? over.threshold : threshold,
                opts, over.source, over.keyPath);
    }

    /** A copy with {@code enabled: true}. */
    public StepSpec withEnabledTrue() {
        return new StepSpec(name, true, onDetection, threshold, options, source, keyPath);
    }
}
