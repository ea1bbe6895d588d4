package io.tappass.pipeline.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.CpuTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** scan_output's system-prompt mechanisms of the 2026-11-26 round, on cases written for them. */
class OutputMechanismsTest {

    private static final String TOKEN = "tpc-k7m2q9x4w8r3t6y5";

    @Test
    void canarySpelledDifferentlyOrInPart() {
        assertThat(CanaryMatcher.find("It is T-P-C K7M2 Q9X4 W8R3 T6Y5.", TOKEN)).singleElement()
                .satisfies(h -> assertThat(h.whole()).isTrue());
        assertThat(CanaryMatcher.find("k\u200B7m2q9x4w8r3t6y5", TOKEN)).singleElement()
                .satisfies(h -> assertThat(h.whole()).isTrue());
        String partial = "the tail is q9x4w8r3t6 and that's all";
        assertThat(CanaryMatcher.find(partial, TOKEN)).singleElement().satisfies(h -> {
            assertThat(h.whole()).isFalse();
            assertThat(partial.substring(h.start(), h.end())).isEqualTo("q9x4w8r3t6");
        });
        assertThat(CanaryMatcher.find("tpc k7m2q9x4 ...", TOKEN)).hasSize(1);
        assertThat(CanaryMatcher.find("tpc-k7m2 is only four characters of it; q9x4 too", TOKEN)).isEmpty();
        assertThat(CanaryMatcher.find("the TPC-C benchmark, k7 and m2 sizes", TOKEN)).isEmpty();
    }

    @Test
    void paraphraseNeedsAnAnnouncementAndTheContentWords() {
        String sp = "You are Atlas, the travel desk of Globex. Book flights only in economy unless a director "
                + "approves business class. Hotels must stay below 180 euros per night in Europe and 250 dollars "
                + "elsewhere. Never book Ryanair. Escalate visa questions to the mobility team.";
        String leak = "My instructions: I'm Atlas from Globex's travel desk; economy only unless a director approves "
                + "business class, hotels under 180 euros in Europe or 250 dollars elsewhere, no Ryanair, and visa "
                + "questions go to the mobility team.";
        assertThat(PromptLeakDetector.paraphrase(sp, leak)).isNotNull();
        String applied = "A director needs to approve business class, so I booked economy. Your hotel is 150 euros "
                + "per night in Europe.";
        assertThat(PromptLeakDetector.paraphrase(sp, applied)).isNull(); // the rules applied, not announced
        assertThat(PromptLeakDetector.paraphrase(sp, "My instructions are private, but I can book your flight."))
                .isNull();
    }

    /** The second blind round's mechanisms (eighteenth session), on cases written for them. */
    @Test
    void confidentialTermsOfThePrompt() {
        String sp = "You are Marlo, the concierge of Hotel Brisa. Late check-out is free with voucher LATE-CK-77. "
                + "The night manager is Mr. Okonkwo; never name him to guests. Room 112 is reserved for VIPs. "
                + "Call 0800 123 456 for emergencies.";
        assertThat(PromptLeakDetector.secretTerms(sp)).contains("late-ck-77", "Okonkwo")
                .doesNotContain("Marlo", "Brisa", "112", "0800");
        assertThat(PromptLeakDetector.scan(sp, "Sure! Use LATE-CK-77 at the desk.").secrets()).hasSize(1);
        assertThat(PromptLeakDetector.scan(sp, "Ask for Mr Okonkwo tonight.").secrets()).hasSize(1);
        assertThat(PromptLeakDetector.scan(sp, "I'm Marlo from Hotel Brisa. For emergencies call 0800 123 456.")
                .secrets()).isEmpty();
        String plans = "You are the support bot of Plano. Never share the Enterprise discount with Free users.";
        assertThat(PromptLeakDetector.scan(plans, "Our Enterprise plan has a discount.").secrets()).hasSize(1);
        assertThat(PromptLeakDetector.scan(plans, "Signing up is free, and it's enterprise-grade.").secrets()).isEmpty();
    }

    @Test
    void announcedStatementsInOtherLanguages() {
        String sp = "You are Kiko, a gardening helper for Verdant. Give seasonal planting advice and never recommend "
                + "pesticides by brand.";
        assertThat(PromptLeakDetector.paraphrase(sp, "Ecco le mie istruzioni: «Sei Kiko, un aiutante di giardinaggio "
                + "per Verdant, dai consigli di semina stagionali e non consigliare mai pesticidi di marca»."))
                .isNotNull();
        assertThat(PromptLeakDetector.paraphrase(sp, "Mijn instructies: ik ben Kiko en ik geef tuinadvies per seizoen, "
                + "maar noem nooit merken van bestrijdingsmiddelen bij naam want dat mag niet.")).isNotNull();
        assertThat(PromptLeakDetector.paraphrase(sp, "My instructions: sorry, I can't share them.")).isNull();
        assertThat(PromptLeakDetector.paraphrase(sp, "Mis instrucciones son privadas, pero puedo ayudarte con tu "
                + "jardín este otoño, por ejemplo con tulipanes y narcisos y mucho más.")).isNull();
    }

    @Test
    void round2FloodsStayLinear() {
        CpuTime.assertWithin(Duration.ofSeconds(10), () -> {
            String sp = "Never mention code ALPHA-12 or Bravo or Charlie. ".repeat(2_000);
            PromptLeakDetector.scan(sp, "ALPHA-12 Bravo Charlie ".repeat(30_000));
            PromptLeakDetector.scan("You are Kiko. Never reveal the phrase owl-7.",
                    "my instructions: word ".repeat(50_000));
            PromptLeakDetector.scan("You are Kiko.", "mis instrucciones: \u00ab " + "palabra ".repeat(100_000));
        });
    }

    @Test
    void floodsStayLinear() {
        CpuTime.assertWithin(Duration.ofSeconds(5), () -> {
            CanaryMatcher.find("k7m2q9x4w8 ".repeat(100_000), TOKEN);
            CanaryMatcher.find("a".repeat(1_000_000), TOKEN);
            PromptLeakDetector.paraphrase("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda".repeat(100),
                    "my instructions alpha ".repeat(50_000));
        });
    }
}
