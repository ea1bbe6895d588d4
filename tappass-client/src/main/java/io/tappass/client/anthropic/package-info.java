/**
 * anthropic-java integration (optional dependency {@code com.anthropic:anthropic-java-core}): {@link
 * io.tappass.client.anthropic.TapPassAnthropicHttpClient} implements the SDK's {@code HttpClient} over a governed
 * JDK client; pass it to {@code ClientOptions.builder().httpClient(...)}.
 */
package io.tappass.client.anthropic;
