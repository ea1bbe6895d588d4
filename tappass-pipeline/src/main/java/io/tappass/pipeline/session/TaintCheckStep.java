package io.tappass.pipeline.session;

import io.tappass.core.ChatRequest;
import io.tappass.core.Message;
import io.tappass.core.ToolCall;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.Obligation;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Severity;
import io.tappass.pipeline.BaseStep;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.StepConfig;
import io.tappass.pipeline.StepContext;
import io.tappass.pipeline.StepResult;
import io.tappass.pipeline.internal.AbstractStepFactory;
import io.tappass.pipeline.internal.Args;
import io.tappass.pipeline.internal.Glob;
import io.tappass.pipeline.internal.ToolKinds;
import io.tappass.pipeline.scan.TextPart;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code taint_check} (position 638; input, tool and output phases): data-flow control across a session.
 *
 * <p><b>Sources</b> (input phase), labels attached where data really enters:
 * <ul>
 *   <li>tool results ({@code TOOL} messages): {@code EXTERNAL} when the result came from the network or an MCP
 *       server: the message's extra {@value #SOURCE_EXTRA} is {@code network} or {@code mcp}, or the call that it
 *       answers had an MCP {@code server}, or the tool matches {@code external_tools} (default: fetch/http/browse/
 *       search/... globs); {@code UNTRUSTED_AGENT} for {@code agent} sources or {@code agent_tools};
 *       {@code local} results carry no label;</li>
 *   <li>{@code PII} / {@code SECRET}: the values found by earlier steps of the run ({@code detect_pii},
 *       {@code pii_tokenize}, {@code detect_secrets}, {@code shell_bleed});</li>
 *   <li>{@code USER_INPUT}: the values of user messages.</li>
 * </ul>
 * {@code context_labels} (default {@code EXTERNAL}, {@code UNTRUSTED_AGENT}) taint the whole session context: once
 * such content was read, every later decision of the model may be steered by it. The other labels are tracked per
 * value (tokens of 8+ characters, and the exact detected values) and flow only when the value itself reappears.
 *
 * <p><b>Sinks</b> and the labels they forbid ({@code sinks} overrides; tools are mapped by {@code sink_tools}):
 * {@code shell}: EXTERNAL, UNTRUSTED_AGENT; {@code network_fetch}: SECRET, PII; {@code email}: SECRET, PII;
 * {@code agent_message}: SECRET; {@code model_output} (the model's answer, output phase): SECRET. A violation blocks
 * with a {@code taint_violation} finding whose attributes name the {@code label}, {@code sink} and {@code source}.
 * As a fallback (OpenFang's heuristic), a network fetch whose URL carries a credential parameter ({@code api_key=},
 * {@code token=}, {@code secret=}, {@code password=}, an {@code Authorization:} header) is a SECRET violation with
 * source {@code url_credential}.
 *
 * <p>Labels live in the session for its TTL (30 minutes idle by default). Lift one explicitly with
 * {@link TaintTracker#declassify} ({@code pipeline.taint()}); the next check reports a {@code taint_declassified}
 * obligation for the audit trail.
 */
public final class TaintCheckStep extends BaseStep {

    /** The step id. */
    public static final String NAME = "taint_check";
    /** Position: after the detectors and tool checks, before {@code require_approval} (640). */
    public static final int POSITION = 638;
    /** The message extra naming where a tool result came from: {@code network}, {@code mcp}, {@code local}, {@code agent}. */
    public static final String SOURCE_EXTRA = "tappass_source";

    /** The default forbidden labels per sink. */
    public static final Map<String, Set<TaintLabel>> DEFAULT_SINKS = defaultSinks();

    private static Map<String, Set<TaintLabel>> defaultSinks() {
        Map<String, Set<TaintLabel>> m = new LinkedHashMap<>();
        m.put("shell", EnumSet.of(TaintLabel.EXTERNAL, TaintLabel.UNTRUSTED_AGENT));
        m.put("network_fetch", EnumSet.of(TaintLabel.SECRET, TaintLabel.PII));
        m.put("email", EnumSet.of(TaintLabel.SECRET, TaintLabel.PII));
        m.put("agent_message", EnumSet.of(TaintLabel.SECRET));
        m.put("model_output", EnumSet.of(TaintLabel.SECRET));
        return java.util.Collections.unmodifiableMap(m);
    }

    private static final java.util.regex.Pattern URL_CREDENTIAL = java.util.regex.Pattern.compile(
            "(?i)[?&](?:api_?key|access_token|token|secret|password|passwd)=[^&\\s]{4,}|authorization:\\s*\\S{8,}");

    private final Map<String, Set<TaintLabel>> sinks;
    private final Map<String, List<Glob>> sinkTools;
    private final List<Glob> externalTools;
    private final List<Glob> agentTools;
    private final Set<TaintLabel> contextLabels;
    private final boolean userInput;

    TaintCheckStep(StepConfig config) {
        super(config, Phase.TOOL, POSITION);
        Map<String, Set<TaintLabel>> s = new LinkedHashMap<>(DEFAULT_SINKS);
        for (Map.Entry<String, Object> e : config.mapOption("sinks").entrySet()) {
            s.put(e.getKey(), labels(config, "sinks." + e.getKey(), e.getValue()));
        }
        this.sinks = s;
        Map<String, List<Glob>> st = new LinkedHashMap<>();
        st.put("shell", Glob.all(ToolKinds.SHELL));
        st.put("email", Glob.all(ToolKinds.EMAIL));
        st.put("agent_message", Glob.all(ToolKinds.AGENT));
        st.put("network_fetch", Glob.all(ToolKinds.NETWORK));
        for (Map.Entry<String, Object> e : config.mapOption("sink_tools").entrySet()) {
            if (!(e.getValue() instanceof List<?> l) || l.stream().anyMatch(x -> !(x instanceof String))) {
                throw config.error("sink_tools." + e.getKey(), "expected a list of tool-name globs");
            }
            st.put(e.getKey(), Glob.all(l.stream().map(String.class::cast).toList()));
        }
        this.sinkTools = st;
        this.externalTools = Glob.all(config.has("external_tools") ? config.stringListOption("external_tools")
                : ToolKinds.NETWORK);
        this.agentTools = Glob.all(config.has("agent_tools") ? config.stringListOption("agent_tools")
                : ToolKinds.AGENT);
        this.contextLabels = config.has("context_labels")
                ? labels(config, "context_labels", config.option("context_labels"))
                : EnumSet.of(TaintLabel.EXTERNAL, TaintLabel.UNTRUSTED_AGENT);
        this.userInput = config.boolOption("label_user_input", true);
    }

    private static Set<TaintLabel> labels(StepConfig config, String key, Object v) {
        if (!(v instanceof List<?> l)) {
            throw config.error(key, "expected a list of labels (PII, SECRET, EXTERNAL, USER_INPUT, UNTRUSTED_AGENT)");
        }
        EnumSet<TaintLabel> out = EnumSet.noneOf(TaintLabel.class);
        for (Object o : l) {
            try {
                out.add(TaintLabel.valueOf(String.valueOf(o).trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw config.error(key, "unknown label '" + o + "'; expected PII, SECRET, EXTERNAL, USER_INPUT or "
                        + "UNTRUSTED_AGENT");
            }
        }
        return out;
    }

    @Override
    public Set<Phase> phases() {
        return Set.of(Phase.INPUT, Phase.TOOL, Phase.OUTPUT);
    }

    @Override
    public StepResult apply(StepContext context) {
        if (context.phase() == Phase.INPUT && context.governance().sessionId() == null) {
            // Without a session id the run's session state is ephemeral: sources recorded now could never reach a
            // sink, so recording them (tokenising every message) would be wasted work.
            return StepResult.pass();
        }
        TaintTracker.State st = TaintTracker.state(context.session());
        StepResult result;
        synchronized (st) {
            if (context.phase() == Phase.INPUT) {
                result = sources(context, st);
            } else if (context.phase() == Phase.TOOL) {
                result = toolSink(context, st);
            } else {
                result = outputSink(context, st);
            }
            if (!st.pendingAudit.isEmpty()) {
                for (TaintTracker.Declassification d : st.pendingAudit) {
                    result = result.withObligation(new Obligation("taint_declassified", NAME, Map.of(
                            "label", d.label().name(), "by", d.by(), "reason", d.reason(), "at",
                            d.at().toString())));
                }
                st.pendingAudit.clear();
            }
        }
        return result;
    }

    private StepResult sources(StepContext context, TaintTracker.State st) {
        ChatRequest req = context.request();
        if (req == null) {
            return StepResult.pass();
        }
        Map<String, ToolCall> calls = null;
        for (TextPart p : context.parts()) {
            if (p.source() == TextPart.Source.TOOL_RESULT && p.messageIndex() < req.messages().size()) {
                Message m = req.messages().get(p.messageIndex());
                if (calls == null) {
                    calls = new HashMap<>();
                    for (Message x : req.messages()) {
                        for (ToolCall c : x.toolCalls()) {
                            if (c.id() != null) {
                                calls.put(c.id(), c);
                            }
                        }
                    }
                }
                ToolCall call = m.toolCallId() == null ? null : calls.get(m.toolCallId());
                String tool = call != null ? call.name() : m.name() != null ? m.name() : "unknown";
                Object declared = m.extras().get(SOURCE_EXTRA);
                TaintLabel label = null;
                String source = "tool:" + tool;
                if (declared != null) {
                    switch (String.valueOf(declared).toLowerCase(Locale.ROOT)) {
                        case "network", "web" -> label = TaintLabel.EXTERNAL;
                        case "mcp" -> {
                            label = TaintLabel.EXTERNAL;
                            source = "mcp:" + tool;
                        }
                        case "agent" -> label = TaintLabel.UNTRUSTED_AGENT;
                        default -> label = null;
                    }
                } else if (call != null && call.server() != null) {
                    label = TaintLabel.EXTERNAL;
                    source = "mcp:" + call.server() + "/" + tool;
                } else if (Glob.any(externalTools, tool)) {
                    label = TaintLabel.EXTERNAL;
                } else if (Glob.any(agentTools, tool)) {
                    label = TaintLabel.UNTRUSTED_AGENT;
                }
                if (label != null) {
                    record(st, label, source, p.text());
                }
            } else if (userInput && p.source() == TextPart.Source.USER) {
                record(st, TaintLabel.USER_INPUT, "user", p.text());
            }
        }
        for (Finding f : context.findings()) {
            TaintLabel label = switch (f.step()) {
                case "detect_pii", "pii_tokenize" -> TaintLabel.PII;
                case "detect_secrets" -> TaintLabel.SECRET;
                case "shell_bleed" -> f.type().equals("secret_in_output") ? TaintLabel.SECRET : null;
                default -> null;
            };
            if (label == null || !f.hasSpan()) {
                continue;
            }
            TextPart part = null;
            for (TextPart p : context.parts()) {
                if (p.id().equals(f.part())) {
                    part = p;
                    break;
                }
            }
            String src = f.step() + ":" + f.type();
            if (part == null || part.isRewritten() || f.end() > part.text().length()) {
                st.valueLabels.putIfAbsent(label, src); // redacted before it reached the model: no value to follow
                continue;
            }
            String value = part.text().substring(f.start(), f.end());
            if (value.length() >= 4) {
                st.addValue("\u0000" + value, label, src);
                st.exact(value);
            }
            TaintTracker.tokens(value, t -> st.addValue(t, label, src));
        }
        return StepResult.pass();
    }

    private void record(TaintTracker.State st, TaintLabel label, String source, String text) {
        if (contextLabels.contains(label)) {
            st.addContext(label, source);
        }
        TaintTracker.tokens(text, t -> st.addValue(t, label, source));
    }

    private StepResult toolSink(StepContext context, TaintTracker.State st) {
        ToolCall call = context.toolCall();
        if (call == null) {
            return StepResult.pass();
        }
        for (Map.Entry<String, List<Glob>> e : sinkTools.entrySet()) {
            if (!Glob.any(e.getValue(), call.name())) {
                continue;
            }
            String sink = e.getKey();
            Set<TaintLabel> forbidden = sinks.getOrDefault(sink, Set.of());
            StringBuilder text = new StringBuilder();
            for (Args.Value v : Args.strings(call.arguments())) {
                text.append(v.text()).append('\n');
            }
            StepResult r = check(st, sink, forbidden, text.toString(), " (tool '" + call.name() + "')");
            if (r != null) {
                return r;
            }
            if (sink.equals("network_fetch") && forbidden.contains(TaintLabel.SECRET)
                    && URL_CREDENTIAL.matcher(text).find()) {
                // OpenFang's fallback heuristic: a credential parameter in a fetched URL is a secret leaving
                return violation(TaintLabel.SECRET, sink, "url_credential", " (tool '" + call.name() + "')");
            }
        }
        return StepResult.pass();
    }

    private StepResult outputSink(StepContext context, TaintTracker.State st) {
        if (context.parts().isEmpty()) {
            return StepResult.pass();
        }
        StepResult r = check(st, "model_output", sinks.getOrDefault("model_output", Set.of()),
                context.parts().get(0).text(), "");
        return r == null ? StepResult.pass() : r;
    }

    private StepResult check(TaintTracker.State st, String sink, Set<TaintLabel> forbidden, String text,
                             String what) {
        for (TaintLabel label : forbidden) {
            if (contextLabels.contains(label)) {
                String src = st.context.get(label);
                if (src != null) {
                    return violation(label, sink, src, what);
                }
            }
        }
        int mask = 0;
        for (TaintLabel l : forbidden) {
            mask |= 1 << l.ordinal();
        }
        if (mask == 0 || st.values.isEmpty()) {
            return null;
        }
        final int m = mask;
        String[] hit = new String[2];
        TaintTracker.tokens(text, t -> {
            if (hit[0] == null) {
                TaintTracker.Taint taint = st.values.get(t);
                if (taint != null && (taint.labels & m) != 0) {
                    hit[0] = labelOf(taint.labels & m).name();
                    hit[1] = taint.source;
                }
            }
        });
        if (hit[0] == null) {
            for (String v : st.exactValues) {
                if (text.contains(v)) {
                    TaintTracker.Taint taint = st.values.get("\u0000" + v);
                    if (taint != null && (taint.labels & m) != 0) {
                        hit[0] = labelOf(taint.labels & m).name();
                        hit[1] = taint.source;
                        break;
                    }
                }
            }
        }
        return hit[0] == null ? null : violation(TaintLabel.valueOf(hit[0]), sink, hit[1], what);
    }

    private static TaintLabel labelOf(int bits) {
        return TaintLabel.values()[Integer.numberOfTrailingZeros(bits)];
    }

    private static StepResult violation(TaintLabel label, String sink, String source, String what) {
        Finding f = new Finding(NAME, "taint_violation", Severity.HIGH, 1.0, null, -1, -1, null,
                Map.of("label", label.name(), "sink", sink, "source", source));
        return StepResult.block("taint violation: label '" + label + "' from source '" + source
                + "' is not allowed to reach sink '" + sink + "'" + what, f);
    }

    /** Registers {@code taint_check}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of("taint_tracking"), Phase.TOOL, POSITION, OnDetection.BLOCK,
                    Set.of("sinks", "sink_tools", "external_tools", "agent_tools", "context_labels",
                            "label_user_input"), TaintCheckStep::new);
        }
    }
}
