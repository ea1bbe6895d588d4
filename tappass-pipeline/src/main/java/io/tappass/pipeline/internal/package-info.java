/**
 * Implementation helpers shared by the pipeline's steps and detectors (globs, canonical JSON, argument walking, tool
 * kinds, text helpers, the table-driven step factory, per-thread scratch lending). Not public API: may change
 * without notice.
 */
package io.tappass.pipeline.internal;
