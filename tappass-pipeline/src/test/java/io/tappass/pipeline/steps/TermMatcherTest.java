package io.tappass.pipeline.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Outcome;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.CpuTime;
import io.tappass.pipeline.Pipeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TermMatcherTest {

    /** The regular expression detect_business used before the hand-written matcher: the reference semantics. */
    private static List<int[]> reference(List<String> terms, String text) {
        StringBuilder alt = new StringBuilder("(?<![\\p{L}\\p{N}_])(?:");
        for (int i = 0; i < terms.size(); i++) {
            alt.append(i == 0 ? "" : "|").append(Pattern.quote(terms.get(i)));
        }
        alt.append(")(?![\\p{L}\\p{N}_])");
        Matcher m = Pattern.compile(alt.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        List<int[]> out = new ArrayList<>();
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static List<int[]> actual(List<String> terms, String text) {
        List<int[]> out = new ArrayList<>();
        new TermMatcher(terms).find(text, (s, e) -> {
            out.add(new int[] {s, e});
            return 0;
        });
        return out;
    }

    @Test
    void findsTermsOnWordBoundariesIgnoringCase() {
        List<String> terms = List.of("Project Falcon", "falcon", "Ωmega-7");
        assertThat(actual(terms, "About PROJECT falcon and project falcon; falconry is not falcon_x, but (FALCON) is."))
                .containsExactly(new int[] {6, 20}, new int[] {25, 39}, new int[] {72, 78});
        assertThat(actual(terms, "ωMEGA-7 yes, xΩmega-7 no")).containsExactly(new int[] {0, 7});
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomTexts() {
        List<String> terms = List.of("Falcon", "falcon x", "Ab", "ÉTÉ", "k9", "#tag", "ıd", "𝐀lpha", "_u");
        String[] pieces = {"falcon", "FALCON", "Falcon x", " ", " ", ".", "_", "a", "b", "AB", "ab", "x", "été", "ÉTÉ",
                "k9", "K9", "\u212A9", "#tag", "##tag", "ID", "ıd", "İd", "𝐀lpha", "𝐀", "٣", "\u2167", "é", "u", "_u",
                "-", "\n", "9"};
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            List<int[]> expected = reference(terms, text);
            List<int[]> got = actual(terms, text);
            assertThat(got).as("text '%s'", text).hasSameSizeAs(expected);
            for (int i = 0; i < got.size(); i++) {
                assertThat(got.get(i)).as("match %d in '%s'", i, text).containsExactly(expected.get(i));
            }
        }
    }

    @Test
    void detectBusinessBlocksConfiguredTermsAndStaysLinearOnAdversarialInput() {
        Pipeline p = Pipeline.builder().step("detect_business")
                .override("detect_business", Map.of("terms", List.of("Project Falcon", "aaaa aaaa b")))
                .parallelThreshold(Integer.MAX_VALUE)
                .build();
        GovernanceContext ctx = GovernanceContext.builder().agentId("t").build();
        Verdict v = p.checkInput("Status of project FALCON?", ctx);
        assertThat(v.outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(v.blockedBy()).isEqualTo("detect_business");
        assertThat(p.checkInput("Status of project falconry?", ctx).outcome()).isEqualTo(Outcome.ALLOW);
        String adversarial = "aaaa ".repeat(200_000);
        CpuTime.assertWithin(Duration.ofSeconds(5),
                () -> assertThat(p.checkInput(adversarial, ctx).outcome()).isEqualTo(Outcome.ALLOW));
    }
}
