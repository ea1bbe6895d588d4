package io.tappass.pipeline.pii;

import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.Pipeline;
import java.util.Map;
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
 * detect_pii (redacting) followed by pii_tokenize, as in the standard preset benchmark, on the bench module's
 * business prose (an e-mail and a phone number every ~600 characters). {@code pair} should cost little more than
 * {@code detect}: pii_tokenize rebases detect_pii's scan across the redaction instead of rescanning.
 * Run: {@code mvn -q -Pbench -pl tappass-pipeline -am -DskipTests test -Djmh.args="PiiPairBench -prof gc"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class PiiPairBench {

    @Param({"1024", "1048576"})
    public int size;

    @Param({"detect", "pair"})
    public String steps;

    private Pipeline pipeline;
    private String text;
    private GovernanceContext ctx;

    @Setup
    public void setUp() {
        Pipeline.Builder b = Pipeline.builder().step("detect_pii")
                .override("detect_pii", Map.of("on_detection", "redact"));
        if (steps.equals("pair")) {
            b.step("pii_tokenize");
        }
        pipeline = b.build();
        text = BenchProse.of(size);
        ctx = GovernanceContext.builder().agentId("bench").build();
    }

    @Benchmark
    public Verdict check() {
        return pipeline.checkInput(text, ctx);
    }
}
