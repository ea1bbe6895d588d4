package io.tappass.pipeline.pii;

import io.tappass.pipeline.scan.TextPart;
import java.util.ArrayList;
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
 * The two PII costs of the standard preset's input check, without the engine around them: {@code scan} is
 * detect_pii's full scan ({@link PiiDetector#result}) and {@code rebase} is pii_tokenize's rebase of that scan
 * across detect_pii's redaction ({@link PiiDetector#rebase}), on the bench module's business prose (an e-mail and a
 * phone number every ~650 characters, so 1 MiB has about 3200 redactions).
 * Run: {@code mvn -q -Pbench -pl tappass-pipeline -am -DskipTests test -Djmh.args="PiiRebaseBench -prof gc"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PiiRebaseBench {

    @Param({"1024", "1048576"})
    public int size;

    private PiiDetector detector;
    private String text;
    private String redacted;
    private PiiDetector.Result scanned;
    private TextPart.Edits edits;

    @Setup
    public void setUp() {
        text = BenchProse.of(size);
        detector = PiiDetector.defaults();
        scanned = detector.result(text);
        // redact what detect_pii redacts (score >= 0.5) and capture the edits the part hands to the rebaser
        List<PiiMatch> redact = new ArrayList<>();
        for (PiiMatch m : scanned.matches) {
            if (m.score() >= PiiDetector.DEFAULT_THRESHOLD) {
                redact.add(m);
            }
        }
        int[] starts = new int[redact.size()];
        int[] ends = new int[redact.size()];
        String[] repl = new String[redact.size()];
        for (int k = 0; k < starts.length; k++) {
            starts[k] = redact.get(k).start();
            ends[k] = redact.get(k).end();
            repl[k] = "[MASKED_" + PiiEntity.labelOf(redact.get(k).type()) + "]"; // the mask strategy
        }
        TextPart part = new TextPart("p", TextPart.Source.USER, 0, 0, text);
        part.analysis(this, t -> scanned, (o, ot, nt, ed) -> o);
        part.rewrite(starts, ends, repl);
        redacted = part.text();
        part.analysis(this, t -> null, (o, ot, nt, ed) -> {
            edits = ed;
            return o;
        });
        if (detector.rebase(scanned, text, redacted, edits) == null) {
            throw new IllegalStateException("the benchmark text must be rebasable");
        }
    }

    @Benchmark
    public PiiDetector.Result scan() {
        return detector.result(text);
    }

    @Benchmark
    public PiiDetector.Result rebase() {
        return detector.rebase(scanned, text, redacted, edits);
    }
}
