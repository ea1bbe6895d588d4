package io.tappass.core.governance;

import java.util.Map;
import java.util.Objects;

/**
 * Something a step detected. A finding locates the detection by span; it never carries the detected text itself,
 * so logging a finding (or a list of them) can never leak a secret or a piece of PII.
 *
 * @param step        the id of the step that produced it, e.g. {@code detect_pii}
 * @param type        the entity type or category, e.g. {@code EMAIL_ADDRESS}, {@code OPENAI_API_KEY},
 *                    {@code instruction_override}
 * @param severity    how serious it is
 * @param score       confidence 0..1
 * @param part        the scanned part it was found in, e.g. {@code messages[1].content[0]}, {@code output},
 *                    {@code tool.arguments}; {@code null} when the finding is not tied to text
 * @param start       span start (inclusive), a Java {@code String} index into the part's original text; -1 when
 *                    not tied to text
 * @param end         span end (exclusive); -1 when not tied to text
 * @param replacement the suggested replacement for the span (e.g. {@code [MASKED_EMAIL]}, {@code <EMAIL_1>}), or null
 * @param attributes  extra non-sensitive detail (e.g. {@code rule}, {@code language}); never raw matched text
 */
public record Finding(String step, String type, Severity severity, double score, String part, int start, int end,
                      String replacement, Map<String, String> attributes) {

    public Finding {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be within 0..1, got " + score);
        }
        if (start > end || start < -1) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A finding that is not tied to a span of text (e.g. a rate limit or a loop). */
    public static Finding of(String step, String type, Severity severity, String detail) {
        return new Finding(step, type, severity, 1.0, null, -1, -1, null,
                detail == null ? Map.of() : Map.of("detail", detail));
    }

    /** A finding at span [start, end) of {@code part}. */
    public static Finding at(String step, String type, Severity severity, double score, String part, int start,
                             int end, String replacement) {
        return new Finding(step, type, severity, score, part, start, end, replacement, Map.of());
    }

    /** Whether this finding marks a span of text. */
    public boolean hasSpan() {
        return part != null && start >= 0 && end >= start;
    }

    /** The span length, or 0 when there is no span. */
    public int length() {
        return hasSpan() ? end - start : 0;
    }

    /** A copy at another span (used when offsets are translated back to the original text). */
    public Finding withSpan(int newStart, int newEnd) {
        return new Finding(step, type, severity, score, part, newStart, newEnd, replacement, attributes);
    }

    /** A copy with another replacement. */
    public Finding withReplacement(String newReplacement) {
        return new Finding(step, type, severity, score, part, start, end, newReplacement, attributes);
    }

    /** A copy with one more attribute. */
    public Finding withAttribute(String key, String value) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>(attributes);
        m.put(key, value);
        return new Finding(step, type, severity, score, part, start, end, replacement, m);
    }
}
