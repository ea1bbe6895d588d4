package io.tappass.sandbox;

/**
 * A sandbox implementation (SPI). Implementations are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.tappass.sandbox.SandboxBackend}) or chosen explicitly; see {@link Sandbox}.
 * Implementations are thread-safe: one instance may run many launches concurrently.
 */
public interface SandboxBackend {
    /** A short stable name: {@code nono}, {@code bwrap}. */
    String name();

    /** Whether this backend can run here, with a detail line (version, or why not). Cheap after the first call. */
    Availability availability();

    /**
     * Checks that this backend can enforce every part of {@code policy}.
     *
     * @throws UnsupportedPolicyException naming the part that cannot be enforced
     */
    void check(SandboxPolicy policy);

    /**
     * Runs {@code request} under {@code policy} and waits for it to finish.
     *
     * @throws UnsupportedPolicyException if the policy cannot be enforced by this backend (nothing is started)
     * @throws SandboxException           if the backend is unavailable or the launch fails before the command starts
     */
    SandboxResult run(SandboxPolicy policy, SandboxRequest request);

    /**
     * Whether a backend is usable.
     *
     * @param available whether it can run here
     * @param detail    the version found, or why it is unavailable
     */
    record Availability(boolean available, String detail) {
    }
}
