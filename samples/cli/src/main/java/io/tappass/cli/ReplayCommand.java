package io.tappass.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tappass.core.ChatRequest;
import io.tappass.core.ChatResponse;
import io.tappass.core.ContentPart;
import io.tappass.core.Message;
import io.tappass.core.Role;
import io.tappass.core.ToolCall;
import io.tappass.core.Usage;
import io.tappass.core.config.ConfigException;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Mode;
import io.tappass.core.governance.Outcome;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.Pipeline;
import io.tappass.pipeline.tools.ToolDecision;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tappass replay [--preset P | --config FILE] [--mode M] TRACE.jsonl}: replays recorded agent traffic through
 * a fresh pipeline and prints one JSON line per trace line:
 * {@code {"line": n, "outcome": "allow|modify|block|needs_approval", "blocked_by": step|null, "reason": text|null,
 * "findings": [{"step","type","severity","score","attributes"}]}}.
 *
 * <p>Trace lines (JSON objects, one per line, each with a {@code session} id; sessions are independent; an optional
 * {@code agent} names the agent, default {@code replay}; an optional {@code ts} (ISO-8601 or epoch milliseconds)
 * drives the pipeline clock so that rate windows and budgets see the recorded times):
 * <ul>
 *   <li>{@code {"session","type":"llm_request","model","text"}}: {@code checkInput} of a user message;</li>
 *   <li>{@code {"session","type":"llm_response","model","text","usage":{"input_tokens","output_tokens"}}}:
 *       {@code checkOutput} (optional {@code tool_calls: [{"tool","args"}]} are governed too);</li>
 *   <li>{@code {"session","type":"tool_call","tool","args":{...}}}: {@code govern} (optional {@code server} for MCP
 *       tools);</li>
 *   <li>{@code {"session","type":"tool_result","tool","source":"network|mcp|local","content"}}: {@code checkInput}
 *       of the result, answering the session's last call of that tool (optional {@code is_error});</li>
 *   <li>{@code {"session","type":"approval","tool","args":{...},"granted":true}}: records a single-use approval
 *       (outcome {@code allow}, reason {@code approval recorded}); {@code granted: false} records nothing.</li>
 * </ul>
 * A malformed line prints {@code {"line": n, "error": "..."}} and the replay goes on. Blank lines are skipped.
 * Exit status: 0 when every line was replayed, 1 when some lines were malformed, 2 for a usage or configuration
 * error (nothing replayed). The policy defaults to the {@code standard} preset. {@code TRACE} {@code -} (or none)
 * reads standard input.
 */
public final class ReplayCommand {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    static final String USAGE = "usage: tappass replay [--preset starter|standard|regulated | --config FILE] "
            + "[--mode observe|warn|enforce|lockdown] TRACE.jsonl";

    private ReplayCommand() {
    }

    /** Runs the command; returns the exit status. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        String preset = null;
        Path config = null;
        Mode mode = null;
        String trace = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--preset", "--config", "--mode" -> {
                    if (i + 1 >= args.length) {
                        err.println("tappass replay: " + a + " needs a value");
                        err.println(USAGE);
                        return 2;
                    }
                    String v = args[++i];
                    if (a.equals("--preset")) {
                        preset = v;
                    } else if (a.equals("--config")) {
                        config = Path.of(v);
                    } else {
                        try {
                            mode = Mode.parse(v);
                        } catch (IllegalArgumentException e) {
                            err.println("tappass replay: " + e.getMessage());
                            return 2;
                        }
                    }
                }
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (a.startsWith("--")) {
                        err.println("tappass replay: unknown option " + a);
                        err.println(USAGE);
                        return 2;
                    }
                    if (trace != null) {
                        err.println("tappass replay: only one trace file, got " + trace + " and " + a);
                        return 2;
                    }
                    trace = a;
                }
            }
        }
        if (preset != null && config != null) {
            err.println("tappass replay: give --preset or --config, not both");
            return 2;
        }
        ReplayClock clock = new ReplayClock();
        Pipeline pipeline;
        try {
            Pipeline.Builder b = Pipeline.builder().clock(clock);
            if (config != null) {
                if (!Files.isRegularFile(config)) {
                    err.println("tappass replay: config file not found: " + config);
                    return 2;
                }
                b.config(config);
            } else {
                b.preset(preset != null ? preset : "standard");
            }
            if (mode != null) {
                b.mode(mode);
            }
            pipeline = b.build();
        } catch (ConfigException | IllegalArgumentException | IllegalStateException e) {
            err.println("tappass replay: cannot build the pipeline: " + e.getMessage());
            return 2;
        }
        InputStream source = in;
        try {
            if (trace != null && !trace.equals("-")) {
                source = Files.newInputStream(Path.of(trace));
            }
        } catch (IOException e) {
            err.println("tappass replay: cannot read " + trace + ": " + e.getMessage());
            return 2;
        }
        boolean errors = false;
        Replayer replayer = new Replayer(pipeline, clock);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(source, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> result;
                try {
                    result = replayer.replay(n, line);
                } catch (BadLine e) {
                    errors = true;
                    result = new LinkedHashMap<>();
                    result.put("line", n);
                    result.put("error", e.getMessage());
                } catch (RuntimeException e) {
                    errors = true;
                    result = new LinkedHashMap<>();
                    result.put("line", n);
                    result.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                out.println(write(result));
            }
        } catch (IOException e) {
            err.println("tappass replay: read error: " + e.getMessage());
            return 2;
        } finally {
            if (source != in) {
                try {
                    source.close();
                } catch (IOException ignored) {
                    // closing a read-only file
                }
            }
        }
        out.flush();
        return errors ? 1 : 0;
    }

    private static String write(Map<String, Object> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A line that cannot be replayed. */
    static final class BadLine extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadLine(String message) {
            super(message);
        }
    }

    /** A clock set from the trace's {@code ts} fields (system time until the first one). */
    static final class ReplayClock extends Clock {
        private volatile Instant fixed;

        void set(Instant t) {
            fixed = t;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant f = fixed;
            return f != null ? f : Instant.now();
        }
    }

    /** Replays lines; keeps the last call per session and tool so that results can answer it. */
    static final class Replayer {
        private final Pipeline pipeline;
        private final ReplayClock clock;
        private final Map<String, ToolCall> lastCall = new HashMap<>();

        Replayer(Pipeline pipeline, ReplayClock clock) {
            this.pipeline = pipeline;
            this.clock = clock;
        }

        Map<String, Object> replay(int n, String line) {
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new BadLine("not JSON: " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                throw new BadLine("expected a JSON object");
            }
            String session = text(node, "session", true);
            String type = text(node, "type", true);
            String agent = node.hasNonNull("agent") ? text(node, "agent", true) : "replay";
            if (node.hasNonNull("ts")) {
                JsonNode ts = node.get("ts");
                try {
                    clock.set(ts.isNumber() ? Instant.ofEpochMilli(ts.asLong()) : Instant.parse(ts.asText()));
                } catch (RuntimeException e) {
                    throw new BadLine("'ts' must be ISO-8601 or epoch milliseconds");
                }
            }
            GovernanceContext ctx = GovernanceContext.of(agent, session);
            switch (type) {
                case "llm_request": {
                    ChatRequest req = ChatRequest.builder().model(optText(node, "model"))
                            .user(text(node, "text", false)).build();
                    return verdict(n, pipeline.checkInput(req, ctx));
                }
                case "llm_response": {
                    JsonNode u = node.path("usage");
                    Usage usage = new Usage(count(u, "input_tokens"), count(u, "output_tokens"),
                            count(u, "cached_tokens"));
                    List<ToolCall> calls = new ArrayList<>();
                    JsonNode tc = node.path("tool_calls");
                    if (!tc.isMissingNode() && !tc.isNull()) {
                        if (!tc.isArray()) {
                            throw new BadLine("'tool_calls' must be an array of {tool, args}");
                        }
                        for (int i = 0; i < tc.size(); i++) {
                            ToolCall c = new ToolCall("replay-" + n + "-" + i, text(tc.get(i), "tool", true),
                                    args(tc.get(i)), null);
                            calls.add(c);
                            lastCall.put(session + "\u0000" + c.name(), c);
                        }
                    }
                    ChatResponse resp = new ChatResponse("replay-" + n, optText(node, "model"),
                            text(node, "text", false), calls, calls.isEmpty() ? "stop" : "tool_calls", usage,
                            Map.of());
                    return verdict(n, pipeline.checkOutput(resp, ctx));
                }
                case "tool_call": {
                    ToolCall c = new ToolCall("replay-" + n, text(node, "tool", true), args(node),
                            optText(node, "server"));
                    lastCall.put(session + "\u0000" + c.name(), c);
                    return decision(n, pipeline.govern(c, ctx));
                }
                case "tool_result": {
                    String tool = text(node, "tool", true);
                    String src = optText(node, "source");
                    if (src != null && !List.of("network", "mcp", "local", "agent").contains(src)) {
                        throw new BadLine("'source' must be network, mcp, local or agent, got '" + src + "'");
                    }
                    ToolCall call = lastCall.get(session + "\u0000" + tool);
                    if (call == null) {
                        call = new ToolCall("replay-" + n, tool, Map.of(), null);
                    }
                    Map<String, Object> extras = new LinkedHashMap<>();
                    if (src != null) {
                        extras.put("tappass_source", src);
                    }
                    if (node.path("is_error").asBoolean(false)) {
                        extras.put("is_error", true);
                    }
                    Message result = new Message(Role.TOOL, List.of(ContentPart.text(text(node, "content", false))),
                            List.of(), call.id(), tool, extras);
                    ChatRequest req = ChatRequest.builder().model(optText(node, "model"))
                            .addMessage(Message.assistant("", List.of(call))).addMessage(result).build();
                    return verdict(n, pipeline.checkInput(req, ctx));
                }
                case "approval": {
                    ToolCall c = ToolCall.of(text(node, "tool", true), args(node));
                    JsonNode g = node.get("granted");
                    if (g == null || !g.isBoolean()) {
                        throw new BadLine("'granted' must be true or false");
                    }
                    if (g.asBoolean()) {
                        pipeline.approvals().grant(agent, c);
                    }
                    return result(n, Outcome.ALLOW, null, g.asBoolean() ? "approval recorded"
                            : "approval denied (nothing recorded)", List.of());
                }
                default:
                    throw new BadLine("unknown type '" + type + "'; expected llm_request, llm_response, tool_call, "
                            + "tool_result or approval");
            }
        }

        private static Map<String, Object> verdict(int n, Verdict v) {
            return result(n, v.outcome(), v.blockedBy(), v.reason(), v.findings());
        }

        private static Map<String, Object> decision(int n, ToolDecision d) {
            return result(n, d.outcome(), d.blockingStep(), d.reason(), d.findings());
        }

        private static Map<String, Object> result(int n, Outcome outcome, String blockedBy, String reason,
                                                  List<Finding> findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", n);
            m.put("outcome", outcome.wireName());
            m.put("blocked_by", blockedBy);
            m.put("reason", reason);
            List<Map<String, Object>> fs = new ArrayList<>();
            for (Finding f : findings) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("step", f.step());
                fm.put("type", f.type());
                fm.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
                fm.put("score", f.score());
                if (!f.attributes().isEmpty()) {
                    fm.put("attributes", f.attributes());
                }
                fs.add(fm);
            }
            m.put("findings", fs);
            return m;
        }

        private static String text(JsonNode node, String field, boolean nonBlank) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                throw new BadLine("missing '" + field + "'");
            }
            if (!v.isTextual()) {
                throw new BadLine("'" + field + "' must be a string");
            }
            if (nonBlank && v.asText().isBlank()) {
                throw new BadLine("'" + field + "' is blank");
            }
            return v.asText();
        }

        private static String optText(JsonNode node, String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw new BadLine("'" + field + "' must be a string");
            }
            return v.asText();
        }

        private static long count(JsonNode usage, String field) {
            JsonNode v = usage.get(field);
            if (v == null || v.isNull()) {
                return 0;
            }
            if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0) {
                throw new BadLine("'usage." + field + "' must be a whole number >= 0");
            }
            return v.asLong();
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> args(JsonNode node) {
            JsonNode a = node.get("args");
            if (a == null || a.isNull()) {
                return Map.of();
            }
            if (!a.isObject()) {
                Map<String, Object> wrapped = new LinkedHashMap<>();
                wrapped.put("input", JSON.convertValue(a, Object.class));
                return wrapped;
            }
            return JSON.convertValue(a, Map.class);
        }
    }
}
