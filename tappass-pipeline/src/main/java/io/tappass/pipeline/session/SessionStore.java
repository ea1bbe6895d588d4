package io.tappass.pipeline.session;

/**
 * Where session state lives: the SPI behind {@link io.tappass.pipeline.StepContext#session()} and
 * {@link io.tappass.pipeline.StepContext#agentState()}. Two pipelines built with the same store see the same
 * sessions. The default, {@link #inMemory()}, is bounded in size and expires idle sessions.
 */
public interface SessionStore {

    /** The state under {@code key}, created on first use. Must be thread-safe. */
    SessionState state(String key);

    /**
     * The state under {@code key}, kept for at least {@code ttl} after its last use when the store supports
     * per-entry lifetimes (the Caffeine store does). Budgets and rate limits use it so that a daily budget or an
     * hourly window outlives the 30-minute session TTL. The default ignores {@code ttl}.
     */
    default SessionState state(String key, java.time.Duration ttl) {
        return state(key);
    }

    /** Drops the state under {@code key} (e.g. at the end of a conversation). */
    void invalidate(String key);

    /** An estimate of the number of live states. */
    long size();

    /** A bounded in-memory store with TapPass's defaults (30 minutes idle TTL, 100,000 sessions). */
    static SessionStore inMemory() {
        return CaffeineSessionStore.custom().build();
    }
}
