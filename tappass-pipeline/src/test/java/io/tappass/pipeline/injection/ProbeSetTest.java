package io.tappass.pipeline.injection;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.scan.Normalizer;
import io.tappass.pipeline.scan.TextPart;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Generalisation probe: hand-written attacks and benign look-alikes in the styles of public prompt-injection sets
 * that are NOT among the development corpora (short EN/DE override requests, guarded-secret games, goal hijacking,
 * system-prompt extraction, long persona jailbreaks, instructions inside e-mails/pages/tables/tool results; and
 * developer questions about prompts, support macros, recipes that say "ignore", harmless role plays, translation
 * requests, articles about prompt injection, system-prompt writing help). The texts were written for this project
 * ({@code probe-attacks.txt}, {@code probe-benign.txt}); per-style recall and false-positive rate are printed and
 * floors a little under the measured values are asserted (see docs/quality-injection.md, "Probe sets").
 */
class ProbeSetTest {

    static final double THRESHOLD = 0.6;

    record Probe(String style, String text) {
    }

    static List<Probe> load(String resource) throws IOException {
        List<Probe> out = new ArrayList<>();
        try (InputStream in = ProbeSetTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("test resource " + resource).isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.indexOf('|');
                out.add(new Probe(line.substring(0, bar), line.substring(bar + 1).replace("\\n", "\n")));
            }
        }
        return out;
    }

    /** Third-party content styles are scored as a tool result, everything else as the user's own message. */
    static SignalReport scan(Probe p) {
        if (p.style().equals("indirect") || p.style().equals("document")) {
            return InjectionDetector.standard()
                    .scan(Normalizer.standard().normalize(p.text()), TextPart.Source.TOOL_RESULT);
        }
        return InjectionDetector.standard().scan(p.text());
    }

    /** Per style: {n, flagged}. */
    static Map<String, int[]> evaluate(List<Probe> probes, boolean attack, StringBuilder report) {
        Map<String, int[]> stats = new LinkedHashMap<>();
        for (Probe p : probes) {
            SignalReport r = scan(p);
            double s = r.score();
            boolean flagged = s >= THRESHOLD;
            int[] st = stats.computeIfAbsent(p.style(), k -> new int[2]);
            st[0]++;
            if (flagged) {
                st[1]++;
            }
            if (flagged != attack) {
                report.append(attack ? "  miss " : "  FP   ").append(p.style()).append(' ').append(s).append(' ')
                        .append(r.categories().stream().map(c -> c.rule() + ":" + c.score()).toList()).append("  ")
                        .append(p.text().replace('\n', ' '), 0, Math.min(160, p.text().length())).append('\n');
            }
        }
        return stats;
    }

    static String table(Map<String, int[]> stats, String measure) {
        StringBuilder sb = new StringBuilder(String.format("%-12s %5s %8s%n", "style", "n", measure));
        int n = 0;
        int f = 0;
        for (Map.Entry<String, int[]> e : stats.entrySet()) {
            sb.append(String.format("%-12s %5d %8.3f%n", e.getKey(), e.getValue()[0],
                    e.getValue()[1] / (double) e.getValue()[0]));
            n += e.getValue()[0];
            f += e.getValue()[1];
        }
        sb.append(String.format("%-12s %5d %8.3f%n", "all", n, f / (double) n));
        return sb.toString();
    }

    static double rate(Map<String, int[]> stats, String style) {
        int[] st = stats.get(style);
        return st[1] / (double) st[0];
    }

    @Test
    void probeRecallAndFalsePositives() throws IOException {
        List<Probe> attacks = load("probe-attacks.txt");
        List<Probe> benign = load("probe-benign.txt");
        StringBuilder misses = new StringBuilder();
        Map<String, int[]> recall = evaluate(attacks, true, misses);
        StringBuilder fps = new StringBuilder();
        Map<String, int[]> fpr = evaluate(benign, false, fps);
        System.out.println("probe attacks @ " + THRESHOLD + " (recall)\n" + table(recall, "recall") + misses);
        System.out.println("probe benign @ " + THRESHOLD + " (FPR)\n" + table(fpr, "FPR") + fps);
        assertThat(attacks).hasSizeGreaterThanOrEqualTo(100);
        assertThat(benign).hasSizeGreaterThanOrEqualTo(80);
    }

    /**
     * A second probe set written after the rules of the generalisation round and not used to tune them: how the
     * families carry to phrasings they were not written against.
     */
    @Test
    void validationProbes() throws IOException {
        List<Probe> attacks = load("probe-validation-attacks.txt");
        List<Probe> benign = load("probe-validation-benign.txt");
        StringBuilder misses = new StringBuilder();
        Map<String, int[]> recall = evaluate(attacks, true, misses);
        StringBuilder fps = new StringBuilder();
        Map<String, int[]> fpr = evaluate(benign, false, fps);
        System.out.println("validation attacks @ " + THRESHOLD + " (recall)\n" + table(recall, "recall") + misses);
        System.out.println("validation benign @ " + THRESHOLD + " (FPR)\n" + table(fpr, "FPR") + fps);
        assertThat(attacks).hasSizeGreaterThanOrEqualTo(50);
        assertThat(benign).hasSizeGreaterThanOrEqualTo(50);
    }
}
