package io.tappass.pipeline.output;

import io.tappass.core.ChatRequest;
import io.tappass.core.Message;
import io.tappass.core.Role;
import io.tappass.core.governance.Classification;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Severity;
import io.tappass.pipeline.BaseStep;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.StepConfig;
import io.tappass.pipeline.StepContext;
import io.tappass.pipeline.StepResult;
import io.tappass.pipeline.internal.AbstractStepFactory;
import io.tappass.pipeline.pii.PiiDetector;
import io.tappass.pipeline.pii.PiiFindings;
import io.tappass.pipeline.pii.RedactionStrategy;
import io.tappass.pipeline.scan.TextPart;
import io.tappass.pipeline.secrets.DetectSecretsStep;
import io.tappass.pipeline.secrets.SecretMatch;
import io.tappass.pipeline.secrets.SecretScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code scan_output} (output phase, position 700): output DLP. Runs on the model's answer:
 * <ul>
 *   <li>{@code pii}: the {@code detect_pii} detector, with TapPass masks ({@code [MASKED_EMAIL]}, ...);</li>
 *   <li>{@code secrets}: the {@code detect_secrets} scanner ({@code [REDACTED]});</li>
 *   <li>{@code system_prompt}: leaks of the system prompt: a planted {@link Canary} token (or any token with the
 *       canary prefix) in the answer, also spelled differently (case, blanks, hyphens, invisible characters) or in
 *       part (10+ consecutive characters); verbatim runs of eight or more words of the request's system prompt
 *       (when the request is passed to {@code checkOutput}); paraphrases that announce themselves ("my
 *       instructions say ...", in six languages) and use a fifth of the prompt's content words, or state the
 *       instructions after a colon or in quotes (score 0.75); and the prompt's confidential terms (codes it names,
 *       names and numbers of its secret-keeping sentences) repeated in the answer (score 0.8).</li>
 * </ul>
 * Options: {@code detect} (subset of {@code pii, secrets, system_prompt}; default all) and {@code detect_pii}'s
 * detector options ({@code entities}, {@code score_threshold}, {@code allow_list}, {@code custom_patterns}, ...;
 * see {@link PiiDetector#optionNames()}). Presets: starter logs, standard redacts, regulated blocks.
 */
public final class ScanOutputStep extends BaseStep {

    /** The step id. */
    public static final String NAME = "scan_output";
    /** Position: first of the output steps. */
    public static final int POSITION = 700;
    /** Finding type of a system-prompt leak. */
    public static final String SYSTEM_PROMPT_LEAK = "SYSTEM_PROMPT_LEAK";
    /** Finding type of a leaked canary token. */
    public static final String CANARY_LEAK = "CANARY_LEAK";
    static final Set<String> DETECT = Set.of("pii", "secrets", "system_prompt");

    private final boolean pii;
    private final boolean secrets;
    private final boolean prompt;
    private final PiiDetector piiDetector;
    private final double piiThreshold;

    ScanOutputStep(StepConfig config) {
        super(config, Phase.OUTPUT, POSITION);
        List<String> detect = config.has("detect") ? config.stringListOption("detect") : List.copyOf(DETECT);
        for (int i = 0; i < detect.size(); i++) {
            if (!DETECT.contains(detect.get(i).toLowerCase(Locale.ROOT))) {
                throw config.error("detect[" + i + "]", "unknown detector '" + detect.get(i)
                        + "': expected pii, secrets or system_prompt");
            }
        }
        this.pii = detect.contains("pii");
        this.secrets = detect.contains("secrets");
        this.prompt = detect.contains("system_prompt");
        this.piiDetector = PiiDetector.fromConfig(config);
        this.piiThreshold = PiiDetector.thresholdOf(config);
    }

    @Override
    public StepResult apply(StepContext context) {
        List<Finding> found = new ArrayList<>();
        Classification level = null;
        for (TextPart part : context.parts()) {
            if (part.source() != TextPart.Source.OUTPUT) {
                continue;
            }
            if (pii) {
                List<Finding> p = PiiFindings.of(piiDetector, part, NAME, piiThreshold, RedactionStrategy.mask(),
                        context.session());
                if (!p.isEmpty()) {
                    found.addAll(p);
                    level = max(level, PiiFindings.classification(p));
                }
            }
            if (secrets) {
                List<SecretMatch> hits = part.analysis(SecretScanner.ANALYSIS_KEY, SecretScanner.defaults()::scan);
                for (SecretMatch m : hits) {
                    found.add(DetectSecretsStep.toFinding(NAME, part.id(), m, DetectSecretsStep.DEFAULT_REPLACEMENT));
                    level = max(level, Classification.RESTRICTED);
                }
            }
            if (prompt) {
                int before = found.size();
                canaries(context, part, found);
                String system = systemPrompt(context.request());
                PromptLeakDetector.Leaks leaks = PromptLeakDetector.scan(system, part.text());
                for (int[] span : leaks.verbatim()) {
                    found.add(Finding.at(NAME, SYSTEM_PROMPT_LEAK, Severity.HIGH, 0.9, part.id(), span[0], span[1],
                            "[REDACTED]"));
                }
                for (int[] span : leaks.secrets()) {
                    found.add(new Finding(NAME, SYSTEM_PROMPT_LEAK, Severity.HIGH, 0.8, part.id(), span[0], span[1],
                            "[REDACTED]", java.util.Map.of("form", "confidential_term")));
                }
                {
                    int[] p = leaks.paraphrase();
                    if (p != null) {
                        found.add(new Finding(NAME, SYSTEM_PROMPT_LEAK, Severity.HIGH, 0.75, part.id(), p[0], p[1],
                                "[REDACTED]", java.util.Map.of("form", "paraphrase")));
                    }
                }
                if (found.size() > before) {
                    level = max(level, Classification.CONFIDENTIAL);
                }
            }
        }
        StepResult r = StepResult.findings(found);
        return level == null ? r : r.withClassification(level);
    }

    private static void canaries(StepContext context, TextPart part, List<Finding> found) {
        String text = part.text();
        int before = found.size();
        exactCanaries(part, found);
        String token = plantedToken(context);
        if (token == null) {
            return;
        }
        // the planted token spelled differently (case, blanks, hyphens, invisible characters, groups) or in part
        for (CanaryMatcher.Hit h : CanaryMatcher.find(text, token)) {
            boolean known = false;
            for (int k = before; k < found.size(); k++) {
                known |= found.get(k).start() < h.end() && found.get(k).end() > h.start();
            }
            if (!known) {
                found.add(new Finding(NAME, CANARY_LEAK, h.whole() ? Severity.CRITICAL : Severity.HIGH,
                        h.whole() ? 1.0 : 0.9, part.id(), h.start(), h.end(), "[REDACTED]",
                        java.util.Map.of("form", h.whole() ? "obfuscated" : "partial")));
            }
        }
    }

    /** The canary planted for this session, or the one in the request's system prompt; null when none. */
    private static String plantedToken(StepContext context) {
        String token = context.session() == null ? null : Canary.tokenOf(context.session());
        if (token != null) {
            return token;
        }
        String system = systemPrompt(context.request());
        int at = system == null ? -1 : system.indexOf("[Confidential marker " + Canary.PREFIX);
        if (at < 0) {
            return null;
        }
        int s = at + "[Confidential marker ".length();
        int e = s + Canary.PREFIX.length() + 16;
        return e <= system.length() ? system.substring(s, e) : null;
    }

    private static void exactCanaries(TextPart part, List<Finding> found) {
        String text = part.text();
        int from = 0;
        while (true) {
            int at = text.indexOf(Canary.PREFIX, from);
            if (at < 0) {
                return;
            }
            int end = at + Canary.PREFIX.length();
            while (end < text.length() && end - at < Canary.PREFIX.length() + 16
                    && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            if (end - at == Canary.PREFIX.length() + 16) {
                found.add(Finding.at(NAME, CANARY_LEAK, Severity.CRITICAL, 1.0, part.id(), at, end, "[REDACTED]"));
            }
            from = Math.max(end, at + 1);
        }
    }

    private static String systemPrompt(ChatRequest request) {
        if (request == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Message m : request.messages()) {
            if (m.role() == Role.SYSTEM) {
                sb.append(m.text()).append('\n');
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static Classification max(Classification a, Classification b) {
        return a == null ? b : b == null ? a : a.max(b);
    }

    /** Registers {@code scan_output}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of("output_scan"), Phase.OUTPUT, POSITION, OnDetection.REDACT, options(),
                    ScanOutputStep::new);
        }

        private static Set<String> options() {
            Set<String> s = new java.util.HashSet<>(PiiDetector.optionNames());
            s.add("detect");
            return Set.copyOf(s);
        }
    }

}
