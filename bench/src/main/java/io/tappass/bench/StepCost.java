package io.tappass.bench;

import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.OnDetection;
import io.tappass.pipeline.Pipeline;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each step of {@link PipelineBenchmark}'s standard preset costs on its 1 MiB text, in one warmed JVM: the
 * whole preset and then each named step alone (with its preset settings, every detection logged, single-threaded),
 * measured in rounds so that all of them see the same machine state. Thread CPU time, fastest and median call.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.tappass.bench.StepCost 20 detect_pii,detect_injection+detect_escalation</pre>
 *
 * <p>Arguments: the number of rounds (5 calls of each pipeline per round), then the steps, comma-separated; steps
 * joined with {@code +} run together (to see what an analysis they share costs).
 */
public final class StepCost {

    private StepCost() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: StepCost ROUNDS STEP[+STEP...][,STEP...]");
        }
        int rounds = Integer.parseInt(args[0]);
        String text = Texts.prompt(1 << 20);
        GovernanceContext ctx = GovernanceContext.builder().agentId("bench").build();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Pipeline> pipelines = new LinkedHashMap<>();
        pipelines.put("whole preset", reporting(PipelineBenchmark.standardPreset()));
        for (String s : args[1].split(",")) {
            pipelines.put(s, reporting(PipelineBenchmark.standardPreset().onlySteps(List.of(s.split("\\+")))));
        }
        long warm = System.nanoTime() + 20_000_000_000L; // the JIT compiles the detectors on the whole preset first
        while (System.nanoTime() < warm) {
            pipelines.get("whole preset").checkInput(text, ctx);
        }
        Map<String, List<Long>> cpu = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, Pipeline> e : pipelines.entrySet()) {
                for (int i = 0; i < 5; i++) {
                    long c = mx.getCurrentThreadCpuTime();
                    e.getValue().checkInput(text, ctx);
                    cpu.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(mx.getCurrentThreadCpuTime() - c);
                }
            }
        }
        for (Map.Entry<String, List<Long>> e : cpu.entrySet()) {
            List<Long> l = e.getValue();
            Collections.sort(l);
            System.out.printf("%-60s fastest %6.2f ms, median %6.2f ms%n", e.getKey(), l.get(0) / 1e6,
                    l.get(l.size() / 2) / 1e6);
        }
    }

    private static Pipeline reporting(Pipeline.Builder b) {
        return b.parallelThreshold(Integer.MAX_VALUE).forceOnDetection(OnDetection.LOG).build();
    }
}
