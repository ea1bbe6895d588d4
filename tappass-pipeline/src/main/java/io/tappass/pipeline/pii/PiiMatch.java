package io.tappass.pipeline.pii;

import java.util.Objects;

/**
 * One piece of PII found in a text: entity type, span and confidence. Deliberately carries no matched text, so that
 * logging a match cannot leak the value; use {@link #value(String)} with the scanned text when you need it.
 *
 * @param type       entity type, e.g. {@code EMAIL_ADDRESS} (see {@link PiiEntity}) or a custom pattern's name
 * @param start      span start (inclusive), a Java {@code String} index into the scanned text
 * @param end        span end (exclusive)
 * @param score      confidence 0..1 after context adjustments
 * @param recognizer which recognizer produced it (e.g. {@code builtin}, {@code custom}, a plugged-in NER model)
 */
public record PiiMatch(String type, int start, int end, double score, String recognizer) {

    public PiiMatch {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recognizer, "recognizer");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be within 0..1, got " + score);
        }
    }

    /** The matched text within {@code text} (the text that was scanned). */
    public String value(String text) {
        return text.substring(start, end);
    }

    /** The span length. */
    public int length() {
        return end - start;
    }

    /** A copy with another score. */
    public PiiMatch withScore(double newScore) {
        return new PiiMatch(type, start, end, Math.max(0.0, Math.min(1.0, newScore)), recognizer);
    }
}
