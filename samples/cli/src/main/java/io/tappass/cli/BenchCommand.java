package io.tappass.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code tappass bench FILE.jsonl}: warms the pipeline up on the texts of a JSON-lines file
 * ({@code {"id", "text"}}), then measures and prints one JSON object: {@code texts}, {@code bytes} (UTF-8 bytes
 * of one pass), {@code passes}, {@code throughput_mb_s} over all texts, per-text latency {@code p50_us} and
 * {@code p99_us}, and {@code alloc_bytes_per_input_byte}.
 */
final class BenchCommand {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final long WARMUP_NANOS = 2_000_000_000L;
    static final long MEASURE_NANOS = 3_000_000_000L;

    private BenchCommand() {
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        PipelineOptions options = PipelineOptions.parse(args);
        if (options.positional.size() != 1) {
            throw new UsageException("bench needs exactly one FILE.jsonl argument");
        }
        Path file = Path.of(options.positional.get(0));
        List<String> texts = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = JSON.readTree(lines.get(i));
                } catch (IOException e) {
                    throw new UsageException(file + " line " + (i + 1) + ": malformed JSON");
                }
                if (n == null || !n.has("text") || !n.get("text").isTextual()) {
                    throw new UsageException(file + " line " + (i + 1) + ": expected {\"id\", \"text\"}");
                }
                texts.add(n.get("text").textValue());
            }
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
        if (texts.isEmpty()) {
            throw new UsageException(file + " has no texts");
        }
        Pipeline pipeline = options.build();
        Phase phase = options.phase;
        GovernanceContext ctx = GovernanceContext.builder().agentId("bench").build();
        long bytes = 0;
        for (String t : texts) {
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        long end = System.nanoTime() + WARMUP_NANOS;
        int warm = 0;
        while (System.nanoTime() < end || warm < 3) {
            for (String t : texts) {
                check(pipeline, phase, t, ctx);
            }
            warm++;
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        List<long[]> samples = new ArrayList<>();
        long allocStart = mx.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        int passes = 0;
        long busy = 0;
        while (System.nanoTime() - start < MEASURE_NANOS || passes < 3) {
            long[] lat = new long[texts.size()];
            for (int i = 0; i < texts.size(); i++) {
                long t0 = System.nanoTime();
                check(pipeline, phase, texts.get(i), ctx);
                lat[i] = System.nanoTime() - t0;
                busy += lat[i];
            }
            samples.add(lat);
            passes++;
        }
        long alloc = mx.getThreadAllocatedBytes(thread) - allocStart;
        long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        ObjectNode o = JSON.createObjectNode();
        o.put("texts", texts.size());
        o.put("bytes", bytes);
        o.put("passes", passes);
        o.put("throughput_mb_s", round(bytes * (double) passes / 1e6 / (busy / 1e9)));
        o.put("p50_us", round(percentile(all, 0.50) / 1e3));
        o.put("p99_us", round(percentile(all, 0.99) / 1e3));
        o.put("alloc_bytes_per_input_byte", round(alloc / (double) (bytes * passes)));
        out.println(o.toString());
        return 0;
    }

    private static void check(Pipeline p, Phase phase, String text, GovernanceContext ctx) {
        if (phase == Phase.OUTPUT) {
            p.checkOutput(text, ctx);
        } else {
            p.checkInput(text, ctx);
        }
    }

    static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int idx = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
