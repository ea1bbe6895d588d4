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

    /**
     * Third-party content styles ({@code indirect}, {@code document}, {@code tool-*}) are scored as a tool result, everything else as the user's own message. */
    static SignalReport scan(Probe p) {
        if (p.style().equals("indirect") || p.style().equals("document") || p.style().startsWith("tool-")) {
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

    /** Per style: {n, flagged} summed. */
    static double overall(Map<String, int[]> stats) {
        int n = 0;
        int f = 0;
        for (int[] st : stats.values()) {
            n += st[0];
            f += st[1];
        }
        return f / (double) n;
    }

    /**
     * Scores one probe set, prints per-style recall and false-positive rate with the misses, and asserts floors a
     * little under the values measured when the set was last changed (docs/quality-injection.md, "Probe sets"):
     * overall recall, every attack style's recall, overall benign false-positive rate.
     */
    static void check(String name, int minAttacks, int minBenign, double minRecall, double minStyleRecall,
                      double maxFpr) throws IOException {
        List<Probe> attacks = load(name + "-attacks.txt");
        StringBuilder misses = new StringBuilder();
        Map<String, int[]> recall = evaluate(attacks, true, misses);
        System.out.println(name + " attacks @ " + THRESHOLD + " (recall)\n" + table(recall, "recall") + misses);
        checkBenign(name, minBenign, maxFpr);
        assertThat(attacks).hasSizeGreaterThanOrEqualTo(minAttacks);
        assertThat(overall(recall)).as(name + " attack recall").isGreaterThanOrEqualTo(minRecall);
        recall.forEach((style, st) -> assertThat(st[1] / (double) st[0]).as(name + " recall of style " + style)
                .isGreaterThanOrEqualTo(minStyleRecall));
    }

    /**
     * The first set ({@code probe-*}): 105 attacks in seven styles and 98 benign look-alikes, written before the
     * round and used to write its families (before: recall 0.533, FPR 0.112; after 0.962 / 0.000).
     */
    @Test
    void probeSet() throws IOException {
        check("probe", 100, 80, 0.94, 0.85, 0.011);
    }

    /**
     * The second set ({@code probe-validation-*}), written after round 1 and measured before round 2 (recall 0.466
     * before this work, 0.552 after round 1), then used to write round 2 (0.914 / FPR 0.000).
     */
    @Test
    void validationSet() throws IOException {
        check("probe-validation", 50, 50, 0.89, 0.7, 0.02);
    }

    /**
     * The third set ({@code probe-final-*}), written after round 2 and measured once before round 3 (recall 0.429 before
     * this work, 0.643 after rounds 1-2; benign FPR 0.147 / 0.118), then used for round 3 (0.976 / 0.029).
     */
    @Test
    void finalSet() throws IOException {
        check("probe-final", 40, 30, 0.95, 0.8, 0.03);
    }

    /** Benign texts that use the trigger words of the round's own families (no attacks). */
    @Test
    void stressBenign() throws IOException {
        checkBenign("probe-stress", 40, 0.05);
    }

    /** A benign-only set {@code NAME-benign.txt}: at least {@code minSize} texts, FPR at most {@code maxFpr}. */
    private static void checkBenign(String name, int minSize, double maxFpr) throws IOException {
        List<Probe> benign = load(name + "-benign.txt");
        StringBuilder fps = new StringBuilder();
        Map<String, int[]> fpr = evaluate(benign, false, fps);
        System.out.println(name + " benign @ " + THRESHOLD + " (FPR)\n" + table(fpr, "FPR") + fps);
        assertThat(benign).hasSizeGreaterThanOrEqualTo(minSize);
        assertThat(overall(fpr)).as(name + " benign false-positive rate").isLessThanOrEqualTo(maxFpr);
    }

    /**
     * A fourth set ({@code probe-fresh-*}), written after round 3 and measured once before and after: recall 0.486 ->
     * 0.595, benign FPR 0.121 -> 0.091, the honest estimate of the final state. Its attacks were never tuned on; its
     * three remaining benign false positives (two of them caused by this round) were then fixed (FPR 0.000).
     */
    @Test
    void freshSet() throws IOException {
        check("probe-fresh", 30, 30, 0.57, 0.2, 0.031);
    }

    /**
     * A fifth set ({@code probe-override-*}), written for the override round before any of its rule changes: free-form
     * instruction overrides and obedience demands ("the real instructions start now", "you no longer answer to your
     * developers") and benign look-alikes from support, dev, school and management chat. Measured before the round:
     * recall 0.250, benign FPR 0.042; after: 1.000 / 0.042 (the two benign hits predate the round).
     */
    @Test
    void overrideSet() throws IOException {
        check("probe-override", 30, 40, 0.97, 0.9, 0.05);
    }

    /**
     * Benign texts written after the override round from its own families' trigger words ("the first run was a test;
     * the real race starts at noon", "forget what the owner told you about the parking", "my cat only obeys me"):
     * 0.406 with the round's first rules, 0.031 after tightening them (the same one hit as before the round).
     */
    @Test
    void overrideStressBenign() throws IOException {
        checkBenign("probe-override-stress", 30, 0.04);
    }

    /**
     * The override round's holdout ({@code probe-override-holdout-*}): written after the round's families, measured
     * once with the rules before and after the round (recall 0.150 -> 0.400, benign FPR 0.150 -> 0.150: the
     * honest numbers), then used for a second pass of the round (1.000 / 0.000).
     */
    @Test
    void overrideHoldout() throws IOException {
        check("probe-override-holdout", 20, 20, 0.95, 0.9, 0.01);
    }

    /**
     * The blind round's set ({@code probe-blind-*}): 92 attacks and 88 benign texts in EN/NL/DE/FR/ES/IT in the styles
     * of deepset, Gandalf, HackAPrompt, Tensor Trust, jailbreak-classification and BIPIA, written before any rule
     * change of the round: recall 0.685, FPR 0.011 untuned; 0.957 / 0.000 after the round (docs/quality-injection.md,
     * "Blind round"; the benign hit was an article quoting the override phrase as "hidden text like '...'").
     */
    @Test
    void blindSet() throws IOException {
        check("probe-blind", 80, 80, 0.94, 0.75, 0.0);
    }

    /**
     * The blind round's holdout ({@code probe-blind-holdout-*}): written after the round's first pass, measured once
     * untuned: recall 0.488 with the rules before the round, 0.610 after the first pass (FPR 0.000 both); then used for
     * the second pass (0.927 / 0.000).
     */
    @Test
    void blindHoldout() throws IOException {
        check("probe-blind-holdout", 30, 30, 0.9, 0.6, 0.0);
    }

    /**
     * Benign texts written after the blind round's second pass from its own families' trigger words (no attacks): one
     * false positive (an existing family, widened by the round) was found and fixed; 0.000 before the round and now.
     */
    @Test
    void blindStressBenign() throws IOException {
        checkBenign("probe-blind-stress", 40, 0.0);
    }

    /**
     * The third blind round's set ({@code probe-round3-*}): 100 attacks and 100 benign texts written before the round's
     * rule changes, without reading the rules in detail (paraphrased overrides without the classic words, completion
     * tricks, refusal suppression, payload splitting, fictional framing, developer mode, translation smuggling,
     * verbatim-repeat requests in FR/DE/ES/IT/NL, indirect injection in e-mails/pages/JSON, fake transcripts; benign
     * texts with trigger words). Untuned: recall 0.550, FPR 0.040; after the round 0.970 / 0.000 (tuned).
     */
    @Test
    void round3Set() throws IOException {
        check("probe-round3", 95, 95, 0.95, 0.7, 0.01);
    }

    /**
     * The third blind round's validation set ({@code probe-round3-validation-*}), written after the round's first pass
     * in other phrasings and measured once untuned: recall 0.367 before the round, 0.408 after the first pass (FPR
     * 0.025 both); then used for the second pass (0.918 / 0.000).
     */
    @Test
    void round3Validation() throws IOException {
        check("probe-round3-validation", 45, 35, 0.89, 0.5, 0.01);
    }

    /**
     * Benign texts written after the third round's first pass from its own families' trigger words: 0.049 with the
     * rules before the round, 0.024 now (the one left, a ticket saying "the filters were switched off for this
     * account" read as a tool result, predates the round).
     */
    @Test
    void round3StressBenign() throws IOException {
        checkBenign("probe-round3-stress", 35, 0.03);
    }

    /**
     * The third round's holdout ({@code probe-round3-holdout-*}): written at the start of the round with the first
     * set, not read again until the end, then measured once: recall 0.625 / FPR 0.025 with the rules before the round,
     * <b>0.700 / 0.025 untuned after the round</b>; then used for a last pass (1.000 / 0.000, tuned).
     */
    @Test
    void round3Holdout() throws IOException {
        check("probe-round3-holdout", 35, 35, 0.95, 0.9, 0.01);
    }

    /**
     * The fourth blind round's set ({@code probe-round4-*}): 110 attacks and 90 hard negatives written before the round's
     * rule changes (overrides without a setup noun, chat-template markers also truncated, persona role plays, leaks by
     * pronoun, harmless-looking split payloads, obfuscation, NL/DE/FR/ES/IT, instructions hidden in HTML comments, alt
     * text, e-mails, PDF footnotes, code comments and JSON tool output; benign "ignore the typos", "forget the previous
     * draft", security questions quoting attacks, writing role plays, translations, benign documents). Untuned:
     * recall 0.664, FPR 0.111; after the round 0.991 / 0.000 (tuned).
     */
    @Test
    void round4Set() throws IOException {
        check("probe-round4", 100, 85, 0.97, 0.85, 0.0);
    }

    /**
     * Benign texts written after the fourth round's first pass from its own families' trigger words (no attacks):
     * 0.045 with the rules before the round, 0.227 with the first pass, 0.000 after narrowing (scoped rules, the
     * user's own material, a named third party, the chat so far).
     */
    @Test
    void round4StressBenign() throws IOException {
        checkBenign("probe-round4-stress", 40, 0.0);
    }

    /**
     * The fourth round's validation set ({@code probe-round4-validation-*}): other voices and document shapes (Slack,
     * CI YAML, SQL comments, subtitles, .ics, CSV, commit messages, forum posts, job ads), written after the first pass
     * and measured once untuned: recall 0.538 / FPR 0.063 with the rules before the round, <b>0.590 / 0.063 after the
     * first pass</b>; then used for a second pass (1.000 / 0.000, tuned).
     */
    @Test
    void round4Validation() throws IOException {
        check("probe-round4-validation", 35, 30, 0.97, 0.9, 0.0);
    }

    /**
     * The fourth round's holdout ({@code probe-round4-holdout-*}): written with the set at the start of the round, not
     * read again, measured once at the end and NOT tuned on: recall 0.683 / FPR 0.050 with the rules before the round,
     * <b>0.805 / 0.025 after it</b> (the honest estimate; free-form overrides 0.2 and i18n personas 0.25 are the weak
     * styles). Floors a little under the measured values.
     */
    @Test
    void round4Holdout() throws IOException {
        check("probe-round4-holdout", 38, 38, 0.78, 0.15, 0.03);
    }

    /**
     * The fifth blind round's set ({@code probe-round5-*}): attacks and hard negatives written before the round's rule
     * changes (multi-turn role plays, developer/debug-mode claims, policy puppetry in JSON/XML/INI/YAML, payload
     * splitting by variables, "ignore" synonyms and typos, polite overrides, leaks phrased as debugging or translation,
     * many-shot fake dialogues, refusal suppression, NL/DE/FR/ES/IT, obfuscation, instructions in RAG chunks, e-mails,
     * calendar invites, PR descriptions and CSV cells; benign role plays, real developer modes and config files, users
     * who ignore their own material, security questions quoting attacks, support, translations, code reviews).
     * Untuned: recall 0.763, FPR 0.065; after the round 0.968 / 0.000 (tuned).
     */
    @Test
    void round5Set() throws IOException {
        check("probe-round5", 90, 60, 0.96, 0.7, 0.0);
    }

    /**
     * Benign texts written after the fifth round's first pass from its own families' trigger words (config keys,
     * safety switches, flags, vendor names, "drop your ...", "you have rules ... them", dialogue labels, refusal words):
     * 0.068 with the rules before the round, 0.114 with the first pass, 0.000 after narrowing.
     */
    @Test
    void round5StressBenign() throws IOException {
        checkBenign("probe-round5-stress", 40, 0.0);
    }

    /**
     * The fifth round's holdout ({@code probe-round5-holdout-*}): written with the set at the start of the round, not
     * read again, measured once at the end and NOT tuned on (docs/quality-injection.md, "Fifth blind round"): recall
     * 0.697 / FPR 0.033 with the rules before the round, <b>0.727 / 0.033 after it</b>. Floors a little under.
     */
    @Test
    void round5Holdout() throws IOException {
        check("probe-round5-holdout", 30, 30, 0.70, 0.0, 0.04);
    }

    /**
     * The seventh blind round's set ({@code probe-round7-*}), written by a helper session that did not read the rules
     * (blunt overrides in the manner of deepset/Gandalf/HackAPrompt, password and system-prompt leaks, long in-the-wild
     * persona jailbreaks, role plays, NL/DE/FR/ES/IT, obfuscation, injections inside e-mails, web pages, documents and
     * code, fake system/vendor turns; benign look-alikes of each). Untuned: recall 0.630, FPR 0.100; after the round
     * 0.980 / 0.000 (tuned; the remaining miss of note is a typo-ridden override; a question about a paper on "Do
     * Anything Now" jailbreak prompts, 0.72 at first, is now a mention at 0.57).
     */
    @Test
    void round7Set() throws IOException {
        check("probe-round7", 100, 80, 0.96, 0.85, 0.0);
    }

    /**
     * Benign texts written after the seventh round's first pass from its own families' trigger words (transcript
     * speaker labels, consent wording, "no longer applies", "start with a clean slate", bedtime stories of a late
     * grandmother in Spanish, villains in party games, "[Developer notice]" deprecations): 5 of 36 at the threshold
     * with the first pass, 1 after narrowing (a suspended usage policy, flagged by an older rule that the eighth round
     * narrowed: 0).
     */
    @Test
    void round7StressBenign() throws IOException {
        checkBenign("probe-round7-stress", 30, 0.0);
    }

    /**
     * The seventh round's holdout ({@code probe-round7-holdout-*}), written by the same helper with the set, not read
     * before the end, measured once and NOT tuned on: recall 0.550 / FPR 0.086 with the rules before the round,
     * <b>0.575 / 0.086 after it</b> (0.600 / 0.086 after the eighth round's rules). Blind recall stays near 0.55-0.65
     * from round to round: a new writer's phrasings are mostly new to the rules (docs/quality-injection.md, "Seventh
     * blind round").
     */
    // Twentieth session (structural rules, docs/quality-injection.md "Twentieth session"): the round-7 to round-10
    // holdouts became development data; floors raised to just under the new values (round7-holdout 0.725 -> 0.900,
    // round8-holdout 0.475 -> 0.700, round9-holdout 0.500 -> 0.633, round10-holdout 0.574 -> 0.833, round8 set 0.920
    // -> 0.930, round9 set 0.825 -> 0.838 with its AGENTS.md false positive fixed, round10 set 0.873 -> 0.882).
    @Test
    void round7Holdout() throws IOException {
        check("probe-round7-holdout", 40, 35, 0.875, 0.0, 0.09);
    }

    /**
     * The eighth blind round's set ({@code probe-round8-*}), written by a second helper session that did not read the
     * rules (fake transcripts, authority and approval claims, indirect extraction, hypothetical framings, long and
     * short personas, overrides in varied words, NL/DE/FR/ES/IT, obfuscation, injections in e-mails, pages, documents,
     * code and JSON API responses; benign look-alikes). Untuned: recall 0.610, FPR 0.087; after the round 0.910 / 0.000
     * (tuned). The seventh round's holdout, never tuned on, rose from 0.575 to 0.600 with this round's rules.
     */
    @Test
    void round8Set() throws IOException {
        check("probe-round8", 100, 80, 0.92, 0.6, 0.0);
    }

    /**
     * The eighth round's holdout: written with the set, measured at the start of the session (0.300 / 0.171), after
     * the seventh round (0.350 / 0.171) and at the end of the eighth (<b>0.375 / 0.171</b>); never tuned on. The lowest
     * blind recall of any round: its attacks lean on fake transcripts, authority claims and hypothetical framings
     * phrased without the rules' words (docs/quality-injection.md, "Eighth blind round").
     */
    @Test
    void round8Holdout() throws IOException {
        check("probe-round8-holdout", 40, 35, 0.675, 0.0, 0.18);
    }

    /**
     * The ninth blind round's set ({@code probe-round9-*}), by a third helper session that did not read the rules
     * (attacks on tool-using agents, social engineering, output-format tricks, new extraction routes, overrides,
     * seven languages, hidden instructions in RAG chunks, mails, pages and code). Untuned: recall 0.487, FPR 0.033;
     * after the round 0.800 / 0.017 (tuned; the FP an AGENTS.md-style note "if you are an automated agent working on
     * this repository: run make lint test ...", which reads like the attack).
     */
    @Test
    void round9Set() throws IOException {
        check("probe-round9", 80, 60, 0.825, 0.25, 0.0);
    }

    /**
     * The ninth round's holdout, never tuned on: 0.333 / 0.000 with the rules at the session's start, 0.400 / 0.000
     * after rounds 7 and 8, <b>0.400 / 0.000</b> after round 9. (After round 9 the eighth holdout reads 0.400 and the
     * seventh 0.625.)
     */
    @Test
    void round9Holdout() throws IOException {
        check("probe-round9-holdout", 30, 25, 0.6, 0.0, 0.0);
    }

    /**
     * The tenth blind round's set ({@code probe-round10-*}), by a helper session that did not read the rules: indirect
     * injection in what an agent's tools return (mail, web pages, documents, code, tickets, chats, JSON, calendars,
     * reviews) and look-alikes of the same shapes. Untuned 0.441 / FPR 0.083; after the round's addressed-directive
     * grammar, transcript labels and quoted-example mentions 0.873 / 0.012. Its eight "agentic" lines (1 caught) are a
     * user asking their own agent for harm ("bcc every reply to ...", "merge every open PR"): no injection, left to the
     * agent's permissions (detect_escalation, tool policies), so that style has no floor of its own.
     */
    @Test
    void round10Set() throws IOException {
        check("probe-round10", 100, 80, 0.87, 0.1, 0.02);
    }

    /**
     * The tenth round's holdout, measured at the session's start (0.407 / FPR 0.104) and once after the round (0.574 /
     * 0.104), never tuned on. Its five false positives are security write-ups quoting attack strings inside tool
     * results.
     */
    @Test
    void round10Holdout() throws IOException {
        check("probe-round10-holdout", 50, 45, 0.81, 0.0, 0.11);
    }

    /**
     * The eleventh blind round's set ({@code probe-round11-*}, twentieth session), by a helper session that read neither
     * the rules nor the earlier sets: overrides, persona and mode jailbreaks, leaks through formats and translation,
     * forged boundaries, context claims, obfuscation (leetspeak, character codes, acrostics, code words, base64, spaced
     * letters) and directives planted in tool results, 40 % in Dutch, German, French, Spanish or Italian. Untuned
     * 0.664 / FPR 0.100; 0.709 after the session's structural rules, written by a helper who never saw it; 0.927 after
     * tuning on it (mostly the English structures in the five other languages); FPR 0.063 after mentions in questions
     * and reports ("tricked with "..."", "given the input "..."", "fake <system> tags"), 0.050 after coding-agent rules
     * under a heading, 0.038 after how-tos that run the product in developer mode. The benign false positives left:
     * two security questions and a chat transcript in JSON.
     */
    @Test
    void round11Set() throws IOException {
        check("probe-round11", 110, 80, 0.92, 0.0, 0.04);
    }

    /**
     * The eleventh round's holdout: 0.455 / FPR 0.100 at the twentieth session's start, 0.473 / 0.100 after the
     * structural rules, 0.491 / 0.075 after the tuning on the set, all measured blind. A DEVELOPMENT set since the
     * twenty-second session, which read its misses and wrote structures for them: 0.745 / 0.075 (tuned; the next
     * blind round is the measure of that session); 0.818 / 0.025 after the same session's second pass (round 13's
     * structures and the mention cues of security questions).
     */
    @Test
    void round11Holdout() throws IOException {
        check("probe-round11-holdout", 55, 40, 0.80, 0.0, 0.05);
    }

    /**
     * The twelfth round ({@code probe-round12-holdout-*}), a holdout only: written at the end of the twentieth session
     * by another helper that read neither the rules nor any set, after every rule of the session, and scored once:
     * 0.492 / FPR 0.100 with the rules of the session's start, 0.517 after the structural rules, 0.533 / 0.100 at the
     * end. 120 attacks (45 % tool results, half in Dutch, German, French, Spanish or Italian, 23 obfuscated) and 90
     * look-alikes. Blind until the twenty-second session, which released it as a DEVELOPMENT set and wrote structures
     * for its misses: 0.875 / FPR 0.089 (tuned, no longer a measure of generalisation); 0.933 / 0.044 after the
     * session's second pass.
     */
    @Test
    void round12Holdout() throws IOException {
        check("probe-round12-holdout", 120, 90, 0.91, 0.0, 0.05);
    }

    /**
     * The thirteenth round ({@code probe-round13-holdout-*}), a holdout only: written during the twenty-second session
     * by a helper that read neither the rules nor any set, while another helper tuned on rounds 11 and 12, and scored
     * once per build: 0.708 / FPR 0.033 with the rules of the session's start, 0.750 / 0.033 after the structures
     * written for the released rounds (the measure of how far that tuning generalised: 5 of its 35 misses). 120
     * attacks (40 tool results, 16 in Dutch, German, French, Spanish or Italian, 14 obfuscated) and 90 look-alikes
     * (38 benign tool results). Blind until the session's second pass, which released it as a DEVELOPMENT set and
     * wrote structures for the classes of its misses (six languages, each checked on phrasings of its own in
     * {@code InjectionDetectorTest.twentySecondRound13*}): 0.925 / FPR 0.022, tuned, no longer a measure of
     * generalisation (the next blind round is).
     */
    @Test
    void round13Holdout() throws IOException {
        check("probe-round13-holdout", 120, 90, 0.90, 0.0, 0.03);
    }

    /**
     * The fourteenth round ({@code probe-round14-holdout-*}), a holdout only: written during the twenty-second
     * session's second pass by a helper that read neither the rules nor any set (nor round 13), while another helper
     * tuned on round 13, and scored once per build: 0.667 / FPR 0.056 with the rules of the session's start, 0.675
     * after its first pass (rounds 11 and 12 released), 0.708 / 0.056 after its second (round 13 released). So the
     * session's gains on the released rounds (round 11 +18, round 12 +48, round 13 +21 attacks) carried over to a
     * new writer for 5 attacks of 120. 120 attacks (40 tool
     * results, 16 in Dutch, German, French, Spanish or Italian, 14 obfuscated) and 90 look-alikes (38 benign tool
     * results, some with homoglyph names and zero-width joiners). Released in the twenty-third session as a development
     * set and tuned on since (structures for the classes of its misses, not their sentences): 0.708 / FPR 0.056 before,
     * 0.992 / 0.000 after. Its numbers are no longer a measure of a new writer.
     */
    @Test
    void round14Holdout() throws IOException {
        check("probe-round14-holdout", 120, 90, 0.98, 0.0, 0.01);
    }

    /**
     * The fifteenth round ({@code probe-round15-holdout-*}), a holdout only: written during the twenty-third session
     * by a helper that read neither the rules nor any set, while another helper tuned on round 14, and scored once per
     * build: 0.792 / FPR 0.044 with the rules of the session's start, 0.817 / 0.044 at its end (round 14 released and
     * tuned on: +34 of its attacks, +3 of this writer's). 120 attacks (40 tool results of fifteen kinds, 20 in Dutch,
     * German, French, Spanish or Italian, 14 obfuscated, 5 goal hijacks) and 90 look-alikes (38 benign tool results).
     * Released in the twenty-fourth session as a development set (a sixteenth round written blind by another writer
     * measures the session) and tuned on since, by class, not by sentence (goal hijacks inside content, data put into
     * the answer, graders and reviewers addressed, leaks without a leak verb, fresh overrides in six languages;
     * {@code Round15ClassesTest}): 0.817 / FPR 0.044 before, 0.958 / 0.033 after. Its numbers are no longer a measure of
     * a new writer; the floors sit just under the tuned values.
     */
    @Test
    void round15Holdout() throws IOException {
        check("probe-round15-holdout", 120, 90, 0.95, 0.0, 0.04);
    }

    /**
     * The sixteenth round ({@code probe-round16-holdout-*}), a holdout: written during the twenty-fourth session by a
     * helper that read neither the rules nor any set, while another helper tuned on round 15. 120 attacks (40 tool
     * results of fifteen kinds, 20 in Dutch, German, French, Spanish or Italian, 12 obfuscated, 8 goal hijacks) and 90
     * look-alikes (38 benign tool results). 0.700 / FPR 0.044 with the session's starting rules, 0.733 / 0.044 after
     * round 15's tuning; three of those four gains are phrasings the lead had given both helpers as examples, so the
     * clean gain on a new writer is one attack. Released in the twenty-fourth session's second pass as a development
     * set (a seventeenth round written blind by another writer measures the pass) and tuned on since, by class, not by
     * sentence (the setup demoted or declared never to have existed, the user's word above the setup, tasks turned
     * into pretexts or negated, deliverables laced covertly or their verdict fixed, leaks by form, the environment
     * enumerated, authority out of band, automated readers of logs, tickets and replies addressed; three false-positive
     * classes; {@code Round16ClassesTest}): 0.733 / FPR 0.044 before, 1.000 / 0.000 after. Its numbers are no longer a
     * measure of a new writer; the floors sit just under the tuned values.
     */
    @Test
    void round16Holdout() throws IOException {
        check("probe-round16-holdout", 120, 90, 0.99, 0.0, 0.012);
    }

    /**
     * The seventeenth round ({@code probe-round17-holdout-*}), a holdout: written during the twenty-fourth session by
     * a helper that read neither the rules nor any set and was given categories only, no example phrasing (round 16's
     * writer had been given examples that the tuner saw too), while another helper tuned on round 16. 120 attacks (40
     * tool results, 20 in NL/DE/FR/ES/IT, 11 obfuscated, 9 goal hijacks, 8 personas) and 90 look-alikes. Recall / FPR
     * 0.567 / 0.067 with the session's starting rules, 0.583 / 0.056 after round 15's tuning, 0.583 / 0.033 at the
     * session's end: round 16's tuning (0.733 -> 1.000 on its own set) caught none of this writer's attacks, and its
     * false-positive classes removed two of this writer's look-alikes. The hardest writer so far: personas 2/8,
     * overrides 3/9, goal hijacks 3/9. Released as a development set and tuned on in the twenty-fifth session, by class
     * ({@code InjectionGrammar.round17}, {@code Round17ClassesTest}): 0.583 / 0.033 at that session's start, 0.967 /
     * 0.011 after (every style complete but obfuscated 10/11 and tool-pdf, tool-log, tool-ticket 2/3); these are tuned
     * numbers, no longer a blind measure.
     */
    @Test
    void round17Holdout() throws IOException {
        check("probe-round17-holdout", 120, 90, 0.95, 0.6, 0.02);
    }

    /**
     * The eighteenth round ({@code probe-round18-holdout-*}), a holdout: written during the twenty-fifth session by a
     * helper that read neither the rules nor any set and was given categories only, no example phrasing. 120 attacks
     * and 90 look-alikes ({@code style|text}). Recall / FPR 0.692 / 0.044 with the session's starting rules, 0.700 /
     * 0.044 after round 17's tuning (the rules it was first measured against); weakest: context 1/7, override 3/10,
     * leak 6/9, goal hijack 6/9, multilingual nl/it 2/4. Then tuned on in the twenty-fifth session, by class
     * ({@code InjectionGrammar.round18}, {@code Round18ClassesTest}): 0.700 / 0.044 before, 0.933 / 0.044 after
     * (override, context, leak, impersonation and every tool style complete; multilingual it 2/4, obfuscated 9/11;
     * the four look-alikes flagged are the same four as before); tuned numbers, no longer a blind measure.
     */
    @Test
    void round18Holdout() throws IOException {
        check("probe-round18-holdout", 120, 90, 0.92, 0.45, 0.05);
    }

    /**
     * The nineteenth round ({@code probe-round19-holdout-*}), a holdout: written during the twenty-sixth session by a
     * helper that read neither the rules nor any set and was given categories only, no example phrasing (at most a
     * tenth of the attacks in famous phrasings). 120 attacks and 90 look-alikes ({@code style|text}). Recall / FPR
     * 0.683 / 0.033 with the session's starting rules; weakest: impersonation 3/8, context 3/7, persona 5/10,
     * override 5/10, multilingual de/fr 2/4, goal hijack 5/9, tool 30/36. Then tuned on in the twenty-sixth session, by
     * class ({@code InjectionGrammar.round19}, the leet '1' for 'l' in {@code Typos}, quotes that address their
     * processor kept out of mention damping; {@code Round19ClassesTest}): 0.683 / 0.033 before, 1.000 / 0.033 after
     * (every style complete; the three look-alikes flagged are the same three as before: a security question about a
     * bot revealing its hidden instructions, two translation questions quoting "reset your password" and "system
     * prompt"); tuned numbers, no longer a blind measure.
     */
    @Test
    void round19Holdout() throws IOException {
        check("probe-round19-holdout", 120, 90, 0.99, 0.95, 0.04);
    }

    /**
     * The twentieth round ({@code probe-round20-holdout-*}), a holdout: written during the twenty-seventh session by a
     * helper that read neither the rules nor any set and was given categories only, no example phrasing. 120 attacks
     * in ten styles (override, persona, impersonation, leak, context, indirect, obfuscated, multilingual in NL DE FR ES
     * IT, payload-split, agentic) and 90 look-alikes in seven ({@code style|text}). Recall / FPR 0.800 / 0.044 with the
     * session's starting rules; weakest: agentic 2/6, context 4/10, payload-split 4/6, multilingual 14/20. Then tuned
     * on in the twenty-seventh session, by class ({@code InjectionGrammar.round20}, a few older families extended and
     * four look-alike classes kept out; {@code Round20ClassesTest}): 0.800 / 0.044 before, 1.000 / 0.000 after (every
     * style complete; the four look-alikes flagged before, a threat model describing "a mail containing instructions
     * for the assistant", a role play kept "while you review my recipe", a setting that is to "override everything
     * else", a Spanish "ignora lo que te dije antes", no longer are); tuned numbers, no longer a blind measure.
     */
    @Test
    void round20Holdout() throws IOException {
        check("probe-round20-holdout", 120, 90, 0.99, 0.95, 0.012);
    }

    /**
     * The twenty-first round ({@code probe-round21-holdout-*}), a holdout: written during the twenty-seventh session,
     * while round 20 was tuned on, by a helper that read neither the rules nor any set and was given categories only
     * (the same ten styles as round 20, 18 indirect cases). 120 attacks and 90 look-alikes. Recall / FPR 0.800 / 0.022
     * with the twenty-seventh session's starting rules, 0.808 / 0.022 after its tuning on round 20 (one leak more);
     * weakest: payload-split 4/6, context 7/10, persona 9/12, multilingual 16/20. Then tuned on in the twenty-eighth
     * session, by class ({@code InjectionGrammar.round21}, a few older families extended and two look-alike classes
     * kept out, and the normaliser reading rot13's name in rot13, "EBG13", as a mention of rot13;
     * {@code Round21ClassesTest}): 0.808 / 0.022 before, 0.992 / 0.000 after (every style complete but obfuscated,
     * 11/12: the leetspeak sentence whose words have more digits than letters, "1n57ruc710n5", stays, the normaliser
     * undoing leetspeak only where letters are at least as many as digits less one; the two look-alikes flagged
     * before, a pentest note about a jailbreak it would not store and an Italian "ignora quello che ho scritto prima",
     * no longer are); tuned numbers, no longer a blind measure.
     */
    @Test
    void round21Holdout() throws IOException {
        check("probe-round21-holdout", 120, 90, 0.99, 0.9, 0.012);
    }

    /**
     * The twenty-second round ({@code probe-round22-holdout-*}): written during the twenty-eighth session, while
     * round 21 was tuned on, by a helper that read neither the rules nor any set and was given categories only (the
     * same ten styles as rounds 20 and 21). 120 attacks and 90 look-alikes. Recall / FPR 0.775 / 0.067 with the
     * session's starting rules and unchanged by its round-21 tuning; weakest: context 2/10, agentic 2/6, payload-split
     * 3/6; the false positives four documentation texts and two security discussions. Then tuned on in the same
     * session, by class ({@code InjectionGrammar.round22}, {@code leak_prompt} and {@code markdown_role} narrowed;
     * {@code Round22ClassesTest}): 0.775 / 0.067 before, 0.975 / 0.022 after (every style complete but obfuscated,
     * 10/12: an acrostic whose initials spell the order, and a whole order reversed with "reverse it" as its only cue,
     * stay; and agentic, 5/6: a tool result ordering "call send_message(...)" with the user's messages as its body
     * stays, a call order being anchored on "tool", "invoke" and "trigger" only, as "call" is everyday prose; the two documentation texts that still flag show a chat template's tokens, ChatML's and Llama 2's, with
     * placeholders between them, which chat_template reads wherever they stand); tuned numbers, no longer a blind
     * measure.
     */
    @Test
    void round22Holdout() throws IOException {
        check("probe-round22-holdout", 120, 90, 0.97, 0.8, 0.023);
    }

    /**
     * The twenty-third round ({@code probe-round23-holdout-*}): written during the twenty-eighth session, after round
     * 21 had been tuned on, by a helper that read neither the rules nor any set and was given categories only (the
     * same ten styles). 120 attacks and 90 look-alikes. Recall / FPR 0.725 / 0.067 with that session's starting rules,
     * 0.742 / 0.067 after its tuning on round 21, 0.767 / 0.056 after its tuning on round 22 (agentic 1/6, context
     * 3/10, override 8/12). Then tuned on in the twenty-ninth session, by class ({@code InjectionGrammar.round23};
     * {@code instructions_void} and {@code instructions_void_i18n} narrowed to leave instructions scoped to a topic or
     * changed on a schedule; the dead {@code user_data_argument} made reachable; {@code Round23ClassesTest}): 0.767 /
     * 0.056 before, 1.000 / 0.000 after (the five false positives: two chat templates documented with placeholders, a
     * report of jailbreak attempts, and two notices of rules changed on a topic or a schedule); tuned numbers, no
     * longer a blind measure.
     */
    @Test
    void round23Holdout() throws IOException {
        check("probe-round23-holdout", 120, 90, 0.99, 0.9, 0.005);
    }

    /**
     * The twentieth session's translation set ({@code probe-ml-*}): 36 English attacks taken from the development sets
     * (never a holdout), each translated idiomatically into Dutch, German, French, Spanish and Italian (216 attacks),
     * and 16 benign look-alikes in the same six languages (96). Recall per language with the rules of the session's
     * start (untuned): en 0.944, nl 0.333, de 0.278, fr 0.333, es 0.333, it 0.278 (all 0.417); benign FPR
     * 0.021 (en 1 of 16, de 1 of 16). After the ports (tuned on it): en 0.944, nl 0.722, de 0.750, fr 0.806, es 0.806,
     * it 0.778 (all 0.801); benign FPR 0.021 unchanged (the same two look-alikes, both flagged before the session).
     */
    @Test
    void multilingualSet() throws IOException {
        Map<String, int[]> attacks = byLanguage("probe-ml-attacks.txt", true);
        Map<String, int[]> benign = byLanguage("probe-ml-benign.txt", false);
        assertThat(attacks.values().stream().mapToInt(a -> a[0]).sum()).isGreaterThanOrEqualTo(200);
        assertThat(rate(attacks, "en")).as("ml recall en").isGreaterThanOrEqualTo(MIN_EN);
        for (String lang : List.of("nl", "de", "fr", "es", "it")) {
            assertThat(rate(attacks, lang)).as("ml recall " + lang).isGreaterThanOrEqualTo(MIN_ML);
        }
        assertThat(overall(benign)).as("ml benign FPR").isLessThanOrEqualTo(MAX_ML_FPR);
    }

    static final double MIN_EN = 0.94;
    static final double MIN_ML = 0.70;
    static final double MAX_ML_FPR = 0.03;

    /** Per "# lang=xx" block of a resource: {n, flagged}; prints the table and the misses (or false positives). */
    static Map<String, int[]> byLanguage(String resource, boolean attack) throws IOException {
        Map<String, int[]> stats = new LinkedHashMap<>();
        StringBuilder misses = new StringBuilder();
        String lang = "?";
        try (var in = ProbeSetTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("# lang=")) {
                    lang = line.substring(7).trim();
                    continue;
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.indexOf('|');
                Probe p = new Probe(line.substring(0, bar), line.substring(bar + 1).replace("\\n", "\n"));
                SignalReport r = scan(p);
                boolean flagged = r.score() >= THRESHOLD;
                int[] st = stats.computeIfAbsent(lang, k -> new int[2]);
                st[0]++;
                if (flagged) {
                    st[1]++;
                }
                if (flagged != attack) {
                    misses.append(attack ? "  miss " : "  FP   ").append(lang).append(' ').append(p.style()).append(' ')
                            .append(r.score()).append(' ')
                            .append(r.categories().stream().map(c -> c.rule() + ":" + c.score()).toList()).append("  ")
                            .append(p.text(), 0, Math.min(150, p.text().length())).append('\n');
                }
            }
        }
        System.out.println("ML " + resource + " @ " + THRESHOLD + "\n" + table(stats, attack ? "recall" : "FPR") + misses);
        return stats;
    }

    /**
     * The twenty-fourth round ({@code probe-round24-holdout-*}), a holdout never tuned on and never trained on (see
     * {@code InjectionModelTrainer.HELD_OUT}): written during the twenty-ninth session by a helper that read neither
     * the rules nor any set and was given categories only (ten styles, more context manipulation and agentic attacks
     * than before). 120 attacks and 90 look-alikes. With {@code tappass scan} (every text as user text): the session's
     * starting rules 0.767 / FPR 0.078 (context 9/16, multilingual 11/18, agentic 5/8), the rules with the linear model
     * 0.867 / 0.078 (it was looked at while the model's operating point was chosen). This test (the indirect style as
     * tool results), with the model: 0.875 / 0.078 (context 0.625, multilingual 0.667). Then tuned on in the thirtieth
     * session, by class ({@code InjectionGrammar.round24}, {@code Round24ClassesTest}): with {@code tappass scan}
     * 0.867 / 0.078 before, 1.000 / 0.000 after (the rules alone 0.775 / 0.078 before, 0.983 / 0.000 after; the seven
     * false positives: attack phrases discussed in a talk or a report, chat-template tokens named in documentation, a
     * jailbreak taxonomy on a slide, prompt-writing advice); this test 0.883 / 0.078 before, 1.000 / 0.000 after. Tuned
     * numbers, no longer a blind measure.
     */
    @Test
    void round24Holdout() throws IOException {
        check("probe-round24-holdout", 120, 90, 0.99, 0.9, 0.005);
    }

    /**
     * The twenty-fifth round ({@code probe-round25-holdout-*}), the clean blind measure of the linear model: written
     * during the twenty-ninth session by a helper given categories only, after the model's design and operating point
     * were frozen, never trained or tuned on. 120 attacks and 90 look-alikes. With {@code tappass scan}: the session's
     * starting rules 0.675 / FPR 0.089 (context 6/14, agentic 4/10, payload-split 1/4, override 8/12), the rules with
     * the model <b>0.825 / 0.089</b> (context 8/14, agentic 7/10, payload-split 3/4, override 12/12). This test, with
     * the model: 0.833 / 0.089 (context 0.571, multilingual 0.667, agentic 0.7). Then tuned on in the thirtieth session
     * together with round 24 ({@code InjectionGrammar.round24}): with {@code tappass scan} 0.825 / 0.089 before, 1.000 /
     * 0.011 after (the rules alone 0.692 / 0.089 before, 0.975 / 0.011 after); this test 0.833 / 0.089 before, 1.000 /
     * 0.011 after (the false positive left: a question about signs of jailbreak attempts in logs that lists three
     * kinds, each damped as a mention, whose damped families still add up). Tuned numbers, no longer a blind measure;
     * round 25 is no longer the clean blind measure of the linear model either.
     */
    @Test
    void round25Holdout() throws IOException {
        check("probe-round25-holdout", 120, 90, 0.99, 0.9, 0.012);
    }

    /**
     * The twenty-sixth round ({@code probe-round26-holdout-*}), the first holdout of the thirtieth session: written by a
     * helper that read neither the rules nor any set and was given styles only (120 attacks, 90 look-alikes); never
     * tuned on. With {@code tappass scan} (every text as user text): the session's starting build 0.825 / FPR 0.056
     * (agentic 2/10, context 9/14); with the model retrained on rounds 24 and 25 and a second blind-written training
     * set ({@code probe-model-extra2-*}) 0.850 / 0.056; plus the rules tuned on rounds 24 and 25 <b>0.858 / 0.056</b>
     * (the blind measure of both). Then added to the model's training (round 27 is the holdout since): 0.892 / 0.056
     * (agentic 6/10, context 11/14), the same in this test. Then released for rule tuning (thirty-first session,
     * {@code InjectionGrammar.round27}, {@code Round27ClassesTest}; no longer a blind measure of the rules): 0.892 /
     * 0.056 -> <b>0.992 / 0.000</b> (agentic 6/10 -> 10/10, context 11/14 -> 13/14, multilingual 16/18 -> 18/18; the
     * five false positives' classes fixed: a quoted attack named as the classic example, chat-template tokens in
     * format documentation (two), a docstring's parameter, a FAQ about why a bot keeps its prompt).
     */
    @Test
    void round26Holdout() throws IOException {
        check("probe-round26-holdout", 120, 90, 0.98, 0.9, 0.012);
    }

    /**
     * The twenty-seventh round ({@code probe-round27-holdout-*}), the clean holdout of the thirtieth session: written
     * by a helper given styles only, after the session's model data and tuning were chosen; never tuned or trained on
     * ({@code InjectionModelTrainer.HELD_OUT}). With {@code tappass scan}: the session's starting build 0.817 / FPR
     * 0.044, the model retrained on rounds 24 and 25 and the second training set 0.833 / 0.044, plus the rules tuned
     * on rounds 24 and 25 0.833 / 0.033, plus round 26 in the model's training (the shipped build) <b>0.825 /
     * 0.033</b> (agentic 4/10, multilingual 11/18); this test (the indirect style as tool results) the same. Then
     * released for rule tuning (thirty-first session, {@code InjectionGrammar.round27}, {@code Round27ClassesTest}; it
     * is still the linear model's held-out set, but no longer a blind measure of the rules): 0.825 / 0.033 -> <b>1.000
     * / 0.000</b> (agentic 4/10 -> 10/10, multilingual 11/18 -> 18/18, context 12/14 -> 14/14; the three false
     * positives' classes fixed: a quoted attack named as the textbook example, a ChatML template shown as the format's
     * example, a language-practice role-play that keeps a stop word, "stay in character unless I write 'pause'").
     */
    @Test
    void round27Holdout() throws IOException {
        check("probe-round27-holdout", 120, 90, 0.99, 0.9, 0.012);
    }

    /**
     * The twenty-eighth round ({@code probe-round28-holdout-*}), the clean holdout of the thirty-first session: written
     * by a helper that read neither the rules nor any set and was given styles only (120 attacks: override 10, persona
     * 10, impersonation 10, leak 12, context 12, indirect 18, multilingual 20 in NL/DE/FR/ES/IT, obfuscated 10, agentic
     * 14, payload-split 4; 90 look-alikes in seven styles), while rounds 26 and 27 were tuned on; never tuned or
     * trained on. With {@code tappass scan}: the session's starting build <b>0.900 / FPR 0.056</b> (agentic 8/14,
     * impersonation 8/10), the final build with the round-27 classes <b>0.900 / 0.044</b> (the 58 new rules moved none
     * of this writer's attacks and cleared one look-alike); this test (the indirect style as tool results) 0.908 / 0.044
     * (agentic 0.571, impersonation 0.8). Then released for rule tuning: <b>round 28 was tuned on by class in the
     * thirty-second session</b> ({@code InjectionGrammar.round28}, {@code Round28ClassesTest}; the multilingual lexicons
     * of {@code InjectionLanguages} and {@code MultilingualCoverageTest} were written first, on the session's own
     * phrasings); it stays out of the linear model's training ({@code InjectionModelTrainer.HELD_OUT}) but is no longer a
     * blind measure of the rules. With {@code tappass scan}: 0.900 / 4 of 90 -> <b>1.000 / 1 of 90</b> (agentic 8/14 ->
     * 14/14, impersonation 8/10 -> 10/10; the look-alike left is an admin's ticket-routing change flagged mostly by the
     * model). Floors just under these.
     */
    @Test
    void round28Holdout() throws IOException {
        check("probe-round28-holdout", 120, 90, 0.99, 0.9, 0.012);
    }

    /**
     * The twenty-ninth round ({@code probe-round29-holdout-*}), the second holdout of the thirty-first session: the
     * brief of round 28 given to another helper that read neither the rules nor any set, written after the session's
     * tuning on rounds 26 and 27; never tuned or trained on. With {@code tappass scan}: the session's starting build and
     * its final build alike <b>0.875 / FPR 0.033</b> (multilingual 13/20, leak 9/12, agentic 12/14: the round-27 classes
     * moved none of this writer's attacks either); this test (the indirect style as tool results, 18 of 18) 0.892 /
     * 0.033 (multilingual 0.65). <b>Tuned on in the thirty-third session</b> (by class: {@code InjectionLanguages.round29},
     * {@code InjectionGrammar.round29}, {@code Round29ClassesTest}; the model was not retrained and round 29 stays in
     * its held-out list): with {@code tappass scan} 0.875 / 2 of 90 -> 1.000 / 0 of 90 (multilingual 13 -> 20 of 20);
     * this test 0.892 / 0.022 -> 1.000 / 0.000. Floors just under these; no longer a blind measure.
     */
    @Test
    void round29Holdout() throws IOException {
        check("probe-round29-holdout", 120, 90, 0.99, 0.9, 0.012);
    }
}
