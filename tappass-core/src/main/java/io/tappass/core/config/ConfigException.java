package io.tappass.core.config;

import io.tappass.core.TapPassException;

/**
 * A configuration file (or programmatic configuration) is wrong. The message names the file, the key path and
 * what was expected, e.g. {@code policy.yaml: overrides.detect_injection.threshold: expected a number between 0
 * and 1, got "high"}.
 */
public class ConfigException extends TapPassException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String keyPath;
    private final String problem;

    /**
     * @param source  the file (or {@code "<builder>"}, {@code "<preset standard>"}) the configuration came from
     * @param keyPath the dotted key path, e.g. {@code overrides.rate_limit.max_calls}; may be empty for the root
     * @param problem what was wrong and what was expected
     */
    public ConfigException(String source, String keyPath, String problem) {
        super(format(source, keyPath, problem));
        this.source = source;
        this.keyPath = keyPath == null ? "" : keyPath;
        this.problem = problem;
    }

    public ConfigException(String source, String keyPath, String problem, Throwable cause) {
        super(format(source, keyPath, problem), cause);
        this.source = source;
        this.keyPath = keyPath == null ? "" : keyPath;
        this.problem = problem;
    }

    private static String format(String source, String keyPath, String problem) {
        return (source == null ? "<config>" : source) + ": "
                + (keyPath == null || keyPath.isEmpty() ? "" : keyPath + ": ") + problem;
    }

    /** The file or origin of the configuration. */
    public String source() {
        return source;
    }

    /** The dotted key path of the offending entry ({@code ""} for the document root). */
    public String keyPath() {
        return keyPath;
    }

    /** What was wrong and what was expected. */
    public String problem() {
        return problem;
    }
}
