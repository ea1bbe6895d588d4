/**
 * Provider and tool circuit breakers with Resilience4j's names and semantics ({@link
 * io.tappass.pipeline.breaker.CircuitBreakerConfig}, {@link io.tappass.pipeline.breaker.CircuitBreaker},
 * {@link io.tappass.pipeline.breaker.CircuitBreakerRegistry}), OpenFang's long cooldown for billing errors, an
 * {@link io.tappass.pipeline.breaker.ErrorClassifier} for provider errors, and the {@code circuit_breaker} step.
 * No dependency on Resilience4j.
 */
package io.tappass.pipeline.breaker;
