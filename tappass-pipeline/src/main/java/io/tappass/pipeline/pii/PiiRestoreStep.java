package io.tappass.pipeline.pii;

import io.tappass.core.governance.Finding;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Severity;
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
 * {@code pii_restore} (TapPass position 710, output, default {@code on_detection: redact}): puts the original values
 * back in place of the {@code <EMAIL_1>}-style tokens that {@link PiiTokenizeStep pii_tokenize} issued in this
 * session. Tokens the session's vault does not know are left alone. Each restored token is a finding of type
 * {@code PII_TOKEN} whose replacement is the original value; the finding carries the attribute
 * {@value #SENSITIVE_REPLACEMENT} so the engine keeps the value out of the verdict's findings. In observe mode
 * nothing is rewritten, so tokens stay in the answer. For streamed answers use {@link TokenRestorer}.
 */
public final class PiiRestoreStep extends BaseStep {

    /** The step id. */
    public static final String NAME = "pii_restore";
    /** TapPass's position. */
    public static final int POSITION = 710;
    /** Finding attribute marking a replacement that must not be reported (it is the restored personal data). */
    public static final String SENSITIVE_REPLACEMENT = "sensitive_replacement";

    PiiRestoreStep(StepConfig config) {
        super(config, Phase.OUTPUT, POSITION);
    }

    @Override
    public StepResult apply(StepContext context) {
        PiiVault vault = PiiVault.peek(context.session());
        if (vault == null || vault.size() == 0) {
            return StepResult.pass();
        }
        List<Finding> found = new ArrayList<>();
        for (TextPart part : context.parts()) {
            String text = part.text();
            int lt = text.indexOf('<');
            while (lt >= 0) {
                int end = TokenRestorer.tokenEnd(text, lt);
                if (end > 0) {
                    String value = vault.valueOf(text.substring(lt, end));
                    if (value != null) {
                        found.add(new Finding(NAME, "PII_TOKEN", Severity.LOW, 1.0, part.id(), lt, end, value,
                                Map.of(SENSITIVE_REPLACEMENT, "true")));
                    }
                    lt = text.indexOf('<', end);
                } else {
                    lt = text.indexOf('<', lt + 1);
                }
            }
        }
        return StepResult.findings(found);
    }

    /** Registers {@code pii_restore}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of(), Phase.OUTPUT, POSITION, OnDetection.REDACT, Set.of(),
                    PiiRestoreStep::new);
        }
    }
}
