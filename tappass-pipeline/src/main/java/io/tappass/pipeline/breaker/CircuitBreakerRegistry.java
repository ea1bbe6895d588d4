package io.tappass.pipeline.breaker;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named {@link CircuitBreaker}s sharing a default configuration (Resilience4j's registry). Providers are named
 * {@code provider:<name>} ({@link #provider}), tools {@code tool:<name>} ({@link #tool}). Every pipeline has one
 * ({@code pipeline.circuitBreakers()}); the {@code circuit_breaker} step refuses model calls and tool calls whose
 * breaker is open. Thread-safe.
 */
public final class CircuitBreakerRegistry {

    /** The key under which the pipeline hands the registry to steps in {@code StepContext.attributes()}. */
    public static final String CONTEXT_KEY = "tappass.circuit_breakers";

    private final CircuitBreakerConfig defaults;
    private final Clock clock;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    private CircuitBreakerRegistry(CircuitBreakerConfig defaults, Clock clock) {
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A registry with {@link CircuitBreakerConfig#ofDefaults()}. */
    public static CircuitBreakerRegistry ofDefaults() {
        return of(CircuitBreakerConfig.ofDefaults(), Clock.systemUTC());
    }

    /** A registry whose breakers use {@code defaults}. */
    public static CircuitBreakerRegistry of(CircuitBreakerConfig defaults) {
        return of(defaults, Clock.systemUTC());
    }

    /** A registry whose breakers use {@code defaults} and {@code clock}. */
    public static CircuitBreakerRegistry of(CircuitBreakerConfig defaults, Clock clock) {
        return new CircuitBreakerRegistry(defaults, clock);
    }

    /** The breaker called {@code name}, created with the default configuration on first use. */
    public CircuitBreaker circuitBreaker(String name) {
        return breakers.computeIfAbsent(name, n -> new CircuitBreaker(n, defaults, clock));
    }

    /** The breaker called {@code name}, created with {@code config} on first use. */
    public CircuitBreaker circuitBreaker(String name, CircuitBreakerConfig config) {
        return breakers.computeIfAbsent(name, n -> new CircuitBreaker(n, config, clock));
    }

    /** The breaker of a model provider ({@code openai}, {@code anthropic}, ...). */
    public CircuitBreaker provider(String provider) {
        return circuitBreaker("provider:" + provider);
    }

    /** The breaker of a tool. */
    public CircuitBreaker tool(String tool) {
        return circuitBreaker("tool:" + tool);
    }

    /** The breaker called {@code name} if it exists, else null (does not create one). */
    public CircuitBreaker find(String name) {
        return breakers.get(name);
    }

    /** A snapshot of all breakers by name. */
    public Map<String, CircuitBreaker> getAllCircuitBreakers() {
        return Map.copyOf(breakers);
    }

    /** The default configuration. */
    public CircuitBreakerConfig getDefaultConfig() {
        return defaults;
    }
}
