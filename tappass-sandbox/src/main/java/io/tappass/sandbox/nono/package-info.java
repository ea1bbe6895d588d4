/**
 * The nono backend: profile and capability-manifest generation for nono 0.66 ({@link io.tappass.sandbox.nono.NonoProfiles}),
 * the {@code nono run} launcher ({@link io.tappass.sandbox.nono.NonoBackend}), version detection and
 * {@code --diagnostics-json} parsing.
 */
package io.tappass.sandbox.nono;
