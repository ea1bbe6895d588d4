package io.tappass.pipeline.breaker;

import io.tappass.core.TapPassException;

/** Thrown by {@link CircuitBreaker#acquirePermission()} while the breaker is open (Resilience4j's name). */
public final class CallNotPermittedException extends TapPassException {

    private static final long serialVersionUID = 1L;
    private final String breaker;
    private final CircuitBreaker.State state;

    CallNotPermittedException(String breaker, CircuitBreaker.State state, java.time.Duration retryAfter) {
        super("circuit breaker '" + breaker + "' is " + state + " and does not permit further calls"
                + (retryAfter == null ? "" : "; retry after " + retryAfter.toSeconds() + " s"));
        this.breaker = breaker;
        this.state = state;
    }

    /** The breaker's name. */
    public String breaker() {
        return breaker;
    }

    /** The state that refused the call. */
    public CircuitBreaker.State state() {
        return state;
    }
}
