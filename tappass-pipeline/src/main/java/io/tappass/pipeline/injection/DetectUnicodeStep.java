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
import io.tappass.pipeline.scan.TextPart;
import io.tappass.pipeline.scan.UnicodeScanner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code detect_unicode} (TapPass position 250, alias {@code unicode_attack}, input phase): invisible characters,
 * bidi controls (Trojan Source), Unicode tag characters (ASCII smuggling), variation-selector runs and
 * mixed-script homoglyph words (see {@link UnicodeScanner}). Under {@code redact} the engine removes invisible,
 * bidi and tag characters (replacement {@code ""}) and replaces homoglyph words by their ASCII folding.
 *
 * <p>Options: {@code types} (list of finding types to report; default all), {@code scan_system} (default false).
 */
public final class DetectUnicodeStep extends BaseStep {

    /** The step id. */
    public static final String NAME = "detect_unicode";
    /** TapPass's position. */
    public static final int POSITION = 250;
    /**
     * The default threshold: tag characters, bidi overrides, homoglyph words, invisible runs and invisible
     * characters inside words score 0.8-0.95; a lone zero-width space, soft hyphen or LRM/RLM (copy-paste residue,
     * right-to-left text) scores 0.55 and is only reported when the threshold is lowered.
     */
    public static final double DEFAULT_THRESHOLD = 0.7;

    private static final Set<String> ALL = Set.of(UnicodeScanner.INVISIBLE, UnicodeScanner.BIDI,
            UnicodeScanner.TAGS, UnicodeScanner.VARIATION, UnicodeScanner.HOMOGLYPH);

    private final Set<String> types;
    private final boolean scanSystem;

    DetectUnicodeStep(StepConfig config) {
        super(config, Phase.INPUT, POSITION);
        List<String> t = config.stringListOption("types");
        Set<String> ts = new HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            String v = t.get(i).toUpperCase(Locale.ROOT);
            if (!ALL.contains(v)) {
                throw config.error("types[" + i + "]", "unknown type \"" + t.get(i) + "\": expected one of "
                        + new java.util.TreeSet<>(ALL));
            }
            ts.add(v);
        }
        this.types = ts.isEmpty() ? ALL : Set.copyOf(ts);
        this.scanSystem = config.boolOption("scan_system", false);
    }

    @Override
    public StepResult apply(StepContext context) {
        List<Finding> found = new ArrayList<>();
        for (TextPart part : context.parts()) {
            if (part.source() == TextPart.Source.SYSTEM && !scanSystem) {
                continue;
            }
            for (UnicodeScanner.Match m : UnicodeScanner.of(part)) {
                if (!types.contains(m.type())) {
                    continue;
                }
                Severity sev = m.type().equals(UnicodeScanner.TAGS) || m.type().equals(UnicodeScanner.BIDI)
                        ? Severity.HIGH : Severity.MEDIUM;
                found.add(new Finding(NAME, m.type(), sev, m.score(), part.id(), m.start(), m.end(), m.replacement(),
                        Map.of("count", Integer.toString(m.count()))));
            }
        }
        return StepResult.findings(found);
    }

    /** Reads only the text under governance: may run concurrently with the other content detectors. */
    @Override
    public boolean isPure() {
        return true;
    }

    /** Registers {@code detect_unicode} (alias {@code unicode_attack}). */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of("unicode_attack"), Phase.INPUT, POSITION, OnDetection.BLOCK, DEFAULT_THRESHOLD, Set.of("types", "scan_system"),
                    DetectUnicodeStep::new);
        }
    }
}
