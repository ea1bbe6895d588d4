/**
 * The provider-neutral conversation model: {@link io.tappass.core.ChatRequest}, {@link io.tappass.core.Message},
 * {@link io.tappass.core.ContentPart}, {@link io.tappass.core.ToolCall}, {@link io.tappass.core.ToolDefinition},
 * {@link io.tappass.core.ChatResponse} and {@link io.tappass.core.Usage}.
 *
 * <p>All types are immutable records. Provider codecs (in {@code tappass-client}) translate OpenAI and Anthropic
 * wire JSON to and from these types; fields a codec does not model travel in {@code extras} maps so that they
 * survive a round trip unchanged.
 */
package io.tappass.core;
