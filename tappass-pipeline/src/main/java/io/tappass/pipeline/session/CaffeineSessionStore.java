package io.tappass.pipeline.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;

/**
 * The default {@link SessionStore}: Caffeine with an idle TTL and a maximum size, so that state for abandoned
 * sessions never grows without bound. State requested with a longer lifetime ({@link #state(String, Duration)}:
 * budget ledgers, rate windows, approvals) lives in a second cache with per-entry expiry and the same size bound, so
 * that a flood of short sessions cannot evict it (which would, e.g., reset a daily budget).
 */
public final class CaffeineSessionStore implements SessionStore {

    /** Idle time after which a session's state is dropped: 30 minutes (TapPass's session TTL). */
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(30);
    /** Maximum number of sessions kept: 100,000. */
    public static final long DEFAULT_MAXIMUM_SIZE = 100_000;

    private final Cache<String, SessionState> cache;
    private final Cache<String, SessionState> longLived;
    private final Duration ttl;

    private CaffeineSessionStore(Builder b) {
        this.ttl = b.ttl;
        Caffeine<Object, Object> c = Caffeine.newBuilder().expireAfterAccess(b.ttl).maximumSize(b.maximumSize);
        long defaultNanos = b.ttl.toNanos();
        Caffeine<String, SessionState> l = Caffeine.newBuilder().maximumSize(b.maximumSize)
                .expireAfter(new com.github.benmanes.caffeine.cache.Expiry<String, SessionState>() {
                    private long ttl(SessionState v) {
                        return v.ttl() == null ? defaultNanos : Math.max(defaultNanos, v.ttl().toNanos());
                    }

                    @Override
                    public long expireAfterCreate(String key, SessionState value, long currentTime) {
                        return ttl(value);
                    }

                    @Override
                    public long expireAfterUpdate(String key, SessionState value, long currentTime,
                                                  long currentDuration) {
                        return ttl(value);
                    }

                    @Override
                    public long expireAfterRead(String key, SessionState value, long currentTime,
                                                long currentDuration) {
                        return ttl(value);
                    }
                });
        if (b.ticker != null) {
            c.ticker(b.ticker);
            c.executor(Runnable::run);
            l.ticker(b.ticker);
            l.executor(Runnable::run);
        }
        cache = c.build();
        longLived = l.build();
    }

    /** A builder with the defaults. */
    public static Builder custom() {
        return new Builder();
    }

    @Override
    public SessionState state(String key) {
        Objects.requireNonNull(key, "key");
        return cache.get(key, SessionState::new);
    }

    /**
     * State that asks for a lifetime longer than the session TTL (budget ledgers, rate windows, approvals) lives in a
     * second cache with per-entry expiry and its own size bound, so that churn of short-lived sessions can never
     * evict it. A shorter or null {@code ttl} gives the normal session state.
     */
    @Override
    public SessionState state(String key, Duration ttl) {
        Objects.requireNonNull(key, "key");
        if (ttl == null || ttl.compareTo(this.ttl) <= 0) {
            return state(key);
        }
        return longLived.get(key, k -> new SessionState(k, ttl));
    }

    @Override
    public void invalidate(String key) {
        cache.invalidate(key);
        longLived.invalidate(key);
    }

    @Override
    public long size() {
        cache.cleanUp();
        longLived.cleanUp();
        return cache.estimatedSize() + longLived.estimatedSize();
    }

    /** Builds {@link CaffeineSessionStore}s. */
    public static final class Builder {
        private Duration ttl = DEFAULT_TTL;
        private long maximumSize = DEFAULT_MAXIMUM_SIZE;
        private Ticker ticker;

        private Builder() {
        }

        /** Idle time after which a session is dropped; must be positive. */
        public Builder ttl(Duration ttl) {
            if (ttl == null || ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("ttl must be positive, got " + ttl);
            }
            this.ttl = ttl;
            return this;
        }

        /** The most sessions kept; the least recently used go first. Must be positive. */
        public Builder maximumSize(long maximumSize) {
            if (maximumSize <= 0) {
                throw new IllegalArgumentException("maximumSize must be > 0, got " + maximumSize);
            }
            this.maximumSize = maximumSize;
            return this;
        }

        /** A time source for expiry (tests use a fake one). */
        public Builder ticker(Ticker ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        public CaffeineSessionStore build() {
            return new CaffeineSessionStore(this);
        }
    }
}
