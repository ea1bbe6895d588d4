package io.tappass.pipeline.scan;

/**
 * An embedded encoded segment found and decoded by {@link Normalizer}.
 *
 * @param start    start (inclusive) of the encoded segment in the original text of the top-level
 *                 {@link NormalizedText}
 * @param end      end (exclusive) of that segment
 * @param encoding {@code base64}, {@code hex}, {@code binary}, {@code url} or {@code rot13}
 * @param depth    1 for a segment of the text itself, 2 for a segment inside a decoded segment, ...
 * @param content  the decoded text, normalised (its own segments are flattened into the parent's list)
 */
public record DecodedSegment(int start, int end, String encoding, int depth, NormalizedText content) {
}
