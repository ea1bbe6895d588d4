/**
 * Credential detection: {@link io.tappass.pipeline.secrets.SecretScanner} (a reusable, thread-safe scanner with a
 * keyword prefilter, 218 rules for ~195 credential types, an allowlist and entropy-gated generic rules) and the
 * {@code detect_secrets} step built on it.
 */
package io.tappass.pipeline.secrets;
