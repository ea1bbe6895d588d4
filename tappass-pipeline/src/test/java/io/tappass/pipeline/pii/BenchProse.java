package io.tappass.pipeline.pii;

/**
 * The bench module's business prose (bench/src/main/java/io/tappass/bench/Texts.java, which this module's tests and
 * its src/jmh benchmarks cannot depend on; keep the two alike): an e-mail address and a phone number every ~650
 * characters, so 1 MiB has about 3,200 PII matches. A test fixture, shared by the unit tests that guard the
 * benchmark's numbers ({@code AllocationBudgetTest}) and the JMH benchmarks of src/jmh.
 */
public final class BenchProse {

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

    private BenchProse() {
    }

    /** Exactly {@code size} characters of the prose. */
    public static String of(int size) {
        StringBuilder sb = new StringBuilder(size + 128);
        int i = 0;
        while (sb.length() < size) {
            sb.append(SENTENCES[i++ % SENTENCES.length]);
        }
        sb.setLength(size);
        return sb.toString();
    }
}
