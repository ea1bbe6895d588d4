package io.tappass.pipeline;

import static io.tappass.pipeline.testing.PolicyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tappass.core.audit.AuditEvent;
import io.tappass.core.audit.AuditSink;
import io.tappass.core.audit.AuditVerifier;
import io.tappass.core.audit.InMemoryAuditSink;
import io.tappass.core.audit.JsonlAuditSink;
import io.tappass.core.governance.Classification;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Mode;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.PolicyBlockedException;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.TestSteps.RegexStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrencyAndAuditTest {

    private static Pipeline sample(AuditSink sink) {
        return Pipeline.builder().registry(ConfigTest.presetRegistry())
                .override("detect_business", Map.of("terms", List.of("Project Falcon"), "level", "RESTRICTED"))
                .override("validate_input", Map.of("max_message_chars", 200))
                .step(new RegexStep("emails", 200, OnDetection.REDACT, "[a-z]+@[a-z]+\\.com", "EMAIL_ADDRESS",
                        "[MASKED_EMAIL]"))
                .auditSink(sink)
                .build();
    }

    private static List<String> inputs() {
        List<String> in = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            switch (i % 4) {
                case 0: in.add("hello number " + i); break;
                case 1: in.add("write to user" + (char) ('a' + i % 26) + "@acme.com please"); break;
                case 2: in.add("status of Project Falcon #" + i); break;
                default: in.add("x".repeat(150 + i)); break;
            }
        }
        return in;
    }

    private static String describe(Verdict v) {
        return v.outcome() + "|" + v.blockedBy() + "|" + v.text() + "|" + v.classification() + "|"
                + v.findings().stream().map(f -> f.step() + ":" + f.type() + "@" + f.start() + "-" + f.end()).toList();
    }

    @Test
    void aPipelineSharedByEightThreadsGivesTheSameVerdictsAsOneThread() throws Exception {
        Pipeline p = sample(new InMemoryAuditSink());
        List<String> in = inputs();
        List<String> expected = new ArrayList<>();
        for (String s : in) {
            expected.add(describe(p.checkInput(s, GovernanceContext.of("a", null))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                List<String> got = new ArrayList<>();
                for (int round = 0; round < 5; round++) {
                    got.clear();
                    for (String s : in) {
                        got.add(describe(p.checkInput(s, GovernanceContext.of("a", null))));
                    }
                }
                return got;
            }));
        }
        start.countDown();
        for (Future<List<String>> f : futures) {
            assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
        }
        pool.shutdown();
        assertThat(expected).anyMatch(s -> s.startsWith("BLOCK|detect_business"))
                .anyMatch(s -> s.startsWith("BLOCK|validate_input"))
                .anyMatch(s -> s.startsWith("MODIFY|null|write to [MASKED_EMAIL]"))
                .anyMatch(s -> s.startsWith("ALLOW"));
    }

    @Test
    void everyVerdictIsAuditedWithoutRawText() {
        InMemoryAuditSink sink = new InMemoryAuditSink();
        Pipeline p = sample(sink);
        p.checkInput("status of Project Falcon", GovernanceContext.of("agent-7", "s-1"));
        p.checkInput("mail bob@acme.com", GovernanceContext.of("agent-7", "s-1"));
        p.checkOutput("fine");
        List<AuditEvent> events = sink.events();
        assertThat(events).hasSize(3);
        assertThat(events.get(0).eventKind()).isEqualTo(AuditEvent.KIND_POLICY_BLOCK);
        assertThat(events.get(0).agentId()).isEqualTo("agent-7");
        assertThat(events.get(0).policyResult().rule()).isEqualTo("detect_business");
        assertThat(events.get(1).eventKind()).isEqualTo(AuditEvent.KIND_DETECTION);
        assertThat(events.get(2).eventKind()).isEqualTo(AuditEvent.KIND_CHAT);
        assertThat(events.get(2).details()).containsEntry("phase", "output");
        for (AuditEvent e : events) {
            assertThat(e.toJson()).doesNotContain("Falcon").doesNotContain("bob@acme.com");
        }
    }

    @Test
    void aHashChainedTrailOfRealVerdictsVerifies(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit.jsonl");
        try (JsonlAuditSink sink = JsonlAuditSink.open(file)) {
            Pipeline p = sample(sink);
            for (String s : inputs().subList(0, 20)) {
                p.checkInput(s);
            }
        }
        assertThat(Files.readAllLines(file)).hasSize(20);
        assertThat(AuditVerifier.verify(file).valid()).isTrue();
    }

    @Test
    void aFailingAuditSinkFailsClosedInEnforceMode() {
        AuditSink broken = event -> {
            throw new IllegalStateException("disk full");
        };
        Pipeline p = sample(broken);
        Verdict v = p.checkInput("hello");
        assertThat(v.isBlocked()).isTrue();
        assertThat(v.blockedBy()).isEqualTo("audit");
        assertThat(p.withMode(Mode.OBSERVE).checkInput("hello").isBlocked()).isFalse();
    }

    @Test
    void thePolicyTestingKitReadsLikeTheReadme() {
        Pipeline p = sample(new InMemoryAuditSink());
        assertThat(p).hasStep("detect_business");
        assertThat(p).onInput("status of Project Falcon").isBlockedBy("detect_business")
                .hasClassification(Classification.RESTRICTED);
        assertThat(p).onInput("mail bob@acme.com now").isModified().redacts("bob@acme.com")
                .rewritesTo("mail [MASKED_EMAIL] now");
        assertThat(p).onInput("hello").isAllowed().hasNoFindings();
        assertThat(p).inContext(GovernanceContext.builder().mode(Mode.OBSERVE).build())
                .onInput("Project Falcon").isNotBlocked().wouldBeBlockedBy("detect_business");
        assertThatThrownBy(() -> assertThat(p).onInput("hello").isBlockedBy("detect_business"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Expected the call to be blocked by");
        assertThatThrownBy(() -> p.checkInput("Project Falcon").orThrow())
                .isInstanceOf(PolicyBlockedException.class)
                .satisfies(e -> assertThat(((PolicyBlockedException) e).blockedBy()).isEqualTo("detect_business"));
    }

    @Test
    void toolDecisionsAreAuditedAsToolCallsWithTheToolName() {
        InMemoryAuditSink sink = new InMemoryAuditSink();
        Pipeline p = Pipeline.builder()
                .override("tool_permissions", Map.of("deny", List.of("delete_*")))
                .auditSink(sink).build();
        GovernanceContext ctx = GovernanceContext.of("agent-1", "s-1");
        assertThat(p.govern(io.tappass.core.ToolCall.of("read_file", Map.of("path", "notes.txt")), ctx).isAllowed())
                .isTrue();
        assertThat(p.govern(io.tappass.core.ToolCall.of("delete_all", Map.of()), ctx).isBlocked()).isTrue();
        List<AuditEvent> events = sink.events();
        assertThat(events).hasSize(2);
        assertThat(events.get(0).eventKind()).isEqualTo(AuditEvent.KIND_TOOL_CALL);
        assertThat(events.get(0).details()).containsEntry("tool", "read_file").containsEntry("phase", "tool");
        assertThat(events.get(1).eventKind()).isEqualTo(AuditEvent.KIND_POLICY_BLOCK);
        assertThat(events.get(1).policyResult().rule()).isEqualTo("tool_permissions");
        assertThat(events.get(0).toJson()).doesNotContain("notes.txt");
    }
}
