package io.tappass.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Keeps events in memory, in write order; for tests and samples. Thread-safe. */
public final class InMemoryAuditSink implements AuditSink {
    private final List<AuditEvent> events = new ArrayList<>();

    /** An empty sink. */
    public InMemoryAuditSink() {
    }

    @Override
    public void write(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        synchronized (events) {
            events.add(event);
        }
    }

    /** A snapshot of the events written so far, oldest first. */
    public List<AuditEvent> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** Forgets all events. */
    public void clear() {
        synchronized (events) {
            events.clear();
        }
    }
}
