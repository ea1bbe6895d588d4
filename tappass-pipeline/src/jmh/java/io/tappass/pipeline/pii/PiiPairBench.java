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

    /** The sentences of bench/src/main/java/io/tappass/bench/Texts.java. */
    private static final String[] SENTENCES = {
        "Please summarise the attached quarterly report for the board meeting on Thursday. ",
        "The customer asked whether the invoice can be split across two cost centres. ",
        "Draft a friendly reply that thanks them for their patience and confirms the new delivery date. ",
        "Our team in Ghent will review the proposal and come back with questions by Friday. ",
        "Contact the account manager at jane.doe@example.com if anything is unclear. ",
        "List three risks of migrating the billing service to the new cluster, with mitigations. ",
        "Translate the following paragraph into Dutch, keeping the tone formal but warm. ",
        "The meeting notes mention a follow-up call at +32 470 12 34 56 next week. ",
    };

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
        StringBuilder sb = new StringBuilder(size + 128);
        int i = 0;
        while (sb.length() < size) {
            sb.append(SENTENCES[i++ % SENTENCES.length]);
        }
        sb.setLength(size);
        text = sb.toString();
        ctx = GovernanceContext.builder().agentId("bench").build();
    }

    @Benchmark
    public Verdict check() {
        return pipeline.checkInput(text, ctx);
    }
}
