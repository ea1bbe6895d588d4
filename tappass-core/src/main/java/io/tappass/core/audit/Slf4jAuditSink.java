package io.tappass.core.audit;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each event as one line of canonical JSON at INFO on the logger {@value #LOGGER_NAME} (or a logger you pass),
 * so any SLF4J backend can ship the audit trail. The events are not hash-chained; use {@link JsonlAuditSink} for a
 * tamper-evident trail. Thread-safe.
 */
public final class Slf4jAuditSink implements AuditSink {
    /** The default logger name. */
    public static final String LOGGER_NAME = "io.tappass.audit";

    private final Logger logger;

    /** A sink logging to {@value #LOGGER_NAME}. */
    public Slf4jAuditSink() {
        this(LoggerFactory.getLogger(LOGGER_NAME));
    }

    /** A sink logging to {@code logger}. */
    public Slf4jAuditSink(Logger logger) {
        this.logger = Objects.requireNonNull(logger, "logger");
    }

    @Override
    public void write(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        if (logger.isInfoEnabled()) {
            logger.info("{}", event.toJson());
        }
    }
}
