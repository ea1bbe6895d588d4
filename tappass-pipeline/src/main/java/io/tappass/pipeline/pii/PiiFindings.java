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
            Map<String, String> attributes = attributes(level, m.recognizer());
            if (m.type().equals("EMAIL_ADDRESS") && documentationEmail(text, m.start(), m.end())) {
                // reported, but nobody's address: it does not raise the request's level (see classification)
                attributes = "builtin".equals(m.recognizer()) ? DOCUMENTATION_ATTRIBUTES.get(level)
                        : Map.of("classification", level.name(), "recognizer", m.recognizer(), DOCUMENTATION, "true");
            }
            out[k++] = new Finding(step, m.type(), severity(level), m.score(), part.id(), m.start(), m.end(),
                    replacement, attributes);
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
        if (found.isEmpty()) {
            return io.tappass.pipeline.StepResult.pass();
        }
        Classification level = classification(found); // null when every finding is a documentation example
        return level == null ? io.tappass.pipeline.StepResult.findings(found)
                : io.tappass.pipeline.StepResult.findings(found).withClassification(level);
    }

    /** Findings with TapPass masks. */
    public static List<Finding> of(PiiDetector detector, TextPart part, String step, double threshold) {
        return of(detector, part, step, threshold, RedactionStrategy.mask(), new SessionState("<none>"));
    }

    /**
     * The attribute ({@code "true"}) of a finding whose value is a documentation example (an e-mail address on a
     * reserved domain, {@link #documentationEmail}): it is reported, but it raises no classification.
     */
    public static final String DOCUMENTATION = "documentation";

    /**
     * Whether the address at [s, e) is on a domain reserved for documentation (RFC 2606 / RFC 6761: example.com,
     * example.net, example.org and their subdomains, and the .example, .test, .invalid and .localhost zones): such an
     * address ("you@example.com" in a sample config, "alice@shop.test" in a fixture) is nobody's.
     */
    static boolean documentationEmail(String text, int s, int e) {
        int at = text.lastIndexOf('@', e - 1);
        if (at < s) {
            return false;
        }
        int end = e;
        while (end > at + 1 && text.charAt(end - 1) == '.') {
            end--;
        }
        int d = at + 1;
        for (String z : DOCUMENTATION_DOMAINS) {
            // the whole domain ("example.com") or a subdomain (".example.com"); a zone (".test") only as a suffix
            int zs = end - z.length();
            if (zs >= d && text.regionMatches(true, zs, z, 0, z.length())
                    && (zs == d ? z.charAt(0) != '.' : z.charAt(0) == '.' || text.charAt(zs - 1) == '.')) {
                return true;
            }
        }
        return false;
    }

    private static final String[] DOCUMENTATION_DOMAINS = {"example.com", "example.net", "example.org", ".example",
        ".test", ".invalid", ".localhost"};

    /** The highest classification among PII findings, or null if there are none. */
    /** The attributes of a finding; the common built-in ones are shared immutable maps. */
    private static Map<String, String> attributes(Classification level, String recognizer) {
        if ("builtin".equals(recognizer)) {
            return BUILTIN_ATTRIBUTES.get(level);
        }
        return Map.of("classification", level.name(), "recognizer", recognizer);
    }

    private static final Map<Classification, Map<String, String>> BUILTIN_ATTRIBUTES;
    private static final Map<Classification, Map<String, String>> DOCUMENTATION_ATTRIBUTES;

    static {
        Map<Classification, Map<String, String>> m = new java.util.EnumMap<>(Classification.class);
        Map<Classification, Map<String, String>> d = new java.util.EnumMap<>(Classification.class);
        for (Classification c : Classification.values()) {
            m.put(c, Map.of("classification", c.name(), "recognizer", "builtin"));
            d.put(c, Map.of("classification", c.name(), "recognizer", "builtin", DOCUMENTATION, "true"));
        }
        BUILTIN_ATTRIBUTES = m;
        DOCUMENTATION_ATTRIBUTES = d;
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
            if (f.attributes().containsKey(DOCUMENTATION)) {
                continue;
            }
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
