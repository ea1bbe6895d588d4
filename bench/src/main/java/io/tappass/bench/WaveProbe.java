package io.tappass.bench;

import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.OnDetection;
import io.tappass.pipeline.Pipeline;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the threads of a large call spend their time: runs {@link PipelineBenchmark}'s standard preset on its 1 MiB
 * text for a while and prints the wall time (median, fastest) and the CPU time per call of the calling thread and of
 * the {@code tappass-worker} threads together. When both CPU times come near the wall time, both threads are busy
 * for the whole call and only less work makes it faster.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.tappass.bench.WaveProbe default-report 15</pre>
 *
 * <p>Arguments: the mode, {@code default} or {@code sequential} ({@code parallelThreshold(Integer.MAX_VALUE)}) then
 * {@code -report} (every step logs) or {@code -redact} (detect_pii redacts), and the seconds to measure (after 15
 * seconds of warm-up).
 */
public final class WaveProbe {

    private WaveProbe() {
    }

    public static void main(String[] args) {
        if (args.length != 2 || !args[0].matches("(default|sequential)-(report|redact)")) {
            throw new IllegalArgumentException("usage: WaveProbe (default|sequential)-(report|redact) SECONDS");
        }
        String mode = args[0];
        Pipeline.Builder b = PipelineBenchmark.standardPreset();
        if (mode.startsWith("sequential")) {
            b = b.parallelThreshold(Integer.MAX_VALUE);
        }
        Pipeline p = mode.endsWith("report") ? b.forceOnDetection(OnDetection.LOG).build()
                : b.override("detect_pii", Map.of("on_detection", "redact")).build();
        String text = Texts.prompt(1 << 20);
        GovernanceContext ctx = GovernanceContext.builder().agentId("bench").build();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < end) {
            p.checkInput(text, ctx);
        }
        List<Long> wall = new ArrayList<>();
        long caller = mx.getCurrentThreadCpuTime();
        Map<Long, Long> workers = workerCpu(mx);
        end = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
        while (System.nanoTime() < end) {
            long t = System.nanoTime();
            p.checkInput(text, ctx);
            wall.add(System.nanoTime() - t);
        }
        caller = mx.getCurrentThreadCpuTime() - caller;
        long worker = 0;
        for (Map.Entry<Long, Long> e : workerCpu(mx).entrySet()) {
            worker += e.getValue() - workers.getOrDefault(e.getKey(), 0L);
        }
        Collections.sort(wall);
        int n = wall.size();
        System.out.printf("%s: %d calls, wall median %.2f ms, fastest %.2f ms; CPU per call: caller %.2f ms, workers"
                + " %.2f ms%n", mode, n, wall.get(n / 2) / 1e6, wall.get(0) / 1e6, caller / 1e6 / n, worker / 1e6 / n);
    }

    private static Map<Long, Long> workerCpu(ThreadMXBean mx) {
        Map<Long, Long> m = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("tappass-worker")) {
                m.put(t.getId(), mx.getThreadCpuTime(t.getId()));
            }
        }
        return m;
    }
}
