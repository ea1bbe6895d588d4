/**
 * Session state shared across calls: {@link io.tappass.pipeline.session.SessionStore} (the SPI) and its default
 * Caffeine-backed implementation with a TTL and a size bound.
 */
package io.tappass.pipeline.session;
