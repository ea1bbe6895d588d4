/**
 * Loading TapPass pipeline configuration from YAML or JSON: the {@code preset} + {@code overrides} form, the
 * {@code categories} form, and the hybrid {@code overrides.categories} form, with strict validation (unknown keys,
 * wrong types and unknown step names are {@link io.tappass.core.config.ConfigException}s naming file and key).
 */
package io.tappass.pipeline.config;
