package io.tappass.pipeline.tools;

import io.tappass.core.ToolCall;
import io.tappass.core.governance.Classification;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Obligation;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Severity;
import io.tappass.pipeline.BaseStep;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.StepConfig;
import io.tappass.pipeline.StepContext;
import io.tappass.pipeline.StepResult;
import io.tappass.pipeline.internal.AbstractStepFactory;
import io.tappass.pipeline.internal.Glob;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code require_approval} (alias {@code human_approval}; TapPass position 640, tool phase): a human-in-the-loop
 * gate.
 *
 * <p>Options: {@code required_for: [{classification: RESTRICTED}, {tool: "delete_*"}]} (a call needs approval when
 * its tool matches a glob, or when the session's data classification, as assigned on input by
 * {@code classify_data}, is at least the level), {@code tools} (a shorthand list of tool globs), {@code tier}
 * (default {@code authenticated}), {@code timeout_seconds} (default 60; how long an {@link ApprovalHandler} may take
 * before the call is denied) and {@code reason}.
 *
 * <p>Order: a recorded single-use grant for this agent + tool + canonical arguments ({@link Approvals}) is consumed
 * and the call passes (obligation {@code approval_consumed}); else a registered {@link ApprovalHandler} is asked:
 * granted passes (obligation {@code approval_granted}), denied, failed or timed out blocks
 * ({@code approval_denied}/{@code approval_timeout}); else the decision is {@code needs_approval} with a
 * {@code require_approval} obligation carrying {@code request_id}, {@code tier}, {@code expires_at},
 * {@code matched_rule}, {@code reason} and {@code tool}. Record the human's answer with
 * {@code pipeline.approvals().grant(agentId, call)} and re-submit the identical call.
 */
public final class RequireApprovalStep extends BaseStep {

    /** The step id. */
    public static final String NAME = "require_approval";
    /** TapPass's position. */
    public static final int POSITION = 640;
    /** The obligation type of a pending approval. */
    public static final String OBLIGATION = "require_approval";
    /** The default handler timeout: 60 seconds. */
    public static final double DEFAULT_TIMEOUT_SECONDS = 60;

    private record Rule(String label, Glob tool, Classification level) {
    }

    private final List<Rule> rules;
    private final String tier;
    private final Duration timeout;
    private final String reason;

    RequireApprovalStep(StepConfig config) {
        super(config, Phase.TOOL, POSITION);
        List<Rule> list = new ArrayList<>();
        List<Map<String, Object>> req = config.mapListOption("required_for");
        for (int i = 0; i < req.size(); i++) {
            list.add(rule(config, "required_for[" + i + "]", req.get(i)));
        }
        List<Map<String, Object>> cond = config.mapListOption("conditions");
        for (int i = 0; i < cond.size(); i++) {
            list.add(rule(config, "conditions[" + i + "]", cond.get(i)));
        }
        for (String t : config.stringListOption("tools")) {
            list.add(new Rule("tool:" + t, Glob.of(t), null));
        }
        this.rules = List.copyOf(list);
        this.tier = config.stringOption("tier", "authenticated");
        double t = config.doubleOption("timeout_seconds", DEFAULT_TIMEOUT_SECONDS);
        if (!(t > 0) || t > 86_400) {
            throw config.error("timeout_seconds", "expected a number of seconds > 0 and <= 86400, got " + t);
        }
        this.timeout = Duration.ofNanos((long) (t * 1e9));
        this.reason = config.stringOption("reason", null);
    }

    private static Rule rule(StepConfig config, String key, Map<String, Object> m) {
        Object tool = m.get("tool");
        Object cls = m.get("classification");
        for (String k : m.keySet()) {
            if (!k.equals("tool") && !k.equals("classification")) {
                throw config.error(key + "." + k, "unknown key; expected tool or classification");
            }
        }
        if ((tool == null) == (cls == null)) {
            throw config.error(key, "expected exactly one of {tool: glob} or {classification: LEVEL}");
        }
        if (tool != null) {
            if (!(tool instanceof String s) || s.isBlank()) {
                throw config.error(key + ".tool", "expected a tool-name glob");
            }
            return new Rule("tool:" + s, Glob.of(s), null);
        }
        try {
            Classification c = Classification.parse(String.valueOf(cls));
            return new Rule("classification:" + c.name(), null, c);
        } catch (IllegalArgumentException e) {
            throw config.error(key + ".classification", e.getMessage());
        }
    }

    @Override
    public StepResult apply(StepContext context) {
        ToolCall call = context.toolCall();
        if (call == null || rules.isEmpty()) {
            return StepResult.pass();
        }
        Rule matched = null;
        for (Rule r : rules) {
            if (r.tool() != null ? r.tool().matches(call.name()) : context.classification().atLeast(r.level())) {
                matched = r;
                break;
            }
        }
        if (matched == null) {
            return StepResult.pass();
        }
        GovernanceContext g = context.governance();
        Approvals approvals = (Approvals) context.attributes().get(Approvals.CONTEXT_KEY);
        if (approvals != null && approvals.consume(g.agentId(), call)) {
            return StepResult.pass().withObligation(new Obligation("approval_consumed", NAME,
                    Map.of("tool", call.name(), "matched_rule", matched.label())));
        }
        String why = reason != null ? reason : "tool '" + call.name() + "' requires human approval ("
                + matched.label() + ")";
        Instant expires = context.clock().instant().plus(timeout);
        String requestId = "apr_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        ApprovalHandler handler = (ApprovalHandler) context.attributes().get(ApprovalHandler.CONTEXT_KEY);
        if (handler != null) {
            ApprovalRequest request = new ApprovalRequest(requestId, g.agentId(), g.sessionId(), g.userId(), call,
                    tier, why, matched.label(), expires);
            ApprovalDecision answer;
            try {
                answer = handler.requestApproval(request).toCompletableFuture()
                        .get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return StepResult.block("approval for tool '" + call.name() + "' timed out after "
                        + timeout.toMillis() + " ms; denied", finding("approval_timeout", matched));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return StepResult.block("approval for tool '" + call.name() + "' was interrupted; denied",
                        finding("approval_timeout", matched));
            } catch (ExecutionException | RuntimeException e) {
                return StepResult.block("approval handler failed for tool '" + call.name() + "'; denied",
                        finding("approval_denied", matched));
            }
            if (answer != null && answer.granted()) {
                return StepResult.pass().withObligation(new Obligation("approval_granted", NAME, Map.of(
                        "tool", call.name(), "matched_rule", matched.label(), "request_id", requestId,
                        "approver", answer.approver() == null ? "" : answer.approver())));
            }
            return StepResult.block("approval for tool '" + call.name() + "' was denied",
                    finding("approval_denied", matched));
        }
        Obligation o = new Obligation(OBLIGATION, NAME, Map.of("request_id", requestId, "tier", tier,
                "expires_at", expires.toString(), "matched_rule", matched.label(), "reason", why,
                "tool", call.name()));
        return StepResult.needsApproval(why, o, List.of(finding("approval_required", matched)));
    }

    private static Finding finding(String type, Rule rule) {
        return new Finding(NAME, type, Severity.MEDIUM, 1.0, null, -1, -1, null,
                Map.of("matched_rule", rule.label()));
    }

    /** Registers {@code require_approval}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of("human_approval"), Phase.TOOL, POSITION, OnDetection.BLOCK,
                    Set.of("required_for", "conditions", "tools", "tier", "timeout_seconds", "reason"),
                    RequireApprovalStep::new);
        }
    }
}
