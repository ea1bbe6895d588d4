package io.tappass.pipeline.pii;

import io.tappass.core.governance.Classification;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.Severity;
import io.tappass.pipeline.scan.TextPart;
import io.tappass.pipeline.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns {@link PiiDetector} matches of a {@link TextPart} into engine {@link Finding}s. This is the building block
 * for every step that reports PII: {@code detect_pii}, {@code pii_tokenize}, and {@code scan_output} on the OUTPUT
 * part ({@code PiiFindings.of(PiiDetector.defaults(), part, "scan_output", 0.5, RedactionStrategy.mask(), session)}).
 * The scan goes through {@link PiiDetector#scan(TextPart)}, so steps sharing a detector share one scan per text.
 *
 * <p>Each finding has type = entity type, severity HIGH for RESTRICTED entities and MEDIUM otherwise, the match's
 * score, the replacement from the strategy, and attributes {@code classification} and {@code recognizer}.
 */
public final class PiiFindings {

    private PiiFindings() {
    }

    /**
     * Findings for the PII in {@code part} with score at least {@code threshold}.
     *
     * @param detector  the detector (its settings key the shared scan)
     * @param part      the text part
     * @param step      the reporting step's name
     * @param threshold minimum score
     * @param strategy  how the replacement is computed
     * @param session   the session (for token strategies)
     */
    public static List<Finding> of(PiiDetector detector, TextPart part, String step, double threshold,
                                   RedactionStrategy strategy, SessionState session) {
        List<PiiMatch> matches = detector.scan(part);
        if (matches.isEmpty()) {
            return List.of();
        }
        String text = part.text();
        // an exact array (counted first: no trimming copy), which List.of copies once into the immutable list that
        // StepResult and the verdict keep without copying
        int kept = 0;
        for (int i = 0, n = matches.size(); i < n; i++) {
            if (matches.get(i).score() >= threshold) {
                kept++;
            }
        }
        if (kept == 0) {
            return List.of();
        }
        Finding[] out = new Finding[kept];
        int k = 0;
        for (int i = 0, n = matches.size(); i < n; i++) {
            PiiMatch m = matches.get(i);
            if (m.score() < threshold) {
                continue;
            }
            Classification level = detector.classificationOf(m.type());
            // the mask ignores the value: do not copy it out of the text
            String replacement = strategy.replacement(m.type(),
                    strategy == RedactionStrategies.MASK ? null : m.value(text), session);
            out[k++] = new Finding(step, m.type(), severity(level), m.score(), part.id(), m.start(), m.end(),
                    replacement, attributes(level, m.recognizer()));
        }
        return List.of(out);
    }

    /**
     * Findings for every part of a step's context (for {@code scan_output}: the OUTPUT part), with TapPass masks,
     * skipping system messages.
     */
    public static List<Finding> of(PiiDetector detector, io.tappass.pipeline.StepContext context, String step,
                                   double threshold) {
        return of(detector, context, step, threshold, RedactionStrategy.mask(), false);
    }

    /**
     * Findings for every part of a step's context with the given strategy; system messages only when
     * {@code scanSystem}.
     */
    public static List<Finding> of(PiiDetector detector, io.tappass.pipeline.StepContext context, String step,
                                   double threshold, RedactionStrategy strategy, boolean scanSystem) {
        List<Finding> out = List.of();
        List<Finding> all = null;
        SessionState session = null;
        for (TextPart part : context.parts()) {
            if (scanSystem || part.source() != TextPart.Source.SYSTEM) {
                if (session == null && strategy.usesSession()) {
                    session = context.session();
                }
                List<Finding> f = of(detector, part, step, threshold, strategy, session);
                if (f.isEmpty()) {
                    continue;
                }
                if (out.isEmpty()) {
                    out = f; // one part with findings (the usual case): its immutable list as it is
                } else {
                    if (all == null) {
                        all = new ArrayList<>(out);
                    }
                    all.addAll(f);
                }
            }
        }
        return all != null ? List.copyOf(all) : out;
    }

    /** The step result for PII findings: the findings, classified by the highest entity level. */
    static io.tappass.pipeline.StepResult result(List<Finding> found) {
        return found.isEmpty() ? io.tappass.pipeline.StepResult.pass()
                : io.tappass.pipeline.StepResult.findings(found).withClassification(classification(found));
    }

    /** Findings with TapPass masks. */
    public static List<Finding> of(PiiDetector detector, TextPart part, String step, double threshold) {
        return of(detector, part, step, threshold, RedactionStrategy.mask(), new SessionState("<none>"));
    }

    /** The highest classification among PII findings, or null if there are none. */
    /** The attributes of a finding; the common built-in ones are shared immutable maps. */
    private static Map<String, String> attributes(Classification level, String recognizer) {
        if ("builtin".equals(recognizer)) {
            return BUILTIN_ATTRIBUTES.get(level);
        }
        return Map.of("classification", level.name(), "recognizer", recognizer);
    }

    private static final Map<Classification, Map<String, String>> BUILTIN_ATTRIBUTES;

    static {
        Map<Classification, Map<String, String>> m = new java.util.EnumMap<>(Classification.class);
        for (Classification c : Classification.values()) {
            m.put(c, Map.of("classification", c.name(), "recognizer", "builtin"));
        }
        BUILTIN_ATTRIBUTES = m;
    }

    private static Classification level(String name) {
        switch (name) { // the names this class writes; anything else goes through the lenient parser
            case "PUBLIC": return Classification.PUBLIC;
            case "INTERNAL": return Classification.INTERNAL;
            case "CONFIDENTIAL": return Classification.CONFIDENTIAL;
            case "RESTRICTED": return Classification.RESTRICTED;
            default: return Classification.parse(name);
        }
    }

    public static Classification classification(List<Finding> findings) {
        Classification max = null;
        for (Finding f : findings) {
            String c = f.attributes().get("classification");
            Classification level = c != null ? level(c) : PiiEntity.classificationOf(f.type());
            max = max == null ? level : max.max(level);
        }
        return max;
    }

    static Severity severity(Classification level) {
        return level == Classification.RESTRICTED ? Severity.HIGH : Severity.MEDIUM;
    }
}
