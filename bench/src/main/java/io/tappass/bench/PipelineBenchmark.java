package io.tappass.bench;

import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.Pipeline;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The standard preset's input check, end to end through {@link Pipeline#checkInput}, on a realistic prompt of
 * 1 KiB (target: median <= 50 µs) and on 1 MiB (content detectors; target >= 100 MB/s, and 1 MiB within 1.3x of
 * 1024 x the 1 KiB cost). Stateful per-agent steps (rate_limit, budget) are left out so every iteration does the
 * same work; validate_input's size limits are lifted so that the 1 MiB text goes through every content detector
 * (with the default limit of 200,000 characters it is blocked by validate_input in microseconds).
 *
 * <p>{@code standardInputCheck} redacts PII with {@code detect_pii} (3,200 redactions in 1 MiB; the steps after it
 * must see the redacted text); {@code standardReportCheck} forces every step to report only
 * ({@code --on-detection log} in {@code tappass bench}), so every content detector sees the same text. {@code calls}
 * = {@code default} lets a large call run its pure steps on the shared worker threads as well (the default),
 * {@code sequential} keeps every call on the calling thread.
 *
 * <p>Warm-up: 20 s. The JIT needs about 11 s of 1 KiB calls on a 2-core machine before it stops compiling the
 * detectors (thirty-second session, {@code -XX:+PrintCompilation}: ~1,000 compilations a second for the first 5 s,
 * ~200 a second until 10 s, then a handful); until then a 1 KiB call's median is 60-110 µs, after it 28 µs. With the
 * 6 s of warm-up this benchmark had before, its measured iterations straddled that point, which is why runs of the
 * same jar came out "bimodal" (50 or 90-100 µs) in earlier sessions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {

    @Param({"1024", "1048576"})
    public int size;

    @Param({"default", "sequential"})
    public String calls;

    private Pipeline pipeline;
    private Pipeline reporting;
    private String text;
    private GovernanceContext ctx;

    @Setup
    public void setUp() {
        pipeline = standard().override("detect_pii", java.util.Map.of("on_detection", "redact")).build();
        reporting = standard().forceOnDetection(OnDetection.LOG).build();
        text = Texts.prompt(size);
        ctx = GovernanceContext.builder().agentId("bench").build();
    }

    private Pipeline.Builder standard() {
        Pipeline.Builder b = standardPreset();
        return calls.equals("sequential") ? b.parallelThreshold(Integer.MAX_VALUE) : b;
    }

    /** The standard preset without the stateful rate limit and budget, {@code validate_input}'s size limits lifted. */
    static Pipeline.Builder standardPreset() {
        return Pipeline.builder().preset("standard").without(List.of("rate_limit", "budget"))
                // lift validate_input's 200k-character limit so the 1 MiB text is scanned, not blocked at the door
                .override("validate_input", java.util.Map.of("max_message_chars", 4 << 20, "max_total_chars", 4 << 20));
    }

    @Benchmark
    public Verdict standardInputCheck() {
        return pipeline.checkInput(text, ctx);
    }

    @Benchmark
    public Verdict standardReportCheck() {
        return reporting.checkInput(text, ctx);
    }
}
