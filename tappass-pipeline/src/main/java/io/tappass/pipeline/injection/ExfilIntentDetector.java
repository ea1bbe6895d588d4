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

    /** Without the split-word view: a request to move data is written in plain words (and the view costs a pass). */
    private final InjectionDetector scorer = InjectionDetector.withoutSplitWords(InjectionDetector.STANDARD_SETS[2]);

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
        return EscalationDetector.scanOrders(scorer, nt, source, r -> withData(r, nt.original()));
    }

    /** How far around a match the moved data is named. */
    private static final int DATA_REACH = 200;

    /**
     * Keeps the categories whose evidence has the organisation's data named within {@value #DATA_REACH} characters
     * ({@link ExfilIntentRules#DATA}; internal data for a share with anyone holding the link, either for a page
     * published to the web), or needs none; the
     * score is the combination of the kept ones.
     */
    private static SignalReport withData(SignalReport r, String text) {
        java.util.List<SignalReport.Category> kept = new java.util.ArrayList<>(r.categories().size());
        double miss = 1.0;
        for (SignalReport.Category c : r.categories()) {
            String rule = c.rule();
            boolean ok = ExfilIntentRules.NEEDS_NOTHING.contains(rule);
            if (!ok && c.start() >= 0 && c.end() <= text.length()) {
                String around = text.substring(Math.max(0, c.start() - DATA_REACH), Math.min(text.length(),
                        c.end() + DATA_REACH)).toLowerCase(java.util.Locale.ROOT);
                boolean sensitive = ExfilIntentRules.NEEDS_SENSITIVE.contains(rule)
                        || ExfilIntentRules.NEEDS_EITHER.contains(rule);
                boolean data = !ExfilIntentRules.NEEDS_SENSITIVE.contains(rule);
                ok = sensitive && ExfilIntentRules.SENSITIVE.matcher(around).find()
                        || data && ExfilIntentRules.DATA.matcher(around).find();
            }
            if (ok) {
                kept.add(c);
                miss *= 1.0 - c.score();
            }
        }
        if (kept.size() == r.categories().size()) {
            return r;
        }
        return new SignalReport(EscalationDetector.round(1.0 - miss), kept);
    }
}
