package io.tappass.pipeline.tools;

import io.tappass.core.ToolCall;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Severity;
import io.tappass.pipeline.BaseStep;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.StepConfig;
import io.tappass.pipeline.StepContext;
import io.tappass.pipeline.StepResult;
import io.tappass.pipeline.internal.AbstractStepFactory;
import java.util.Map;
import java.util.Set;

/**
 * {@code tool_permissions} (TapPass position 620, tool phase): blocks calls to tools the agent may not use, per its
 * {@link ToolPolicy} (options {@code allow}, {@code deny}, {@code blocked_tools}, {@code groups}, {@code agents}) and
 * the {@code tools} governance flag. Finding type {@code tool_denied} with attributes {@code source} and
 * {@code rule}.
 */
public final class ToolPermissionsStep extends BaseStep implements ToolPolicy.Holder {

    /** The step id. */
    public static final String NAME = "tool_permissions";
    /** TapPass's position. */
    public static final int POSITION = 620;

    private final ToolPolicy policy;

    ToolPermissionsStep(StepConfig config) {
        super(config, Phase.TOOL, POSITION);
        this.policy = ToolPolicy.from(config);
    }

    @Override
    public ToolPolicy toolPolicy() {
        return policy;
    }

    @Override
    public StepResult apply(StepContext context) {
        ToolCall call = context.toolCall();
        if (call == null) {
            return StepResult.pass();
        }
        ToolPolicy.Decision d = policy.decide(context.governance().agentId(), call.name(),
                context.governance().flag("tools"));
        if (d.allowed()) {
            return StepResult.pass();
        }
        Finding f = new Finding(NAME, "tool_denied", Severity.HIGH, 1.0, null, -1, -1, null,
                d.rule() == null ? Map.of("source", d.source()) : Map.of("source", d.source(), "rule", d.rule()));
        String why = switch (d.source()) {
            case "implicit_deny" -> "it is not on the allow list";
            case "flag" -> "the tools flag forbids it (" + d.rule() + ")";
            default -> "it matches deny rule '" + d.rule() + "'";
        };
        return StepResult.block("tool '" + call.name() + "' is not permitted for agent '"
                + context.governance().agentId() + "': " + why, f);
    }

    /** Registers {@code tool_permissions}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of(), Phase.TOOL, POSITION, OnDetection.BLOCK, ToolPolicy.OPTIONS,
                    ToolPermissionsStep::new);
        }
    }
}
