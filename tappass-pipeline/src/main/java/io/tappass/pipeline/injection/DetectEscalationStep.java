package io.tappass.pipeline.injection;

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
import java.util.Set;

/**
 * {@code detect_escalation} (TapPass position 310, input phase): privilege-escalation requests (see
 * {@link EscalationDetector}). One finding per category ({@code privilege_request}, {@code disable_controls},
 * {@code permission_change}, {@code mode_switch}, {@code system_override}, {@code credential_request}) per part with the part's score;
 * findings below the threshold (default 0.6) are dropped by the engine. System messages are skipped.
 *
 * <p>The escalation head of the linear model ({@link ModelOpinion#escalation()}, its pass over the text shared with
 * {@code detect_injection} and {@code detect_exfiltration}) adds one more signal family, category {@code classifier};
 * the option {@code classifier: false} turns it off. On by default since the thirty-sixth session: held-in over blind
 * rounds 14-21, each measured with a head trained without it, +12 attacks for +2 false positives at its floor 0.7 and
 * nothing new flagged on the public benign corpora (docs/quality-other-steps.md, "Thirty-sixth session"); with the
 * thirty-fifth session's data it gained +8 attacks for +5 false positives and was off.
 *
 * <p>Options: {@code scan_system} (default false), {@code replacement} (default {@code [REMOVED_ESCALATION]}),
 * {@code classifier} (default true).
 */
public final class DetectEscalationStep extends BaseStep {

    /** The step id. */
    public static final String NAME = "detect_escalation";
    /** TapPass's position. */
    public static final int POSITION = 310;
    /** The default threshold. */
    public static final double DEFAULT_THRESHOLD = 0.6;

    private final boolean scanSystem;
    private final String replacement;
    private final boolean classifier;

    DetectEscalationStep(StepConfig config) {
        super(config, Phase.INPUT, POSITION);
        this.scanSystem = config.boolOption("scan_system", false);
        this.replacement = config.stringOption("replacement", "[REMOVED_ESCALATION]");
        this.classifier = config.boolOption("classifier", true);
    }

    @Override
    public StepResult apply(StepContext context) {
        List<Finding> found = new ArrayList<>();
        for (TextPart part : context.parts()) {
            if (part.source() == TextPart.Source.SYSTEM && !scanSystem) {
                continue;
            }
            SignalReport report = EscalationDetector.standard().scan(part);
            if (classifier) {
                report = ModelOpinion.with(report, ModelOpinion.of(part).escalation());
            }
            if (report.score() < DetectInjectionStep.REPORT_FLOOR) {
                continue;
            }
            found.addAll(DetectInjectionStep.findings(NAME, part, report, replacement));
        }
        return StepResult.findings(found);
    }

    /** Reads only the text under governance: may run concurrently with the other content detectors. */
    @Override
    public boolean isPure() {
        return true;
    }

    /** Registers {@code detect_escalation}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of(), Phase.INPUT, POSITION, OnDetection.BLOCK, DEFAULT_THRESHOLD, Set.of("scan_system", "replacement", "classifier"),
                    DetectEscalationStep::new);
        }
    }
}
