/**
 * Spring AI integration (optional dependency {@code org.springframework.ai:spring-ai-client-chat}): {@link
 * io.tappass.client.springai.TapPassAdvisor}, a {@code CallAdvisor}/{@code StreamAdvisor} backed by a pipeline.
 */
package io.tappass.client.springai;
