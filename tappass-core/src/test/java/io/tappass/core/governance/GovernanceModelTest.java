package io.tappass.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tappass.core.ChatRequest;
import io.tappass.core.Message;
import io.tappass.core.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GovernanceModelTest {

    @Test
    void flagsFollowTapPassGrammar() {
        Map<String, String> f = GovernanceFlags.parse(" mode=observe, pii=mask,budget=custom:0.05:2 ,tools=allowlist:a:b");
        assertThat(f).containsExactly(Map.entry("mode", "observe"), Map.entry("pii", "mask"),
                Map.entry("budget", "custom:0.05:2"), Map.entry("tools", "allowlist:a:b"));
        assertThat(GovernanceFlags.parse(null)).isEmpty();
        assertThat(GovernanceFlags.parse("  ")).isEmpty();
    }

    @Test
    void badFlagsAreRejectedNamingTheProblem() {
        assertThatThrownBy(() -> GovernanceFlags.parse("mode=off")).hasMessageContaining("'mode'")
                .hasMessageContaining("observe");
        assertThatThrownBy(() -> GovernanceFlags.parse("colour=red")).hasMessageContaining("unknown")
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> GovernanceFlags.parse("mode")).hasMessageContaining("key=value");
        assertThatThrownBy(() -> GovernanceFlags.parse("budget=custom:")).hasMessageContaining("budget");
    }

    @Test
    void contextTakesTheModeFromFlags() {
        GovernanceContext ctx = GovernanceContext.builder().agentId("a").flags("mode=warn, pii=block").build();
        assertThat(ctx.mode()).isEqualTo(Mode.WARN);
        assertThat(ctx.flag("pii")).isEqualTo("block");
        assertThat(ctx.traceId()).isNotBlank();
        assertThat(GovernanceContext.empty().agentId()).isEqualTo(GovernanceContext.DEFAULT_AGENT);
        assertThat(GovernanceContext.empty().mode()).isNull();
    }

    @Test
    void findingsNeverPrintDetectedText() {
        Finding f = Finding.at("detect_secrets", "OPENAI_API_KEY", Severity.CRITICAL, 0.99, "output", 3, 40,
                "[REDACTED]");
        assertThat(f.toString()).contains("OPENAI_API_KEY").doesNotContain("sk-");
        assertThatThrownBy(() -> Finding.at("s", "t", Severity.LOW, 1.5, "p", 0, 1, null))
                .hasMessageContaining("0..1");
        assertThatThrownBy(() -> Finding.at("s", "t", Severity.LOW, 0.5, "p", 5, 1, null))
                .hasMessageContaining("span");
    }

    @Test
    void enumsParseWireNamesAndListAlternatives() {
        assertThat(OnDetection.parse("Redact")).isEqualTo(OnDetection.REDACT);
        assertThat(Outcome.parse("needs_approval")).isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(Classification.parse("restricted").max(Classification.INTERNAL))
                .isEqualTo(Classification.RESTRICTED);
        assertThatThrownBy(() -> OnDetection.parse("drop")).hasMessageContaining("block, redact, log, continue, notify");
        assertThat(Role.fromWire("developer")).isEqualTo(Role.SYSTEM);
        assertThatThrownBy(() -> Role.fromWire("robot")).hasMessageContaining("robot");
    }

    @Test
    void verdictTextAndOrThrow() {
        ChatRequest req = ChatRequest.builder().system("sys").user("first").addMessage(Message.assistant("a"))
                .user("last").build();
        Verdict allow = new Verdict(Outcome.ALLOW, null, null, null, List.of(), List.of(), req, null, Mode.ENFORCE,
                null, null);
        assertThat(allow.text()).isEqualTo("last");
        assertThat(allow.orThrow()).isSameAs(allow);
        Verdict block = new Verdict(Outcome.BLOCK, "PII", "detect_pii", Classification.CONFIDENTIAL, List.of(),
                List.of(), req, null, Mode.ENFORCE, null, null);
        assertThatThrownBy(block::orThrow).isInstanceOf(PolicyBlockedException.class)
                .hasMessageContaining("detect_pii");
    }
}
