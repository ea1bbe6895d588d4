/**
 * Exfiltration-channel detection: {@link io.tappass.pipeline.exfiltration.ExfiltrationDetector} and the
 * {@code detect_exfiltration} step.
 */
package io.tappass.pipeline.exfiltration;
