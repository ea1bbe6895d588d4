/**
 * Internal-infrastructure detection: {@link io.tappass.pipeline.infra.InfraDetector} and the {@code detect_infra}
 * step.
 */
package io.tappass.pipeline.infra;
