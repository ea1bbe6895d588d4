package io.tappass.core.audit;

/**
 * Where audit events go. Implementations must be thread-safe: a pipeline shared by many threads writes to one sink.
 * A sink that cannot record an event throws (an {@link AuditException} or another unchecked exception) rather
 * than dropping it silently, so the caller can fail closed.
 *
 * <p>Sinks receive events that have already passed the content and credential guard of {@link AuditEvent}.
 */
public interface AuditSink extends AutoCloseable {

    /** Records one event. */
    void write(AuditEvent event);

    /** Makes everything written so far durable (where the sink supports it). */
    default void flush() {
    }

    /** Flushes and releases resources. Closing twice is harmless. */
    @Override
    default void close() {
    }
}
