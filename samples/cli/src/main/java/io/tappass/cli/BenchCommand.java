package io.tappass.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Outcome;
import io.tappass.core.governance.Verdict;
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
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code tappass bench FILE.jsonl}: warms the pipeline up on the texts of a JSON-lines file
 * ({@code {"id", "text"}}), then measures and prints one JSON object: {@code texts}, {@code bytes} (UTF-8 bytes
 * of one pass), {@code passes}, {@code throughput_mb_s} over all texts, per-text latency {@code p50_us} and
 * {@code p99_us}, {@code alloc_bytes_per_input_byte}, and {@code blocked} (texts whose verdict is a block: they stop at the
 * blocking step, and a note on stderr says so).
 */
final class BenchCommand {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final long WARMUP_NANOS = 2_000_000_000L;
    static final long MEASURE_NANOS = 3_000_000_000L;
    /** The longest warm-up before measuring anyway. */
    static final long MAX_WARMUP_NANOS = 60_000_000_000L;
    private static final int SLICE = 4096;
    private static final int MAX_SLICES = 4096;
    private static final long ROUND_MILLIS = 250;

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
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                lines.set(0, lines.get(0).substring(1)); // a byte-order mark at the start of the file
            }
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
        warmUp(pipeline, phase, texts, ctx);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<long[]> samples = new ArrayList<>();
        Map<Long, Long> allocStart = allocatedByThread(mx);
        long start = System.nanoTime();
        int passes = 0;
        long busy = 0;
        Map<String, Integer> blockedBy = new TreeMap<>();
        while (System.nanoTime() - start < MEASURE_NANOS || passes < 3) {
            long[] lat = new long[texts.size()];
            for (int i = 0; i < texts.size(); i++) {
                long t0 = System.nanoTime();
                Verdict v = check(pipeline, phase, texts.get(i), ctx);
                lat[i] = System.nanoTime() - t0;
                busy += lat[i];
                if (passes == 0 && v.outcome() == Outcome.BLOCK) {
                    blockedBy.merge(String.valueOf(v.blockedBy()), 1, Integer::sum);
                }
            }
            samples.add(lat);
            passes++;
        }
        long alloc = 0; // on every thread: a large text's steps also run on the tappass-worker threads
        for (Map.Entry<Long, Long> e : allocatedByThread(mx).entrySet()) {
            alloc += e.getValue() - allocStart.getOrDefault(e.getKey(), 0L);
        }
        long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        ObjectNode o = JSON.createObjectNode();
        o.put("texts", texts.size());
        o.put("bytes", bytes);
        o.put("passes", passes);
        o.put("throughput_mb_s", round(bytes * (double) passes / 1e6 / (busy / 1e9)));
        o.put("p50_us", round(percentile(all, 0.50) / 1e3));
        o.put("p99_us", round(percentile(all, 0.99) / 1e3));
        o.put("alloc_bytes_per_input_byte", round(alloc / (double) (bytes * passes)));
        int blocked = blockedBy.values().stream().mapToInt(Integer::intValue).sum();
        o.put("blocked", blocked);
        out.println(o.toString());
        if (blocked > 0) {
            err.println("tappass bench: " + blocked + " of " + texts.size() + " text(s) were blocked " + blockedBy
                    + "; a blocked text stops at the blocking step, so these numbers measure that shorter path."
                    + " Add --on-detection log to run every step on every text.");
        }
        return 0;
    }

    private static Verdict check(Pipeline p, Phase phase, String text, GovernanceContext ctx) {
        return phase == Phase.OUTPUT ? p.checkOutput(text, ctx) : p.checkInput(text, ctx);
    }

    /**
     * Warms the JIT up until the pipeline runs at its steady speed. Large texts make few calls, so the detectors'
     * methods would wait long for compilation (a 1 MiB text can still run several times slower than its steady
     * state after 2 s): first the texts are run in slices of at most {@value #SLICE} characters, which makes
     * many calls; then whole passes are timed in rounds of at least {@value #ROUND_MILLIS} ms until three rounds
     * in a row agree within 10 % and the JIT compiled next to nothing during them (at most
     * {@value #QUIET_COMPILE_MILLIS} ms of compilation each), at least {@link #WARMUP_NANOS}, at most
     * {@link #MAX_WARMUP_NANOS}.
     */
    private static void warmUp(Pipeline pipeline, Phase phase, List<String> texts, GovernanceContext ctx) {
        long begin = System.nanoTime();
        List<String> slices = new ArrayList<>();
        for (String t : texts) {
            int i = 0;
            while (i < t.length() && slices.size() < MAX_SLICES) {
                int end = Math.min(t.length(), i + SLICE);
                if (end < t.length() && Character.isHighSurrogate(t.charAt(end - 1))) {
                    end--; // keep surrogate pairs whole
                }
                slices.add(t.substring(i, end));
                i = end;
            }
        }
        long sliceEnd = begin + WARMUP_NANOS / 2;
        do {
            for (String s : slices) {
                check(pipeline, phase, s, ctx);
            }
        } while (System.nanoTime() < sliceEnd);
        double[] rates = new double[3];
        boolean[] quiet = new boolean[3];
        int rounds = 0;
        while (true) {
            long t0 = System.nanoTime();
            long compiled = compilationMillis();
            int passes = 0;
            do {
                for (String t : texts) {
                    check(pipeline, phase, t, ctx);
                }
                passes++;
            } while (System.nanoTime() - t0 < ROUND_MILLIS * 1_000_000L);
            quiet[rounds % 3] = compilationMillis() - compiled <= QUIET_COMPILE_MILLIS;
            rates[rounds++ % 3] = passes / (double) (System.nanoTime() - t0);
            long elapsed = System.nanoTime() - begin;
            if (elapsed >= MAX_WARMUP_NANOS
                    || elapsed >= WARMUP_NANOS && rounds >= 3 && stable(rates) && quiet[0] && quiet[1] && quiet[2]) {
                return;
            }
        }
    }

    /**
     * The most JIT compilation time a warm-up round may see and still count as steady: on a 1 MiB text the passes'
     * own rounds were often stable within 10 % while the compiler was still compiling the large-text paths (the
     * split scans, the findings of thousands of matches), and it went on compiling into the measurement, on the
     * same cores (seen: tier-4 compilations of detector methods up to 3 s after the warm-up had ended).
     */
    static final long QUIET_COMPILE_MILLIS = 5;

    private static final java.lang.management.CompilationMXBean COMPILER =
            java.lang.management.ManagementFactory.getCompilationMXBean();

    /** The JIT's total compilation time so far, or 0 when the JVM does not report it (every round is then quiet). */
    private static long compilationMillis() {
        return COMPILER != null && COMPILER.isCompilationTimeMonitoringSupported()
                ? COMPILER.getTotalCompilationTime() : 0;
    }

    private static boolean stable(double[] rates) {
        double lo = Math.min(rates[0], Math.min(rates[1], rates[2]));
        double hi = Math.max(rates[0], Math.max(rates[1], rates[2]));
        return hi <= lo * 1.10;
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

    /** Bytes allocated so far by each live thread. */
    private static Map<Long, Long> allocatedByThread(com.sun.management.ThreadMXBean mx) {
        long[] ids = mx.getAllThreadIds();
        long[] bytes = mx.getThreadAllocatedBytes(ids);
        Map<Long, Long> out = new java.util.HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                out.put(ids[i], bytes[i]);
            }
        }
        return out;
    }
}
