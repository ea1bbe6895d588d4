package io.tappass.sandbox.internal;

import io.tappass.sandbox.SandboxException;
import io.tappass.sandbox.SandboxRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Starts a process, feeds stdin, captures (and tees) stdout/stderr, enforces a wall-clock limit. Internal. */
public final class ProcessRunner {
    private ProcessRunner() {
    }

    /** What the OS reported. */
    public record Raw(int exitCode, String stdout, String stderr, boolean timedOut, Duration elapsed) {
    }

    /** Runs {@code pb} for {@code req}; kills the whole process tree after {@code timeout}. */
    public static Raw run(ProcessBuilder pb, SandboxRequest req, Optional<Duration> timeout) {
        long t0 = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new SandboxException("cannot start " + pb.command().get(0) + ": " + e.getMessage(), e);
        }
        Capture out = new Capture(p.getInputStream(), req.stdoutSink(), req.captureLimit(), "tappass-sandbox-stdout");
        Capture err = new Capture(p.getErrorStream(), req.stderrSink(), req.captureLimit(), "tappass-sandbox-stderr");
        Thread feeder = new Thread(() -> {
            try (OutputStream o = p.getOutputStream()) {
                if (req.stdinStream() != null) req.stdinStream().transferTo(o);
                else o.write(req.stdin());
            } catch (IOException ignored) {
                // child closed stdin early
            }
        }, "tappass-sandbox-stdin");
        feeder.setDaemon(true);
        feeder.start();
        boolean timedOut = false;
        try {
            if (timeout.isPresent()) {
                if (!p.waitFor(timeout.get().toMillis(), TimeUnit.MILLISECONDS)) {
                    timedOut = true;
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                }
            }
            int code = p.waitFor();
            out.join();
            err.join();
            return new Raw(code, out.text(), err.text(), timedOut, Duration.ofNanos(System.nanoTime() - t0));
        } catch (InterruptedException e) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while waiting for the sandboxed process; it was killed", e);
        }
    }

    private static final class Capture extends Thread {
        private final InputStream in;
        private final OutputStream sink;
        private final int limit;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();

        Capture(InputStream in, OutputStream sink, int limit, String name) {
            super(name);
            this.in = in;
            this.sink = sink;
            this.limit = limit;
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            byte[] b = new byte[8192];
            int n;
            try {
                while ((n = in.read(b)) > 0) {
                    int keep = Math.min(n, limit - buf.size());
                    if (keep > 0) buf.write(b, 0, keep);
                    if (sink != null) {
                        sink.write(b, 0, n);
                        sink.flush();
                    }
                }
            } catch (IOException ignored) {
                // process ended
            }
        }

        String text() {
            return buf.toString(StandardCharsets.UTF_8);
        }
    }
}
