package io.tappass.pipeline.pii;

import io.tappass.core.governance.OnDetection;
import io.tappass.pipeline.BaseStep;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.StepConfig;
import io.tappass.pipeline.StepContext;
import io.tappass.pipeline.StepResult;
import io.tappass.pipeline.internal.AbstractStepFactory;
import java.util.Set;

/**
 * {@code pii_tokenize} (TapPass position 210, input, default {@code on_detection: redact}): replaces PII with
 * reversible tokens such as {@code <EMAIL_1>} and {@code <PERSON_2>}, kept in the session's {@link PiiVault} (the
 * same value gets the same token throughout a session), so the model never sees the values and
 * {@link PiiRestoreStep pii_restore} can put them back into its answer. Needs a session id in the
 * {@code GovernanceContext} for restoring to work across the input and output checks. When the step does not
 * rewrite ({@code on_detection: log} or {@code block}, or the observe or lockdown mode), it stores nothing in the
 * vault and its findings carry the mask ({@code [MASKED_EMAIL]}) as their replacement.
 *
 * <p>Options: the detector options of {@link DetectPiiStep} ({@code entities}, {@code score_threshold},
 * {@code allow_list}, {@code context_window}, {@code custom_patterns}, {@code languages}, {@code recognizers},
 * {@code scan_system}). With equal options it shares {@code detect_pii}'s scan of each text; after a redacting
 * {@code detect_pii} that scan is rebased across the redaction (only windows around the edits are rescanned).
 */
public final class PiiTokenizeStep extends BaseStep {

    /** The step id. */
    public static final String NAME = "pii_tokenize";
    /** TapPass's position. */
    public static final int POSITION = 210;

    private final PiiDetector detector;
    private final double threshold;
    private final boolean scanSystem;

    PiiTokenizeStep(StepConfig config) {
        super(config, Phase.INPUT, POSITION);
        this.detector = PiiOptions.detector(config);
        this.threshold = PiiOptions.threshold(config);
        this.scanSystem = config.boolOption("scan_system", false);
    }

    @Override
    public StepResult apply(StepContext context) {
        // Tokens only where they replace the values: a step that reports or blocks (on_detection log or block, the
        // observe and lockdown modes) keeps no raw values in the session's vault; its findings carry the mask.
        RedactionStrategy strategy = config().rewritesIn(context.mode()) ? RedactionStrategy.token()
                : RedactionStrategy.mask();
        return PiiFindings.result(PiiFindings.of(detector, context, NAME, threshold, strategy, scanSystem));
    }

    /** Registers {@code pii_tokenize}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of(), Phase.INPUT, POSITION, OnDetection.REDACT, PiiOptions.DETECTOR, PiiTokenizeStep::new);
        }
    }
}
