package io.tappass.pipeline;

import io.tappass.core.config.ConfigException;
import io.tappass.core.governance.Mode;
import io.tappass.core.governance.OnDetection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The configuration of one step: TapPass's {@code enabled}, {@code on_detection}, {@code threshold} and the
 * step-specific options. The typed option accessors fail with a {@link ConfigException} that names the file and the
 * full key path (e.g. {@code policy.yaml: overrides.rate_limit.max_calls: expected a whole number, got "many"}).
 *
 * @param name        the step id
 * @param enabled     whether the step runs
 * @param onDetection what the engine does with the step's findings
 * @param threshold   minimum finding score that counts (0..1), or null for "every finding counts"
 * @param options     step-specific options (values as read from YAML/JSON: strings, numbers, booleans, lists, maps)
 * @param source      where the configuration came from (a file name, {@code <preset standard>}, {@code <builder>})
 * @param keyPath     the key path of this step's entry in {@code source}, e.g. {@code overrides.detect_pii}
 */
public record StepConfig(String name, boolean enabled, OnDetection onDetection, Double threshold,
                         Map<String, Object> options, String source, String keyPath) {

    public StepConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(onDetection, "onDetection");
        if (threshold != null && !(threshold >= 0.0 && threshold <= 1.0)) {
            throw new ConfigException(source, join(keyPath, "threshold"),
                    "expected a number between 0 and 1, got " + threshold);
        }
        options = options == null || options.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(options));
        source = source == null ? "<builder>" : source;
        keyPath = keyPath == null ? name : keyPath;
    }

    /** An enabled configuration with the given action and no options. */
    public static StepConfig of(String name, OnDetection onDetection) {
        return new StepConfig(name, true, onDetection, null, Map.of(), "<builder>", name);
    }

    /**
     * Whether the step's redactions rewrite the text in a run of {@code mode}: {@code on_detection: redact}, and
     * neither the observe mode (which only reports) nor the lockdown mode (which blocks instead).
     */
    public boolean rewritesIn(Mode mode) {
        return onDetection == OnDetection.REDACT && mode != Mode.OBSERVE && mode != Mode.LOCKDOWN;
    }

    /** A copy with other options merged over these. */
    public StepConfig withOptions(Map<String, ?> more) {
        Map<String, Object> merged = new LinkedHashMap<>(options);
        merged.putAll(more);
        return new StepConfig(name, enabled, onDetection, threshold, merged, source, keyPath);
    }

    /** A copy with another action. */
    public StepConfig withOnDetection(OnDetection action) {
        return new StepConfig(name, enabled, action, threshold, options, source, keyPath);
    }

    /** A copy with another threshold. */
    public StepConfig withThreshold(Double newThreshold) {
        return new StepConfig(name, enabled, onDetection, newThreshold, options, source, keyPath);
    }

    /** A copy enabled or disabled. */
    public StepConfig withEnabled(boolean on) {
        return new StepConfig(name, on, onDetection, threshold, options, source, keyPath);
    }

    /** A copy that reports a different origin in error messages. */
    public StepConfig withSource(String newSource, String newKeyPath) {
        return new StepConfig(name, enabled, onDetection, threshold, options, newSource, newKeyPath);
    }

    /** Whether option {@code key} is set. */
    public boolean has(String key) {
        return options.containsKey(key);
    }

    /** The raw value of an option, or null. */
    public Object option(String key) {
        return options.get(key);
    }

    /** A string option. */
    public String stringOption(String key, String defaultValue) {
        Object v = options.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Number || v instanceof Boolean) {
            return String.valueOf(v);
        }
        throw error(key, "expected a string, got " + describe(v));
    }

    /** A whole-number option. */
    public long longOption(String key, long defaultValue) {
        Object v = options.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Number n && (n instanceof Integer || n instanceof Long || n instanceof Short
                || n instanceof java.math.BigInteger || n.doubleValue() == Math.rint(n.doubleValue()))) {
            return n.longValue();
        }
        throw error(key, "expected a whole number, got " + describe(v));
    }

    /** A whole-number option that must be at least {@code min}. */
    public int intOption(String key, int defaultValue, int min) {
        long v = longOption(key, defaultValue);
        if (v < min || v > Integer.MAX_VALUE) {
            throw error(key, "expected a whole number >= " + min + ", got " + v);
        }
        return (int) v;
    }

    /** A number option. */
    public double doubleOption(String key, double defaultValue) {
        Object v = options.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw error(key, "expected a number, got " + describe(v));
    }

    /** A boolean option. */
    public boolean boolOption(String key, boolean defaultValue) {
        Object v = options.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw error(key, "expected true or false, got " + describe(v));
    }

    /** A list-of-strings option; a single string counts as a one-element list. */
    public List<String> stringListOption(String key) {
        Object v = options.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof String s) {
            return List.of(s);
        }
        if (v instanceof List<?> list) {
            List<String> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                Object e = list.get(i);
                if (!(e instanceof String || e instanceof Number || e instanceof Boolean)) {
                    throw error(key + "[" + i + "]", "expected a string, got " + describe(e));
                }
                out.add(String.valueOf(e));
            }
            return List.copyOf(out);
        }
        throw error(key, "expected a list of strings, got " + describe(v));
    }

    /** A list-of-maps option (e.g. {@code custom_patterns}). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> mapListOption(String key) {
        Object v = options.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw error(key, "expected a list of objects, got " + describe(v));
        }
        List<Map<String, Object>> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object e = list.get(i);
            if (!(e instanceof Map)) {
                throw error(key + "[" + i + "]", "expected an object, got " + describe(e));
            }
            out.add((Map<String, Object>) e);
        }
        return List.copyOf(out);
    }

    /** A map option (e.g. {@code tool_domains}). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> mapOption(String key) {
        Object v = options.get(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map)) {
            throw error(key, "expected an object, got " + describe(v));
        }
        return (Map<String, Object>) v;
    }

    /**
     * TapPass's {@code custom_patterns} list ({@code [{name, pattern, level}]}): every entry is validated (known keys
     * only, a non-empty name, a regular expression that compiles and is at most
     * {@link CustomPattern#MAX_PATTERN_LENGTH} characters, a classification level; default CONFIDENTIAL).
     */
    public List<CustomPattern> customPatternsOption(String key) {
        List<Map<String, Object>> raw = mapListOption(key);
        List<CustomPattern> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Map<String, Object> p = raw.get(i);
            String at = key + "[" + i + "]";
            for (String k : p.keySet()) {
                if (!k.equals("name") && !k.equals("pattern") && !k.equals("level")) {
                    throw error(at + "." + k, "unknown key: expected name, pattern, level");
                }
            }
            if (!(p.get("name") instanceof String name) || name.isBlank()) {
                throw error(at + ".name", "expected a non-empty string");
            }
            if (!(p.get("pattern") instanceof String regex) || regex.isEmpty()) {
                throw error(at + ".pattern", "expected a regular expression");
            }
            if (regex.length() > CustomPattern.MAX_PATTERN_LENGTH) {
                throw error(at + ".pattern", "pattern longer than " + CustomPattern.MAX_PATTERN_LENGTH
                        + " characters");
            }
            java.util.regex.Pattern compiled;
            try {
                compiled = java.util.regex.Pattern.compile(regex);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw error(at + ".pattern", "invalid regular expression: " + e.getDescription() + " near index "
                        + e.getIndex());
            }
            io.tappass.core.governance.Classification level = io.tappass.core.governance.Classification.CONFIDENTIAL;
            if (p.get("level") != null) {
                try {
                    level = io.tappass.core.governance.Classification.parse(String.valueOf(p.get("level")));
                } catch (IllegalArgumentException e) {
                    throw error(at + ".level", e.getMessage());
                }
            }
            out.add(new CustomPattern(name.trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '_'), compiled,
                    level));
        }
        return List.copyOf(out);
    }

    /**
     * A {@link ConfigException} for option {@code key} of this step, naming the file and full key path. Steps use
     * it for option values that are well-typed but invalid (e.g. a regex that does not compile).
     */
    public ConfigException error(String key, String problem) {
        return new ConfigException(source, join(keyPath, key), problem);
    }

    static String join(String path, String key) {
        return path == null || path.isEmpty() ? key : path + "." + key;
    }

    static String describe(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        if (v instanceof Map) {
            return "an object";
        }
        if (v instanceof List) {
            return "a list";
        }
        return String.valueOf(v);
    }
}
