package io.tappass.pipeline.tools;

import io.tappass.core.ChatRequest;
import io.tappass.core.ToolDefinition;
import io.tappass.core.governance.OnDetection;
import io.tappass.pipeline.BaseStep;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.StepConfig;
import io.tappass.pipeline.StepContext;
import io.tappass.pipeline.StepResult;
import io.tappass.pipeline.internal.AbstractStepFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code tool_filter} (alias {@code filter_tools}; TapPass position 630, input phase): removes the tools the agent
 * may not use from the request, so that the model never sees them. Uses its own {@link ToolPolicy} options when it
 * has any, else the policy of the pipeline's {@code tool_permissions} step (so one set of rules serves both). The
 * request is rewritten regardless of {@code on_detection} (default {@code log}); a {@code tools_removed} obligation
 * reports how many tools were removed (no finding, so that lockdown mode does not turn filtering into a block).
 */
public final class ToolFilterStep extends BaseStep {

    /** The step id. */
    public static final String NAME = "tool_filter";
    /** TapPass's position. */
    public static final int POSITION = 630;

    private final ToolPolicy own;

    ToolFilterStep(StepConfig config) {
        super(config, Phase.INPUT, POSITION);
        ToolPolicy p = ToolPolicy.from(config);
        this.own = p.isEmpty() ? null : p;
    }

    @Override
    public StepResult apply(StepContext context) {
        ChatRequest request = context.request();
        if (request == null || request.tools().isEmpty()) {
            return StepResult.pass();
        }
        ToolPolicy policy = own != null ? own : (ToolPolicy) context.attributes().get(ToolPolicy.CONTEXT_KEY);
        if (policy == null) {
            return StepResult.pass();
        }
        String agent = context.governance().agentId();
        String flag = context.governance().flag("tools");
        List<ToolDefinition> kept = new ArrayList<>(request.tools().size());
        for (ToolDefinition t : request.tools()) {
            if (policy.decide(agent, t.name(), flag).allowed()) {
                kept.add(t);
            }
        }
        int removed = request.tools().size() - kept.size();
        if (removed == 0) {
            return StepResult.pass();
        }
        return StepResult.pass().withObligation(new io.tappass.core.governance.Obligation("tools_removed", NAME,
                Map.of("count", String.valueOf(removed)))).withRequest(request.withTools(kept));
    }

    /** Registers {@code tool_filter}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of("filter_tools"), Phase.INPUT, POSITION, OnDetection.LOG, ToolPolicy.OPTIONS,
                    ToolFilterStep::new);
        }
    }
}
