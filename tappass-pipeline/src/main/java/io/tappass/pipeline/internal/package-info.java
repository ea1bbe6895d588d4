/**
 * Implementation helpers shared by the pipeline's steps (globs, canonical JSON, argument walking). Not public API:
 * may change without notice.
 */
package io.tappass.pipeline.internal;
