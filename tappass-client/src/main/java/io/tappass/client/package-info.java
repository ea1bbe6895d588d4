/**
 * The governed LLM client: {@link io.tappass.client.TapPass#govern(java.net.http.HttpClient,
 * io.tappass.pipeline.Pipeline)} wraps a JDK {@link java.net.http.HttpClient} so that every OpenAI, Anthropic and
 * Azure OpenAI call is governed by a pipeline, streaming included.
 */
package io.tappass.client;
