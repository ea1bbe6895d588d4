package io.tappass.pipeline.budget;

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
import io.tappass.pipeline.internal.Glob;
import io.tappass.pipeline.session.SessionState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code rate_limit} (TapPass position 110; input and tool phases): exact sliding-window limits per agent.
 * <ul>
 *   <li>input: at most {@code max_calls} model calls per {@code window_seconds} per agent (TapPass presets:
 *       starter 100/3600, standard 50/3600, regulated 30/3600);</li>
 *   <li>tool: {@code max_tool_calls} per {@code tool_window_seconds} (default 60) over all tools (OpenFang's
 *       {@code max_tool_calls_per_minute}, which OpenFang never enforced), and {@code per_tool:
 *       {<glob>: {max_calls, window_seconds}}} (TapPass's {@code PerToolRateLimit}); each glob has its own
 *       counter per agent.</li>
 * </ul>
 * {@code scope: session} counts per session instead of per agent. Over the limit: block with a
 * {@code rate_limited} finding (attributes {@code limit}, {@code window_seconds}, {@code key}). Counters live in
 * the {@code SessionStore} for at least their window, so pipelines sharing a store share limits. A call the rate
 * limit refuses does not count; a call that passes it counts even if a later step blocks it (the step runs early, at
 * position 110, so that floods are refused cheaply).
 */
public final class RateLimitStep extends BaseStep {

    /** The step id. */
    public static final String NAME = "rate_limit";
    /** TapPass's position. */
    public static final int POSITION = 110;

    private record Limit(String key, Glob tool, int max, long windowMillis) {
    }

    private final Limit model;
    private final Limit allTools;
    private final List<Limit> perTool;
    private final boolean perSession;
    private final Duration ttl;

    RateLimitStep(StepConfig config) {
        super(config, Phase.INPUT, POSITION);
        int max = config.intOption("max_calls", 0, 0);
        long window = config.intOption("window_seconds", 3600, 1) * 1000L;
        this.model = max > 0 ? new Limit("model", null, max, window) : null;
        int maxTools = config.intOption("max_tool_calls", 0, 0);
        long toolWindow = config.intOption("tool_window_seconds", 60, 1) * 1000L;
        this.allTools = maxTools > 0 ? new Limit("tools", null, maxTools, toolWindow) : null;
        List<Limit> pt = new ArrayList<>();
        long longest = Math.max(window, toolWindow);
        for (Map.Entry<String, Object> e : config.mapOption("per_tool").entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> m) || !(m.get("max_calls") instanceof Number n)
                    || n.intValue() < 1) {
                throw config.error("per_tool." + e.getKey(), "expected {max_calls: >= 1, window_seconds: >= 1}");
            }
            Object w = m.get("window_seconds") == null ? Integer.valueOf(60) : m.get("window_seconds");
            if (!(w instanceof Number wn) || wn.longValue() < 1) {
                throw config.error("per_tool." + e.getKey() + ".window_seconds", "expected a whole number >= 1");
            }
            pt.add(new Limit("tool:" + e.getKey(), Glob.of(e.getKey()), n.intValue(), wn.longValue() * 1000L));
            longest = Math.max(longest, wn.longValue() * 1000L);
        }
        this.perTool = List.copyOf(pt);
        String scope = config.stringOption("scope", "agent");
        if (!scope.equals("agent") && !scope.equals("session")) {
            throw config.error("scope", "expected agent or session, got '" + scope + "'");
        }
        this.perSession = scope.equals("session");
        this.ttl = Duration.ofMillis(longest).plusMinutes(1);
    }

    @Override
    public Set<Phase> phases() {
        return Set.of(Phase.INPUT, Phase.TOOL);
    }

    @Override
    public StepResult apply(StepContext context) {
        long now = context.clock().millis();
        if (context.phase() == Phase.INPUT) {
            return model == null ? StepResult.pass() : acquire(context, model, now);
        }
        ToolCall call = context.toolCall();
        if (call == null) {
            return StepResult.pass();
        }
        // check every applicable limit before consuming any, so that a denied call does not count
        List<Limit> applicable = new ArrayList<>(perTool.size() + 1);
        if (allTools != null) {
            applicable.add(allTools);
        }
        for (Limit l : perTool) {
            if (l.tool().matches(call.name())) {
                applicable.add(l);
            }
        }
        for (Limit l : applicable) {
            if (window(context, l).count(now, l.windowMillis()) >= l.max()) {
                return limited(l);
            }
        }
        for (Limit l : applicable) {
            StepResult r = acquire(context, l, now);
            if (r != StepResult.pass()) {
                return r;
            }
        }
        return StepResult.pass();
    }

    private StepResult acquire(StepContext context, Limit l, long now) {
        return window(context, l).tryAcquire(now, l.windowMillis()) ? StepResult.pass() : limited(l);
    }

    private SlidingWindow window(StepContext context, Limit l) {
        SessionState s = perSession ? context.session()
                : context.sessionStore().state("rate|" + context.governance().agentId(), ttl);
        return s.computeIfAbsent(NAME + "." + l.key(), k -> new SlidingWindow(l.max()));
    }

    private static StepResult limited(Limit l) {
        long secs = l.windowMillis() / 1000;
        String what = l.key().equals("model") ? "model calls" : l.key().equals("tools") ? "tool calls"
                : "calls to " + l.key().substring(5);
        return StepResult.block("rate limit exceeded: more than " + l.max() + " " + what + " in " + secs + " s",
                new Finding(NAME, "rate_limited", Severity.MEDIUM, 1.0, null, -1, -1, null, Map.of(
                        "limit", String.valueOf(l.max()), "window_seconds", String.valueOf(secs), "key", l.key())));
    }

    /** Registers {@code rate_limit}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of(), Phase.INPUT, POSITION, OnDetection.BLOCK,
                    Set.of("max_calls", "window_seconds", "max_tool_calls", "tool_window_seconds", "per_tool",
                            "scope"), RateLimitStep::new);
        }
    }
}
