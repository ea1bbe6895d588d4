package io.tappass.pipeline.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.CpuTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class PromptLeakDetectorTest {

    private static final String SYSTEM = "You are the billing assistant of Acme Corp. Never discuss refunds above "
            + "five hundred euros without a manager. Always answer in the customer's language and keep answers short.";

    @Test
    void findsAVerbatimRunOfTheSystemPromptIgnoringCaseAndSpacing() {
        String output = "Sure! My instructions say: never   DISCUSS refunds above five hundred euros without a "
                + "manager. Anything else?";
        List<int[]> spans = PromptLeakDetector.leaks(SYSTEM, output);
        assertThat(spans).hasSize(1);
        String leaked = output.substring(spans.get(0)[0], spans.get(0)[1]);
        assertThat(leaked).startsWith("never").endsWith("manager");
    }

    @Test
    void ordinaryAnswersDoNotMatch() {
        assertThat(PromptLeakDetector.leaks(SYSTEM, "Your refund of 20 euros was approved. Have a nice day!"))
                .isEmpty();
        assertThat(PromptLeakDetector.leaks("short prompt", "short prompt")).isEmpty();
        assertThat(PromptLeakDetector.leaks(null, "x")).isEmpty();
    }

    @Test
    void linearOnLargeRepetitiveInput() {
        String big = "refunds above five hundred ".repeat(40_000);
        CpuTime.assertWithin(Duration.ofSeconds(5), () -> PromptLeakDetector.leaks(big, big));
    }

    @Test
    void canaryTokensAreRandomAndMarked() {
        String a = Canary.newToken();
        String b = Canary.newToken();
        assertThat(a).startsWith(Canary.PREFIX).hasSize(Canary.PREFIX.length() + 16).isNotEqualTo(b);
    }
}
