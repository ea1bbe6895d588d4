package io.tappass.pipeline.infra;

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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code detect_infra} (TapPass position 230, input phase): internal infrastructure details in the request
 * (private/loopback/link-local/CGNAT/ULA addresses, cloud metadata endpoints, internal host names and URLs, AWS
 * ARNs, Azure resource ids, GCP service-account e-mails, Kubernetes Secret manifests), found by
 * {@link InfraDetector}. Classifies the request CONFIDENTIAL (RESTRICTED when a Kubernetes Secret with data is
 * present).
 *
 * <p>Options:
 * <ul>
 *   <li>{@code replacement}: the redaction text (default {@code [MASKED_INFRA]}; {@code typed} gives
 *       {@code [MASKED_<TYPE>]});</li>
 *   <li>{@code include_loopback}: report 127.0.0.0/8 and ::1 (default false: loopback addresses reveal little and
 *       are common in coding questions);</li>
 *   <li>{@code ignore_types}: finding types not to report (e.g. {@code CLOUD_ARN});</li>
 *   <li>{@code include_system}: scan system messages too (default false: the application's own prompt).</li>
 * </ul>
 */
public final class DetectInfraStep extends BaseStep {

    /** The step id. */
    public static final String NAME = "detect_infra";
    /** TapPass's position. */
    public static final int POSITION = 230;
    /** The default redaction text. */
    public static final String DEFAULT_REPLACEMENT = "[MASKED_INFRA]";

    private final InfraDetector detector;
    private final Object analysisKey;
    private final String replacement;
    private final boolean typed;
    private final Set<String> ignored;
    private final boolean includeSystem;

    DetectInfraStep(StepConfig config) {
        super(config, Phase.INPUT, POSITION);
        this.replacement = config.stringOption("replacement", DEFAULT_REPLACEMENT);
        this.typed = replacement.equalsIgnoreCase("typed");
        boolean loopback = config.boolOption("include_loopback", false);
        this.detector = loopback ? InfraDetector.defaults() : InfraDetector.withoutLoopback();
        this.analysisKey = loopback ? InfraDetector.ANALYSIS_KEY : NO_LOOPBACK_KEY;
        this.ignored = config.stringListOption("ignore_types").stream().map(s -> s.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.includeSystem = config.boolOption("include_system", false);
    }

    private static final Object NO_LOOPBACK_KEY = new Object();

    @Override
    public StepResult apply(StepContext context) {
        // the findings go into one array of the matches' count, which List.of copies once into the immutable list
        // that StepResult and the verdict keep (an ArrayList grown over 5,000 findings, then copied twice, cost
        // more than the findings' references)
        List<TextPart> parts = new ArrayList<>(context.parts().size());
        List<List<InfraMatch>> scanned = new ArrayList<>(context.parts().size());
        int total = 0;
        for (TextPart part : context.parts()) {
            if (!includeSystem && part.source() == TextPart.Source.SYSTEM) {
                continue;
            }
            List<InfraMatch> matches = part.analysis(analysisKey, detector::scan);
            parts.add(part);
            scanned.add(matches);
            total += matches.size();
        }
        if (total == 0) {
            return StepResult.pass();
        }
        Finding[] found = new Finding[total];
        int k = 0;
        Map<String, String> masks = null;
        Map<String, Map<String, String>> details = null;
        boolean restricted = false;
        for (int p = 0; p < parts.size(); p++) {
            TextPart part = parts.get(p);
            for (InfraMatch m : scanned.get(p)) {
                if (ignored.contains(m.type())) {
                    continue;
                }
                restricted |= m.type().equals("KUBERNETES_SECRET");
                // one mask per type and one attribute map per detail, shared by the call's findings
                String rep = replacement;
                if (typed) {
                    masks = masks != null ? masks : new HashMap<>();
                    rep = masks.computeIfAbsent(m.type(), t -> "[MASKED_" + t + "]");
                }
                Map<String, String> attributes = Map.of();
                if (m.detail() != null) {
                    details = details != null ? details : new HashMap<>();
                    attributes = details.computeIfAbsent(m.detail(), d -> Map.of("detail", d));
                }
                found[k++] = new Finding(NAME, m.type(), m.severity(), m.score(), part.id(), m.start(), m.end(), rep,
                        attributes);
            }
        }
        if (k == 0) {
            return StepResult.pass();
        }
        return StepResult.findings(List.of(k == total ? found : Arrays.copyOf(found, k)))
                .withClassification(restricted ? Classification.RESTRICTED : Classification.CONFIDENTIAL);
    }

    /** Reads only the text under governance: may run concurrently with the other content detectors. */
    @Override
    public boolean isPure() {
        return true;
    }

    /** Registers {@code detect_infra}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of(), Phase.INPUT, POSITION, OnDetection.REDACT, Set.of("replacement", "include_loopback", "ignore_types", "include_system"),
                    DetectInfraStep::new);
        }
    }
}
