package io.tappass.pipeline.breaker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A circuit breaker for one provider or tool, with Resilience4j's states and semantics: CLOSED records outcomes in a
 * sliding window and opens once at least {@code minimumNumberOfCalls} were recorded and the failure (or slow-call)
 * rate reaches its threshold; OPEN rejects calls for {@code waitDurationInOpenState}, then the next permission request
 * moves it to HALF_OPEN, which lets {@code permittedNumberOfCallsInHalfOpenState} trial calls through and closes or
 * re-opens on their failure rate. A billing error opens it at once for the billing cooldown (OpenFang). Use the
 * low-level API ({@link #tryAcquirePermission}, {@link #onSuccess}, {@link #onError}, {@link #onResult}) or
 * {@link #executeSupplier}. Thread-safe.
 */
public final class CircuitBreaker {

    /** Breaker states (Resilience4j's names). */
    public enum State {
        CLOSED, OPEN, HALF_OPEN, DISABLED, FORCED_OPEN
    }

    private final String name;
    private final CircuitBreakerConfig config;
    private final Clock clock;
    private final ArrayDeque<long[]> window = new ArrayDeque<>(); // {timeMillis, failed 0/1, slow 0/1}
    private State state = State.CLOSED;
    private Instant openUntil;
    private Instant halfOpenSince;
    private int halfOpenPermits;
    private int halfOpenCalls;
    private int halfOpenFailures;
    private int halfOpenSlow;
    private int billingOpenings;
    private long notPermitted;

    CircuitBreaker(String name, CircuitBreakerConfig config, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A standalone breaker. */
    public static CircuitBreaker of(String name, CircuitBreakerConfig config) {
        return new CircuitBreaker(name, config, Clock.systemUTC());
    }

    /** A standalone breaker on a given clock (tests). */
    public static CircuitBreaker of(String name, CircuitBreakerConfig config, Clock clock) {
        return new CircuitBreaker(name, config, clock);
    }

    public String getName() {
        return name;
    }

    public CircuitBreakerConfig getCircuitBreakerConfig() {
        return config;
    }

    /** The current state (an expired OPEN state reports HALF_OPEN only after the next permission request). */
    public synchronized State getState() {
        return state;
    }

    /** Whether a call may proceed now; in HALF_OPEN this takes one of the trial permits. */
    public synchronized boolean tryAcquirePermission() {
        Instant now = clock.instant();
        switch (state) {
            case DISABLED:
            case CLOSED:
                return true;
            case FORCED_OPEN:
                notPermitted++;
                return false;
            case OPEN:
                if (now.isBefore(openUntil)) {
                    notPermitted++;
                    return false;
                }
                toHalfOpen(now);
                return halfOpenPermit(now);
            case HALF_OPEN:
            default:
                return halfOpenPermit(now);
        }
    }

    private boolean halfOpenPermit(Instant now) {
        Duration max = config.getMaxWaitDurationInHalfOpenState();
        if (!max.isZero() && !now.isBefore(halfOpenSince.plus(max))) {
            open(now, config.getWaitDurationInOpenState());
            notPermitted++;
            return false;
        }
        if (halfOpenPermits > 0) {
            halfOpenPermits--;
            return true;
        }
        notPermitted++;
        return false;
    }

    /** Like {@link #tryAcquirePermission()} but throws {@link CallNotPermittedException}. */
    public void acquirePermission() {
        if (!tryAcquirePermission()) {
            throw new CallNotPermittedException(name, getState(), remainingOpenDuration());
        }
    }

    /** Records a successful call that took {@code duration}. */
    public synchronized void onSuccess(Duration duration) {
        record(false, isSlow(duration));
    }

    /** Records a failed call; categories that are not failures ({@link ErrorCategory#isFailure()}) are ignored. */
    public synchronized void onError(Duration duration, ErrorCategory category) {
        if (!category.isFailure()) {
            return;
        }
        if (category.isBilling() && state != State.DISABLED && state != State.FORCED_OPEN) {
            billingOpenings++;
            double factor = Math.pow(config.getBillingBackoffMultiplier(), Math.min(billingOpenings - 1, 10));
            long millis = (long) Math.min(config.getBillingWaitDurationInOpenState().toMillis() * factor,
                    config.getMaxBillingWaitDurationInOpenState().toMillis());
            open(clock.instant(), Duration.ofMillis(millis));
            return;
        }
        record(true, isSlow(duration));
    }

    /** Records a failed call from an exception (classified by {@link ErrorClassifier#classify(Throwable)}). */
    public void onError(Duration duration, Throwable error) {
        onError(duration, ErrorClassifier.classify(error));
    }

    /** Records an HTTP outcome: 2xx/3xx is a success, anything else is classified from status and body. */
    public void onResult(int status, String body, Duration duration) {
        if (status >= 200 && status < 400) {
            onSuccess(duration);
        } else {
            onError(duration, ErrorClassifier.classify(status, body));
        }
    }

    /** Runs {@code call} if permitted, recording its outcome; throws {@link CallNotPermittedException} otherwise. */
    public <T> T executeSupplier(Supplier<T> call) {
        acquirePermission();
        long start = System.nanoTime();
        try {
            T result = call.get();
            onSuccess(Duration.ofNanos(System.nanoTime() - start));
            return result;
        } catch (RuntimeException e) {
            onError(Duration.ofNanos(System.nanoTime() - start), e);
            throw e;
        }
    }

    private boolean isSlow(Duration d) {
        return d != null && d.compareTo(config.getSlowCallDurationThreshold()) > 0;
    }

    private void record(boolean failed, boolean slow) {
        Instant now = clock.instant();
        if (state == State.HALF_OPEN) {
            halfOpenCalls++;
            if (failed) {
                halfOpenFailures++;
            }
            if (slow) {
                halfOpenSlow++;
            }
            if (halfOpenCalls >= config.getPermittedNumberOfCallsInHalfOpenState()) {
                if (rate(halfOpenFailures, halfOpenCalls) >= config.getFailureRateThreshold()
                        || rate(halfOpenSlow, halfOpenCalls) >= config.getSlowCallRateThreshold()) {
                    open(now, config.getWaitDurationInOpenState());
                } else {
                    close();
                }
            }
            return;
        }
        if (state != State.CLOSED) {
            return;
        }
        long t = now.toEpochMilli();
        window.addLast(new long[] {t, failed ? 1 : 0, slow ? 1 : 0});
        if (config.getSlidingWindowType() == CircuitBreakerConfig.SlidingWindowType.COUNT_BASED) {
            while (window.size() > config.getSlidingWindowSize()) {
                window.removeFirst();
            }
        } else {
            long cutoff = t - config.getSlidingWindowSize() * 1000L;
            while (!window.isEmpty() && window.peekFirst()[0] <= cutoff) {
                window.removeFirst();
            }
        }
        if (window.size() >= config.getMinimumNumberOfCalls()) {
            int failures = 0;
            int slows = 0;
            for (long[] e : window) {
                failures += (int) e[1];
                slows += (int) e[2];
            }
            if (rate(failures, window.size()) >= config.getFailureRateThreshold()
                    || rate(slows, window.size()) >= config.getSlowCallRateThreshold()) {
                open(now, config.getWaitDurationInOpenState());
            }
        }
    }

    private static float rate(int n, int of) {
        return of == 0 ? 0 : n * 100f / of;
    }

    private void open(Instant now, Duration d) {
        state = State.OPEN;
        Instant until = now.plus(d);
        openUntil = openUntil != null && openUntil.isAfter(until) && state == State.OPEN ? openUntil : until;
        window.clear();
    }

    private void toHalfOpen(Instant now) {
        state = State.HALF_OPEN;
        halfOpenSince = now;
        halfOpenPermits = config.getPermittedNumberOfCallsInHalfOpenState();
        halfOpenCalls = 0;
        halfOpenFailures = 0;
        halfOpenSlow = 0;
    }

    private void close() {
        state = State.CLOSED;
        window.clear();
        openUntil = null;
        billingOpenings = 0;
    }

    /** Forces CLOSED and clears the metrics. */
    public synchronized void transitionToClosedState() {
        close();
    }

    /** Forces OPEN for the normal wait duration. */
    public synchronized void transitionToOpenState() {
        openUntil = null;
        open(clock.instant(), config.getWaitDurationInOpenState());
    }

    /** Rejects every call until another transition. */
    public synchronized void transitionToForcedOpenState() {
        state = State.FORCED_OPEN;
    }

    /** Permits every call and records nothing until another transition. */
    public synchronized void transitionToDisabledState() {
        state = State.DISABLED;
    }

    /** Back to a fresh CLOSED breaker. */
    public synchronized void reset() {
        close();
        notPermitted = 0;
    }

    /** How long an OPEN breaker will still reject calls, or null when it is not open. */
    public synchronized Duration remainingOpenDuration() {
        if (state != State.OPEN) {
            return null;
        }
        Duration d = Duration.between(clock.instant(), openUntil);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** The failure rate in percent over the current window, or -1 before {@code minimumNumberOfCalls}. */
    public synchronized float getFailureRate() {
        if (window.size() < config.getMinimumNumberOfCalls()) {
            return -1;
        }
        int f = 0;
        for (long[] e : window) {
            f += (int) e[1];
        }
        return rate(f, window.size());
    }

    /** The calls refused so far. */
    public synchronized long getNumberOfNotPermittedCalls() {
        return notPermitted;
    }

    @Override
    public synchronized String toString() {
        return "CircuitBreaker[" + name + ", " + state + "]";
    }
}
