package io.tappass.pipeline.exfiltration;

import io.tappass.core.governance.Finding;
import io.tappass.core.governance.OnDetection;
import io.tappass.pipeline.BaseStep;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.StepConfig;
import io.tappass.pipeline.StepContext;
import io.tappass.pipeline.StepResult;
import io.tappass.core.governance.Severity;
import io.tappass.pipeline.injection.ExfilIntentDetector;
import io.tappass.pipeline.injection.ModelOpinion;
import io.tappass.pipeline.injection.SignalReport;
import io.tappass.pipeline.internal.AbstractStepFactory;
import io.tappass.pipeline.scan.NormalizedText;
import io.tappass.pipeline.scan.Normalizer;
import io.tappass.pipeline.scan.TextPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code detect_exfiltration} (TapPass position 355, input phase): channels for moving data out, found by
 * {@link ExfiltrationDetector}: paste/webhook/tunnel/file-drop/OAST/chat-webhook/storage URLs, pre-signed storage
 * URLs, large encoded blobs, markdown/HTML image exfiltration, DNS-tunnel-looking host names, instructions and
 * commands that send data to such channels; and requests to move the organisation's data out
 * ({@link ExfilIntentDetector}: to a personal destination, by messaging app, made public, a mailbox forwarded, a
 * service tunnelled out; type {@value #INTENT}). Tool results and retrieved documents are scanned like user text
 * (indirect injections often carry the exfiltration URL), and so are the segments the shared normaliser decoded and
 * text hidden in Unicode tag characters ({@link ExfiltrationDetector#scanHidden}).
 *
 * <p>Options:
 * <ul>
 *   <li>{@code min_base64_length} (default 256) and {@code min_hex_length} (default 200): blob thresholds;</li>
 *   <li>{@code ignore_types}: finding types not to report (e.g. {@code ENCODED_BLOB}, {@code EXFILTRATION_INTENT});</li>
 *   <li>{@code allow_domains}: service domains not to report (e.g. {@code hooks.slack.com}); in a part whose every
 *   channel is on such a domain the linear model's signal (below) is not reported either, while the intent rules
 *   still are (the domain is allowed, not every request to send data there);</li>
 *   <li>{@code replacement}: the redaction text (default {@code [REDACTED_URL]});</li>
 *   <li>{@code classifier} (default true): the exfiltration head of the linear model
 *   ({@link ModelOpinion#exfiltration()}, its pass over the text shared with {@code detect_injection} and
 *   {@code detect_escalation}) reports a request to move data out that it alone is sure of, type {@value #INTENT},
 *   detail {@code classifier}; false scans with the rules alone.</li>
 * </ul>
 * The default threshold is 0.6, so plain (unsigned) object-storage URLs, scored 0.5, are not reported unless the
 * threshold is lowered.
 */
public final class DetectExfiltrationStep extends BaseStep {

    /** The step id. */
    public static final String NAME = "detect_exfiltration";
    /** TapPass's position. */
    public static final int POSITION = 355;
    /** The finding type of a request to move data out ({@link ExfilIntentDetector}; its category in "detail"). */
    public static final String INTENT = "EXFILTRATION_INTENT";
    /** The default redaction text. */
    public static final String DEFAULT_REPLACEMENT = "[REDACTED_URL]";

    private final ExfiltrationDetector detector;
    private final Object analysisKey;
    private final Set<String> ignored;
    private final Set<String> allowDomains;
    private final String replacement;
    private final boolean classifier;

    DetectExfiltrationStep(StepConfig config) {
        super(config, Phase.INPUT, POSITION);
        int b64 = config.intOption("min_base64_length", ExfiltrationDetector.DEFAULT_MIN_BASE64, 16);
        int hex = config.intOption("min_hex_length", ExfiltrationDetector.DEFAULT_MIN_HEX, 16);
        if (b64 == ExfiltrationDetector.DEFAULT_MIN_BASE64 && hex == ExfiltrationDetector.DEFAULT_MIN_HEX) {
            detector = ExfiltrationDetector.defaults();
            analysisKey = ExfiltrationDetector.ANALYSIS_KEY;
        } else {
            detector = ExfiltrationDetector.withThresholds(b64, hex);
            analysisKey = detector;
        }
        ignored = config.stringListOption("ignore_types").stream().map(s -> s.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        allowDomains = config.stringListOption("allow_domains").stream().map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        replacement = config.stringOption("replacement", DEFAULT_REPLACEMENT);
        classifier = config.boolOption("classifier", true);
    }

    @Override
    public StepResult apply(StepContext context) {
        List<Finding> found = new ArrayList<>();
        for (TextPart part : context.parts()) {
            if (part.source() == TextPart.Source.SYSTEM) {
                continue;
            }
            List<ExfiltrationMatch> channels = part.analysis(analysisKey, detector::scan);
            NormalizedText nt = Normalizer.of(part);
            if (!nt.segments().isEmpty() || nt.smuggledTags() > 0 || ExfiltrationDetector.spacedOut(nt.original())) {
                channels = new ArrayList<>(channels);
                // channels inside decoded segments, tag characters and words spelled out letter by letter
                channels.addAll(detector.scanHidden(nt));
            }
            int allowed = 0;
            int kept = 0;
            for (ExfiltrationMatch m : channels) {
                if (ignored.contains(m.type())) {
                    continue;
                }
                if (m.detail() != null && allowDomains.contains(m.detail())) {
                    allowed++;
                    continue;
                }
                kept++;
                found.add(new Finding(NAME, m.type(), m.severity(), m.score(), part.id(), m.start(), m.end(),
                        replacement, m.detail() == null ? Map.of() : Map.of("detail", m.detail(),
                        "source", part.source().name())));
            }
            if (!ignored.contains(INTENT)) {
                SignalReport intent = ExfilIntentDetector.standard().scan(part);
                for (SignalReport.Category c : intent.categories()) {
                    found.add(intentFinding(c, part));
                }
                // the model reads words, not destinations: where every channel of the part is on an allowed
                // domain, its signal alone ("curl https://webhook.site/...") does not overrule the allow list
                SignalReport.Category model = classifier && (allowed == 0 || kept > 0)
                        ? ModelOpinion.of(part).exfiltration() : null;
                if (model != null) {
                    found.add(intentFinding(model, part));
                }
            }
        }
        return StepResult.findings(found);
    }

    /** An {@value #INTENT} finding of a request to move data out (a rule's category or the model's). */
    private Finding intentFinding(SignalReport.Category c, TextPart part) {
        return new Finding(NAME, INTENT, c.score() >= 0.75 ? Severity.HIGH : Severity.MEDIUM, c.score(), part.id(),
                c.start(), c.end(), replacement, Map.of("detail", c.name(), "rule", c.rule(), "source",
                part.source().name()));
    }

    /** Reads only the text under governance: may run concurrently with the other content detectors. */
    @Override
    public boolean isPure() {
        return true;
    }

    /** Registers {@code detect_exfiltration}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of(), Phase.INPUT, POSITION, OnDetection.BLOCK, 0.6, Set.of("min_base64_length", "min_hex_length", "ignore_types", "allow_domains", "replacement", "classifier"),
                    DetectExfiltrationStep::new);
        }
    }
}
