/**
 * The egress proxy of sandboxed agents: allow-listed CONNECT/HTTP forwarding and placeholder-to-secret credential
 * injection ({@link io.tappass.sandbox.proxy.EgressProxy}, {@link io.tappass.sandbox.proxy.CredentialSource}).
 */
package io.tappass.sandbox.proxy;
