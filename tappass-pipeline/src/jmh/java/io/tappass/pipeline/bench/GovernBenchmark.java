package io.tappass.pipeline.bench;

import io.tappass.core.ToolCall;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.pipeline.Pipeline;
import io.tappass.pipeline.tools.ToolDecision;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code Pipeline.govern} for a typical tool call (a file read with a path argument) through the tool steps of the
 * standard and regulated presets: circuit_breaker, rate_limit, loop_guard, tool_permissions, tool_constraints,
 * scan_tool_calls, shell_bleed, taint_check, require_approval. Target: median <= 10 us.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GovernBenchmark {

    private Pipeline pipeline;
    private ToolCall call;
    private GovernanceContext session;
    private GovernanceContext noSession;

    @Setup
    public void setup() {
        pipeline = Pipeline.builder()
                .step("circuit_breaker")
                .override("rate_limit", Map.of("max_calls", 1_000_000_000, "per_tool",
                        Map.of("send_*", Map.of("max_calls", 5, "window_seconds", 60))))
                // steady state of a long session: thresholds high enough that the same call never trips them
                .override("loop_guard", Map.of("warn_threshold", 1_000_000_000, "block_threshold", 1_000_000_000,
                        "max_calls_per_run", 1_000_000_000, "ping_pong_min_repeats", 1_000_000_000))
                .override("tool_permissions", Map.of("allow", List.of("read_*", "list_*", "search", "@email"),
                        "deny", List.of("delete_*")))
                .override("tool_constraints", Map.of("constraints", Map.of("read_file",
                        Map.of("path", Map.of("subpath", "/workspace", "max_length", 4096)))))
                .override("scan_tool_calls", Map.of("forbidden_zones", List.of("/srv/secrets/*")))
                .step("shell_bleed")
                .step("taint_check")
                .override("require_approval", Map.of("required_for", List.of(Map.of("tool", "delete_*"),
                        Map.of("tool", "send_email"))))
                .build();
        call = ToolCall.of("read_file", Map.of("path", "/workspace/src/main/App.java", "encoding", "utf-8"));
        session = GovernanceContext.of("agent-1", "session-1");
        noSession = GovernanceContext.empty();
    }

    @Benchmark
    public ToolDecision governInSession() {
        return pipeline.govern(call, session);
    }

    @Benchmark
    public ToolDecision governWithoutSession() {
        return pipeline.govern(call, noSession);
    }
}
