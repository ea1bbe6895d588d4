/**
 * Output governance: {@code scan_output} (PII, credentials and system-prompt leaks in the model's answer) and the
 * system-prompt {@link io.tappass.pipeline.output.Canary}.
 */
package io.tappass.pipeline.output;
