package io.tappass.pipeline.injection;

import io.tappass.pipeline.scan.NormalizedText;
import io.tappass.pipeline.scan.Normalizer;
import io.tappass.pipeline.scan.TextPart;

/**
 * The statistical second opinion of {@code detect_injection}, {@code detect_escalation} and
 * {@code detect_exfiltration} on one text: the best window of each head of the {@linkplain InjectionModel linear
 * model}, read in one pass over the tokens of the part's shared {@linkplain Normalizer#of normalised text} and kept as
 * a {@link TextPart#analysis} of the text (computed once per text version; a step that runs while another computes it
 * waits for that result), so that the three steps of the standard preset pay for one pass, and a step whose partner
 * is not configured computes it alone.
 *
 * <p>Each head counts as a signal family of its step, category {@value InjectionDetector#CLASSIFIER}, when the head is
 * sure enough: {@link #escalation()} and {@link #exfiltration()} (detect_injection's is
 * {@code InjectionDetector.modelHit}). Their floors and weights were chosen on blind round 18, which the heads had not
 * trained on then (they do since the thirty-fifth session), and on 14,262 public texts (docs/quality-injection.md,
 * "Thirty-fourth session"). Immutable.
 */
public final class ModelOpinion {

    /** The {@link TextPart#analysis} key of {@link #of}. */
    static final Object KEY = new Object() {
        @Override
        public String toString() {
            return "ModelOpinion.KEY";
        }
    };

    /**
     * The escalation head's floor: from this probability it weighs {@value #ESCALATION_MIN_WEIGHT}, rising to
     * {@value #MAX_WEIGHT} at certainty, so alone it reaches the standard threshold (0.6) from about 0.83, and below
     * that it adds to the rules' evidence as one more family. {@code detect_escalation} reads it unless its option
     * {@code classifier} is false. Chosen held-in in the thirty-sixth session (each of rounds 14-21 measured with a
     * head trained without it, after 1,040 more training texts): +12 attacks for +2 false positives at 0.7, +17 for +8
     * at 0.6, +9 for +1 at 0.8 (docs/quality-other-steps.md, "Thirty-sixth session"). In the thirty-fifth session,
     * with less data: +8 for +5 at 0.6, so the head was off.
     */
    static final double ESCALATION_FLOOR = 0.7;
    static final double ESCALATION_MIN_WEIGHT = 0.45;
    /**
     * The exfiltration head's floor: from this probability its finding weighs {@value #EXFILTRATION_MIN_WEIGHT},
     * rising to {@value #MAX_WEIGHT} at certainty (the step's findings are not combined, so it counts alone).
     */
    static final double EXFILTRATION_FLOOR = 0.7;
    static final double EXFILTRATION_MIN_WEIGHT = 0.6;
    static final double MAX_WEIGHT = 0.8;
    private static final double ESCALATION_LOGIT = logit(ESCALATION_FLOOR);
    private static final double EXFILTRATION_LOGIT = logit(EXFILTRATION_FLOOR);

    private final double[][] heads;
    private final NormalizedText nt;

    private ModelOpinion(double[][] heads, NormalizedText nt) {
        this.heads = heads;
        this.nt = nt;
    }

    /** The opinion on the part's current text (one pass of the built-in model, shared per text version). */
    public static ModelOpinion of(TextPart part) {
        return part.analysis(KEY, t -> of(Normalizer.of(part)));
    }

    /** The opinion on a normalised text (not cached). */
    static ModelOpinion of(NormalizedText nt) {
        return new ModelOpinion(InjectionModel.standard().heads(nt.text(), nt.isLatin1()), nt);
    }

    /** The injection head's best window ({@code [logit, start, end]} in the normalised text), or null. */
    double[] injection() {
        return heads[InjectionModel.INJECTION];
    }

    /**
     * The escalation head as a signal family of {@code detect_escalation}: category
     * {@value InjectionDetector#CLASSIFIER}, rule {@code linear_model}, its weight as score and its best window's span
     * in the original text; null below {@link #ESCALATION_FLOOR}.
     */
    public SignalReport.Category escalation() {
        return signal(InjectionModel.ESCALATION, ESCALATION_LOGIT, ESCALATION_FLOOR, ESCALATION_MIN_WEIGHT);
    }

    /**
     * The exfiltration head as a signal of {@code detect_exfiltration}, as {@link #escalation()}; null below
     * {@link #EXFILTRATION_FLOOR}.
     */
    public SignalReport.Category exfiltration() {
        return signal(InjectionModel.EXFILTRATION, EXFILTRATION_LOGIT, EXFILTRATION_FLOOR, EXFILTRATION_MIN_WEIGHT);
    }

    /** The probability of a head's best window (0 for a text without a token; for tests and measurements). */
    double probability(int head) {
        double[] b = heads[head];
        return b == null ? 0 : 1 / (1 + Math.exp(-b[0]));
    }

    /** The logit of a probability (a floor compared with a window's logit before any exponential). */
    static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    /**
     * The weight of a head's signal family: {@code minWeight} at probability {@code floor}, rising linearly to
     * {@code maxWeight} at certainty (for {@code p >= floor}; {@code detect_injection}'s model signal too).
     */
    static double weight(double p, double floor, double minWeight, double maxWeight) {
        return Math.min(maxWeight, minWeight + (maxWeight - minWeight) * (p - floor) / (1 - floor));
    }

    private SignalReport.Category signal(int head, double floorLogit, double floor, double minWeight) {
        double[] best = heads[head];
        if (best == null || best[0] < floorLogit) {
            return null;
        }
        double p = 1 / (1 + Math.exp(-best[0]));
        double w = weight(p, floor, minWeight, MAX_WEIGHT);
        int s = (int) best[1];
        int e = (int) best[2];
        return new SignalReport.Category(InjectionDetector.CLASSIFIER, EscalationDetector.round(w),
                nt.originalStart(s), nt.originalEnd(e), "linear_model", 1, false);
    }

    /**
     * The report with {@code signal} as one more family (the score {@code 1 - (1 - score) (1 - weight)}, the
     * categories by falling score); the report itself when {@code signal} is null.
     */
    static SignalReport with(SignalReport report, SignalReport.Category signal) {
        if (signal == null) {
            return report;
        }
        java.util.List<SignalReport.Category> out = new java.util.ArrayList<>(report.categories().size() + 1);
        out.addAll(report.categories());
        out.add(signal);
        out.sort(java.util.Comparator.comparingDouble(SignalReport.Category::score).reversed());
        double score = 1 - (1 - report.score()) * (1 - signal.score());
        return new SignalReport(EscalationDetector.round(Math.min(1.0, score)), out);
    }
}
