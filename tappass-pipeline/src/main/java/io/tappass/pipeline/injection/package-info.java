/**
 * Threat detectors: {@code detect_injection} ({@link io.tappass.pipeline.injection.InjectionDetector}),
 * {@code detect_escalation} ({@link io.tappass.pipeline.injection.EscalationDetector}) and
 * {@code detect_unicode} ({@link io.tappass.pipeline.scan.UnicodeScanner}). Detectors are plain thread-safe
 * classes; the steps reach them through {@link io.tappass.pipeline.scan.TextPart#analysis} so that a part is
 * normalised once per run.
 */
package io.tappass.pipeline.injection;
