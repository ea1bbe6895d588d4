package io.tappass.pipeline.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tappass.core.config.ConfigException;
import io.tappass.core.governance.Classification;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Outcome;
import io.tappass.core.governance.Severity;
import io.tappass.pipeline.BaseStep;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.Pipeline;
import io.tappass.pipeline.StepConfig;
import io.tappass.pipeline.StepContext;
import io.tappass.pipeline.StepResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassifyDataStepTest {

    /** A stand-in for a content detector that ran earlier: reports fixed findings under a given step name. */
    private static final class FakeDetector extends BaseStep {
        private final List<String> types;

        FakeDetector(String name, int position, String... types) {
            super(StepConfig.of(name, OnDetection.LOG), Phase.INPUT, position);
            this.types = List.of(types);
        }

        @Override
        public StepResult apply(StepContext context) {
            String part = context.parts().get(0).id();
            return StepResult.findings(types.stream().map(t -> Finding.at(name(), t, Severity.MEDIUM, 1.0, part, 0,
                    1, null)).toList());
        }
    }

    private static Classification classify(Map<String, ?> options, FakeDetector... earlier) {
        Pipeline.Builder b = Pipeline.builder().override("classify_data", options.isEmpty()
                ? Map.of("enabled", true) : options);
        for (FakeDetector d : earlier) {
            b.step(d);
        }
        return b.build().checkInput("Some text 12345").classification();
    }

    @Test
    void defaultTable() {
        assertThat(classify(Map.of())).isEqualTo(Classification.PUBLIC);
        assertThat(classify(Map.of(), new FakeDetector("detect_infra", 230, "PRIVATE_IP")))
                .isEqualTo(Classification.INTERNAL);
        assertThat(classify(Map.of(), new FakeDetector("detect_pii", 200, "EMAIL_ADDRESS")))
                .isEqualTo(Classification.CONFIDENTIAL);
        assertThat(classify(Map.of(), new FakeDetector("detect_pii", 200, "PERSON", "IBAN_CODE")))
                .isEqualTo(Classification.RESTRICTED);
        assertThat(classify(Map.of(), new FakeDetector("detect_pii", 200, "NL_BSN")))
                .isEqualTo(Classification.RESTRICTED);
        assertThat(classify(Map.of(), new FakeDetector("detect_secrets", 220, "AWS_ACCESS_KEY_ID")))
                .isEqualTo(Classification.RESTRICTED);
        assertThat(classify(Map.of(), new FakeDetector("detect_injection", 300, "instruction_override")))
                .isEqualTo(Classification.PUBLIC);
    }

    /**
     * Each kind of finding is looked up once per call: interleaved kinds (as in a long text: email, phone, name, ...)
     * must still all count, the highest last; the same type from two steps counts per step; detect_business findings
     * are looked up one by one (their level is an attribute).
     */
    @Test
    void interleavedKindsAllCount() {
        String[] many = new String[60];
        for (int i = 0; i < many.length; i++) {
            many[i] = i % 3 == 0 ? "EMAIL_ADDRESS" : i % 3 == 1 ? "PHONE_NUMBER" : "X_" + (i % 20);
        }
        String[] withIban = java.util.Arrays.copyOf(many, 61);
        withIban[60] = "IBAN_CODE";
        assertThat(classify(Map.of(), new FakeDetector("detect_pii", 200, many)))
                .isEqualTo(Classification.CONFIDENTIAL);
        assertThat(classify(Map.of(), new FakeDetector("detect_pii", 200, withIban)))
                .isEqualTo(Classification.RESTRICTED);
        // the same type name under a step whose level is overridden, after the first step's findings
        assertThat(classify(Map.of("levels", Map.of("detect_infra", "restricted")),
                new FakeDetector("detect_pii", 200, "X_1", "EMAIL_ADDRESS"),
                new FakeDetector("detect_infra", 230, "X_1"))).isEqualTo(Classification.RESTRICTED);
        Pipeline business = Pipeline.builder().override("classify_data", Map.of("enabled", true))
                .step(new BaseStep(StepConfig.of("detect_business", OnDetection.LOG), Phase.INPUT, 240) {
                    @Override
                    public StepResult apply(StepContext context) {
                        String part = context.parts().get(0).id();
                        return StepResult.findings(List.of(
                                new Finding(name(), "TERM", Severity.MEDIUM, 1.0, part, 0, 1, null,
                                        Map.of("level", "INTERNAL")),
                                new Finding(name(), "TERM", Severity.MEDIUM, 1.0, part, 0, 1, null,
                                        Map.of("level", "RESTRICTED"))));
                    }
                }).build();
        assertThat(business.checkInput("Some text").classification()).isEqualTo(Classification.RESTRICTED);
    }

    @Test
    void levelsOverrideByTypeAndStep() {
        assertThat(classify(Map.of("levels", Map.of("EMAIL_ADDRESS", "INTERNAL")),
                new FakeDetector("detect_pii", 200, "EMAIL_ADDRESS"))).isEqualTo(Classification.INTERNAL);
        assertThat(classify(Map.of("levels", Map.of("detect_infra", "confidential")),
                new FakeDetector("detect_infra", 230, "AWS_ARN"))).isEqualTo(Classification.CONFIDENTIAL);
    }

    @Test
    void customPatternsReportAndRaiseTheLevel() {
        var v = Pipeline.builder().override("classify_data", Map.of("custom_patterns", List.of(
                Map.of("name", "project_code", "pattern", "PRJ-\\d{4}", "level", "RESTRICTED"))))
                .build().checkInput("Status of PRJ-1234 please");
        assertThat(v.classification()).isEqualTo(Classification.RESTRICTED);
        assertThat(v.outcome()).isEqualTo(Outcome.ALLOW); // default on_detection: log
        assertThat(v.findings()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo("PROJECT_CODE");
            assertThat(f.start()).isEqualTo(10);
            assertThat(f.end()).isEqualTo(18);
        });
    }

    @Test
    void badOptionsFailWithTheKey() {
        assertThatThrownBy(() -> Pipeline.builder().override("classify_data", Map.of("levels",
                Map.of("EMAIL_ADDRESS", "SECRETISH"))).build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("levels.EMAIL_ADDRESS");
        assertThatThrownBy(() -> Pipeline.builder().override("classify_data", Map.of("custom_patterns",
                List.of(Map.of("name", "x", "pattern", "(")))).build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("custom_patterns[0].pattern");
    }
}
