/**
 * The audit trail: {@link io.tappass.core.audit.AuditEvent}s (metadata only, never content or credentials), the
 * {@link io.tappass.core.audit.AuditSink} SPI with in-memory, SLF4J and hash-chained JSON-lines sinks, the
 * {@link io.tappass.core.audit.AuditVerifier} that finds the first broken link of a chain, and
 * {@link io.tappass.core.audit.CanonicalJson}, the canonical form the chain hashes. See {@code docs/audit.md}.
 */
package io.tappass.core.audit;
