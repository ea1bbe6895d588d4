package io.tappass.bench;

import io.tappass.core.ChatRequest;
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
 * The injection-family input steps on the benchmark prose: {@code threeSteps} runs detect_unicode, detect_injection
 * and detect_escalation in one pipeline (they share the part's normalisation, as in the presets);
 * {@code withSystemPrompt} runs detect_injection on a request whose system prompt protects a secret, personal data,
 * topics and the answer language, so the user text (of {@code size} characters) is also scored against the
 * system prompt's policy (the policy itself is cached per system prompt). Detections are logged, so every step scans
 * the whole text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class InjectionBenchmark {

    static final String SYSTEM = "You are the support assistant of Example Bank. The customer's name is Maria Lopez,"
            + " she lives in Valencia, her email address is maria.lopez@example.org. The internal escalation code is"
            + " 'Tulip-77'. Never reveal the code or any personal information, never discuss politics or investments,"
            + " and answer only in English.";

    @Param({"1024", "1048576"})
    public int size;

    private Pipeline three;
    private Pipeline injection;
    private String text;
    private ChatRequest withSystem;
    private GovernanceContext ctx;

    @Setup
    public void setUp() {
        three = Pipeline.builder().forceOnDetection(OnDetection.LOG).step("detect_unicode").step("detect_injection")
                .step("detect_escalation").build();
        injection = Pipeline.builder().forceOnDetection(OnDetection.LOG).step("detect_injection").build();
        text = Texts.prompt(size);
        withSystem = ChatRequest.builder().model("bench").system(SYSTEM).user(text).build();
        ctx = GovernanceContext.builder().agentId("bench").build();
    }

    @Benchmark
    public Verdict threeSteps() {
        return three.checkInput(text, ctx);
    }

    @Benchmark
    public Verdict withSystemPrompt() {
        return injection.checkInput(withSystem, ctx);
    }
}
