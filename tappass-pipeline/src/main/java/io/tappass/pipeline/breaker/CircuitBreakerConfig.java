package io.tappass.pipeline.breaker;

import java.time.Duration;
import java.util.Objects;

/**
 * Immutable configuration of a {@link CircuitBreaker}, with Resilience4j's names, units and defaults
 * ({@code failureRateThreshold} 50 %, {@code slidingWindowType} COUNT_BASED, {@code slidingWindowSize} 100,
 * {@code minimumNumberOfCalls} 100, {@code waitDurationInOpenState} 60 s, {@code permittedNumberOfCallsInHalfOpenState}
 * 10, {@code slowCallRateThreshold} 100 %, {@code slowCallDurationThreshold} 60 s,
 * {@code maxWaitDurationInHalfOpenState} 0 = unlimited), plus OpenFang's longer cooldown for billing errors: a
 * billing error (HTTP 402, quota or credit exhausted) opens the breaker at once for
 * {@code billingWaitDurationInOpenState} (5 h), doubling ({@code billingBackoffMultiplier} 2) on every further
 * billing error up to {@code maxBillingWaitDurationInOpenState} (24 h).
 *
 * <pre>{@code
 * CircuitBreakerConfig cfg = CircuitBreakerConfig.custom()
 *         .failureRateThreshold(50)
 *         .slidingWindowSize(20)
 *         .minimumNumberOfCalls(10)
 *         .waitDurationInOpenState(Duration.ofSeconds(30))
 *         .permittedNumberOfCallsInHalfOpenState(3)
 *         .build();
 * }</pre>
 */
public final class CircuitBreakerConfig {

    /** How outcomes are windowed. */
    public enum SlidingWindowType {
        /** The last {@code slidingWindowSize} calls. */
        COUNT_BASED,
        /** The calls of the last {@code slidingWindowSize} seconds. */
        TIME_BASED
    }

    public static final float DEFAULT_FAILURE_RATE_THRESHOLD = 50;
    public static final float DEFAULT_SLOW_CALL_RATE_THRESHOLD = 100;
    public static final Duration DEFAULT_SLOW_CALL_DURATION_THRESHOLD = Duration.ofSeconds(60);
    public static final int DEFAULT_SLIDING_WINDOW_SIZE = 100;
    public static final int DEFAULT_MINIMUM_NUMBER_OF_CALLS = 100;
    public static final Duration DEFAULT_WAIT_DURATION_IN_OPEN_STATE = Duration.ofSeconds(60);
    public static final int DEFAULT_PERMITTED_CALLS_IN_HALF_OPEN_STATE = 10;
    /** OpenFang's billing cooldown: 5 hours. */
    public static final Duration DEFAULT_BILLING_WAIT_DURATION = Duration.ofHours(5);
    /** OpenFang's maximum billing cooldown: 24 hours. */
    public static final Duration DEFAULT_MAX_BILLING_WAIT_DURATION = Duration.ofHours(24);

    private final float failureRateThreshold;
    private final float slowCallRateThreshold;
    private final Duration slowCallDurationThreshold;
    private final SlidingWindowType slidingWindowType;
    private final int slidingWindowSize;
    private final int minimumNumberOfCalls;
    private final Duration waitDurationInOpenState;
    private final int permittedNumberOfCallsInHalfOpenState;
    private final Duration maxWaitDurationInHalfOpenState;
    private final Duration billingWaitDurationInOpenState;
    private final Duration maxBillingWaitDurationInOpenState;
    private final double billingBackoffMultiplier;

    private CircuitBreakerConfig(Builder b) {
        this.failureRateThreshold = b.failureRateThreshold;
        this.slowCallRateThreshold = b.slowCallRateThreshold;
        this.slowCallDurationThreshold = b.slowCallDurationThreshold;
        this.slidingWindowType = b.slidingWindowType;
        this.slidingWindowSize = b.slidingWindowSize;
        this.minimumNumberOfCalls = Math.min(b.minimumNumberOfCalls,
                b.slidingWindowType == SlidingWindowType.COUNT_BASED ? b.slidingWindowSize : Integer.MAX_VALUE);
        this.waitDurationInOpenState = b.waitDurationInOpenState;
        this.permittedNumberOfCallsInHalfOpenState = b.permittedNumberOfCallsInHalfOpenState;
        this.maxWaitDurationInHalfOpenState = b.maxWaitDurationInHalfOpenState;
        this.billingWaitDurationInOpenState = b.billingWaitDurationInOpenState;
        this.maxBillingWaitDurationInOpenState = b.maxBillingWaitDurationInOpenState;
        this.billingBackoffMultiplier = b.billingBackoffMultiplier;
    }

    /** The defaults. */
    public static CircuitBreakerConfig ofDefaults() {
        return custom().build();
    }

    /** A builder starting from the defaults. */
    public static Builder custom() {
        return new Builder();
    }

    /** A builder starting from {@code base}. */
    public static Builder from(CircuitBreakerConfig base) {
        return new Builder(base);
    }

    public float getFailureRateThreshold() {
        return failureRateThreshold;
    }

    public float getSlowCallRateThreshold() {
        return slowCallRateThreshold;
    }

    public Duration getSlowCallDurationThreshold() {
        return slowCallDurationThreshold;
    }

    public SlidingWindowType getSlidingWindowType() {
        return slidingWindowType;
    }

    public int getSlidingWindowSize() {
        return slidingWindowSize;
    }

    public int getMinimumNumberOfCalls() {
        return minimumNumberOfCalls;
    }

    public Duration getWaitDurationInOpenState() {
        return waitDurationInOpenState;
    }

    public int getPermittedNumberOfCallsInHalfOpenState() {
        return permittedNumberOfCallsInHalfOpenState;
    }

    public Duration getMaxWaitDurationInHalfOpenState() {
        return maxWaitDurationInHalfOpenState;
    }

    public Duration getBillingWaitDurationInOpenState() {
        return billingWaitDurationInOpenState;
    }

    public Duration getMaxBillingWaitDurationInOpenState() {
        return maxBillingWaitDurationInOpenState;
    }

    public double getBillingBackoffMultiplier() {
        return billingBackoffMultiplier;
    }

    /** Builds {@link CircuitBreakerConfig}s; every setter validates its argument. */
    public static final class Builder {
        private float failureRateThreshold = DEFAULT_FAILURE_RATE_THRESHOLD;
        private float slowCallRateThreshold = DEFAULT_SLOW_CALL_RATE_THRESHOLD;
        private Duration slowCallDurationThreshold = DEFAULT_SLOW_CALL_DURATION_THRESHOLD;
        private SlidingWindowType slidingWindowType = SlidingWindowType.COUNT_BASED;
        private int slidingWindowSize = DEFAULT_SLIDING_WINDOW_SIZE;
        private int minimumNumberOfCalls = DEFAULT_MINIMUM_NUMBER_OF_CALLS;
        private Duration waitDurationInOpenState = DEFAULT_WAIT_DURATION_IN_OPEN_STATE;
        private int permittedNumberOfCallsInHalfOpenState = DEFAULT_PERMITTED_CALLS_IN_HALF_OPEN_STATE;
        private Duration maxWaitDurationInHalfOpenState = Duration.ZERO;
        private Duration billingWaitDurationInOpenState = DEFAULT_BILLING_WAIT_DURATION;
        private Duration maxBillingWaitDurationInOpenState = DEFAULT_MAX_BILLING_WAIT_DURATION;
        private double billingBackoffMultiplier = 2.0;

        private Builder() {
        }

        private Builder(CircuitBreakerConfig c) {
            failureRateThreshold = c.failureRateThreshold;
            slowCallRateThreshold = c.slowCallRateThreshold;
            slowCallDurationThreshold = c.slowCallDurationThreshold;
            slidingWindowType = c.slidingWindowType;
            slidingWindowSize = c.slidingWindowSize;
            minimumNumberOfCalls = c.minimumNumberOfCalls;
            waitDurationInOpenState = c.waitDurationInOpenState;
            permittedNumberOfCallsInHalfOpenState = c.permittedNumberOfCallsInHalfOpenState;
            maxWaitDurationInHalfOpenState = c.maxWaitDurationInHalfOpenState;
            billingWaitDurationInOpenState = c.billingWaitDurationInOpenState;
            maxBillingWaitDurationInOpenState = c.maxBillingWaitDurationInOpenState;
            billingBackoffMultiplier = c.billingBackoffMultiplier;
        }

        /** Failure rate in percent (0 < x <= 100) at or above which the breaker opens. */
        public Builder failureRateThreshold(float percent) {
            this.failureRateThreshold = percent(percent, "failureRateThreshold");
            return this;
        }

        /** Slow-call rate in percent (0 < x <= 100) at or above which the breaker opens. */
        public Builder slowCallRateThreshold(float percent) {
            this.slowCallRateThreshold = percent(percent, "slowCallRateThreshold");
            return this;
        }

        /** Calls longer than this are slow. */
        public Builder slowCallDurationThreshold(Duration d) {
            this.slowCallDurationThreshold = positive(d, "slowCallDurationThreshold");
            return this;
        }

        public Builder slidingWindowType(SlidingWindowType type) {
            this.slidingWindowType = Objects.requireNonNull(type, "slidingWindowType");
            return this;
        }

        /** Calls (COUNT_BASED) or seconds (TIME_BASED) in the window; >= 1. */
        public Builder slidingWindowSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("slidingWindowSize must be >= 1, got " + size);
            }
            this.slidingWindowSize = size;
            return this;
        }

        /** Sets size, minimum calls and type together. */
        public Builder slidingWindow(int size, int minimumNumberOfCalls, SlidingWindowType type) {
            return slidingWindowSize(size).minimumNumberOfCalls(minimumNumberOfCalls).slidingWindowType(type);
        }

        /** Calls that must be recorded before the failure rate counts; >= 1. */
        public Builder minimumNumberOfCalls(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("minimumNumberOfCalls must be >= 1, got " + n);
            }
            this.minimumNumberOfCalls = n;
            return this;
        }

        /** How long the breaker stays open before it lets trial calls through. */
        public Builder waitDurationInOpenState(Duration d) {
            this.waitDurationInOpenState = positive(d, "waitDurationInOpenState");
            return this;
        }

        /** Trial calls allowed in half-open state; >= 1. */
        public Builder permittedNumberOfCallsInHalfOpenState(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("permittedNumberOfCallsInHalfOpenState must be >= 1, got " + n);
            }
            this.permittedNumberOfCallsInHalfOpenState = n;
            return this;
        }

        /** How long the breaker may stay half-open before it opens again; zero = until the trial calls finish. */
        public Builder maxWaitDurationInHalfOpenState(Duration d) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("maxWaitDurationInHalfOpenState must be >= 0, got " + d);
            }
            this.maxWaitDurationInHalfOpenState = d;
            return this;
        }

        /** The open duration after a billing error (default 5 h). */
        public Builder billingWaitDurationInOpenState(Duration d) {
            this.billingWaitDurationInOpenState = positive(d, "billingWaitDurationInOpenState");
            return this;
        }

        /** The cap of the billing open duration (default 24 h). */
        public Builder maxBillingWaitDurationInOpenState(Duration d) {
            this.maxBillingWaitDurationInOpenState = positive(d, "maxBillingWaitDurationInOpenState");
            return this;
        }

        /** The growth of the billing open duration per further billing error (default 2; >= 1). */
        public Builder billingBackoffMultiplier(double m) {
            if (!(m >= 1)) {
                throw new IllegalArgumentException("billingBackoffMultiplier must be >= 1, got " + m);
            }
            this.billingBackoffMultiplier = m;
            return this;
        }

        public CircuitBreakerConfig build() {
            return new CircuitBreakerConfig(this);
        }

        private static float percent(float p, String name) {
            if (!(p > 0 && p <= 100)) {
                throw new IllegalArgumentException(name + " must be a percentage in (0, 100], got " + p);
            }
            return p;
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + d);
            }
            return d;
        }
    }
}
