package io.tappass.pipeline.tools;

import io.tappass.core.ToolCall;
import io.tappass.pipeline.internal.CanonicalJson;
import io.tappass.pipeline.session.SessionState;
import io.tappass.pipeline.session.SessionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * Recorded approval facts, like TapPass's {@code POST /v1/govern/approve}: a grant is a <em>single-use</em> fact
 * bound to agent + tool + canonical arguments (keys sorted, so argument order does not matter). The next identical
 * call consumes it and is allowed; a call with any other argument, another tool or another agent does not match, and
 * a second identical call needs a new grant. Grants live in the pipeline's {@link SessionStore} under
 * {@code approvals|<agent>} for {@link #DEFAULT_VALIDITY} unless given another validity. Thread-safe.
 */
public final class Approvals {

    /** The key under which the pipeline hands this object to steps in {@code StepContext.attributes()}. */
    public static final String CONTEXT_KEY = "tappass.approvals";
    /** How long an unused grant stays valid: 24 hours. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(24);

    private static final String STATE_KEY = "approvals.grants";
    private final SessionStore store;
    private final Clock clock;

    /** Approvals kept in {@code store}, timed by {@code clock}. */
    public Approvals(SessionStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The fingerprint a grant is bound to: SHA-256 of agent, tool and canonical arguments. */
    public static String fingerprint(String agentId, ToolCall call) {
        return CanonicalJson.sha256(agentId, call.name(), CanonicalJson.of(call.arguments()));
    }

    /** Records one use of {@code call} by {@code agentId}, valid for {@link #DEFAULT_VALIDITY}. */
    public void grant(String agentId, ToolCall call) {
        grant(agentId, call, DEFAULT_VALIDITY);
    }

    /** Records one use of {@code call} by {@code agentId}, valid for {@code validity}. */
    public void grant(String agentId, ToolCall call, Duration validity) {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(call, "call");
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive, got " + validity);
        }
        Grants g = grants(agentId, validity);
        g.add(fingerprint(agentId, call), clock.instant().plus(validity));
    }

    /** Consumes one matching, unexpired grant; true when there was one. */
    public boolean consume(String agentId, ToolCall call) {
        return grants(agentId, DEFAULT_VALIDITY).take(fingerprint(agentId, call), clock.instant());
    }

    /** The number of unused, unexpired grants for exactly this call. */
    public int pending(String agentId, ToolCall call) {
        return grants(agentId, DEFAULT_VALIDITY).count(fingerprint(agentId, call), clock.instant());
    }

    private Grants grants(String agentId, Duration validity) {
        SessionState s = store.state("approvals|" + agentId, validity.compareTo(DEFAULT_VALIDITY) > 0 ? validity
                : DEFAULT_VALIDITY);
        return s.computeIfAbsent(STATE_KEY, k -> new Grants());
    }

    private static final class Grants {
        private final Map<String, ArrayDeque<Instant>> byFingerprint = new HashMap<>();

        synchronized void add(String fp, Instant expires) {
            byFingerprint.computeIfAbsent(fp, k -> new ArrayDeque<>()).add(expires);
        }

        synchronized boolean take(String fp, Instant now) {
            ArrayDeque<Instant> q = byFingerprint.get(fp);
            if (q == null) {
                return false;
            }
            purge(q, now);
            Instant t = q.poll();
            if (q.isEmpty()) {
                byFingerprint.remove(fp);
            }
            return t != null;
        }

        synchronized int count(String fp, Instant now) {
            ArrayDeque<Instant> q = byFingerprint.get(fp);
            if (q == null) {
                return 0;
            }
            purge(q, now);
            return q.size();
        }

        private static void purge(ArrayDeque<Instant> q, Instant now) {
            for (Iterator<Instant> it = q.iterator(); it.hasNext(); ) {
                if (!it.next().isAfter(now)) {
                    it.remove();
                }
            }
        }
    }
}
