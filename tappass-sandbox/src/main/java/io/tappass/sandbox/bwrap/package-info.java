/** The bubblewrap backend: real enforcement of a {@link io.tappass.sandbox.SandboxPolicy} on Linux with {@code bwrap}. */
package io.tappass.sandbox.bwrap;
