/**
 * Wire formats: codecs between the provider JSON bodies (OpenAI Chat Completions, OpenAI Responses, Anthropic
 * Messages) and the core {@link io.tappass.core.ChatRequest}/{@link io.tappass.core.ChatResponse}, an incremental
 * SSE parser and writer, and stream assemblers.
 *
 * <p>Codecs keep the parsed JSON tree: re-encoding a governed request or response edits only the text, tool and
 * scalar nodes that governance changed, so every other field (including unknown vendor fields such as
 * {@code response_format}) keeps its order and number representation; an unchanged body is forwarded as the
 * original bytes.
 */
package io.tappass.client.wire;
