package io.tappass.pipeline.injection;

import io.tappass.core.governance.Finding;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Severity;
import io.tappass.pipeline.BaseStep;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.StepConfig;
import io.tappass.pipeline.StepContext;
import io.tappass.pipeline.StepResult;
import io.tappass.pipeline.internal.AbstractStepFactory;
import io.tappass.pipeline.internal.Heavy;
import io.tappass.pipeline.scan.TextPart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code detect_injection} (TapPass position 300, input phase): prompt injection and jailbreak detection with a
 * 0..1 score (see {@link InjectionDetector}).
 *
 * <p>One finding per detected category ({@code instruction_override}, {@code jailbreak_persona},
 * {@code role_impersonation}, {@code prompt_leak}, {@code context_manipulation}, {@code indirect_injection}) per
 * part, carrying the overall score of the part and the span of the category's strongest evidence. The engine
 * drops findings below the step's {@code threshold} (presets: starter 0.8, standard 0.6, regulated 0.5; default
 * 0.6). System messages are trusted and skipped; tool results are scored more strictly and reported as
 * {@code indirect_injection}. "Ignore the previous instructions" in non-Latin scripts (Chinese, Japanese, Korean,
 * Russian, Greek, Hindi, Arabic) is found on the original text by {@code ScriptOverrides}.
 *
 * <p>System-prompt awareness (option {@code system_prompt_aware}, default true): what the request's system
 * messages protect (secrets, personal data, restricted topics, language/scope constraints) is extracted and user
 * messages that target it (directly, transformed, split, in another language) add evidence, reported as
 * {@code system_prompt_violation}.
 *
 * <p>A linear model over the normalised words and word pairs (trained on the project's own hand-written sets) gives
 * a second opinion, reported as category {@code classifier} when it alone is at least 0.9 sure (option
 * {@code classifier}, default true; false scans with the rules alone, for rule-only decisions or about 3 ms less per
 * MiB of text).
 *
 * <p>Options: {@code scan_system} (default false), {@code scan_tool_results} (default true),
 * {@code replacement} (default {@code [REMOVED_INJECTION]}, used under {@code redact}),
 * {@code system_prompt_aware} (default true), {@code classifier} (default true).
 */
public final class DetectInjectionStep extends BaseStep implements Heavy {

    /** The step id. */
    public static final String NAME = "detect_injection";
    /** TapPass's position. */
    public static final int POSITION = 300;
    /** The default threshold (the standard preset's). */
    public static final double DEFAULT_THRESHOLD = 0.6;
    /** Findings below this score are not reported at all, whatever the threshold. */
    static final double REPORT_FLOOR = 0.25;

    private final boolean scanSystem;
    private final boolean scanToolResults;
    private final String replacement;
    private final boolean systemPromptAware;
    private final InjectionDetector detector;

    DetectInjectionStep(StepConfig config) {
        super(config, Phase.INPUT, POSITION);
        this.scanSystem = config.boolOption("scan_system", false);
        this.scanToolResults = config.boolOption("scan_tool_results", true);
        this.replacement = config.stringOption("replacement", "[REMOVED_INJECTION]");
        this.systemPromptAware = config.boolOption("system_prompt_aware", true);
        this.detector = config.boolOption("classifier", true) ? InjectionDetector.standard()
                : InjectionDetector.rulesOnly();
    }

    @Override
    public StepResult apply(StepContext context) {
        List<Finding> found = new ArrayList<>();
        SystemPromptPolicy policy = SystemPromptPolicy.NONE;
        if (systemPromptAware) {
            for (TextPart part : context.parts()) {
                if (part.source() == TextPart.Source.SYSTEM) {
                    policy = policy.merge(part.analysis(SystemPromptPolicy.KEY, SystemPromptPolicy::of));
                }
            }
        }
        for (TextPart part : context.parts()) {
            if (part.source() == TextPart.Source.SYSTEM && !scanSystem
                    || part.source() == TextPart.Source.TOOL_RESULT && !scanToolResults) {
                continue;
            }
            SignalReport report = detector.scan(part, policy);
            if (report.score() < REPORT_FLOOR) {
                continue;
            }
            found.addAll(findings(NAME, part, report, replacement));
        }
        return StepResult.findings(found);
    }

    static List<Finding> findings(String step, TextPart part, SignalReport report, String replacement) {
        List<Finding> out = new ArrayList<>(report.categories().size());
        for (SignalReport.Category c : report.categories()) {
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("rule", c.rule());
            attrs.put("signals", Integer.toString(c.signals()));
            attrs.put("category_score", Double.toString(c.score()));
            attrs.put("source", part.source().name());
            if (c.encoded()) {
                attrs.put("encoded", "true");
            }
            out.add(new Finding(step, c.name(), severity(report.score()), report.score(), part.id(), c.start(),
                    c.end(), replacement, attrs));
        }
        return out;
    }

    static Severity severity(double score) {
        if (score >= 0.9) {
            return Severity.CRITICAL;
        }
        if (score >= 0.75) {
            return Severity.HIGH;
        }
        return score >= 0.5 ? Severity.MEDIUM : Severity.LOW;
    }

    /** Reads only the text under governance: may run concurrently with the other content detectors. */
    @Override
    public boolean isPure() {
        return true;
    }

    /** Registers {@code detect_injection}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of(), Phase.INPUT, POSITION, OnDetection.BLOCK, DEFAULT_THRESHOLD, Set.of("scan_system", "scan_tool_results", "replacement", "system_prompt_aware",
                    "classifier"),
                    DetectInjectionStep::new);
        }
    }
}
