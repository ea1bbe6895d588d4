/**
 * OS sandbox for agent processes: the backend-neutral {@link io.tappass.sandbox.SandboxPolicy}, the
 * {@link io.tappass.sandbox.SandboxBackend} SPI and {@link io.tappass.sandbox.Sandbox} entry point, typed results
 * ({@link io.tappass.sandbox.SandboxResult}, {@link io.tappass.sandbox.Denial}) and policy sync from a TapPass
 * governance policy ({@link io.tappass.sandbox.AgentSandboxPolicies}). See {@code docs/sandbox.md}.
 */
package io.tappass.sandbox;
