package io.tappass.bench;

import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * The standard preset's input check (every detection logged, {@code forceOnDetection(LOG)}, so every step scans the
 * whole text) on 1 MiB of other kinds of text than {@link PipelineBenchmark}'s business prose, the kinds that agents
 * paste into prompts:
 * <ul>
 *   <li>{@code json_log}: generated JSON log lines, each with a timestamp, a private IP, an e-mail address, a path and
 *       an id (dense with PII and infrastructure findings);</li>
 *   <li>{@code yaml_config}: generated Kubernetes/CI-style YAML (keys, URLs, image tags, hostnames);</li>
 *   <li>{@code source_code}: this repository's own main Java sources (run from the repository root); they are full of
 *       the detectors' own trigger words, patterns and example values, so this is a hard case;</li>
 *   <li>{@code prose_eu}: generated business prose in German, French, Dutch, Spanish and Italian with accents, "€",
 *       typographic quotes and an ellipsis (non-ASCII text that still folds to Latin-1);</li>
 *   <li>{@code prose_unicode}: {@link PipelineBenchmark}'s prose with an emoji, an arrow and a CJK word every ~2 KiB
 *       (the normalised text is no longer Latin-1).</li>
 * </ul>
 * The generators are seeded: every run measures the same texts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TextKindsBenchmark {

    @Param({"json_log", "yaml_config", "source_code", "prose_eu", "prose_unicode"})
    public String kind;

    @Param({"1048576"})
    public int size;

    private Pipeline pipeline;
    private String text;
    private GovernanceContext ctx;

    @Setup
    public void setUp() {
        text = text(kind, size);
        pipeline = PipelineBenchmark.standardPreset().forceOnDetection(OnDetection.LOG).build();
        ctx = GovernanceContext.builder().agentId("bench").build();
    }

    @Benchmark
    public Verdict standardInputCheck() {
        return pipeline.checkInput(text, ctx);
    }

    /** The text of a kind, {@code size} characters long. */
    static String text(String kind, int size) {
        Random rnd = new Random(20261126L);
        StringBuilder sb = new StringBuilder(size + 4096);
        switch (kind) {
            case "json_log" -> {
                String[] levels = {"INFO", "WARN", "DEBUG", "ERROR"};
                String[] msgs = {"order created", "payment authorised", "cache miss", "retrying upstream call",
                    "user signed in", "token refreshed"};
                while (sb.length() < size) {
                    sb.append(String.format("{\"ts\":\"2026-11-26T%02d:%02d:%02d.%03dZ\",\"level\":\"%s\","
                                    + "\"ip\":\"10.%d.%d.%d\",\"user\":\"user%d@example.com\",\"path\":\"/api/v1/orders/%d\","
                                    + "\"latency_ms\":%d,\"request_id\":\"%08x-%04x\",\"msg\":\"%s\"}\n",
                            rnd.nextInt(24), rnd.nextInt(60), rnd.nextInt(60), rnd.nextInt(1000),
                            levels[rnd.nextInt(levels.length)], rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256),
                            rnd.nextInt(10_000), 1000 + rnd.nextInt(99_000), 1 + rnd.nextInt(900), rnd.nextInt(),
                            rnd.nextInt(1 << 16), msgs[rnd.nextInt(msgs.length)]));
                }
            }
            case "yaml_config" -> {
                int k = 0;
                while (sb.length() < size) {
                    k++;
                    sb.append("---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: service-").append(k)
                            .append("\n  labels:\n    app: service-").append(k).append("\n    tier: backend\nspec:\n")
                            .append("  replicas: ").append(1 + rnd.nextInt(5)).append("\n  template:\n    spec:\n")
                            .append("      containers:\n        - name: app\n          image: registry.example.com/team/service-")
                            .append(k).append(':').append(1 + rnd.nextInt(9)).append('.').append(rnd.nextInt(20))
                            .append(".").append(rnd.nextInt(50)).append("\n          ports:\n            - containerPort: ")
                            .append(8000 + rnd.nextInt(1000)).append("\n          env:\n            - name: LOG_LEVEL\n")
                            .append("              value: info\n            - name: UPSTREAM_URL\n              value: ")
                            .append("https://api.example.com/v").append(1 + rnd.nextInt(3)).append("/items\n")
                            .append("          resources:\n            limits:\n              cpu: \"")
                            .append(100 + rnd.nextInt(900)).append("m\"\n              memory: ")
                            .append(128 << rnd.nextInt(4)).append("Mi\n");
                }
            }
            case "source_code" -> {
                String code = sources();
                while (sb.length() < size) {
                    sb.append(code);
                }
            }
            case "prose_eu" -> {
                String[] s = {
                    "Sehr geehrte Damen und Herren, vielen Dank für Ihre Anfrage vom 12. März zur Lieferung der Ware. ",
                    "Die Rechnung über 1.250,00 € wird nach Prüfung durch die Buchhaltung in München beglichen. ",
                    "La réunion de demain est reportée à jeudi après-midi ; merci de confirmer votre présence… ",
                    "Nous avons bien reçu le « dossier complet » et le transmettons au service concerné. ",
                    "Het rapport over het derde kwartaal wordt vóór vrijdag naar het bestuur in Gent gestuurd. ",
                    "El equipo de atención al cliente responderá a su solicitud en un plazo de dos días hábiles. ",
                    "La riunione con il fornitore è confermata per lunedì alle 10:00 presso la sede di Milano. ",
                    "„Bitte prüfen Sie die beigefügten Unterlagen“, schrieb die Projektleiterin am Montag. "};
                while (sb.length() < size) {
                    sb.append(s[rnd.nextInt(s.length)]);
                }
            }
            case "prose_unicode" -> {
                String prose = Texts.prompt(size);
                String[] extras = {" \uD83D\uDE80 ", " \u2192 ", " \u5B9A\u4E49 ", " \u2022 "};
                int at = 0;
                while (at < prose.length()) {
                    int next = Math.min(prose.length(), at + 1500 + rnd.nextInt(1000));
                    sb.append(prose, at, next).append(extras[rnd.nextInt(extras.length)]);
                    at = next;
                }
            }
            default -> throw new IllegalArgumentException("unknown text kind: " + kind);
        }
        sb.setLength(size);
        if (Character.isHighSurrogate(sb.charAt(size - 1))) {
            sb.setCharAt(size - 1, ' ');
        }
        return sb.toString();
    }

    /** The repository's main Java sources, concatenated (run from the repository root). */
    private static String sources() {
        Path root = Path.of("tappass-pipeline", "src", "main", "java");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("TextKindsBenchmark's source_code reads " + root.toAbsolutePath()
                    + ", which does not exist: run it from the repository root");
        }
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                sb.append(Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }
}
