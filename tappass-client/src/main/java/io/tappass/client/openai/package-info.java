/**
 * openai-java integration (optional dependency {@code com.openai:openai-java-core}): {@link
 * io.tappass.client.openai.TapPassOpenAiHttpClient} implements the SDK's {@code HttpClient} over a governed JDK
 * client; pass it to {@code ClientOptions.builder().httpClient(...)}.
 */
package io.tappass.client.openai;
