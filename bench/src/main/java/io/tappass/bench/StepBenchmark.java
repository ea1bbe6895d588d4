package io.tappass.bench;

import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.Pipeline;
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
 * One step of the standard preset's input phase at a time (a pipeline of that single step, detections logged so
 * every step scans the whole text), to see where the standard input check spends its time. {@code none} is an
 * empty pipeline: the engine's own cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class StepBenchmark {

    @Param({"none", "validate_input", "detect_pii", "pii_tokenize", "detect_secrets", "detect_infra",
            "detect_business", "detect_unicode", "detect_injection", "detect_escalation", "detect_exfiltration",
            "classify_data", "tool_filter", "loop_guard", "shell_bleed", "taint_check", "dedup"})
    public String step;

    @Param({"1024", "1048576"})
    public int size;

    private Pipeline pipeline;
    private String text;
    private GovernanceContext ctx;

    @Setup
    public void setUp() {
        Pipeline.Builder b = Pipeline.builder().forceOnDetection(OnDetection.LOG);
        if (!step.equals("none")) {
            b.step(step);
            if (step.equals("validate_input")) {
                b.override(step, java.util.Map.of("max_message_chars", 4 << 20, "max_total_chars", 4 << 20));
            }
        }
        pipeline = b.build();
        text = Texts.prompt(size);
        ctx = GovernanceContext.builder().agentId("bench").build();
    }

    @Benchmark
    public Verdict step() {
        return pipeline.checkInput(text, ctx);
    }
}
