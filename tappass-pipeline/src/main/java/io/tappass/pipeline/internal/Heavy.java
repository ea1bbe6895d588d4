package io.tappass.pipeline.internal;

/**
 * Marks a built-in step whose {@code apply} on a large text costs several times what the other steps of a preset do
 * ({@code detect_injection}, {@code detect_pii}): while the engine runs a large call concurrently, a helper thread
 * starts such a step before the others of its stretch, so that the engine's thread runs the light steps meanwhile
 * instead of reaching the heavy one last and running it alone. Not an API: the engine and the built-in steps use it.
 */
public interface Heavy {
}
