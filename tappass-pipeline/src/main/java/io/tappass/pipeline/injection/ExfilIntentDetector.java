package io.tappass.pipeline.injection;

import io.tappass.pipeline.scan.Normalizer;
import io.tappass.pipeline.scan.NormalizedText;
import io.tappass.pipeline.scan.TextPart;

/**
 * Scores a text for requests to move the organisation's data out through the agent ({@link ExfilIntentRules}): to a
 * personal destination, by messaging app, by making it public, by forwarding a mailbox, by tunnelling a service out.
 * Same signal combination as {@link InjectionDetector} over the shared {@link Normalizer} output and word index; a
 * category whose evidence opens an order counts twice ({@link EscalationDetector#directive}). Used by
 * {@code detect_exfiltration} beside its channel scanners. Immutable, thread-safe, linear time.
 */
public final class ExfilIntentDetector {

    /** The {@link TextPart#analysis} key of {@link #scan(TextPart)}. */
    public static final Object KEY = new Object() {
        @Override
        public String toString() {
            return "ExfilIntentDetector.KEY";
        }
    };

    private static final ExfilIntentDetector STANDARD = new ExfilIntentDetector();

    private final InjectionDetector scorer = new InjectionDetector(InjectionDetector.STANDARD_SETS[2]);

    private ExfilIntentDetector() {
    }

    /** The built-in detector. */
    public static ExfilIntentDetector standard() {
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

    /** Scans normalised text; tool results are read as the user's (their categories are kept). */
    public SignalReport scan(NormalizedText nt, TextPart.Source source) {
        SignalReport r = scorer.scan(nt, source == TextPart.Source.TOOL_RESULT ? TextPart.Source.USER : source);
        return r.categories().isEmpty() ? r : EscalationDetector.directiveBoost(r, nt.original());
    }
}
