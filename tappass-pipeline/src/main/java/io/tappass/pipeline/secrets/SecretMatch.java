package io.tappass.pipeline.secrets;

import io.tappass.core.governance.Severity;
import java.util.Objects;

/**
 * One credential found by {@link SecretScanner}: where it is and what it looks like, never the value itself, so a
 * match can be logged safely.
 *
 * @param type     the credential type, e.g. {@code OPENAI_API_KEY}, {@code AWS_SECRET_ACCESS_KEY},
 *                 {@code GENERIC_PASSWORD}
 * @param rule     the id of the rule that matched (stable, e.g. {@code openai.api_key})
 * @param severity {@link Severity#CRITICAL} for live credentials and private keys, {@link Severity#HIGH} for
 *                 test keys, password hashes and generic assignments
 * @param score    confidence 0..1 (provider-prefixed tokens ~1.0, context rules ~0.9, generic entropy-gated
 *                 assignments 0.6..0.85, placeholder-looking bodies of prefixed tokens 0.7)
 * @param start    span start (inclusive), a Java {@code String} index; the span covers the credential value, not
 *                 the key name in front of it (URLs with credentials and PEM blocks are reported whole)
 * @param end      span end (exclusive)
 */
public record SecretMatch(String type, String rule, Severity severity, double score, int start, int end) {

    public SecretMatch {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The span length. */
    public int length() {
        return end - start;
    }
}
