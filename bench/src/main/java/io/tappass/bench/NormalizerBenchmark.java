package io.tappass.bench;

import io.tappass.pipeline.scan.NormalizedText;
import io.tappass.pipeline.scan.Normalizer;
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
 * {@code Normalizer.standard().normalize(text)} alone on the benchmark prose ({@code ascii}: the ASCII fast path)
 * and on the same prose with a curly apostrophe every 500 characters ({@code mixed}: the general path), so the
 * normaliser's share of the content detectors' time can be followed on its own (target on 1 MiB of ASCII prose:
 * &lt;= 1.6 ms, with no more than one byte allocated per input character).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NormalizerBenchmark {

    @Param({"1024", "1048576"})
    public int size;

    private String ascii;
    private String mixed;

    @Setup
    public void setUp() {
        ascii = Texts.prompt(size);
        StringBuilder sb = new StringBuilder(ascii);
        for (int i = 250; i < sb.length(); i += 500) {
            sb.setCharAt(i, '\u2019');
        }
        mixed = sb.toString();
    }

    @Benchmark
    public NormalizedText ascii() {
        return Normalizer.standard().normalize(ascii);
    }

    @Benchmark
    public NormalizedText mixed() {
        return Normalizer.standard().normalize(mixed);
    }
}
