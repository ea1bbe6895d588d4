package io.tappass.pipeline.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The state of one session (or one agent): a thread-safe map from keys to state objects that steps own, e.g.
 * {@code pii_tokenize}'s token vault or {@code loop_guard}'s call counters. Each step should use keys prefixed with
 * its name. State objects must themselves be thread-safe: concurrent calls in one session share them.
 */
public final class SessionState {

    private final String key;
    private final java.time.Duration ttl;
    private final Map<String, Object> values = new ConcurrentHashMap<>();

    /** @param key the store key this state lives under (e.g. {@code agent-1|session-9}) */
    public SessionState(String key) {
        this(key, null);
    }

    /**
     * @param key the store key
     * @param ttl how long the state should live after its last use, or null for the store's default
     */
    public SessionState(String key, java.time.Duration ttl) {
        this.key = key;
        this.ttl = ttl;
    }

    /** The lifetime this state asked for, or null for the store's default. */
    public java.time.Duration ttl() {
        return ttl;
    }

    /** The store key. */
    public String key() {
        return key;
    }

    /** The state under {@code name}, created atomically on first use. */
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(String name, Function<String, T> create) {
        return (T) values.computeIfAbsent(name, create);
    }

    /** The state under {@code name}, or null. */
    @SuppressWarnings("unchecked")
    public <T> T get(String name) {
        return (T) values.get(name);
    }

    /** Removes the state under {@code name}. */
    public void remove(String name) {
        values.remove(name);
    }

    @Override
    public String toString() {
        return "SessionState[" + key + ", " + values.size() + " entries]";
    }
}
