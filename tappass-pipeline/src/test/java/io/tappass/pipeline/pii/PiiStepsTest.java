package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tappass.core.config.ConfigException;
import io.tappass.core.governance.Classification;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Outcome;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.Pipeline;
import io.tappass.pipeline.StepRegistry;
import io.tappass.pipeline.scan.TextPart;
import io.tappass.pipeline.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PiiStepsTest {

    private static final GovernanceContext SESSION = GovernanceContext.of("agent-1", "session-1");

    @Test
    void factoriesAreRegistered() {
        StepRegistry reg = StepRegistry.defaults();
        assertThat(reg.toString()).isNotNull();
        Pipeline p = Pipeline.builder().step("detect_pii").step("pii_tokenize").step("pii_restore").build();
        assertThat(p.stepNames()).containsExactly("detect_pii", "pii_tokenize", "pii_restore");
    }

    @Test
    void detectPiiMasksWithTapPassMasks() {
        Pipeline p = Pipeline.builder().override("detect_pii", Map.of("on_detection", "redact")).build();
        Verdict v = p.checkInput("Mail jane@example.com or call +44 20 7946 0958", SESSION);
        assertThat(v.outcome()).isEqualTo(Outcome.MODIFY);
        assertThat(v.text()).isEqualTo("Mail [MASKED_EMAIL] or call [MASKED_PHONE]");
        assertThat(v.classification()).isEqualTo(Classification.CONFIDENTIAL);
        assertThat(v.findingsOf("detect_pii")).extracting(Finding::type)
                .containsExactly("EMAIL_ADDRESS", "PHONE_NUMBER");
        assertThat(v.findings().get(0).start()).isEqualTo(5);
    }

    @Test
    void detectPiiBlocksAndClassifiesCardsRestricted() {
        Pipeline p = Pipeline.builder().override("detect_pii", Map.of("on_detection", "block")).build();
        Verdict v = p.checkInput("my card is 4111 1111 1111 1111", SESSION);
        assertThat(v.outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(v.blockedBy()).isEqualTo("detect_pii");
        assertThat(v.classification()).isEqualTo(Classification.RESTRICTED);
        assertThat(v.reason()).doesNotContain("4111");
    }

    @Test
    void optionsEntitiesThresholdAndAllowList() {
        Pipeline p = Pipeline.builder().override("detect_pii", Map.of("on_detection", "redact",
                "entities", List.of("EMAIL_ADDRESS"), "allow_list", List.of("help@corp.example"))).build();
        Verdict v = p.checkInput("help@corp.example, bob@corp.example, +44 20 7946 0958", SESSION);
        assertThat(v.text()).isEqualTo("help@corp.example, [MASKED_EMAIL], +44 20 7946 0958");
        Pipeline strict = Pipeline.builder().override("detect_pii", Map.of("on_detection", "redact",
                "score_threshold", 0.95)).build();
        assertThat(strict.checkInput("+44 20 7946 0958", SESSION).outcome()).isEqualTo(Outcome.ALLOW);
    }

    @Test
    void customPatternsAndBadOptions() {
        Pipeline p = Pipeline.builder().override("detect_pii", Map.of("on_detection", "redact", "custom_patterns",
                List.of(Map.of("name", "patient_id", "pattern", "PAT-\\d{5}", "level", "RESTRICTED")))).build();
        Verdict v = p.checkInput("patient PAT-12345 arrived", SESSION);
        assertThat(v.text()).isEqualTo("patient [MASKED_PATIENT_ID] arrived");
        assertThat(v.classification()).isEqualTo(Classification.RESTRICTED);

        assertThatThrownBy(() -> Pipeline.builder().override("detect_pii", Map.of("custom_patterns",
                List.of(Map.of("name", "x", "pattern", "(unclosed")))).build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("custom_patterns[0].pattern");
        assertThatThrownBy(() -> Pipeline.builder().override("detect_pii", Map.of("entities",
                List.of("EMAIL_ADRESS"))).build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown entity \"EMAIL_ADRESS\"");
        assertThatThrownBy(() -> Pipeline.builder().override("detect_pii", Map.of("strategy", "shred")).build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("expected mask, partial, hash or token");
    }

    @Test
    void partialAndHashStrategies() {
        Pipeline partial = Pipeline.builder().override("detect_pii", Map.of("on_detection", "redact",
                "strategy", "partial")).build();
        assertThat(partial.checkInput("card 4111-1111-1111-1111 ok", SESSION).text())
                .isEqualTo("card ****-****-****-1111 ok");

        String key = "0123456789abcdef0123456789abcdef";
        Pipeline hash = Pipeline.builder().override("detect_pii", Map.of("on_detection", "redact",
                "strategy", "hash", "hash_key", key)).build();
        String a = hash.checkInput("mail bob@example.org", SESSION).text();
        String b = hash.checkInput("again bob@example.org", SESSION).text();
        assertThat(a).matches("mail \\[EMAIL_HASH:[0-9a-f]{16}]");
        assertThat(a.substring(5)).isEqualTo(b.substring(6));
        Pipeline otherKey = Pipeline.builder().override("detect_pii", Map.of("on_detection", "redact",
                "strategy", "hash", "hash_key", key.replace('0', 'x'))).build();
        assertThat(otherKey.checkInput("mail bob@example.org", SESSION).text()).isNotEqualTo(a);

        assertThatThrownBy(() -> Pipeline.builder().override("detect_pii", Map.of("strategy", "hash",
                "hash_key_env", "TAPPASS_TEST_SURELY_UNSET_VAR")).build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("TAPPASS_TEST_SURELY_UNSET_VAR");
        assertThatThrownBy(() -> Pipeline.builder().override("detect_pii", Map.of("strategy", "hash",
                "hash_key", "short")).build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("at least 16 bytes");
    }

    @Test
    void tokenizeThenRestoreRoundTrip() {
        Pipeline p = Pipeline.builder().step("pii_tokenize").step("pii_restore").build();
        Verdict in = p.checkInput("I am Maria Gonzalez, mail maria@example.com or maria@example.com", SESSION);
        assertThat(in.text()).isEqualTo("I am <PERSON_1>, mail <EMAIL_1> or <EMAIL_1>");
        Verdict in2 = p.checkInput("cc bob@example.org and maria@example.com", SESSION);
        assertThat(in2.text()).isEqualTo("cc <EMAIL_2> and <EMAIL_1>");

        Verdict out = p.checkOutput("Dear <PERSON_1>, I wrote to <EMAIL_1> and <EMAIL_2>; <EMAIL_9> is unknown.",
                SESSION);
        assertThat(out.text()).isEqualTo("Dear Maria Gonzalez, I wrote to maria@example.com and bob@example.org; "
                + "<EMAIL_9> is unknown.");
        // the restored values never appear in the verdict's findings
        assertThat(out.findingsOf("pii_restore")).hasSize(3).allSatisfy(f -> {
            assertThat(f.replacement()).isNull();
            assertThat(f.toString()).doesNotContain("example");
        });
        // another session cannot restore this session's tokens
        Verdict other = p.checkOutput("Dear <PERSON_1>", GovernanceContext.of("agent-1", "session-2"));
        assertThat(other.text()).isEqualTo("Dear <PERSON_1>");
    }

    @Test
    void tokenizeThatDoesNotRewriteKeepsNoValues() {
        // reporting only: the finding carries the mask, the vault stays empty, so nothing can be restored
        Pipeline logging = Pipeline.builder().step("pii_tokenize").override("pii_tokenize",
                Map.of("on_detection", "log")).step("pii_restore").build();
        Verdict in = logging.checkInput("mail maria@example.com", SESSION);
        assertThat(in.text()).isEqualTo("mail maria@example.com");
        assertThat(in.findingsOf("pii_tokenize")).singleElement()
                .satisfies(f -> assertThat(f.replacement()).isEqualTo("[MASKED_EMAIL]"));
        assertThat(logging.checkOutput("write to <EMAIL_1>", SESSION).text()).isEqualTo("write to <EMAIL_1>");

        // the observe mode reports what enforcing would do, and keeps no values either
        Pipeline observing = Pipeline.builder().mode(io.tappass.core.governance.Mode.OBSERVE).step("pii_tokenize")
                .step("pii_restore").build();
        Verdict seen = observing.checkInput("mail maria@example.com", SESSION);
        assertThat(seen.text()).isEqualTo("mail maria@example.com");
        assertThat(seen.findingsOf("pii_tokenize")).singleElement()
                .satisfies(f -> assertThat(f.replacement()).isEqualTo("[MASKED_EMAIL]"));
        assertThat(observing.checkOutput("write to <EMAIL_1>", SESSION).text()).isEqualTo("write to <EMAIL_1>");

        // the same pipeline redacting: a token, restored in the answer
        Pipeline redacting = Pipeline.builder().step("pii_tokenize").step("pii_restore").build();
        assertThat(redacting.checkInput("mail maria@example.com", SESSION).text()).isEqualTo("mail <EMAIL_1>");
        assertThat(redacting.checkOutput("write to <EMAIL_1>", SESSION).text())
                .isEqualTo("write to maria@example.com");
    }

    @Test
    void detectPiiAndTokenizeShareOneScan() {
        TextPart part = new TextPart("p", TextPart.Source.USER, 0, 0, "mail bob@example.org");
        PiiDetector a = PiiOptions.detector(io.tappass.pipeline.StepConfig.of("detect_pii",
                io.tappass.core.governance.OnDetection.REDACT));
        PiiDetector b = PiiOptions.detector(io.tappass.pipeline.StepConfig.of("pii_tokenize",
                io.tappass.core.governance.OnDetection.REDACT));
        List<PiiMatch> first = a.scan(part);
        assertThat(b.scan(part)).isSameAs(first);
        List<Finding> fs = PiiFindings.of(a, part, "scan_output", 0.5);
        assertThat(fs).singleElement().satisfies(f -> {
            assertThat(f.step()).isEqualTo("scan_output");
            assertThat(f.replacement()).isEqualTo("[MASKED_EMAIL]");
            assertThat(f.attributes()).containsEntry("classification", "CONFIDENTIAL");
        });
    }

    @Test
    void outputScanningBuildingBlockWorksInAnOutputStep() {
        io.tappass.pipeline.Step scanOutput = new io.tappass.pipeline.BaseStep(
                io.tappass.pipeline.StepConfig.of("scan_output", io.tappass.core.governance.OnDetection.REDACT),
                io.tappass.pipeline.Phase.OUTPUT, 700) {
            @Override
            public io.tappass.pipeline.StepResult apply(io.tappass.pipeline.StepContext context) {
                List<Finding> fs = PiiFindings.of(PiiDetector.defaults(), context, name(), 0.5);
                return io.tappass.pipeline.StepResult.findings(fs).withClassification(PiiFindings.classification(fs));
            }
        };
        Pipeline p = Pipeline.builder().step(scanOutput).build();
        Verdict v = p.checkOutput("Sure, her IBAN is NL91ABNA0417164300 and mail is ann@example.com.", SESSION);
        assertThat(v.text()).isEqualTo("Sure, her IBAN is [MASKED_IBAN] and mail is [MASKED_EMAIL].");
        assertThat(v.classification()).isEqualTo(Classification.RESTRICTED);
        assertThat(v.findingsOf("scan_output")).extracting(Finding::type).containsExactly("IBAN_CODE", "EMAIL_ADDRESS");
    }

    @Test
    void vaultIsConsistentUnderConcurrency() throws Exception {
        SessionState session = new SessionState("s");
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        Map<String, String> seen = new ConcurrentHashMap<>();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            fs.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 200; i++) {
                    String value = "user" + i + "@example.com";
                    String token = PiiVault.of(session).tokenFor("EMAIL", value);
                    String prev = seen.putIfAbsent(value, token);
                    if (prev != null && !prev.equals(token)) {
                        throw new AssertionError("two tokens for one value");
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        PiiVault vault = PiiVault.of(session);
        assertThat(vault.size()).isEqualTo(200);
        assertThat(Set.copyOf(seen.values())).hasSize(200);
        for (Map.Entry<String, String> e : seen.entrySet()) {
            assertThat(vault.valueOf(e.getValue())).isEqualTo(e.getKey());
        }
        assertThat(vault.toString()).doesNotContain("@");
    }
}
