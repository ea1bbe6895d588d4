package io.tappass.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.core.ChatRequest;
import io.tappass.core.Message;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Mode;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Outcome;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.TestSteps.BrokenStep;
import io.tappass.pipeline.TestSteps.RecordingStep;
import io.tappass.pipeline.TestSteps.RegexStep;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineTest {

    private static final String EMAIL = "[a-z]+@[a-z]+\\.com";

    private static Pipeline.Builder empty() {
        return Pipeline.builder().registry(StepRegistry.of());
    }

    @Test
    void stepsRunByPositionWithinEachPhaseWhateverTheOrderTheyWereAdded() {
        List<String> log = new ArrayList<>();
        Pipeline p = empty()
                .step(new RecordingStep("c", Phase.INPUT, 300, log))
                .step(new RecordingStep("a", Phase.INPUT, 100, log))
                .step(new RecordingStep("out", Phase.OUTPUT, 700, log))
                .step(new RecordingStep("b", Phase.INPUT, 200, log))
                .build();
        Verdict v = p.checkInput("hello");
        assertThat(log).containsExactly("a", "b", "c");
        assertThat(v.stepsRun()).containsExactly("a", "b", "c");
        assertThat(p.stepNames()).containsExactly("a", "b", "c", "out");
        log.clear();
        p.checkOutput("hi");
        assertThat(log).containsExactly("out");
    }

    @Test
    void enforceModeStopsAtTheFirstBlock() {
        RegexStep first = new RegexStep("first", 100, OnDetection.BLOCK, "secret", "S", null);
        RegexStep second = new RegexStep("second", 200, OnDetection.BLOCK, "secret", "S", null);
        Pipeline p = empty().step(first).step(second).build();
        Verdict v = p.checkInput("a secret here");
        assertThat(v.outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(v.blockedBy()).isEqualTo("first");
        assertThat(v.reason()).isEqualTo("S detected by first");
        assertThat(second.calls.get()).isZero();
        assertThat(v.stepsRun()).containsExactly("first");
    }

    @Test
    void observeModeRunsEverythingRewritesNothingAndReportsWouldBeBlocks() {
        RegexStep redact = new RegexStep("redact", 100, OnDetection.REDACT, EMAIL, "EMAIL", "[MASKED_EMAIL]");
        RegexStep block1 = new RegexStep("block1", 200, OnDetection.BLOCK, "secret", "S", null);
        RegexStep block2 = new RegexStep("block2", 300, OnDetection.BLOCK, "secret", "S", null);
        Pipeline p = empty().step(redact).step(block1).step(block2).mode(Mode.OBSERVE).build();
        String text = "mail bob@acme.com a secret";
        Verdict v = p.checkInput(text);
        assertThat(v.outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(v.isBlocked()).isFalse();
        assertThat(v.wouldBlockBy()).containsExactly("block1", "block2");
        assertThat(v.text()).isEqualTo(text);
        assertThat(v.findings()).hasSize(3);
        assertThat(v.stepsRun()).containsExactly("redact", "block1", "block2");
    }

    @Test
    void warnModeRewritesButBlocksNothingAndMarksTheVerdict() {
        RegexStep redact = new RegexStep("redact", 100, OnDetection.REDACT, EMAIL, "EMAIL", "[MASKED_EMAIL]");
        RegexStep block = new RegexStep("block", 200, OnDetection.BLOCK, "secret", "S", null);
        Pipeline p = empty().step(redact).step(block).mode(Mode.WARN).build();
        Verdict v = p.checkInput("mail bob@acme.com a secret");
        assertThat(v.outcome()).isEqualTo(Outcome.MODIFY);
        assertThat(v.isWarned()).isTrue();
        assertThat(v.wouldBlockBy()).containsExactly("block");
        assertThat(v.text()).isEqualTo("mail [MASKED_EMAIL] a secret");
    }

    @Test
    void lockdownBlocksOnAnyDetectionWhateverTheStepsAction() {
        RegexStep log = new RegexStep("logger", 100, OnDetection.LOG, "x", "X", null);
        Pipeline p = empty().step(log).mode(Mode.LOCKDOWN).build();
        assertThat(p.checkInput("x").blockedBy()).isEqualTo("logger");
        assertThat(p.withMode(Mode.ENFORCE).checkInput("x").outcome()).isEqualTo(Outcome.ALLOW);
    }

    @Test
    void contextModeOverridesPipelineModeUnlessLocked() {
        RegexStep block = new RegexStep("block", 100, OnDetection.BLOCK, "x", "X", null);
        GovernanceContext observe = GovernanceContext.builder().flags("mode=observe").build();
        Pipeline open = empty().step(block).build();
        assertThat(open.checkInput("x", observe).outcome()).isEqualTo(Outcome.ALLOW);
        Pipeline locked = empty().step(block).lockMode().build();
        assertThat(locked.checkInput("x", observe).outcome()).isEqualTo(Outcome.BLOCK);
    }

    @Test
    void redactionSpansThroughTwoStepsAreReportedInOriginalOffsets() {
        // Step 1 shortens the email, step 2 lengthens a phone number; step 2's spans are in rewritten text.
        RegexStep emails = new RegexStep("emails", 100, OnDetection.REDACT, EMAIL, "EMAIL", "<E>");
        RegexStep phones = new RegexStep("phones", 200, OnDetection.REDACT, "\\d{3}-\\d{4}", "PHONE",
                "[MASKED_PHONE_NUMBER]");
        Pipeline p = empty().step(emails).step(phones).build();
        String text = "Write bob@acme.com or call 555-1234, or ann@corp.com, 555-9999.";
        Verdict v = p.checkInput(text);
        assertThat(v.outcome()).isEqualTo(Outcome.MODIFY);
        assertThat(v.text()).isEqualTo("Write <E> or call [MASKED_PHONE_NUMBER], or <E>, [MASKED_PHONE_NUMBER].");
        for (Finding f : v.findings()) {
            String original = text.substring(f.start(), f.end());
            if (f.type().equals("EMAIL")) {
                assertThat(original).matches(EMAIL);
            } else {
                assertThat(original).matches("\\d{3}-\\d{4}");
            }
        }
        assertThat(v.findings()).extracting(Finding::start)
                .containsExactly(text.indexOf("bob@"), text.indexOf("ann@"), text.indexOf("555-1234"),
                        text.indexOf("555-9999"));
    }

    @Test
    void redactionKeepsOtherMessagesAndNonTextPartsIntact() {
        RegexStep emails = new RegexStep("emails", 100, OnDetection.REDACT, EMAIL, "EMAIL", "[MASKED_EMAIL]");
        Pipeline p = empty().step(emails).build();
        ChatRequest req = ChatRequest.builder().model("gpt-4o").system("be nice").user("to bob@acme.com")
                .extra("response_format", java.util.Map.of("type", "json_object")).build();
        Verdict v = p.checkInput(req, GovernanceContext.empty());
        assertThat(v.request().messages()).extracting(Message::text)
                .containsExactly("be nice", "to [MASKED_EMAIL]");
        assertThat(v.request().extras()).containsKey("response_format");
        assertThat(v.request().model()).isEqualTo("gpt-4o");
        assertThat(v.findings().get(0).part()).isEqualTo("messages[1].content[0]");
    }

    @Test
    void overlappingSpansFromOneStepAreMerged() {
        RegexStep s = new RegexStep("s", 100, OnDetection.REDACT, "abc|bcd", "X", "#");
        Verdict v = empty().step(s).build().checkInput("xabcdx");
        assertThat(v.text()).isIn("x#x", "x#dx");
    }

    @Test
    void findingsBelowTheThresholdAreDropped() {
        RegexStep weak = new RegexStep("weak", 100, OnDetection.BLOCK, "x", "X", null, 0.5).withThreshold(0.6);
        Verdict v = empty().step(weak).build().checkInput("x");
        assertThat(v.outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(v.findings()).isEmpty();
        RegexStep strong = new RegexStep("strong", 100, OnDetection.BLOCK, "x", "X", null, 0.7).withThreshold(0.6);
        assertThat(empty().step(strong).build().checkInput("x").isBlocked()).isTrue();
    }

    @Test
    void aFailingStepFailsClosedInEnforceModeAndIsReportedInObserveMode() {
        Pipeline p = empty().step(new BrokenStep()).build();
        Verdict v = p.checkInput("anything");
        assertThat(v.outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(v.blockedBy()).isEqualTo("broken");
        assertThat(v.reason()).contains("failed");
        Verdict o = p.withMode(Mode.OBSERVE).checkInput("anything");
        assertThat(o.outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(o.wouldBlockBy()).containsExactly("broken");
    }

    @Test
    void notifyAttachesAnObligationAndLogOnlyRecords() {
        RegexStep notify = new RegexStep("notifier", 100, OnDetection.NOTIFY, "x", "X", null);
        RegexStep log = new RegexStep("logger", 200, OnDetection.LOG, "x", "X", null);
        Verdict v = empty().step(notify).step(log).build().checkInput("x");
        assertThat(v.outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(v.obligations()).singleElement().satisfies(o -> {
            assertThat(o.type()).isEqualTo("notify");
            assertThat(o.step()).isEqualTo("notifier");
        });
        assertThat(v.findings()).extracting(Finding::step).containsExactly("notifier", "logger");
    }

    @Test
    void anExplicitBlockCannotBeRedactedAway() {
        Step limiter = new BaseStep(StepConfig.of("limiter", OnDetection.REDACT), Phase.INPUT, 110) {
            @Override
            public StepResult apply(StepContext context) {
                return StepResult.block("too many calls");
            }
        };
        Verdict v = empty().step(limiter).build().checkInput("hi");
        assertThat(v.isBlocked()).isTrue();
        assertThat(v.reason()).isEqualTo("too many calls");
    }

    @Test
    void outputChecksRewriteTheResponse() {
        Step outRedact = new BaseStep(StepConfig.of("out", OnDetection.REDACT), Phase.OUTPUT, 700) {
            @Override
            public StepResult apply(StepContext context) {
                var part = context.parts().get(0);
                int at = part.text().indexOf("sk-");
                return at < 0 ? StepResult.pass() : StepResult.findings(List.of(Finding.at("out", "KEY",
                        io.tappass.core.governance.Severity.CRITICAL, 1.0, part.id(), at, at + 10, "[REDACTED]")));
            }
        };
        Verdict v = empty().step(outRedact).build().checkOutput("key: sk-1234567 ok");
        assertThat(v.outcome()).isEqualTo(Outcome.MODIFY);
        assertThat(v.text()).isEqualTo("key: [REDACTED] ok");
        assertThat(v.response().content()).isEqualTo("key: [REDACTED] ok");
        assertThat(v.findings().get(0).part()).isEqualTo("output");
    }

    @Test
    void laterStepsSeeEarlierFindingsAndTheRewrittenText() {
        RegexStep emails = new RegexStep("emails", 100, OnDetection.REDACT, EMAIL, "EMAIL", "[MASKED_EMAIL]");
        List<String> seen = new ArrayList<>();
        Step probe = new BaseStep(StepConfig.of("probe", OnDetection.LOG), Phase.INPUT, 200) {
            @Override
            public StepResult apply(StepContext context) {
                seen.add(context.parts().get(0).text());
                seen.add(String.valueOf(context.findings().size()));
                seen.add(context.request().lastUserText());
                return StepResult.pass();
            }
        };
        empty().step(emails).step(probe).build().checkInput("to bob@acme.com");
        assertThat(seen).containsExactly("to [MASKED_EMAIL]", "1", "to [MASKED_EMAIL]");
    }
}
