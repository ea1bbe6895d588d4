/**
 * The shared scan machinery: {@link io.tappass.pipeline.scan.TextPart} is one scanned piece of text (a message
 * content part, the model's output) with its rewrite history and a per-part analysis cache, so that content is
 * analysed once and shared by every step that needs the same analysis.
 */
package io.tappass.pipeline.scan;
