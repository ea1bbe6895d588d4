package io.tappass.pipeline.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.core.ToolCall;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Outcome;
import io.tappass.pipeline.Pipeline;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped presets' settings for this module's steps are valid (the other steps are filtered out). */
class PresetCompatibilityTest {

    static final List<String> MINE = List.of("tool_filter", "tool_permissions", "tool_constraints",
            "scan_tool_calls", "require_approval", "shell_bleed", "taint_check", "loop_guard", "dedup", "rate_limit",
            "budget", "cost_tracking");

    @Test
    void everyPresetBuildsWithThisModulesSteps() {
        for (String preset : List.of("starter", "standard", "regulated")) {
            Pipeline p = Pipeline.builder().preset(preset).onlySteps(MINE).build();
            assertThat(p.stepNames()).contains("loop_guard", "budget", "cost_tracking");
        }
    }

    @Test
    void regulatedPresetNeedsApprovalForDeletesAndProtectsZones() {
        Pipeline p = Pipeline.builder().preset("regulated").onlySteps(MINE).build();
        GovernanceContext ctx = GovernanceContext.of("a", "s");
        assertThat(p.govern(ToolCall.of("delete_user", Map.of("id", 1)), ctx).outcome())
                .isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(p.govern(ToolCall.of("cat", Map.of("path", "/etc/shadow")), ctx).isBlocked()).isTrue();
        assertThat(p.govern(ToolCall.of("lookup", Map.of("q", "weather")), ctx).isAllowed()).isTrue();
    }
}
