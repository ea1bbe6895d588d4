package io.tappass.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.OnDetection;
import io.tappass.pipeline.Pipeline;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Compares two builds of the SDK in one JVM, call by call: each build is loaded from its own {@code benchmarks.jar}
 * (in a class loader of its own), both are warmed up together, then their calls alternate (A B, then B A in the next
 * round) so that both see the same minutes of a shared host. Per build and mode it prints the wall time and the CPU
 * time (the calling thread plus the SDK's {@code tappass-worker} threads) of a call: fastest, first quartile and
 * median. On a host whose speed drifts by 10-30 % from minute to minute, this is the measurement that can tell a
 * 2 % change from noise; JMH runs of the two builds one after the other cannot.
 *
 * <pre>
 * mvn -q -Pbench package -DskipTests &amp;&amp; cp bench/target/benchmarks.jar /tmp/base.jar   # the starting build
 * ... change, then the same build again ...
 * java -cp bench/target/benchmarks.jar io.tappass.bench.AbCompare /tmp/base.jar bench/target/benchmarks.jar \
 *      --calls 600 default:ALL sequential:detect_pii
 * </pre>
 *
 * <p>Modes: {@code default} or {@code sequential} (no worker threads, {@code parallelThreshold(Integer.MAX_VALUE)}),
 * a colon, then {@code ALL} ({@link PipelineBenchmark#standardInputCheck}'s call: the standard preset with
 * {@code detect_pii} redacting), {@code REPORT} ({@link PipelineBenchmark#standardReportCheck}'s: every step reports)
 * or a comma-separated list of step names (those steps only, reporting). Options: {@code --calls N} measured calls per
 * build and mode (default 600; runs of 120 moved by 0.2 ms between repeats on the fortieth session's host),
 * {@code --warmup S} seconds of warm-up (default 30), {@code --text FILE} the text of a call (default: the benchmark's
 * 1 MiB prompt), {@code --corpus FILE} JSON lines with a {@code "text"} field: a measured "call" is then one pass
 * over all of them.
 *
 * <p>The builds share nothing but the JDK: a build older than this class runs the {@link Calls} of the comparing
 * build's jar against its own SDK classes and its own {@link PipelineBenchmark#standardPreset()} (in the benchmark
 * module since 2026-11-26).
 */
public final class AbCompare {

    private static final String USAGE = "usage: AbCompare BASE_JAR NEW_JAR [--calls N] [--warmup SECONDS]"
            + " [--text FILE | --corpus FILE.jsonl] MODE...   (MODE: default|sequential ':' ALL|REPORT|step,step...)";

    private AbCompare() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException(USAGE);
        }
        Path[] jars = {Path.of(args[0]), Path.of(args[1])};
        int calls = 600;
        int warmup = 30;
        List<String> texts = List.of(Texts.prompt(1 << 20));
        List<String> modes = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--calls" -> calls = positive(a, value(args, ++i));
                case "--warmup" -> warmup = positive(a, value(args, ++i));
                case "--text" -> texts = List.of(Files.readString(Path.of(value(args, ++i)), StandardCharsets.UTF_8));
                case "--corpus" -> texts = corpus(Path.of(value(args, ++i)));
                default -> {
                    if (a.startsWith("--") || !a.matches("(default|sequential):\\S+")) {
                        throw new IllegalArgumentException("unknown option or mode '" + a + "'; " + USAGE);
                    }
                    modes.add(a);
                }
            }
        }
        if (modes.isEmpty()) {
            throw new IllegalArgumentException("no mode given; " + USAGE);
        }
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("no such jar: " + jar + " (build one with mvn -Pbench package)");
            }
        }
        // per build, per mode: the calls' runner, built inside the build's own class loader
        IntConsumer[][] run = new IntConsumer[2][modes.size()];
        for (int b = 0; b < 2; b++) {
            ClassLoader loader = loaderFor(jars[b]);
            Class<?> c = Class.forName(Calls.class.getName(), true, loader);
            for (int m = 0; m < modes.size(); m++) {
                run[b][m] = (IntConsumer) c.getConstructor(String.class, List.class).newInstance(modes.get(m), texts);
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + warmup * 1_000_000_000L;
        while (System.nanoTime() < end) {
            for (IntConsumer[] build : run) {
                for (IntConsumer r : build) {
                    r.accept(1);
                }
            }
        }
        Map<String, List<Long>> samples = new LinkedHashMap<>();
        String[] names = {"base", "new"};
        for (int round = 0; round < calls; round++) {
            for (int m = 0; m < modes.size(); m++) {
                for (int k = 0; k < 2; k++) {
                    int b = (round + k) % 2; // A B, then B A: neither build always goes first
                    Thread.sleep(2); // the workers park between calls, as between the requests of a server
                    long cpu0 = cpu(mx);
                    long t0 = System.nanoTime();
                    run[b][m].accept(1);
                    long t1 = System.nanoTime();
                    Thread.sleep(1); // a worker may still be leaving the call's last task
                    long cpu1 = cpu(mx);
                    samples.computeIfAbsent(modes.get(m) + " " + names[b] + " wall", q -> new ArrayList<>()).add(t1 - t0);
                    samples.computeIfAbsent(modes.get(m) + " " + names[b] + " cpu", q -> new ArrayList<>())
                            .add(cpu1 - cpu0);
                }
            }
        }
        System.out.printf("%-48s %9s %9s %9s   (ms, %d calls each, %d text(s) a call)%n", "", "fastest", "p25", "median",
                calls, texts.size());
        for (String mode : modes) {
            for (String what : new String[] {"wall", "cpu"}) {
                double[] base = stats(samples.get(mode + " base " + what));
                double[] neu = stats(samples.get(mode + " new " + what));
                System.out.printf("%-48s %9.3f %9.3f %9.3f%n", mode + " base " + what, base[0], base[1], base[2]);
                System.out.printf("%-48s %9.3f %9.3f %9.3f   median %+.1f %%%n", mode + " new " + what, neu[0], neu[1],
                        neu[2], 100 * (neu[2] / base[2] - 1));
            }
        }
    }

    /** Runs the calls of one mode on the SDK of the class loader it was loaded in; {@code accept(n)}: n calls. */
    public static final class Calls implements IntConsumer {
        private final Pipeline pipeline;
        private final List<String> texts;
        private final GovernanceContext ctx = GovernanceContext.builder().agentId("bench").build();

        public Calls(String mode, List<String> texts) {
            String[] m = mode.split(":", 2);
            // the build's own benchmark preset (its PipelineBenchmark comes from its jar, as its SDK does)
            Pipeline.Builder b = PipelineBenchmark.standardPreset();
            if (m[1].equals("ALL")) {
                b = b.override("detect_pii", Map.of("on_detection", "redact"));
            } else if (m[1].equals("REPORT")) {
                b = b.forceOnDetection(OnDetection.LOG);
            } else {
                b = b.forceOnDetection(OnDetection.LOG).onlySteps(List.of(m[1].split(",")));
            }
            if (m[0].equals("sequential")) {
                b = b.parallelThreshold(Integer.MAX_VALUE);
            }
            this.pipeline = b.build();
            this.texts = texts;
        }

        @Override
        public void accept(int n) {
            for (int i = 0; i < n; i++) {
                for (String t : texts) {
                    pipeline.checkInput(t, ctx);
                }
            }
        }
    }

    /** The build's jar first (its SDK classes), then this jar (for {@link Calls} when the build predates it). */
    private static ClassLoader loaderFor(Path jar) throws MalformedURLException {
        URL self = AbCompare.class.getProtectionDomain().getCodeSource().getLocation();
        return new URLClassLoader(new URL[] {jar.toUri().toURL(), self}, ClassLoader.getPlatformClassLoader());
    }

    /** CPU time of the calling thread plus every {@code tappass-worker} thread (of either build). */
    private static long cpu(ThreadMXBean mx) {
        long sum = mx.getCurrentThreadCpuTime();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("tappass-worker")) {
                long c = mx.getThreadCpuTime(t.getId());
                sum += Math.max(c, 0); // -1 once the thread has ended
            }
        }
        return sum;
    }

    /** {fastest, p25, median} in milliseconds. */
    private static double[] stats(List<Long> ns) {
        List<Long> l = new ArrayList<>(ns);
        Collections.sort(l);
        return new double[] {l.get(0) / 1e6, l.get(l.size() / 4) / 1e6, l.get(l.size() / 2) / 1e6};
    }

    private static List<String> corpus(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        int line = 0;
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            JsonNode text = json.readTree(l).get("text");
            if (text == null || !text.isTextual()) {
                throw new IllegalArgumentException(file + ":" + line + ": no \"text\" string field");
            }
            texts.add(text.asText());
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(file + ": no texts");
        }
        return texts;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value; " + USAGE);
        }
        return args[i];
    }

    private static int positive(String option, String v) {
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a positive whole number, got '" + v + "'");
    }
}
