/**
 * The shared scan machinery: {@link io.tappass.pipeline.scan.TextPart} is one scanned piece of text (a message
 * content part, the model's output) with its rewrite history and a per-part analysis cache, so that content is
 * analysed once and shared by every step that needs the same analysis.
 * {@link io.tappass.pipeline.scan.Normalizer} produces the obfuscation-resistant view of a text
 * ({@link io.tappass.pipeline.scan.NormalizedText}, with decoded {@link io.tappass.pipeline.scan.DecodedSegment}s)
 * used by the threat detectors, and {@link io.tappass.pipeline.scan.UnicodeScanner} finds Unicode-based
 * obfuscation in raw text.
 */
package io.tappass.pipeline.scan;
