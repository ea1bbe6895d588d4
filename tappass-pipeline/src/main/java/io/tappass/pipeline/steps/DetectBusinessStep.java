package io.tappass.pipeline.steps;

import io.tappass.core.governance.Classification;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Severity;
import io.tappass.pipeline.BaseStep;
import io.tappass.pipeline.CustomPattern;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.StepConfig;
import io.tappass.pipeline.StepContext;
import io.tappass.pipeline.StepResult;
import io.tappass.pipeline.internal.AbstractStepFactory;
import io.tappass.pipeline.scan.TextPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code detect_business} (TapPass position 240): business-sensitive terms and patterns defined by the
 * organisation, each with a classification level.
 *
 * <p>Options:
 * <ul>
 *   <li>{@code terms}: list of phrases matched case-insensitively on word boundaries (e.g. {@code Project Falcon});</li>
 *   <li>{@code level}: the classification of a term match (default {@code CONFIDENTIAL});</li>
 *   <li>{@code custom_patterns}: TapPass's list of {@code {name, pattern, level}} regexes;</li>
 *   <li>{@code replacement}: the redaction text (default {@code [MASKED_BUSINESS]}).</li>
 * </ul>
 * Patterns are Java regular expressions supplied by the policy author; keep them free of nested quantifiers.
 */
public final class DetectBusinessStep extends BaseStep {

    /** The step id. */
    public static final String NAME = "detect_business";
    /** TapPass's position. */
    public static final int POSITION = 240;
    /** The default redaction text. */
    public static final String DEFAULT_REPLACEMENT = "[MASKED_BUSINESS]";

    private record Rule(String name, Pattern pattern, Classification level) {
    }

    private final TermMatcher terms; // null without terms
    private final Classification termLevel;
    private final List<Rule> rules;
    private final String replacement;

    DetectBusinessStep(StepConfig config) {
        super(config, Phase.INPUT, POSITION);
        this.replacement = config.stringOption("replacement", DEFAULT_REPLACEMENT);
        this.termLevel = level(config, "level", config.stringOption("level", "CONFIDENTIAL"));
        List<String> terms = new ArrayList<>();
        List<String> configured = config.stringListOption("terms");
        for (int i = 0; i < configured.size(); i++) {
            String t = configured.get(i).trim();
            if (t.isEmpty()) {
                throw config.error("terms[" + i + "]", "expected a non-empty phrase");
            }
            terms.add(t);
        }
        this.terms = terms.isEmpty() ? null : new TermMatcher(terms);
        List<Rule> r = new ArrayList<>();
        for (CustomPattern p : config.customPatternsOption("custom_patterns")) {
            r.add(new Rule(p.name(), p.pattern(), p.level()));
        }
        this.rules = List.copyOf(r);
    }

    private static Classification level(StepConfig config, String key, Object value) {
        try {
            return Classification.parse(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw config.error(key, e.getMessage());
        }
    }

    @Override
    public StepResult apply(StepContext context) {
        if (rules.isEmpty() && terms == null) {
            return StepResult.pass();
        }
        List<Finding> found = new ArrayList<>();
        Classification highest = null;
        for (TextPart part : context.parts()) {
            if (part.source() == TextPart.Source.SYSTEM) {
                continue;
            }
            String text = part.text();
            if (terms != null) {
                int before = found.size();
                terms.find(text, (start, end) -> {
                    found.add(new Finding(NAME, "BUSINESS_TERM", severity(termLevel), 1.0, part.id(), start, end,
                            replacement, Map.of("level", termLevel.name())));
                    return 0;
                });
                if (found.size() > before) {
                    highest = highest == null ? termLevel : highest.max(termLevel);
                }
            }
            for (Rule rule : rules) {
                Matcher m = rule.pattern.matcher(text);
                while (m.find()) {
                    if (m.end() == m.start()) {
                        continue;
                    }
                    found.add(new Finding(NAME, rule.name, severity(rule.level), 1.0, part.id(), m.start(), m.end(),
                            replacement, Map.of("level", rule.level.name())));
                    highest = highest == null ? rule.level : highest.max(rule.level);
                }
            }
        }
        return found.isEmpty() ? StepResult.pass() : StepResult.findings(found).withClassification(highest);
    }

    private static Severity severity(Classification level) {
        switch (level) {
            case RESTRICTED: return Severity.HIGH;
            case CONFIDENTIAL: return Severity.MEDIUM;
            default: return Severity.LOW;
        }
    }

    /** Reads only the text under governance: may run concurrently with the other content detectors. */
    @Override
    public boolean isPure() {
        return true;
    }

    /** Registers {@code detect_business}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of(), Phase.INPUT, POSITION, OnDetection.BLOCK, Set.of("terms", "level", "custom_patterns", "replacement"), DetectBusinessStep::new);
        }
    }
}
