package io.tappass.pipeline.pii;

import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.Pipeline;
import java.util.List;
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
 * detect_pii throughput on 1 KiB and 1 MiB of chat-like text with a realistic PII density.
 * Run: {@code mvn -q -Pbench -pl tappass-pipeline -am -DskipTests test -Djmh.args="PiiBench -prof gc"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PiiBench {

    private static final String[] PARAGRAPHS = {
        "Hi team, please update the billing details for our customer Maria Gonzalez before Friday. ",
        "She can be reached at maria.gonzalez@example.com or on +34 612 345 678 during office hours. ",
        "The invoice INV-2024-0042 for 1,250.00 EUR was paid from IBAN ES91 2100 0418 4502 0005 1332. ",
        "Our server 10.20.30.40 logged the request at 2024-03-12 10:31:07 with status 200 and 512 bytes. ",
        "Can you summarise the attached report about quarterly revenue growth in the Benelux region? ",
        "The meeting with Mr. Johnson moved to 14:30; bring the slides and the draft contract, version 3.2. ",
        "Card on file: 4111 1111 1111 1111, expiry 12/29. Do not store the CVV anywhere in the ticket. ",
        "Regards, Jan de Vries, Account Manager, phone 020 794 6095, Amsterdam office, room 4.12. ",
        "In 2023 we shipped 48,000 units; the target for next year is a 12 percent increase overall. ",
        "Please write a friendly reply that confirms the new delivery date and apologises for the delay. ",
    };

    @Param({"1024", "1048576"})
    public int size;

    private String text;
    private PiiDetector detector;
    private Pipeline pipeline;
    private GovernanceContext ctx;

    @Setup
    public void setup() {
        StringBuilder sb = new StringBuilder(size + 200);
        int i = 0;
        while (sb.length() < size) {
            sb.append(PARAGRAPHS[i++ % PARAGRAPHS.length]);
        }
        text = sb.substring(0, size);
        detector = PiiDetector.defaults();
        pipeline = Pipeline.builder().override("detect_pii", Map.of("on_detection", "log")).build();
        ctx = GovernanceContext.of("bench", "bench-session");
    }

    @Benchmark
    public List<PiiMatch> scan() {
        return detector.scan(text);
    }

    @Benchmark
    public Verdict detectPiiStep() {
        return pipeline.checkInput(text, ctx);
    }
}
