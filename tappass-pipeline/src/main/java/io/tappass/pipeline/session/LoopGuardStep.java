package io.tappass.pipeline.session;

import io.tappass.core.ChatRequest;
import io.tappass.core.Message;
import io.tappass.core.Role;
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
import io.tappass.pipeline.scan.CharStats;
import io.tappass.pipeline.scan.TextPart;
import io.tappass.pipeline.internal.AbstractStepFactory;
import io.tappass.pipeline.internal.CanonicalJson;
import io.tappass.pipeline.internal.Glob;
import io.tappass.pipeline.internal.Prefetch;
import io.tappass.pipeline.internal.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code loop_guard} (tool phase at position 615, before the permission checks so that retries of a denied tool
 * count too; also input phase): stops runaway agent loops, per session and per run.
 *
 * <p>A <em>run</em> is one user turn: it starts when a request ends with a new user message, or when the context's
 * trace id changes. Per run, for each identical call (SHA-256 of the tool name and canonical JSON arguments, keys
 * sorted):
 * <ul>
 *   <li>the {@code warn_threshold}-th identical call (default 3) passes with a {@code loop_warning} obligation (the
 *       caller appends it to the tool result, like OpenFang's {@code [LOOP GUARD]} note); after
 *       {@code max_warnings_per_call} (3) warnings the next one blocks;</li>
 *   <li>the {@code block_threshold}-th identical call (default 5) blocks ({@code identical_calls});</li>
 *   <li>period-2 (A,B,A,B…) and period-3 (A,B,C,A,B,C…) patterns over the last {@code history_size} (30) calls are
 *       evaluated on every call, independently of the per-call counters (OpenFang evaluates them only below the
 *       warn threshold, so at its defaults they never fire): 2 repeats warn, {@code ping_pong_min_repeats} (3)
 *       block ({@code ping_pong});</li>
 *   <li>the per-run cap {@code max_calls_per_run} (default 30, or 3 × {@code max_iterations} when
 *       {@code max_iterations} is above 30, as in OpenFang) blocks every further call ({@code circuit_break});</li>
 *   <li>identical outcomes: a tool result fed back as input with the same call and the same result (first 1000
 *       characters) warns at {@code outcome_warn_threshold} (2) and at {@code outcome_block_threshold} (3) blocks
 *       the next identical call ({@code repeated_outcome});</li>
 *   <li>polling tools ({@code poll_tools} globs, or shell commands with status/poll/wait/watch/tail/ps/jobs/...)
 *       get thresholds (and the warning budget) multiplied by {@code poll_multiplier} (3): warn at 9, block at 15.</li>
 * </ul>
 * On input, {@code max_iterations} (TapPass: standard 25, regulated 15; default 0 = off) limits model calls per run
 * ({@code max_iterations}). State lives in the session ({@link SessionState}); without a session id every call is
 * its own session and only the per-response dedup applies.
 */
public final class LoopGuardStep extends BaseStep implements Prefetch {

    /** The step id. */
    public static final String NAME = "loop_guard";
    /** Position: before {@code tool_permissions} (620). */
    public static final int POSITION = 615;
    /** The obligation type of a warning. */
    public static final String WARNING = "loop_warning";

    static final List<String> DEFAULT_POLL_TOOLS = List.of("*status*", "*poll*", "*wait*", "*watch*", "*progress*",
            "check_*", "get_job*", "tail*");
    private static final String[] POLL_COMMANDS = {"status", "poll", "wait", "watch", "tail", "ps ", "jobs",
        "pgrep", "docker ps", "kubectl get"};

    private final int warn;
    private final int block;
    private final int maxWarnings;
    private final int cap;
    private final int maxIterations;
    private final int minRepeats;
    private final int outcomeWarn;
    private final int outcomeBlock;
    private final int pollMultiplier;
    private final int historySize;
    private final List<Glob> pollTools;

    LoopGuardStep(StepConfig config) {
        super(config, Phase.TOOL, POSITION);
        this.warn = config.intOption("warn_threshold", 3, 1);
        this.block = config.intOption("block_threshold", 5, 1);
        if (block < warn) {
            throw config.error("block_threshold", "must be >= warn_threshold (" + warn + "), got " + block);
        }
        this.maxWarnings = config.intOption("max_warnings_per_call", 3, 0);
        this.maxIterations = config.intOption("max_iterations", 0, 0);
        int defCap = maxIterations > 30 ? 3 * maxIterations : 30; // OpenFang: 30, scaled when max_iterations > 30
        this.cap = config.intOption("max_calls_per_run", defCap, 1);
        this.minRepeats = config.intOption("ping_pong_min_repeats", 3, 2);
        this.outcomeWarn = config.intOption("outcome_warn_threshold", 2, 1);
        this.outcomeBlock = config.intOption("outcome_block_threshold", 3, 1);
        this.pollMultiplier = config.intOption("poll_multiplier", 3, 1);
        this.historySize = config.intOption("history_size", 30, 6);
        List<String> pt = config.has("poll_tools") ? config.stringListOption("poll_tools") : DEFAULT_POLL_TOOLS;
        this.pollTools = Glob.all(pt);
    }

    @Override
    public Set<Phase> phases() {
        return Set.of(Phase.TOOL, Phase.INPUT);
    }

    @Override
    public StepResult apply(StepContext context) {
        if (context.phase() == Phase.INPUT && newStateEachCall(context) && !hasToolResult(context.request())) {
            // one model call without tool results trips none of a new state's limits (tool results repeated within
            // the request are counted below)
            return StepResult.pass();
        }
        LoopState s = context.session().computeIfAbsent(NAME, k -> new LoopState());
        if (context.phase() == Phase.INPUT) {
            return input(context, s);
        }
        ToolCall call = context.toolCall();
        if (call == null) {
            return StepResult.pass();
        }
        long hash = CanonicalJson.callKey(call.name(), call.arguments());
        boolean poll = isPoll(call);
        int mult = poll ? pollMultiplier : 1;
        synchronized (s) {
            String trace = context.governance().traceId();
            if (trace != null && !trace.equals(s.trace)) {
                s.newRun();
                s.trace = trace;
            }
            s.total++;
            if (s.total > cap) {
                return block("circuit_break", Severity.HIGH, "loop guard: this run made " + s.total
                        + " tool calls; the limit is " + cap + " (circuit break)", call);
            }
            s.push(hash, historySize);
            if (s.blockedOutcomes != null && s.blockedOutcomes.contains(hash)) {
                return block("repeated_outcome", Severity.MEDIUM, "loop guard: tool '" + call.name()
                        + "' keeps returning the same result for the same arguments", call);
            }
            int count = s.counts().merge(hash, 1, Integer::sum);
            int[] pp = pingPong(s.recent, s.size);
            if (pp != null && pp[1] >= minRepeats * mult) {
                return block("ping_pong", Severity.MEDIUM, "loop guard: the agent alternates between the same "
                        + pp[0] + " calls (" + pp[1] + " repeats)", call);
            }
            if (count >= block * mult) {
                return block("identical_calls", Severity.MEDIUM, "loop guard: tool '" + call.name()
                        + "' was called " + count + " times with identical arguments in this run", call);
            }
            StepResult result = StepResult.pass();
            if (count >= warn * mult) {
                int w = s.warnings().merge(hash, 1, Integer::sum);
                if (w > maxWarnings * mult) {
                    return block("identical_calls", Severity.MEDIUM, "loop guard: tool '" + call.name()
                            + "' repeated after " + maxWarnings + " warnings", call);
                }
                result = result.withObligation(warning("identical_calls", call, "[LOOP GUARD] tool '" + call.name()
                        + "' was called " + count + " times with identical arguments; stop repeating it and "
                        + "try something different"));
            }
            if (pp != null) {
                result = result.withObligation(warning("ping_pong", call, "[LOOP GUARD] the agent alternates "
                        + "between the same " + pp[0] + " calls; change approach"));
            }
            return result;
        }
    }

    /** The {@link TextPart#analysis} key of a user message's hash. */
    private static final Object HASH = new Object() {
        @Override
        public String toString() {
            return "LoopGuardStep.HASH";
        }
    };

    /**
     * Hashes a large last user message ahead of {@link #apply}, on another thread of a concurrent call; not when the
     * loop state is new each call (see {@link #input}).
     */
    @Override
    public void prefetch(StepContext context) {
        if (context.phase() == Phase.INPUT && !newStateEachCall(context)) {
            TextPart part = lastUserPart(context);
            if (part != null) {
                hash(part);
            }
        }
    }

    /**
     * The hash of a part's text, computed once per text version; its ASCII-ness is known from the shared
     * {@link CharStats} when those are of the same text (a prefetch may run while the engine rewrites the part).
     */
    private static long hash(TextPart part) {
        return part.analysis(HASH, text -> {
            CharStats stats = CharStats.of(part);
            return part.text() == text ? Texts.hash64(text, stats.ascii()) : Texts.hash64(text);
        });
    }

    /** The part holding the whole text of the request's last message when it is a user message, else null. */
    private static TextPart lastUserPart(StepContext context) {
        ChatRequest req = context.request();
        if (req == null || req.messages().isEmpty()) {
            return null;
        }
        int last = req.messages().size() - 1;
        if (req.messages().get(last).role() != Role.USER) {
            return null;
        }
        TextPart only = null;
        for (TextPart p : context.parts()) {
            if (p.messageIndex() == last) {
                if (only != null) {
                    return null; // several text parts: Message.text() joins them
                }
                only = p;
            }
        }
        return only;
    }

    private StepResult input(StepContext context, LoopState s) {
        ChatRequest req = context.request();
        if (req == null || req.messages().isEmpty()) {
            return StepResult.pass();
        }
        List<Message> messages = req.messages();
        Message last = messages.get(messages.size() - 1);
        StepResult result = StepResult.pass();
        String marker = null; // a new user message starts a run; hashed outside the lock (maybe done ahead already)
        if (last.role() == Role.USER) {
            if (newStateEachCall(context)) {
                // the message starts a run in a new state whatever its hash (a pass over the text: 0.1 ms a MiB)
                marker = "";
            } else {
                TextPart part = lastUserPart(context);
                long hash = part != null ? hash(part) : Texts.hash64(last.text());
                marker = messages.size() + "|" + hash;
            }
        }
        synchronized (s) {
            if (marker != null && !marker.equals(s.userMarker)) {
                s.userMarker = marker;
                s.newRun();
            }
            s.iterations++;
            if (maxIterations > 0 && s.iterations > maxIterations) {
                return StepResult.block("loop guard: this run made " + s.iterations + " model calls; max_iterations"
                        + " is " + maxIterations, Finding.of(NAME, "max_iterations", Severity.HIGH, null));
            }
            Map<String, ToolCall> calls = null;
            for (int i = 0; i < messages.size(); i++) {
                Message m = messages.get(i);
                if (m.role() != Role.TOOL) {
                    continue;
                }
                if (calls == null) {
                    calls = callsById(messages);
                }
                ToolCall call = m.toolCallId() == null ? null : calls.get(m.toolCallId());
                String name = call != null ? call.name() : m.name() != null ? m.name() : "?";
                long callHash = CanonicalJson.callKey(name, call != null ? call.arguments() : Map.of());
                String text = m.text();
                long outcome = CanonicalJson.key64(Long.toHexString(callHash), text.length() > 1000
                        ? text.substring(0, 1000) : text);
                long id = CanonicalJson.key64(m.toolCallId() != null ? m.toolCallId() : "#" + i,
                        Long.toHexString(outcome));
                if (!s.seen().add(id)) {
                    continue;
                }
                if (s.seen().size() > 4096) {
                    s.seen().remove(s.seen().iterator().next());
                }
                int n = s.outcomes().merge(outcome, 1, Integer::sum);
                if (n >= outcomeBlock) {
                    if (s.blockedOutcomes == null) {
                        s.blockedOutcomes = new HashSet<>(4);
                    }
                    s.blockedOutcomes.add(callHash);
                } else if (n >= outcomeWarn) {
                    result = result.withObligation(new Obligation(WARNING, NAME, Map.of("kind", "repeated_outcome",
                            "tool", name, "message", "[LOOP GUARD] tool '" + name + "' returned the same result "
                                    + n + " times for the same arguments; do not call it again unchanged")));
                }
            }
        }
        return result;
    }

    /**
     * Whether the call has no session id: then its loop state is thrown away with the call ({@link
     * StepContext#session()}), so the step sees a new one each time.
     */
    private static boolean newStateEachCall(StepContext context) {
        return context.governance().sessionId() == null;
    }

    private static boolean hasToolResult(ChatRequest req) {
        if (req != null) {
            for (Message m : req.messages()) {
                if (m.role() == Role.TOOL) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<String, ToolCall> callsById(List<Message> messages) {
        Map<String, ToolCall> out = new HashMap<>();
        for (Message m : messages) {
            for (ToolCall c : m.toolCalls()) {
                if (c.id() != null) {
                    out.put(c.id(), c);
                }
            }
        }
        return out;
    }

    boolean isPoll(ToolCall call) {
        if (Glob.any(pollTools, call.name())) {
            return true;
        }
        Object cmd = call.arguments().get("command");
        if (cmd instanceof String c) {
            String lower = c.toLowerCase(Locale.ROOT);
            for (String k : POLL_COMMANDS) {
                if (lower.contains(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The trailing period-2 or period-3 pattern of the last {@code n} call keys in {@code h} (oldest first):
     * {period, repeats} when the last 2 × period calls repeat a pattern of calls that are not all equal, else null.
     */
    static int[] pingPong(long[] h, int n) {
        for (int p = 2; p <= 3; p++) {
            if (n < 2 * p) {
                continue;
            }
            boolean allSame = true;
            for (int i = n - p; i < n - 1; i++) {
                if (h[i] != h[i + 1]) {
                    allSame = false;
                    break;
                }
            }
            if (allSame) {
                continue;
            }
            int matched = 0;
            while (n - p - matched - 1 >= 0 && h[n - 1 - matched] == h[n - 1 - p - matched]) {
                matched++;
            }
            int repeats = (matched + p) / p;
            if (repeats >= 2) {
                return new int[] {p, repeats};
            }
        }
        return null;
    }

    private static StepResult block(String type, Severity severity, String reason, ToolCall call) {
        return StepResult.block(reason, new Finding(NAME, type, severity, 1.0, null, -1, -1, null,
                Map.of("tool", call.name())));
    }

    private static Obligation warning(String kind, ToolCall call, String message) {
        return new Obligation(WARNING, NAME, Map.of("kind", kind, "tool", call.name(), "message", message));
    }

    /** Per-session loop state, compact (64-bit call keys, collections created on first use); guarded by its monitor. */
    static final class LoopState {
        String userMarker;
        String trace;
        int total;
        int iterations;
        long[] recent = new long[8];
        int size;
        private Map<Long, Integer> counts;
        private Map<Long, Integer> warnings;
        private Map<Long, Integer> outcomes;
        Set<Long> blockedOutcomes;
        private LinkedHashSet<Long> seen;

        /** Appends a call key, keeping the last {@code max} (oldest first in {@code recent[0..size)}). */
        void push(long key, int max) {
            if (size == max) {
                System.arraycopy(recent, 1, recent, 0, size - 1);
                size--;
            } else if (size == recent.length) {
                recent = java.util.Arrays.copyOf(recent, Math.min(max, recent.length * 2));
            }
            recent[size++] = key;
        }

        Map<Long, Integer> counts() {
            if (counts == null) {
                counts = new HashMap<>(8);
            }
            return counts;
        }

        Map<Long, Integer> warnings() {
            if (warnings == null) {
                warnings = new HashMap<>(4);
            }
            return warnings;
        }

        Map<Long, Integer> outcomes() {
            if (outcomes == null) {
                outcomes = new HashMap<>(4);
            }
            return outcomes;
        }

        LinkedHashSet<Long> seen() {
            if (seen == null) {
                seen = new LinkedHashSet<>(8);
            }
            return seen;
        }

        void newRun() {
            total = 0;
            iterations = 0;
            size = 0;
            counts = null;
            warnings = null;
            outcomes = null;
            blockedOutcomes = null;
        }
    }

    /** Registers {@code loop_guard}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of("session_loop_guard"), Phase.TOOL, POSITION, OnDetection.BLOCK,
                    Set.of("warn_threshold", "block_threshold", "max_warnings_per_call", "max_calls_per_run",
                            "max_iterations", "ping_pong_min_repeats", "outcome_warn_threshold",
                            "outcome_block_threshold", "poll_multiplier", "poll_tools", "history_size"),
                    LoopGuardStep::new);
        }
    }
}
