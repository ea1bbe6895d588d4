package io.tappass.pipeline.injection;

import io.tappass.core.governance.Finding;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.OtherStepsBlindSet;
import io.tappass.pipeline.Pipeline;
import io.tappass.pipeline.scan.NormalizedText;
import io.tappass.pipeline.scan.Normalizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A held-in evaluation of {@code detect_escalation}'s model head (thirty-fifth session; a tool, not a unit test: it
 * trains the head six times, a few minutes): for each blind round k of 14..19, the escalation head is trained as
 * {@link InjectionModelTrainer#train(InjectionModelTrainer.Head)} does but without round k, and the step is measured
 * on round k's escalation rows with the rules alone and with the head at floors 0.5, 0.6 (the shipped floor), 0.7 and
 * 0.8 (the signal's weight rising from 0.45 at the floor to 0.8 at certainty, combined with the rules' score as
 * {@link ModelOpinion#with} does; a row counts when the step's score reaches the threshold 0.6, as
 * {@code OtherStepsBlindSetTest.measure} counts it through the engine). Then, with the shipped head (trained on rounds
 * 5-19), the texts newly flagged by the step at each floor on the benign public corpora of {@link Corpora} and on the
 * difftest texts (a JSON-lines file of {@code id}, {@code text}; default {@code /tmp/s32/texts.jsonl}). Round 20, the
 * heads' blind holdout, is never read.
 *
 * <p>Run from the repository root after {@code mvn -o -q -pl tappass-pipeline -am test-compile}:
 * <pre>{@code
 * java -cp "tappass-pipeline/target/test-classes:tappass-pipeline/target/classes:$(cat cp.txt)" \
 *   io.tappass.pipeline.injection.EscalationHeadHeldIn [TEXTS.jsonl]
 * }</pre>
 * Results: docs/quality-other-steps.md, "Thirty-fifth session: the escalation head's default".
 */
public final class EscalationHeadHeldIn {

    static final double[] FLOORS = {0.5, 0.6, 0.7, 0.8};
    static final double THRESHOLD = DetectEscalationStep.DEFAULT_THRESHOLD;
    static final int[] ROUNDS = {14, 15, 16, 17, 18, 19, 20, 21};

    private EscalationHeadHeldIn() {
    }

    /** An escalation head alone (the other heads empty). */
    static InjectionModel model(InjectionModelTrainer.Trained t) {
        double[] bias = new double[InjectionModel.HEADS];
        String[][] fs = new String[InjectionModel.HEADS][0];
        float[][] ws = new float[InjectionModel.HEADS][0];
        bias[InjectionModel.ESCALATION] = t.bias();
        List<String> names = new ArrayList<>(t.weights().keySet());
        fs[InjectionModel.ESCALATION] = names.toArray(new String[0]);
        float[] w = new float[names.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = t.weights().get(names.get(i)).floatValue();
        }
        ws[InjectionModel.ESCALATION] = w;
        return InjectionModel.of(bias, fs, ws);
    }

    /** The rules' score and the head's probability of a user text. */
    record Scored(double rules, double p) {
        /** The step's score with the head from {@code floor} (negative: the rules alone). */
        double score(double floor) {
            if (floor < 0 || p < floor) {
                return rules;
            }
            double w = EscalationDetector.round(ModelOpinion.weight(p, floor, ModelOpinion.ESCALATION_MIN_WEIGHT,
                    ModelOpinion.MAX_WEIGHT));
            return EscalationDetector.round(Math.min(1.0, 1 - (1 - rules) * (1 - w)));
        }

        boolean hit(double floor) {
            return score(floor) >= THRESHOLD;
        }
    }

    static Scored score(InjectionModel m, String text) {
        double rules = EscalationDetector.standard().scan(text).score();
        NormalizedText nt = Normalizer.standard().normalize(text);
        double[] best = m.heads(nt.text(), nt.isLatin1())[InjectionModel.ESCALATION];
        return new Scored(rules, best == null ? 0 : 1 / (1 + Math.exp(-best[0])));
    }

    static String snippet(String text) {
        String s = text.replaceAll("\\s+", " ");
        return s.length() > 150 ? s.substring(0, 150) + "..." : s;
    }

    public static void main(String[] args) throws IOException {
        Path texts = Path.of(args.length > 0 ? args[0] : "/tmp/s32/texts.jsonl");
        GovernanceContext ctx = GovernanceContext.of("held-in", "held-in");
        Pipeline withHead = Pipeline.builder().step("detect_escalation").override("detect_escalation",
                Map.of("on_detection", "log", "classifier", true)).build();
        // {attacks, look-alikes flagged} per floor index (0 = rules alone), summed over the rounds
        int[][] sum = new int[FLOORS.length + 1][2];
        int totalPos = 0;
        int totalNeg = 0;
        StringBuilder table = new StringBuilder();
        StringBuilder detail = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%-6s %-9s %-9s", "round", "attacks", "rules"));
        for (double f : FLOORS) {
            table.append(String.format(Locale.ROOT, " %-11s", "head@" + f));
        }
        table.append('\n');
        for (int k : ROUNDS) {
            String round = "round" + k + "-blind";
            Set<String> out = new HashSet<>(InjectionModelTrainer.HEAD_HELD_OUT);
            out.add(round);
            long t0 = System.nanoTime();
            InjectionModelTrainer.Trained t = InjectionModelTrainer.train(
                    InjectionModelTrainer.headSamples(InjectionModelTrainer.ESCALATION, out),
                    InjectionModelTrainer.ESCALATION.inverseL2(), InjectionModelTrainer.ESCALATION.prune());
            InjectionModel m = model(t);
            System.err.printf(Locale.ROOT, "trained without %s: %d features, %.0f s%n", round, t.weights().size(),
                    (System.nanoTime() - t0) / 1e9);
            int pos = 0;
            int neg = 0;
            int[][] c = new int[FLOORS.length + 1][2];
            int mismatches = 0;
            for (OtherStepsBlindSet.Probe pr : OtherStepsBlindSet.load(round + ".jsonl")) {
                if (!pr.step().equals(DetectEscalationStep.NAME)) {
                    continue;
                }
                Scored s = score(m, pr.text());
                // cross-check of this harness against the engine: the shipped head, the shipped floor
                boolean engine = false;
                Verdict v = withHead.checkInput(pr.text(), ctx);
                for (Finding f : v.findings()) {
                    engine |= f.step().equals(DetectEscalationStep.NAME);
                }
                if (engine != score(InjectionModel.standard(), pr.text()).hit(ModelOpinion.ESCALATION_FLOOR)) {
                    mismatches++;
                }
                if (pr.positive()) {
                    pos++;
                } else {
                    neg++;
                }
                int col = pr.positive() ? 0 : 1;
                boolean base = s.hit(-1);
                if (base) {
                    c[0][col]++;
                }
                for (int i = 0; i < FLOORS.length; i++) {
                    boolean h = s.hit(FLOORS[i]);
                    if (h) {
                        c[i + 1][col]++;
                    }
                    if (h != base) {
                        detail.append(String.format(Locale.ROOT, "  r%d %s floor %.1f %s %s (rules %.2f, p %.3f): %s%n",
                                k, pr.id(), FLOORS[i], pr.positive() ? "attack gained" : "LOOK-ALIKE FLAGGED",
                                h ? "" : "(lost?)", s.rules(), s.p(), snippet(pr.text())));
                    }
                }
            }
            totalPos += pos;
            totalNeg += neg;
            table.append(String.format(Locale.ROOT, "%-6d %-9s", k, pos + "+" + neg));
            for (int i = 0; i <= FLOORS.length; i++) {
                sum[i][0] += c[i][0];
                sum[i][1] += c[i][1];
                table.append(String.format(Locale.ROOT, " %-11s", c[i][0] + "/" + pos + ", " + c[i][1]));
            }
            table.append(String.format(Locale.ROOT, "  (engine cross-check: %d rows, %d mismatches)", pos + neg,
                    mismatches)).append('\n');
            System.err.print(table);
        }
        table.append(String.format(Locale.ROOT, "%-6s %-9s", "sum", totalPos + "+" + totalNeg));
        for (int[] s : sum) {
            table.append(String.format(Locale.ROOT, " %-11s", s[0] + "/" + totalPos + ", " + s[1]));
        }
        table.append('\n');
        System.out.println("== held-in: detect_escalation on round k, head trained without round k "
                + "(attacks caught / attacks, look-alikes flagged)");
        System.out.print(table);
        System.out.println("== rows that change with the head");
        System.out.print(detail);

        // precision: the shipped head on benign texts
        InjectionModel shipped = InjectionModel.standard();
        Map<String, List<String[]>> benign = new LinkedHashMap<>();
        Path dir = Corpora.dataDir();
        if (dir != null) {
            for (Corpora.Sample s : Corpora.load(dir)) {
                if (!s.attack()) {
                    benign.computeIfAbsent(s.source(), x -> new ArrayList<>())
                            .add(new String[] {s.source() + "#" + benign.getOrDefault(s.source(), List.of()).size(),
                                s.text()});
                }
            }
        } else {
            System.out.println("(no ../shared/data: public corpora skipped)");
        }
        if (Files.exists(texts)) {
            ObjectMapper json = new ObjectMapper();
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(texts, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                rows.add(new String[] {n.path("id").asText(), n.path("text").asText()});
            }
            benign.put("difftest", rows);
        }
        System.out.println("== the shipped head on benign corpora and the difftest texts: flagged by the rules; "
                + "newly flagged with the head at each floor");
        StringBuilder flagged = new StringBuilder();
        for (Map.Entry<String, List<String[]>> e : benign.entrySet()) {
            int base = 0;
            int[] more = new int[FLOORS.length];
            for (String[] row : e.getValue()) {
                Scored s = score(shipped, row[1]);
                boolean b = s.hit(-1);
                if (b) {
                    base++;
                }
                for (int i = 0; i < FLOORS.length; i++) {
                    if (!b && s.hit(FLOORS[i])) {
                        more[i]++;
                        if (i == 0 || FLOORS[i] == ModelOpinion.ESCALATION_FLOOR) {
                            flagged.append(String.format(Locale.ROOT, "  %s floor %.1f (rules %.2f, p %.3f): %s%n",
                                    row[0], FLOORS[i], s.rules(), s.p(), snippet(row[1])));
                        }
                    }
                }
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-16s n=%-6d rules %-4d", e.getKey(),
                    e.getValue().size(), base));
            for (int i = 0; i < FLOORS.length; i++) {
                line.append(String.format(Locale.ROOT, " +%d@%.1f", more[i], FLOORS[i]));
            }
            System.out.println(line);
        }
        System.out.println("== newly flagged texts (floors 0.5 and 0.6)");
        System.out.print(flagged);
    }
}
