/**
 * General-purpose steps that make the engine useful on day one: {@code validate_input} (structure and size limits)
 * and {@code detect_business} (custom term lists and patterns with a classification level).
 */
package io.tappass.pipeline.steps;
