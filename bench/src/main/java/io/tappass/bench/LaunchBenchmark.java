package io.tappass.bench;

import io.tappass.sandbox.SandboxPolicy;
import io.tappass.sandbox.SandboxRequest;
import io.tappass.sandbox.SandboxResult;
import io.tappass.sandbox.bwrap.BubblewrapBackend;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Start-up cost of a sandboxed launch versus a plain {@link ProcessBuilder} launch of {@code /bin/true}.
 * Run: {@code mvn -q -Pbench -pl tappass-sandbox -am -DskipTests test} (see the {@code bench} profile).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LaunchBenchmark {
    private final BubblewrapBackend bwrap = new BubblewrapBackend();
    private SandboxPolicy blocked;
    private SandboxPolicy withGatewayPort;
    private ServerSocket gateway;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        if (!bwrap.availability().available()) throw new IllegalStateException("bubblewrap unavailable: " + bwrap.availability().detail());
        Path ws = Files.createTempDirectory("tappass-bench-");
        gateway = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        blocked = SandboxPolicy.builder().workspace(ws).build();
        withGatewayPort = SandboxPolicy.builder().workspace(ws).allowLocalhostPort(gateway.getLocalPort()).build();
    }

    /** Baseline: fork/exec {@code /bin/true} with ProcessBuilder and wait. */
    @Benchmark
    public int plainProcessBuilder() throws Exception {
        return new ProcessBuilder("/bin/true").start().waitFor();
    }

    /** bwrap, network blocked: mount namespace with system dirs + workspace, {@code /bin/true}. */
    @Benchmark
    public int bwrapBlocked() {
        SandboxResult r = bwrap.run(blocked, SandboxRequest.of("/bin/true"));
        return r.exitCode();
    }

    /** bwrap with an allowed localhost port: adds the relay socket and the in-sandbox JVM forwarder. */
    @Benchmark
    public int bwrapWithForwardedPort() {
        SandboxResult r = bwrap.run(withGatewayPort, SandboxRequest.of("/bin/true"));
        return r.exitCode();
    }
}
