package io.tappass.pipeline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.core.governance.Classification;
import io.tappass.pipeline.CpuTime;
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
        CpuTime.assertWithin(Duration.ofSeconds(5), () -> {
            ContentCues.scan("CONFIDENTIAL\n".repeat(50_000));
            ContentCues.scan("positive ".repeat(100_000));
            ContentCues.scan("\n".repeat(500_000));
            ContentCues.scan("my diagnosed with ".repeat(50_000));
        });
    }

    /**
     * Lines are handed to the marking patterns only when they start with one of the markings' first words: on random
     * lines built from those words, their neighbours and other words, the markings found are those of trying the
     * patterns on every line.
     */
    @Test
    void firstWordFilterKeepsEveryMarking() {
        String[] pieces = {"CONFIDENTIAL", "Strictly confidential", "INTERNAL USE ONLY", "internal", "Classification:",
            "label: restricted", "TOP SECRET", "Company Confidential", "Vertraulich", "confidentielle", "Uso interno",
            "nur für den internen Gebrauch", "Attorney-Client Privileged", "for internal use", "EYES ONLY", "data classification:",
            "Restricted", "secretary", "companyX", "top", "apiVersion: v1", "kind: Secret", "- name: app", "", ":", " - ",
            "|", "**", "# ", "(", "Confidentially,", "Internally", "x"};
        java.util.Random rnd = new java.util.Random(11);
        int found = 0;
        for (int t = 0; t < 3000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int l = 1 + rnd.nextInt(6); l > 0; l--) {
                for (int k = 1 + rnd.nextInt(4); k > 0; k--) {
                    sb.append(pieces[rnd.nextInt(pieces.length)]).append(rnd.nextInt(3) == 0 ? "" : " ");
                }
                sb.append('\n');
            }
            String text = sb.toString();
            List<ContentCues.Cue> expected = new java.util.ArrayList<>();
            int n = text.length();
            for (int ls = 0; ls < n; ) {
                int le = text.indexOf('\n', ls);
                le = le < 0 ? n : le;
                int p = ls;
                while (p < le && p - ls < 12 && " \t*#_>[(|\r".indexOf(text.charAt(p)) >= 0) {
                    p++;
                }
                if (p < le) {
                    ContentCues.marking(text, p, Math.min(le, p + 160), expected);
                }
                ls = le + 1;
            }
            List<ContentCues.Cue> got = ContentCues.scan(text).stream()
                    .filter(c -> c.type().equals(ContentCues.MARKING)).toList();
            assertThat(got).as(text).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).isGreaterThan(1000);
    }
}
