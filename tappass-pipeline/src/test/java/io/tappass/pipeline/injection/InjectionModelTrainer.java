package io.tappass.pipeline.injection;

import io.tappass.pipeline.OtherStepsBlindSet;
import io.tappass.pipeline.scan.Normalizer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Trains {@link InjectionModel}: a logistic regression (L2, full-batch AdaGrad, deterministic) over the word and word
 * pair features of the normalised texts of the project's hand-written probe sets ({@code probe-*-attacks.txt} are
 * label 1, {@code probe-*-benign.txt} label 0), except the sets in {@link #HELD_OUT}, which stay unseen so that they
 * measure the model honestly. No public corpus of {@code ../shared/data} is used: those measure quality.
 *
 * <p>Regenerate the shipped weights (after adding a probe set) from the module directory with
 * <pre>{@code
 * mvn -o -q -pl tappass-pipeline -am test-compile
 * java -cp "tappass-pipeline/target/test-classes:tappass-pipeline/target/classes:$(cat cp.txt)" \
 *   io.tappass.pipeline.injection.InjectionModelTrainer \
 *   tappass-pipeline/src/main/resources/io/tappass/pipeline/injection/injection-model.tsv.gz
 * }</pre>
 * ({@code cp.txt} from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}, or simply
 * {@code samples/cli/target/tappass.jar} after {@code mvn -o -q install -DskipTests}, which bundles the dependencies);
 * the heads with the resource directory {@code tappass-pipeline/src/main/resources/io/tappass/pipeline/injection}
 * as the only argument. Set names after the output path are left out too (for a held-in check: train without a set,
 * measure on it). {@code InjectionModelTest} retrains and checks the shipped files are what this trainer writes.
 * Each session's data, sets and numbers: docs/quality-injection.md (latest: "Thirty-sixth session").
 */
public final class InjectionModelTrainer {

    /**
     * Probe sets never trained on: the thirty-sixth session's blind holdouts, round 34 (written at its start, before
     * any change) and round 35 (written at its end, after all changes). Rounds 32 and 33, the thirty-fifth session's
     * holdouts, were released into training in the thirty-sixth session, as older rounds were before them.
     */
    static final Set<String> HELD_OUT = Set.of("probe-round34-holdout", "probe-round35-holdout");
    /** Inverse L2 strength (the loss is the sum of the log-losses plus |w|^2 / (2 C)). */
    static final double C = Double.parseDouble(System.getProperty("tappass.model.c", "10"));
    static final int EPOCHS = Integer.getInteger("tappass.model.epochs", 400);
    static final double RATE = 0.5;
    /** Weights smaller than this are not written (they change no decision). */
    static final double PRUNE = Double.parseDouble(System.getProperty("tappass.model.prune", "0.25"));

    record Sample(String set, String text, boolean attack) {
    }

    /**
     * The blind rounds of {@code detect_escalation} and {@code detect_exfiltration} (resources
     * {@code roundN-blind.jsonl}) that their heads train on: rounds 5 to 21 (rounds 20 and 21, the thirty-fifth
     * session's holdouts, released into training in the thirty-sixth session).
     */
    static final List<Integer> HEAD_ROUNDS = java.util.stream.IntStream.rangeClosed(5, 21).boxed().toList();
    /**
     * The blind rounds of those steps never trained on: rounds 22 and 23 (written at the start and the end of the
     * thirty-sixth session) are the heads' blind measures. The heads' operating points (the floors of the steps that read
     * them) were chosen on round 18 before it was released into training and are kept as they were.
     */
    static final Set<String> HEAD_HELD_OUT = Set.of("round22-blind", "round23-blind");
    /**
     * Training texts written for the heads (not a blind round; rows like a round's): {@code train-escexf-1.jsonl},
     * 541 texts written blind from the two checks' descriptions in the thirty-fourth session,
     * {@code train-escexf-2.jsonl}, 520 more written the same way in the thirty-fifth session (about half not in
     * English, a third agent tool calls or thoughts; 300 attacks, 220 look-alikes), and {@code train-escexf-3.jsonl},
     * 520 in the thirty-sixth session (a third not in English; spread over platforms: Windows and Active Directory,
     * cloud IAM, Kubernetes, source hosting, CI, databases, SaaS admin consoles, vaults; for exfiltration sync clients,
     * browser extensions, mail rules, DNS and ICMP, printers and USB, uploads to AI chats), and
     * {@code train-escexf-4.jsonl}, 520 more in the same session, mostly escalation (200 attacks, 160 look-alikes:
     * requests that sound routine and small, agents reasoning their way into access, help-desk social engineering,
     * automation acting with more rights, scheduled tasks, shell escapes, policy wildcards; about 38 % not in English).
     */
    static final List<String> HEAD_TRAINING = List.of("train-escexf-1.jsonl", "train-escexf-2.jsonl",
            "train-escexf-3.jsonl", "train-escexf-4.jsonl");

    /**
     * How a step's head is trained: its step id, resource, inverse L2 strength, prune, and whether the other step's
     * attacks (and look-alikes) of the same rounds are negatives too.
     */
    record Head(String step, String resource, double inverseL2, double prune, boolean otherSteps) {
    }

    /**
     * The escalation head: the step's attacks against its look-alikes, every probe look-alike and every probe attack
     * (an injection is not an escalation: without them the head flags the public injection corpora's texts).
     */
    static final Head ESCALATION = new Head("detect_escalation", InjectionModel.RESOURCES[InjectionModel.ESCALATION],
            30, 0.75, false);
    /** The exfiltration head: as the escalation head's, and the escalation rounds' texts as negatives too. */
    static final Head EXFILTRATION = new Head("detect_exfiltration",
            InjectionModel.RESOURCES[InjectionModel.EXFILTRATION], 100, 0.75, true);

    /**
     * A head's samples: the step's rows of the {@link #HEAD_ROUNDS} (its attacks label 1, its look-alikes 0; the other
     * step's rows label 0 when {@link Head#otherSteps}), its rows of {@code content-round3-set.jsonl} if any, then
     * every probe set's texts but {@link #HELD_OUT}'s as negatives.
     */
    static List<Sample> headSamples(Head head) throws IOException {
        return headSamples(head, HEAD_HELD_OUT);
    }

    /**
     * {@link #headSamples(Head)} with {@code heldOut} (round set names, {@code roundN-blind}) left out instead of
     * {@link #HEAD_HELD_OUT}: for a held-in check, train without a round and measure on it
     * ({@code EscalationHeadHeldIn}).
     */
    static List<Sample> headSamples(Head head, Set<String> heldOut) throws IOException {
        List<String> files = new ArrayList<>();
        for (int r : HEAD_ROUNDS) {
            if (!heldOut.contains("round" + r + "-blind")) {
                files.add("round" + r + "-blind.jsonl");
            }
        }
        files.add("content-round3-set.jsonl");
        files.addAll(HEAD_TRAINING);
        List<Sample> out = new ArrayList<>();
        for (String file : files) {
            String set = file.replace(".jsonl", "");
            boolean round = set.startsWith("round") || set.startsWith("train-");
            for (OtherStepsBlindSet.Probe c : OtherStepsBlindSet.load(file)) {
                if (c.step().equals(head.step())) {
                    out.add(new Sample(set, c.text(), c.positive()));
                } else if (round && head.otherSteps()) {
                    out.add(new Sample(set, c.text(), false));
                }
            }
        }
        for (Sample s : samples(HELD_OUT)) {
            out.add(new Sample(s.set(), s.text(), false));
        }
        return out;
    }

    /** Trains a head on its samples. */
    static Trained train(Head head) throws IOException {
        return train(headSamples(head), head.inverseL2(), head.prune());
    }

    private InjectionModelTrainer() {
    }

    /** The probe sets' samples, in file-name order, except {@code excluded} (set names without -attacks/-benign). */
    static List<Sample> samples(Set<String> excluded) throws IOException {
        Path dir = resourceDir();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("probe(-.*)?-(attacks|benign)\\.txt"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        List<Sample> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            boolean attack = name.endsWith("-attacks.txt");
            String set = name.substring(0, name.lastIndexOf('-'));
            if (excluded.contains(set)) {
                continue;
            }
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                int bar = line.indexOf('|');
                if (line.isEmpty() || line.startsWith("#") || bar < 0) {
                    continue;
                }
                out.add(new Sample(set, line.substring(bar + 1).replace("\\n", "\n"), attack));
            }
        }
        return out;
    }

    static Path resourceDir() {
        try {
            return Path.of(InjectionModelTrainer.class.getResource("probe-attacks.txt").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The features of a normalised text as {@link InjectionModel#best} reads one window of it: each token and each
     * pair of adjacent tokens, counted once per chunk of {@value InjectionModel#STRIDE} tokens (a pair belongs to the
     * chunk of its second token); the value of a feature is the number of chunks holding it, and {@code total} the
     * sum of the chunks' distinct features (the window's norm is its square root).
     */
    record Features(Map<String, Integer> counts, int total) {
    }

    static Features features(String normalized) {
        Map<String, Integer> counts = new HashMap<>();
        java.util.Set<String> chunk = new java.util.HashSet<>();
        int total = 0;
        int tokens = 0;
        String prev = null;
        int n = normalized.length();
        int i = 0;
        while (i < n) {
            if (!InjectionModel.isTokenChar(normalized.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && InjectionModel.isTokenChar(normalized.charAt(i))) {
                i++;
            }
            if (tokens++ % InjectionModel.STRIDE == 0) {
                chunk.clear();
            }
            String tok = normalized.substring(s, i);
            for (String f : prev == null ? List.of(tok) : List.of(tok, prev + " " + tok)) {
                if (chunk.add(f)) {
                    counts.merge(f, 1, Integer::sum);
                    total++;
                }
            }
            prev = tok;
        }
        return new Features(counts, total);
    }

    /** A trained model: the bias and the weight of each kept feature. */
    record Trained(double bias, Map<String, Double> weights) {
        /** The resource text: the bias, then the features by falling |weight| (ties by name). */
        String text() {
            return text("detect_injection");
        }

        /** {@link #text()} of the head of {@code step}. */
        String text(String step) {
            StringBuilder sb = new StringBuilder("# TapPass " + step + " linear model; written by "
                    + "InjectionModelTrainer (do not edit by hand)\n");
            sb.append("bias\t").append(String.format(Locale.ROOT, "%.6f", bias)).append('\n');
            weights.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, Double>>comparingDouble(e -> -Math.abs(e.getValue()))
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> sb.append(String.format(Locale.ROOT, "%.5f", e.getValue())).append('\t')
                            .append(e.getKey()).append('\n'));
            return sb.toString();
        }
    }

    /** Trains on the samples. */
    static Trained train(List<Sample> samples) {
        return train(samples, C, PRUNE);
    }

    /** Trains on the samples with inverse L2 strength {@code inverseL2}, keeping the weights of at least {@code prune}. */
    static Trained train(List<Sample> samples, double inverseL2, double prune) {
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        int[][] docs = new int[samples.size()][];
        double[][] values = new double[samples.size()][];
        double[] y = new double[samples.size()];
        Normalizer normalizer = Normalizer.standard();
        for (int d = 0; d < samples.size(); d++) {
            Features feats = features(normalizer.normalize(samples.get(d).text()).text());
            Map<Integer, Integer> counts = new HashMap<>();
            feats.counts().forEach((f, c) -> {
                Integer k = index.get(f);
                if (k == null) {
                    k = names.size();
                    index.put(f, k);
                    names.add(f);
                }
                counts.put(k, c);
            });
            int[] ks = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            double norm = Math.sqrt(Math.max(feats.total(), InjectionModel.MIN_FEATURES));
            double[] vs = new double[ks.length];
            for (int j = 0; j < ks.length; j++) {
                vs[j] = counts.get(ks[j]) / norm;
            }
            docs[d] = ks;
            values[d] = vs;
            y[d] = samples.get(d).attack() ? 1 : 0;
        }
        int m = names.size();
        double[] w = new double[m];
        double[] g2 = new double[m];
        double b = 0;
        double gb2 = 0;
        double[] grad = new double[m];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int f = 0; f < m; f++) {
                grad[f] = w[f] / inverseL2;
            }
            double gb = 0;
            for (int d = 0; d < docs.length; d++) {
                double z = b;
                for (int j = 0; j < docs[d].length; j++) {
                    z += w[docs[d][j]] * values[d][j];
                }
                double err = 1 / (1 + Math.exp(-z)) - y[d];
                for (int j = 0; j < docs[d].length; j++) {
                    grad[docs[d][j]] += err * values[d][j];
                }
                gb += err;
            }
            for (int f = 0; f < m; f++) {
                g2[f] += grad[f] * grad[f];
                w[f] -= RATE * grad[f] / Math.sqrt(g2[f] + 1e-8);
            }
            gb2 += gb * gb;
            b -= RATE * gb / Math.sqrt(gb2 + 1e-8);
        }
        Map<String, Double> kept = new HashMap<>();
        for (int f = 0; f < m; f++) {
            double r = Math.round(w[f] * 1e5) / 1e5;
            if (Math.abs(r) >= prune) {
                kept.put(names.get(f), r);
            }
        }
        return new Trained(Math.round(b * 1e6) / 1e6, kept);
    }

    /** Writes the gzipped resource (byte for byte the same for the same samples). */
    static void write(Trained t, Path out) throws IOException {
        write(t.text(), out);
    }

    /** Writes a head's gzipped resource. */
    static void write(Head head, Trained t, Path out) throws IOException {
        write(t.text(head.step()), out);
    }

    private static void write(String text, Path out) throws IOException {
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out));
             Writer wr = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
            wr.write(text);
        }
    }

    /**
     * Trains on every probe set except {@link #HELD_OUT} and the sets named after the output path (for measuring
     * on them), and writes the resource to {@code args[0]}; or, when {@code args[0]} is a directory, trains the
     * escalation and exfiltration heads and writes their resources into it.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: InjectionModelTrainer OUTPUT.tsv.gz [SET_TO_LEAVE_OUT ...] | RESOURCE_DIR");
            System.exit(2);
        }
        if (Files.isDirectory(Path.of(args[0]))) {
            for (Head head : List.of(ESCALATION, EXFILTRATION)) {
                Trained t = train(head);
                write(head, t, Path.of(args[0]).resolve(head.resource()));
                System.out.printf(Locale.ROOT, "%s: %d features kept, bias %.4f%n", head.step(), t.weights().size(),
                        t.bias());
            }
            return;
        }
        Set<String> out = new java.util.HashSet<>(HELD_OUT);
        out.addAll(List.of(args).subList(1, args.length));
        List<Sample> samples = samples(out);
        Trained t = train(samples);
        write(t, Path.of(args[0]));
        System.out.printf(Locale.ROOT, "trained on %d texts (%d attacks): %d features kept, bias %.4f%n",
                samples.size(), samples.stream().filter(Sample::attack).count(), t.weights().size(), t.bias());
    }
}
