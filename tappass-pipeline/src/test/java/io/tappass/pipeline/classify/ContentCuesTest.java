package io.tappass.pipeline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.core.governance.Classification;
import io.tappass.pipeline.Pipeline;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** classify_data's content cues (2026-11-26 round), on cases written for them. */
class ContentCuesTest {

    private static List<String> cues(String text) {
        return ContentCues.scan(text).stream().map(c -> c.type() + ":" + c.level()).toList();
    }

    @Test
    void markingsAtLineStartsWithADelimiterOrAlone() {
        assertThat(cues("Subject: plan\n\n**CONFIDENTIAL**\nbody")).containsExactly("CLASSIFICATION_MARKING:CONFIDENTIAL");
        assertThat(cues("Highly Confidential (board only)")).containsExactly("CLASSIFICATION_MARKING:RESTRICTED");
        assertThat(cues("TOP SECRET // NOFORN\ntext")).containsExactly("CLASSIFICATION_MARKING:RESTRICTED");
        assertThat(cues("Sensitivity: Internal\nhi")).containsExactly("CLASSIFICATION_MARKING:INTERNAL");
        assertThat(cues("Strikt vertrouwelijk - alleen voor HR")).containsExactly("CLASSIFICATION_MARKING:RESTRICTED");
        assertThat(cues("Confidential information must be protected.")).isEmpty();
        assertThat(cues("Internal tools are great.\nSecret: nobody knows")).isEmpty();
        assertThat(cues("Please label it CONFIDENTIAL before sending.")).isEmpty();
    }

    @Test
    void personalHealthDataButNotHealthQuestions() {
        assertThat(cues("Last week my father was diagnosed with Parkinson's.")).containsExactly("HEALTH_DATA:RESTRICTED");
        assertThat(cues("The doctor prescribed me 20 mg of fluoxetine.")).containsExactly("HEALTH_DATA:RESTRICTED");
        assertThat(cues("Name: J. Smith\nDiagnosis: asthma, mild persistent")).containsExactly("HEALTH_DATA:RESTRICTED");
        assertThat(cues("How is asthma diagnosed in children?")).isEmpty();
        assertThat(cues("The water sample tested positive for lead.")).isEmpty();
        assertThat(cues("Which therapy works best for back pain?")).isEmpty();
    }

    @Test
    void theStepRaisesTheLevelAndTheOptionTurnsItOff() {
        Pipeline on = Pipeline.builder().step("classify_data").build();
        assertThat(on.checkInput("STRICTLY CONFIDENTIAL\nnumbers").classification())
                .isEqualTo(Classification.RESTRICTED);
        Pipeline off = Pipeline.builder().step("classify_data").override("classify_data",
                Map.of("content_cues", false)).build();
        assertThat(off.checkInput("STRICTLY CONFIDENTIAL\nnumbers").classification())
                .isEqualTo(Classification.PUBLIC);
        Pipeline remapped = Pipeline.builder().step("classify_data").override("classify_data",
                Map.of("levels", Map.of("HEALTH_DATA", "CONFIDENTIAL"))).build();
        assertThat(remapped.checkInput("She was diagnosed with anemia.").classification())
                .isEqualTo(Classification.CONFIDENTIAL);
    }

    @Test
    void floodsStayLinear() {
        long t0 = System.nanoTime();
        ContentCues.scan("CONFIDENTIAL\n".repeat(50_000));
        ContentCues.scan("positive ".repeat(100_000));
        ContentCues.scan("\n".repeat(500_000));
        ContentCues.scan("my diagnosed with ".repeat(50_000));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    }
}
