package io.tappass.pipeline.secrets;

import io.tappass.core.governance.Classification;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.OnDetection;
import io.tappass.pipeline.BaseStep;
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

/**
 * {@code detect_secrets} (TapPass position 220, input phase): credentials in the request's text, found by
 * {@link SecretScanner}. Each finding has the credential type (e.g. {@code OPENAI_API_KEY}), severity CRITICAL or
 * HIGH, the rule id as attribute {@code rule}, and the span of the credential value; the result is classified
 * {@link Classification#RESTRICTED}.
 *
 * <p>Options:
 * <ul>
 *   <li>{@code replacement}: the redaction text; {@code [REDACTED]} (TapPass's secret mask, default), the word
 *       {@code typed} for {@code [REDACTED_<TYPE>]} (e.g. {@code [REDACTED_GITHUB_PAT]}), or any literal text;</li>
 *   <li>{@code allowlist}: values never reported (literal, or {@code /regex/} searched in the value);</li>
 *   <li>{@code disabled_rules}: rule ids (e.g. {@code jwt.token}) or types (e.g. {@code JWT}) to switch off;</li>
 *   <li>{@code include_system}: whether system messages are scanned too (default true: a credential in a system
 *       prompt still leaves for the model provider).</li>
 * </ul>
 * The default {@code threshold} is {@value #DEFAULT_THRESHOLD} (see {@link #DEFAULT_THRESHOLD}).
 */
public final class DetectSecretsStep extends BaseStep {

    /** The step id. */
    public static final String NAME = "detect_secrets";
    /** TapPass's position. */
    public static final int POSITION = 220;
    /** TapPass's secret mask. */
    public static final String DEFAULT_REPLACEMENT = "[REDACTED]";

    /**
     * The default {@code threshold}: matches scored below it are not acted on. One-character filler behind a
     * provider prefix ({@code AKIAXXXXXXXXXXXXXXXX}, scored {@value SecretScanner#ONE_CHAR_FILLER_SCORE}), credential
     * URLs whose password is the word {@code pass} or {@code secret}, and Algolia search-only keys fall below it;
     * every other match scores 0.6 or more.
     */
    public static final double DEFAULT_THRESHOLD = 0.6;

    private final SecretScanner scanner;
    private final Object analysisKey;
    private final String replacement;
    private final boolean typed;
    private final boolean includeSystem;

    DetectSecretsStep(StepConfig config) {
        super(config, Phase.INPUT, POSITION);
        String r = config.stringOption("replacement", DEFAULT_REPLACEMENT);
        this.typed = r.equalsIgnoreCase("typed");
        this.replacement = r;
        this.includeSystem = config.boolOption("include_system", true);
        List<String> allow = config.stringListOption("allowlist");
        List<String> disabled = config.stringListOption("disabled_rules");
        if (allow.isEmpty() && disabled.isEmpty()) {
            this.scanner = SecretScanner.defaults();
            this.analysisKey = SecretScanner.ANALYSIS_KEY;
        } else {
            SecretScanner.Builder b = SecretScanner.builder();
            for (int i = 0; i < allow.size(); i++) {
                try {
                    b.allow(allow.get(i));
                } catch (IllegalArgumentException e) {
                    throw config.error("allowlist[" + i + "]", e.getMessage());
                }
            }
            disabled.forEach(b::disable);
            this.scanner = b.build();
            this.analysisKey = scanner;
        }
    }

    /** The scanner this step uses. */
    public SecretScanner scanner() {
        return scanner;
    }

    @Override
    public StepResult apply(StepContext context) {
        List<Finding> found = new ArrayList<>();
        for (TextPart part : context.parts()) {
            if (!includeSystem && part.source() == TextPart.Source.SYSTEM) {
                continue;
            }
            List<SecretMatch> matches = part.analysis(analysisKey, scanner::scan);
            for (SecretMatch m : matches) {
                found.add(toFinding(NAME, part.id(), m, typed ? "[REDACTED_" + m.type() + "]" : replacement));
            }
        }
        return found.isEmpty() ? StepResult.pass()
                : StepResult.findings(found).withClassification(Classification.RESTRICTED);
    }

    /** Converts a scanner match into a finding of {@code step} (shared with output scanning). */
    public static Finding toFinding(String step, String partId, SecretMatch m, String replacement) {
        return new Finding(step, m.type(), m.severity(), m.score(), partId, m.start(), m.end(), replacement,
                Map.of("rule", m.rule()));
    }

    /** Reads only the text under governance: may run concurrently with the other content detectors. */
    @Override
    public boolean isPure() {
        return true;
    }

    /** Registers {@code detect_secrets}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of(), Phase.INPUT, POSITION, OnDetection.BLOCK, DEFAULT_THRESHOLD, Set.of("replacement", "allowlist", "disabled_rules", "include_system"),
                    DetectSecretsStep::new);
        }
    }
}
