package io.tappass.bench;

/**
 * Deterministic benchmark texts: ordinary business prose with a little PII, like real prompts. The pipeline module's
 * tests guard numbers measured on this prose with their own copy of it ({@code io.tappass.pipeline.pii.BenchProse});
 * keep the two alike.
 */
final class Texts {
    private Texts() {
    }

    private static final String[] SENTENCES = {
            "Please summarise the attached quarterly report for the board meeting on Thursday. ",
            "The customer asked whether the invoice can be split across two cost centres. ",
            "Draft a friendly reply that thanks them for their patience and confirms the new delivery date. ",
            "Our team in Ghent will review the proposal and come back with questions by Friday. ",
            "Contact the account manager at jane.doe@example.com if anything is unclear. ",
            "List three risks of migrating the billing service to the new cluster, with mitigations. ",
            "Translate the following paragraph into Dutch, keeping the tone formal but warm. ",
            "The meeting notes mention a follow-up call at +32 470 12 34 56 next week. ",
    };

    /** About {@code size} characters of prose. */
    static String prompt(int size) {
        StringBuilder sb = new StringBuilder(size + 128);
        int i = 0;
        while (sb.length() < size) {
            sb.append(SENTENCES[i++ % SENTENCES.length]);
        }
        sb.setLength(size);
        return sb.toString();
    }
}
