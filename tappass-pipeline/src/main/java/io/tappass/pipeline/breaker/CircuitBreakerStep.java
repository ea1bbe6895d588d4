package io.tappass.pipeline.breaker;

import io.tappass.core.ChatRequest;
import io.tappass.core.Message;
import io.tappass.core.Role;
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
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code circuit_breaker} (position 105; input and tool phases): refuses model calls whose provider breaker and
 * tool calls whose tool breaker is open (finding {@code circuit_open} with attributes {@code breaker} and
 * {@code retry_after_seconds}), using the pipeline's {@link CircuitBreakerRegistry}.
 *
 * <p>Outcomes: tool results fed back as input are recorded automatically (a {@code TOOL} message whose extra
 * {@value #ERROR_EXTRA} is {@code true} is a failure, any other a success; each result once per session). Provider
 * outcomes are recorded by whoever makes the HTTP call:
 * {@code pipeline.circuitBreakers().provider("openai").onResult(status, body, duration)} (the governed HTTP client and
 * gateway do it). The provider is option {@code provider}, else the {@code provider/} prefix of the model id, else
 * inferred from the model name ({@code gpt-*}, {@code o1..o4*} → openai, {@code claude*} → anthropic, {@code gemini*}
 * → google, {@code mistral*} → mistral), else {@code default}. Options {@code providers} and {@code tools} (both
 * default true) turn either side off.
 */
public final class CircuitBreakerStep extends BaseStep {

    /** The step id. */
    public static final String NAME = "circuit_breaker";
    /** Position: first, before rate limits count the call. */
    public static final int POSITION = 105;
    /** The message extra that marks a failed tool result. */
    public static final String ERROR_EXTRA = "is_error";

    private final String provider;
    private final boolean providers;
    private final boolean tools;

    CircuitBreakerStep(StepConfig config) {
        super(config, Phase.INPUT, POSITION);
        this.provider = config.stringOption("provider", null);
        this.providers = config.boolOption("providers", true);
        this.tools = config.boolOption("tools", true);
    }

    @Override
    public Set<Phase> phases() {
        return Set.of(Phase.INPUT, Phase.TOOL);
    }

    /** The provider a model id belongs to. */
    public static String providerOf(String model) {
        if (model == null || model.isBlank()) {
            return "default";
        }
        String m = model.toLowerCase(Locale.ROOT);
        int slash = m.indexOf('/');
        if (slash > 0) {
            return m.substring(0, slash);
        }
        if (m.startsWith("gpt") || m.startsWith("chatgpt") || m.matches("o[1-9].*") || m.startsWith("text-embedding")
                || m.startsWith("dall-e") || m.startsWith("whisper")) {
            return "openai";
        }
        if (m.startsWith("claude")) {
            return "anthropic";
        }
        if (m.startsWith("gemini")) {
            return "google";
        }
        if (m.startsWith("mistral") || m.startsWith("mixtral") || m.startsWith("codestral")) {
            return "mistral";
        }
        return "default";
    }

    @Override
    public StepResult apply(StepContext context) {
        CircuitBreakerRegistry registry = (CircuitBreakerRegistry) context.attributes()
                .get(CircuitBreakerRegistry.CONTEXT_KEY);
        if (registry == null) {
            return StepResult.pass();
        }
        if (context.phase() == Phase.TOOL) {
            ToolCall call = context.toolCall();
            if (!tools || call == null) {
                return StepResult.pass();
            }
            CircuitBreaker b = registry.find("tool:" + call.name());
            return b == null || b.tryAcquirePermission() ? StepResult.pass() : open(b);
        }
        ChatRequest req = context.request();
        if (req == null) {
            return StepResult.pass();
        }
        if (tools) {
            recordToolResults(context, registry, req.messages());
        }
        if (!providers) {
            return StepResult.pass();
        }
        CircuitBreaker b = registry.find("provider:" + (provider != null ? provider : providerOf(req.model())));
        return b == null || b.tryAcquirePermission() ? StepResult.pass() : open(b);
    }

    private static void recordToolResults(StepContext context, CircuitBreakerRegistry registry,
                                          List<Message> messages) {
        Map<String, String> names = null;
        Seen seen = context.session().computeIfAbsent(NAME + ".seen", k -> new Seen());
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            if (m.role() != Role.TOOL || m.toolCallId() == null) {
                continue;
            }
            if (names == null) {
                names = new HashMap<>();
                for (Message x : messages) {
                    for (ToolCall c : x.toolCalls()) {
                        if (c.id() != null) {
                            names.put(c.id(), c.name());
                        }
                    }
                }
            }
            String tool = names.getOrDefault(m.toolCallId(), m.name());
            if (tool == null || !seen.add(m.toolCallId())) {
                continue;
            }
            CircuitBreaker b = registry.tool(tool);
            if (Boolean.TRUE.equals(m.extras().get(ERROR_EXTRA)) || "true".equals(m.extras().get(ERROR_EXTRA))) {
                b.onError(Duration.ZERO, ErrorCategory.UNKNOWN);
            } else {
                b.onSuccess(Duration.ZERO);
            }
        }
    }

    private static StepResult open(CircuitBreaker b) {
        Duration retry = b.remainingOpenDuration();
        return StepResult.block("circuit breaker '" + b.getName() + "' is " + b.getState()
                + (retry == null ? "" : "; retry after " + retry.toSeconds() + " s"),
                new Finding(NAME, "circuit_open", Severity.MEDIUM, 1.0, null, -1, -1, null, Map.of("breaker",
                        b.getName(), "retry_after_seconds", retry == null ? "" : String.valueOf(retry.toSeconds()))));
    }

    /** Tool-result ids already recorded in a session (bounded). */
    static final class Seen {
        private final LinkedHashSet<String> ids = new LinkedHashSet<>();

        synchronized boolean add(String id) {
            if (!ids.add(id)) {
                return false;
            }
            if (ids.size() > 4096) {
                ids.remove(ids.iterator().next());
            }
            return true;
        }
    }

    /** Registers {@code circuit_breaker}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of(), Phase.INPUT, POSITION, OnDetection.BLOCK, Set.of("provider", "providers", "tools"),
                    CircuitBreakerStep::new);
        }
    }
}
