package io.tappass.sandbox;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One command to run in a sandbox. The argv is passed to the OS as separate arguments, after an end-of-options
 * marker: it is never interpreted by a shell nor parsed as sandbox options.
 *
 * @param argv         the command and its arguments (non-empty; no NUL characters)
 * @param workdir      working directory; defaults to the policy's workspace
 * @param stdin        bytes fed to standard input (empty = no input, stdin closed) when {@code stdinStream} is null
 * @param stdinStream  a stream copied to standard input instead of {@code stdin} (e.g. {@code System.in}), or null
 * @param stdoutSink   a stream that also receives the child's stdout as it arrives (e.g. {@code System.out}), or null
 * @param stderrSink   a stream that also receives the child's stderr as it arrives, or null
 * @param captureLimit how many bytes of each stream {@link SandboxResult} keeps
 */
public record SandboxRequest(List<String> argv, Optional<Path> workdir, byte[] stdin, java.io.InputStream stdinStream, OutputStream stdoutSink,
                             OutputStream stderrSink, int captureLimit) {
    /** Validates the argv. */
    public SandboxRequest {
        argv = List.copyOf(Objects.requireNonNull(argv, "argv"));
        if (argv.isEmpty()) throw new IllegalArgumentException("argv is empty: give the command to run");
        for (String a : argv)
            if (a.indexOf('\0') >= 0) throw new IllegalArgumentException("argument contains a NUL character");
        Objects.requireNonNull(workdir, "workdir");
        stdin = stdin == null ? new byte[0] : stdin.clone();
        if (captureLimit < 0) throw new IllegalArgumentException("captureLimit < 0");
    }

    /** A copy of the stdin bytes. */
    @Override
    public byte[] stdin() {
        return stdin.clone();
    }

    /** A request for {@code argv}, capturing up to 1 MiB of each stream. */
    public static SandboxRequest of(String... argv) {
        return new SandboxRequest(List.of(argv), Optional.empty(), new byte[0], null, null, null, 1 << 20);
    }

    /** A request for {@code argv}, capturing up to 1 MiB of each stream. */
    public static SandboxRequest of(List<String> argv) {
        return new SandboxRequest(new ArrayList<>(argv), Optional.empty(), new byte[0], null, null, null, 1 << 20);
    }

    /** A copy with another working directory. */
    public SandboxRequest withWorkdir(Path dir) {
        return new SandboxRequest(argv, Optional.of(dir), stdin, stdinStream, stdoutSink, stderrSink, captureLimit);
    }

    /** A copy that feeds {@code input} to stdin. */
    public SandboxRequest withStdin(byte[] input) {
        return new SandboxRequest(argv, workdir, input, null, stdoutSink, stderrSink, captureLimit);
    }

    /** A copy that copies {@code in} to the child's stdin (until EOF or the child exits). */
    public SandboxRequest withStdin(java.io.InputStream in) {
        return new SandboxRequest(argv, workdir, new byte[0], in, stdoutSink, stderrSink, captureLimit);
    }

    /** A copy that streams stdout/stderr to the given sinks as well as capturing them. */
    public SandboxRequest withSinks(OutputStream out, OutputStream err) {
        return new SandboxRequest(argv, workdir, stdin, stdinStream, out, err, captureLimit);
    }
}
