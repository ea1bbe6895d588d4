package io.tappass.pipeline.injection;

import io.tappass.pipeline.scan.NormalizedText;
import io.tappass.pipeline.scan.Normalizer;
import io.tappass.pipeline.scan.TextPart;

/**
 * Scores a text for privilege-escalation requests: root/admin/sudo rights, disabling safety, authentication or
 * logging, changing one's own permissions, "you are now in developer/admin mode" and system-prompt overrides.
 * Same signal-combination scoring as {@link InjectionDetector}, over the shared {@link Normalizer} output.
 * Immutable, thread-safe, linear time.
 */
public final class EscalationDetector {

    /** The {@link TextPart#analysis} key of {@link #scan(TextPart)}. */
    public static final Object KEY = new Object() {
        @Override
        public String toString() {
            return "EscalationDetector.KEY";
        }
    };

    private static final EscalationDetector STANDARD = new EscalationDetector();

    private final InjectionDetector scorer = new InjectionDetector(InjectionDetector.STANDARD_SETS[1]);

    private EscalationDetector() {
    }

    /** The built-in detector. */
    public static EscalationDetector standard() {
        return STANDARD;
    }

    /** Scans a user-authored text. */
    public SignalReport scan(String text) {
        return scan(Normalizer.standard().normalize(text), TextPart.Source.USER);
    }

    /** Scans a part (cached per part and text version). */
    public SignalReport scan(TextPart part) {
        return part.analysis(KEY, t -> scan(Normalizer.of(part), part.source()));
    }

    /** Scans normalised text. Tool results are not re-labelled: escalation categories are kept. */
    public SignalReport scan(NormalizedText nt, TextPart.Source source) {
        return scorer.scan(nt, source == TextPart.Source.TOOL_RESULT ? TextPart.Source.USER : source);
    }
}
