/**
 * The governance gateway: an embeddable OpenAI- and Anthropic-compatible HTTP server that authenticates agents by
 * {@code tp_} keys, governs every call with the agent's pipeline and forwards it with the provider keys it holds.
 */
package io.tappass.client.gateway;
