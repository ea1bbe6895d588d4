/**
 * LangChain4j integration (optional dependency {@code dev.langchain4j:langchain4j-http-client}): a governed
 * {@code HttpClientBuilder} for {@code OpenAiChatModel}, {@code OpenAiStreamingChatModel}, {@code AnthropicChatModel}
 * and any other model that accepts {@code .httpClientBuilder(...)}, and input/output guardrails backed by a pipeline
 * for AI Services.
 */
package io.tappass.client.langchain4j;
