package io.tappass.pipeline.breaker; public final class CircuitBreakerConfig { public static CircuitBreakerConfig ofDefaults(){return new CircuitBreakerConfig();} }
