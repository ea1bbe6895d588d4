package io.tappass.sandbox;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of a sandboxed launch.
 *
 * @param exitCode the exit status as a shell would report it (the child's own status passes through; 128+N for signal N)
 * @param kind     how the launch ended
 * @param stdout   captured standard output (UTF-8, truncated at {@link SandboxRequest#captureLimit()})
 * @param stderr   captured standard error, with backend diagnostics (nono's JSON report) removed
 * @param denials  typed denials reported by the backend and the egress proxy
 * @param backend  the backend name ({@code nono} or {@code bwrap})
 * @param elapsed  wall-clock duration of the launch
 */
public record SandboxResult(int exitCode, ExitKind kind, String stdout, String stderr, List<Denial> denials,
                            String backend, Duration elapsed) {
    /** Copies the denial list. */
    public SandboxResult {
        denials = List.copyOf(denials);
    }

    /** Whether the command exited with status 0. */
    public boolean succeeded() {
        return kind == ExitKind.EXITED && exitCode == 0;
    }
}
