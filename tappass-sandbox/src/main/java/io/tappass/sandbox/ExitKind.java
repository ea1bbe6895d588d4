package io.tappass.sandbox;

/** How a sandboxed launch ended; see {@link SandboxResult#kind()}. */
public enum ExitKind {
    /** The command ran and exited with its own status (which may be non-zero). */
    EXITED,
    /** The command was killed by a signal (exit status 128+N). */
    SIGNALED,
    /** The launcher's time limit killed the process tree. */
    TIMED_OUT,
    /** The sandbox tool itself failed (nono exit 1 with a {@code nono:} error, bwrap setup error). */
    SANDBOX_ERROR,
    /** The sandbox could not be applied before exec (nono exit 126). */
    SANDBOX_NOT_APPLIED,
    /** The command was not found or not executable inside the sandbox (exit 127). */
    COMMAND_NOT_FOUND
}
