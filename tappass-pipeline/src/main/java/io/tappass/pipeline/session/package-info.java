/**
 * Session state shared across calls: {@link io.tappass.pipeline.session.SessionStore} (the SPI) and its default
 * Caffeine-backed implementation with a TTL (per entry when a step asks for a longer one) and a size bound, and the
 * session-aware steps {@code loop_guard}, {@code dedup} and {@code taint_check} with the
 * {@link io.tappass.pipeline.session.TaintTracker} declassification API.
 */
package io.tappass.pipeline.session;
