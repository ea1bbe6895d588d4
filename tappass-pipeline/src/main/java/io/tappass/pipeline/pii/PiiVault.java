package io.tappass.pipeline.pii;

import io.tappass.pipeline.session.SessionState;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-session token vault of {@code pii_tokenize} / {@code pii_restore}: maps original values to reversible
 * tokens such as {@code <EMAIL_1>} and back. The same value always gets the same token within a session; token
 * numbers count per label. Thread-safe (concurrent calls in one session share the vault).
 *
 * <p>The vault holds raw personal data in memory for the lifetime of the session (the {@code SessionStore} TTL,
 * 30 minutes by default). {@link #toString()} never prints values. At most {@link #MAX_ENTRIES} values are kept per
 * session; beyond that {@link #tokenFor} returns null and callers fall back to a mask.
 */
public final class PiiVault {

    /** The {@link SessionState} key the vault lives under. */
    public static final String SESSION_KEY = "pii_tokenize.vault";
    /** Maximum number of values per session. */
    public static final int MAX_ENTRIES = 10_000;

    /** label -> value -> token (nested, so a lookup builds no combined key string). */
    private final Map<String, Map<String, String>> byValue = new HashMap<>();
    private int entries;
    private final Map<String, String> byToken = new ConcurrentHashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();

    /** A fresh, empty vault (normally obtained with {@link #of(SessionState)}). */
    public PiiVault() {
    }

    /** The vault of a session, created on first use. */
    public static PiiVault of(SessionState session) {
        return session.computeIfAbsent(SESSION_KEY, k -> new PiiVault());
    }

    /** The vault of a session, or null if nothing was tokenised in it. */
    public static PiiVault peek(SessionState session) {
        return session.get(SESSION_KEY);
    }

    /**
     * The token for {@code value} with {@code label} (e.g. {@code EMAIL} gives {@code <EMAIL_1>}), created on first
     * use; null when the vault is full.
     */
    public synchronized String tokenFor(String label, String value) {
        Map<String, String> values = byValue.get(label);
        String t = values == null ? null : values.get(value);
        if (t != null) {
            return t;
        }
        if (entries >= MAX_ENTRIES) {
            return null;
        }
        if (values == null) {
            values = new HashMap<>();
            byValue.put(label, values);
        }
        int next = counters.merge(label, 1, Integer::sum);
        t = "<" + label + "_" + next + ">";
        values.put(value, t);
        entries++;
        byToken.put(t, value);
        return t;
    }

    /** The original value of a token, or null if this vault did not issue it. */
    public String valueOf(String token) {
        return byToken.get(token);
    }

    /** The number of values held. */
    public int size() {
        return byToken.size();
    }

    @Override
    public String toString() {
        return "PiiVault[" + size() + " values]";
    }
}
