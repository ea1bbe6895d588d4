/**
 * Implementation helpers shared by the pipeline's steps and detectors (globs, canonical JSON, argument walking, the
 * keyword automaton, bounded text searches). Not public API: may change without notice.
 */
package io.tappass.pipeline.internal;
