package io.tappass.pipeline.pii;

import java.util.List;
import java.util.Set;

/**
 * A pluggable recognizer, typically a NER model (an ONNX/DJL transformer, OpenNLP, a remote service) that finds
 * {@code PERSON}, {@code LOCATION} or other entities the built-in heuristics cannot. Implementations are picked up
 * two ways:
 * <ul>
 *   <li>registered with {@link java.util.ServiceLoader} in {@code META-INF/services/io.tappass.pipeline.pii.EntityRecognizer}
 *       (they then run in every {@code detect_pii} unless its {@code recognizers} option names a subset), or</li>
 *   <li>passed to {@link PiiDetector.Builder#recognizer(EntityRecognizer)} directly.</li>
 * </ul>
 * Matches of a recognizer are merged with the built-in ones; where spans overlap the higher score (then the longer
 * span) wins. Implementations must be thread-safe and should not log the text they see. An exception thrown by a
 * recognizer fails the step (the engine fails closed).
 */
public interface EntityRecognizer {

    /** A stable name used in the {@code recognizers} option and in {@link PiiMatch#recognizer()}. */
    String name();

    /** The entity types this recognizer can return, e.g. {@code PERSON}. */
    Set<String> entities();

    /**
     * Finds entities in {@code text}.
     *
     * @param text     the text to scan
     * @param entities the entity types wanted (a subset of {@link #entities()})
     * @return matches with spans into {@code text}; never null
     */
    List<PiiMatch> recognize(String text, Set<String> entities);
}
