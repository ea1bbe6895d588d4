package io.tappass.pipeline.injection;

import java.util.List;

/**
 * The result of {@link InjectionDetector#scan} and {@link EscalationDetector#scan}: an overall 0..1 score and the categories that
 * contributed, each with the span (original-text offsets) of its strongest evidence.
 *
 * @param score      the combined score of the strongest window of the text (0 when nothing was found)
 * @param categories the contributing categories, strongest first
 */
public record SignalReport(double score, List<Category> categories) {

    /** A report with nothing found. */
    public static final SignalReport NONE = new SignalReport(0.0, List.of());

    public SignalReport {
        categories = List.copyOf(categories);
    }

    /**
     * One detected category.
     *
     * @param name    e.g. {@code instruction_override}, {@code jailbreak_persona}, {@code role_impersonation},
     *                {@code prompt_leak}, {@code context_manipulation}, {@code indirect_injection}, or an
     *                escalation category such as {@code privilege_request}
     * @param score   the category's own combined score (the finding score is the overall {@link #score()})
     * @param start   start of the strongest evidence in the original text
     * @param end     end (exclusive) of the strongest evidence
     * @param rule    the id of the strongest signal family (never the matched text)
     * @param signals how many distinct signal families of this category fired
     * @param encoded whether the strongest evidence was inside a decoded (base64/hex/...) segment
     */
    public record Category(String name, double score, int start, int end, String rule, int signals,
                           boolean encoded) {
    }

    /** Whether anything was found. */
    public boolean isEmpty() {
        return categories.isEmpty();
    }
}
