package io.tappass.bench;

import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The standard preset's input check on 1 MiB of text that is harder than {@link PipelineBenchmark}'s business
 * prose: real prompts from the public corpora in {@code ../shared/data/prompt_injection} (awesome-chatgpt-prompts'
 * role plays, MT-bench questions, NotInject's prompts full of trigger words), concatenated and repeated. Every step
 * runs with detections logged ({@code forceOnDetection(LOG)}), so each scans the whole text and nothing is rewritten
 * or blocked. Fails at set-up with a clear message when {@code ../shared/data} is not beside the working directory
 * (run from the repository root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CorpusBenchmark {

    @Param({"1048576"})
    public int size;

    private Pipeline pipeline;
    private String text;
    private GovernanceContext ctx;

    @Setup
    public void setUp() throws IOException {
        Path dir = Path.of("..", "shared", "data", "prompt_injection");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("CorpusBenchmark reads " + dir.toAbsolutePath().normalize()
                    + ", which does not exist: run it from the repository root with ../shared/data beside it");
        }
        StringBuilder corpus = new StringBuilder();
        for (String file : List.of("awesome_chatgpt_prompts_2025-01-06.csv", "mtbench_questions.jsonl",
                "notinject_one.json", "notinject_two.json")) {
            corpus.append(Files.readString(dir.resolve(file))).append('\n');
        }
        StringBuilder sb = new StringBuilder(size + corpus.length());
        while (sb.length() < size) {
            sb.append(corpus);
        }
        sb.setLength(size);
        text = sb.toString();
        pipeline = PipelineBenchmark.standardPreset().forceOnDetection(OnDetection.LOG).build();
        ctx = GovernanceContext.builder().agentId("bench").build();
    }

    @Benchmark
    public Verdict standardInputCheckOnPrompts() {
        return pipeline.checkInput(text, ctx);
    }
}
