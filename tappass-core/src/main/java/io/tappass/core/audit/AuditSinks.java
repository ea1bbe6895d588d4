package io.tappass.core.audit;

import java.util.List;
import java.util.Objects;

/** Combinators for {@link AuditSink}s. */
public final class AuditSinks {
    private static final AuditSink NOOP = event -> Objects.requireNonNull(event, "event");

    private AuditSinks() {
    }

    /**
     * A sink that writes every event to each of {@code sinks} in order. When one sink fails the others still
     * receive the event; the first failure is then rethrown with the later ones attached as suppressed
     * exceptions. {@code flush} and {@code close} behave the same way.
     */
    public static AuditSink fanOut(AuditSink... sinks) {
        Objects.requireNonNull(sinks, "sinks");
        List<AuditSink> list = List.of(sinks);
        return new FanOut(list);
    }

    /** A sink that discards every event. */
    public static AuditSink noop() {
        return NOOP;
    }

    private record FanOut(List<AuditSink> sinks) implements AuditSink {
        @Override
        public void write(AuditEvent event) {
            Objects.requireNonNull(event, "event");
            each(s -> s.write(event));
        }

        @Override
        public void flush() {
            each(AuditSink::flush);
        }

        @Override
        public void close() {
            each(AuditSink::close);
        }

        private void each(java.util.function.Consumer<AuditSink> action) {
            RuntimeException first = null;
            for (AuditSink s : sinks) {
                try {
                    action.accept(s);
                } catch (RuntimeException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }
}
