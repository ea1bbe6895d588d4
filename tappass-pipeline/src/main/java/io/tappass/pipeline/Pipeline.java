package io.tappass.pipeline;

import io.tappass.core.ChatRequest;
import io.tappass.core.ChatResponse;
import io.tappass.core.audit.AuditEvent;
import io.tappass.core.audit.AuditSink;
import io.tappass.core.audit.AuditSinks;
import io.tappass.core.ToolCall;
import io.tappass.core.governance.Classification;
import io.tappass.core.governance.Obligation;
import io.tappass.core.governance.Outcome;
import io.tappass.pipeline.breaker.CircuitBreakerConfig;
import io.tappass.pipeline.breaker.CircuitBreakerRegistry;
import io.tappass.pipeline.session.SessionState;
import io.tappass.pipeline.tools.ApprovalHandler;
import io.tappass.pipeline.tools.Approvals;
import io.tappass.pipeline.tools.ToolDecision;
import io.tappass.pipeline.tools.ToolPolicy;
import io.tappass.core.config.ConfigException;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Mode;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.config.PolicyLoader;
import io.tappass.pipeline.config.PolicySpec;
import io.tappass.pipeline.config.StepSpec;
import io.tappass.pipeline.internal.Workers;
import io.tappass.pipeline.session.SessionStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An immutable, thread-safe governance pipeline: an ordered list of {@link Step}s per {@link Phase}, a mode, a
 * session store, a clock and an audit sink.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.builder()
 *         .preset("standard")
 *         .override("detect_business", Map.of("terms", List.of("Project Falcon")))
 *         .build();
 *
 * Verdict v = pipeline.checkInput("Email me at jane@example.com", GovernanceContext.of("agent-1", "s-1"));
 * if (v.isBlocked()) { ... v.blockedBy() ... } else { forward(v.request()); }
 *
 * ToolDecision d = pipeline.govern(ToolCall.of("read_file", Map.of("path", "/workspace/a.txt")), ctx);
 * if (d.isAllowed()) { execute(d.toolCall()); }
 * }</pre>
 *
 * <p>Build one pipeline per policy and share it: every check creates its own run state, and session state lives in
 * the {@link SessionStore}. {@link #withMode(Mode)} returns a copy in another mode ("mutant factory").
 */
public final class Pipeline {

    /** The mode used when neither the builder nor the configuration sets one. */
    public static final Mode DEFAULT_MODE = Mode.ENFORCE;

    /**
     * Calls whose texts hold at least this many characters in total run their pure steps concurrently (32 Ki: about
     * half a millisecond of content detection, where handing steps to another thread costs a few microseconds).
     */
    public static final int DEFAULT_PARALLEL_THRESHOLD = 32 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final List<Step> steps;
    private final List<Step> input;
    private final List<Step> tool;
    private final List<Step> output;
    private final Mode mode;
    private final boolean modeLocked;
    private final Clock clock;
    private final SessionStore sessionStore;
    private final AuditSink auditSink;
    private final Map<String, Object> extras;
    private final Map<String, Object> services;
    private final Approvals approvals;
    private final CircuitBreakerRegistry circuitBreakers;
    private final Executor executor;
    private final int parallelThreshold;
    private final int helpers;

    private Pipeline(List<Step> steps, Mode mode, boolean modeLocked, Clock clock, SessionStore sessionStore,
                     AuditSink auditSink, Map<String, Object> extras, ApprovalHandler approvalHandler,
                     CircuitBreakerRegistry circuitBreakers, Executor executor, int parallelThreshold) {
        this.executor = executor;
        this.parallelThreshold = parallelThreshold;
        this.helpers = executor == null ? Workers.size() : helpersOf(executor);
        this.steps = List.copyOf(steps);
        this.input = byPhase(steps, Phase.INPUT);
        this.tool = byPhase(steps, Phase.TOOL);
        this.output = byPhase(steps, Phase.OUTPUT);
        this.mode = mode;
        this.modeLocked = modeLocked;
        this.clock = clock;
        this.sessionStore = sessionStore;
        this.auditSink = auditSink;
        this.extras = extras;
        this.approvals = new Approvals(sessionStore, clock);
        this.circuitBreakers = circuitBreakers;
        Map<String, Object> svc = new java.util.HashMap<>();
        if (approvalHandler != null) {
            svc.put(ApprovalHandler.CONTEXT_KEY, approvalHandler);
        }
        svc.put(Approvals.CONTEXT_KEY, approvals);
        svc.put(CircuitBreakerRegistry.CONTEXT_KEY, circuitBreakers);
        for (Step s : steps) {
            if (s instanceof ToolPolicy.Holder h && h.toolPolicy() != null) {
                svc.putIfAbsent(ToolPolicy.CONTEXT_KEY, h.toolPolicy());
            }
        }
        this.services = java.util.Collections.unmodifiableMap(svc);
    }

    private static List<Step> byPhase(List<Step> steps, Phase phase) {
        return steps.stream().filter(s -> s.phases().contains(phase))
                .sorted(Comparator.comparingInt(Step::position).thenComparing(Step::name)).toList();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A pipeline with one of the shipped presets ({@code starter}, {@code standard}, {@code regulated}). */
    public static Pipeline ofPreset(String preset) {
        return builder().preset(preset).build();
    }

    /** A pipeline configured by a YAML or JSON policy file. */
    public static Pipeline fromFile(Path file) {
        return builder().config(file).build();
    }

    // ---- checks ----

    /** Governs a request before it is sent to the model. */
    public Verdict checkInput(ChatRequest request, GovernanceContext context) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(context, "context");
        PipelineRun run = new PipelineRun(this, Phase.INPUT, effectiveMode(context), context, request, null, null);
        Verdict verdict = run.run(input);
        if (context.sessionId() != null && verdict.classification() != Classification.PUBLIC) {
            sessionClassification(context).accumulateAndGet(verdict.classification(), Classification::max);
        }
        return audited(verdict, Phase.INPUT, context, request.model());
    }

    /** Governs a single user message (the text-only convenience). */
    public Verdict checkInput(String userText, GovernanceContext context) {
        return checkInput(ChatRequest.ofUser(Objects.requireNonNull(userText, "userText")), context);
    }

    /** Governs a single user message for the default agent, without a session. */
    public Verdict checkInput(String userText) {
        return checkInput(userText, GovernanceContext.empty());
    }

    /** Governs a response before it is returned to the caller. */
    public Verdict checkOutput(ChatResponse response, GovernanceContext context) {
        return checkOutput(response, null, context);
    }

    /**
     * Governs a response, with the request it answers (some output steps compare the two, e.g. system-prompt
     * leaks). When the pipeline has tool-phase steps, every tool call of the (possibly rewritten) response is then
     * governed with {@link #govern}: blocked calls are removed (obligation {@code tool_call_blocked}), rewritten calls
     * replace the originals, and a call that needs approval makes the verdict {@code needs_approval}.
     */
    public Verdict checkOutput(ChatResponse response, ChatRequest request, GovernanceContext context) {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(context, "context");
        PipelineRun run = new PipelineRun(this, Phase.OUTPUT, effectiveMode(context), context, request, response,
                null);
        Verdict verdict = run.run(output);
        if (!(verdict.isBlocked() || verdict.response() == null || verdict.response().toolCalls().isEmpty()
                || tool.isEmpty())) {
            verdict = governToolCalls(verdict, context);
        }
        return audited(verdict, Phase.OUTPUT, context,
                response.model() != null ? response.model() : request != null ? request.model() : null);
    }

    /**
     * Governs the tool calls of a checked response: each call goes through {@link #govern}. A blocked call is
     * removed from the response (obligation {@code tool_call_blocked} with {@code tool}, {@code id},
     * {@code blocked_by} and {@code reason}, so that the caller can answer it with an error result); a modified call
     * replaces the original; a call that needs approval makes the whole verdict {@code needs_approval}. When every
     * call was removed and the response has no text left, the verdict is {@code block}.
     */
    private Verdict governToolCalls(Verdict verdict, GovernanceContext context) {
        ChatResponse response = verdict.response();
        List<ToolCall> kept = new ArrayList<>(response.toolCalls().size());
        List<io.tappass.core.governance.Finding> findings = new ArrayList<>(verdict.findings());
        List<Obligation> obligations = new ArrayList<>(verdict.obligations());
        List<String> wouldBlock = new ArrayList<>(verdict.wouldBlockBy());
        List<String> stepsRun = new ArrayList<>(verdict.stepsRun());
        Outcome outcome = verdict.outcome();
        String reason = verdict.reason();
        String blockedBy = verdict.blockedBy();
        String firstBlock = null;
        String firstBlockReason = null;
        boolean changed = false;
        Classification classification = verdict.classification();
        for (ToolCall call : response.toolCalls()) {
            ToolDecision d = govern(call, context);
            findings.addAll(d.findings());
            obligations.addAll(d.obligations());
            wouldBlock.addAll(d.wouldBlockBy());
            for (String s : d.stepsRun()) {
                if (!stepsRun.contains(s)) {
                    stepsRun.add(s);
                }
            }
            classification = classification.max(d.classification());
            switch (d.outcome()) {
                case BLOCK -> {
                    changed = true;
                    obligations.add(new Obligation("tool_call_blocked", d.blockingStep(), Map.of(
                            "tool", call.name(), "id", call.id() == null ? "" : call.id(),
                            "blocked_by", String.valueOf(d.blockingStep()), "reason", String.valueOf(d.reason()))));
                    if (firstBlock == null) {
                        firstBlock = d.blockingStep();
                        firstBlockReason = d.reason();
                    }
                }
                case NEEDS_APPROVAL -> {
                    kept.add(call);
                    if (outcome != Outcome.NEEDS_APPROVAL) {
                        outcome = Outcome.NEEDS_APPROVAL;
                        reason = d.reason();
                        blockedBy = d.blockingStep();
                    }
                }
                case MODIFY -> {
                    kept.add(d.toolCall());
                    changed = true;
                }
                default -> kept.add(call);
            }
        }
        ChatResponse newResponse = changed ? response.withToolCalls(kept) : response;
        if (outcome != Outcome.NEEDS_APPROVAL) {
            if (firstBlock != null && kept.isEmpty() && newResponse.content().isBlank()) {
                outcome = Outcome.BLOCK;
                reason = firstBlockReason;
                blockedBy = firstBlock;
            } else if (changed) {
                outcome = Outcome.MODIFY;
            }
        }
        return new Verdict(outcome, reason, blockedBy, classification, findings, obligations, verdict.request(),
                newResponse, verdict.mode(), wouldBlock, stepsRun);
    }

    /**
     * Governs one tool call before it is executed, like TapPass's {@code POST /v1/govern}: runs the
     * {@link Phase#TOOL} steps ({@code tool_permissions}, {@code tool_constraints}, {@code scan_tool_calls},
     * {@code require_approval}, {@code loop_guard}, {@code taint_check}, {@code rate_limit}, ...) through the same
     * engine as {@link #checkInput} (modes, {@code on_detection}, fail-closed).
     *
     * <p>A call with a provider id that was already governed in this session with the same arguments (e.g. by
     * {@link #checkOutput} on the response that contained it) returns the recorded decision, so that governing a call
     * twice never counts it twice in loop guards or rate limits. Decisions that need approval are not recorded: the
     * identical call is decided again, so that a grant recorded in between takes effect. Calls without an id are
     * governed every time.
     *
     * @return the decision; execute {@link ToolDecision#toolCall()} only when {@link ToolDecision#isAllowed()}
     */
    public ToolDecision govern(ToolCall call, GovernanceContext context) {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(context, "context");
        GovernedCalls governed = null;
        Classification start = Classification.PUBLIC;
        SessionState s = null;
        if (context.sessionId() != null) {
            s = sessionStore.state(PipelineRun.sessionKey(context));
            if (call.id() != null) {
                governed = s.computeIfAbsent(GovernedCalls.KEY, k -> new GovernedCalls());
                ToolDecision seen = governed.get(call.id());
                if (seen != null && (seen.original().equals(call) || seen.toolCall().equals(call))) {
                    return seen;
                }
            }
            java.util.concurrent.atomic.AtomicReference<Classification> c = s.get(SESSION_CLASSIFICATION);
            if (c != null) {
                start = c.get();
            }
        }
        PipelineRun run = new PipelineRun(this, Phase.TOOL, effectiveMode(context), context, null, null, call);
        run.startClassification(start);
        if (s != null) {
            run.useSession(s);
        }
        Verdict v = audited(run.run(tool), Phase.TOOL, context, null, call.name());
        ToolDecision decision = ToolDecision.of(v, call, run.currentToolCall());
        if (governed != null && decision.outcome() != Outcome.NEEDS_APPROVAL) {
            governed.put(call.id(), decision); // a pending approval is decided again once a grant is recorded
        }
        return decision;
    }

    /** The session key of the highest classification seen on input in a session. */
    static final String SESSION_CLASSIFICATION = "pipeline.classification";

    private java.util.concurrent.atomic.AtomicReference<Classification> sessionClassification(GovernanceContext c) {
        return sessionStore.state(PipelineRun.sessionKey(c)).computeIfAbsent(SESSION_CLASSIFICATION,
                k -> new java.util.concurrent.atomic.AtomicReference<>(Classification.PUBLIC));
    }

    /** The last decisions by tool-call id in one session (bounded). */
    static final class GovernedCalls {
        static final String KEY = "pipeline.governed_calls";
        private static final int MAX = 256;
        private final Map<String, ToolDecision> byId = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ToolDecision> eldest) {
                return size() > MAX;
            }
        };

        synchronized ToolDecision get(String id) {
            return byId.get(id);
        }

        synchronized void put(String id, ToolDecision d) {
            byId.put(id, d);
        }
    }

    /** Governs a model's text answer. */
    public Verdict checkOutput(String text, GovernanceContext context) {
        return checkOutput(ChatResponse.ofText(Objects.requireNonNull(text, "text")), context);
    }

    /** Governs a model's text answer for the default agent, without a session. */
    public Verdict checkOutput(String text) {
        return checkOutput(text, GovernanceContext.empty());
    }

    /**
     * Writes the verdict to the audit sink. The event carries findings as category and severity only, never text.
     * When the sink fails in enforce or lockdown mode the verdict becomes a block: an unaudited decision must not
     * let a call through.
     */
    Verdict audited(Verdict verdict, Phase phase, GovernanceContext context, String model) {
        return audited(verdict, phase, context, model, null);
    }

    private Verdict audited(Verdict verdict, Phase phase, GovernanceContext context, String model, String toolName) {
        if (auditSink == AuditSinks.noop()) {
            return verdict; // nothing records the event: do not build it (ids, masked details) on every call
        }
        String kind = verdict.isBlocked() ? AuditEvent.KIND_POLICY_BLOCK
                : phase == Phase.TOOL ? AuditEvent.KIND_TOOL_CALL
                : verdict.findings().isEmpty() ? AuditEvent.KIND_CHAT : AuditEvent.KIND_DETECTION;
        try {
            AuditEvent.Builder event = AuditEvent.builder(kind).timestamp(clock.instant()).context(context)
                    .model(model).verdict(verdict).detail("phase", phase.wireName());
            if (toolName != null) {
                event.detail("tool", toolName);
            }
            for (Obligation o : verdict.obligations()) {
                if (o.type().equals("cost")) {
                    // cost_tracking's obligation carries the call's tokens and price (see docs/tools.md)
                    event.cost(parseLong(o.details().get("input_tokens")), parseLong(o.details().get("output_tokens")),
                            parseDouble(o.details().get("cost_usd")));
                    if (model == null && o.details().get("model") != null) {
                        event.model(o.details().get("model"));
                    }
                }
            }
            auditSink.write(event.build());
            return verdict;
        } catch (RuntimeException e) {
            LOG.error("audit sink failed ({}); {}", e.toString(), verdict.mode() == Mode.ENFORCE
                    || verdict.mode() == Mode.LOCKDOWN ? "failing closed" : "continuing (not enforcing)");
            if (verdict.mode() != Mode.ENFORCE && verdict.mode() != Mode.LOCKDOWN) {
                return verdict;
            }
            return new Verdict(io.tappass.core.governance.Outcome.BLOCK, "audit trail unavailable: "
                    + e.getClass().getSimpleName(), "audit", verdict.classification(), verdict.findings(),
                    verdict.obligations(), verdict.request(), verdict.response(), verdict.mode(),
                    verdict.wouldBlockBy(), verdict.stepsRun());
        }
    }

    private static long parseLong(String v) {
        try {
            return v == null ? 0 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double parseDouble(String v) {
        try {
            return v == null ? 0 : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The mode a call runs in: the context's when it sets one (unless the mode is locked), else the pipeline's. */
    Mode effectiveMode(GovernanceContext context) {
        return context.mode() == null || modeLocked ? mode : context.mode();
    }

    // ---- accessors ----

    /** All steps, by phase then position. */
    public List<Step> steps() {
        return steps;
    }

    /** The steps of one phase, in execution order. */
    public List<Step> steps(Phase phase) {
        switch (phase) {
            case INPUT: return input;
            case TOOL: return tool;
            default: return output;
        }
    }

    /** The step called {@code name}, or null. */
    public Step step(String name) {
        for (Step s : steps) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** The names of all steps, in execution order. */
    public List<String> stepNames() {
        return steps.stream().map(Step::name).toList();
    }

    /** The pipeline's mode. */
    public Mode mode() {
        return mode;
    }

    /** Whether per-request contexts may change the mode (false after {@link Builder#lockMode()}). */
    public boolean isModeLocked() {
        return modeLocked;
    }

    public Clock clock() {
        return clock;
    }

    public SessionStore sessionStore() {
        return sessionStore;
    }

    /** Where every verdict is recorded. */
    public AuditSink auditSink() {
        return auditSink;
    }

    /**
     * Top-level configuration entries other modules use ({@code agent}, {@code sandbox}, {@code description},
     * {@code name}, {@code version}), as read from the policy file.
     */
    public Map<String, Object> extras() {
        return extras;
    }

    /**
     * Approval facts: {@code pipeline.approvals().grant(agentId, call)} records a single-use approval for exactly
     * this agent, tool and (canonical) arguments, in this pipeline's {@link SessionStore} (so pipelines sharing a
     * store share grants). {@code require_approval} consumes it.
     */
    public Approvals approvals() {
        return approvals;
    }

    /** Taint labels of sessions, and the audited declassification API ({@code taint_check}). */
    public io.tappass.pipeline.session.TaintTracker taint() {
        return new io.tappass.pipeline.session.TaintTracker(sessionStore, clock);
    }

    /** The provider and tool circuit breakers of this pipeline (shared by copies made with {@link #withMode}). */
    public CircuitBreakerRegistry circuitBreakers() {
        return circuitBreakers;
    }

    /** Where large calls run their pure steps concurrently. */
    Executor executor() {
        return executor != null ? executor : Workers.shared();
    }

    /** How many helper threads a large call asks the executor for (0 on a single processor). */
    int helpers() {
        return helpers;
    }

    /**
     * How many threads besides the caller's a call may use: the size of an explicit pool; for the common pool one
     * less than the processors (the caller works too), so none on a single processor.
     */
    private static int helpersOf(Executor executor) {
        int cpus = Runtime.getRuntime().availableProcessors();
        if (executor == ForkJoinPool.commonPool()) {
            return Math.max(0, Math.min(cpus - 1, ForkJoinPool.getCommonPoolParallelism()));
        }
        if (executor instanceof ForkJoinPool pool) {
            return pool.getParallelism();
        }
        if (executor instanceof java.util.concurrent.ThreadPoolExecutor pool) {
            return pool.getMaximumPoolSize();
        }
        return Math.max(0, cpus - 1);
    }

    /** Whether a call with {@code chars} characters of text runs its pure steps concurrently. */
    boolean runsConcurrently(long chars) {
        return helpers > 0 && chars >= parallelThreshold;
    }

    /** Services steps find in {@link StepContext#attributes()} under their {@code CONTEXT_KEY}s. */
    Map<String, Object> services() {
        return services;
    }

    /** A copy of this pipeline in another mode (same steps and state). */
    public Pipeline withMode(Mode newMode) {
        return new Pipeline(steps, Objects.requireNonNull(newMode, "mode"), modeLocked, clock, sessionStore,
                auditSink, extras, (ApprovalHandler) services.get(ApprovalHandler.CONTEXT_KEY), circuitBreakers,
                executor, parallelThreshold);
    }

    @Override
    public String toString() {
        return "Pipeline[mode=" + mode.wireName() + ", steps=" + stepNames() + "]";
    }

    /**
     * Builds {@link Pipeline}s. Configuration layers apply in the order they are added: {@link #preset},
     * {@link #config(Path)} and {@link #override} calls each lay their step settings over the ones before.
     */
    public static final class Builder {
        private StepRegistry registry;
        private final List<Object> layers = new ArrayList<>();
        private final Map<String, Step> custom = new LinkedHashMap<>();
        private Mode mode;
        private boolean modeLocked;
        private Clock clock = Clock.systemUTC();
        private SessionStore sessionStore;
        private AuditSink auditSink = AuditSinks.noop();
        private Set<String> only;
        private final Set<String> without = new LinkedHashSet<>();
        private OnDetection forced;
        private ApprovalHandler approvalHandler;
        private CircuitBreakerRegistry circuitBreakers;
        private Executor executor; // null: the shared tappass-worker pool, created at the first large call
        private int parallelThreshold = DEFAULT_PARALLEL_THRESHOLD;

        private Builder() {
        }

        /**
         * Where a large call runs its {@linkplain Step#isPure() pure} steps concurrently. The default is one pool per
         * JVM of daemon threads named {@code tappass-worker-N}, one less than there are processors but at most 3 (none
         * on a single processor), created at the first large call. A call asks an explicit {@link ForkJoinPool} or
         * {@link java.util.concurrent.ThreadPoolExecutor} for up to its size in threads, any other executor for one
         * less than the processors. (The common pool works but costs allocation: its threads drop the detectors'
         * thread-local scratch buffers after every task.) The calling thread always works too and
         * never waits for a task that no thread started, so a busy or rejecting executor only makes the call
         * sequential. The verdict does not depend on it: results are applied in step order.
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Calls whose texts hold at least {@code chars} characters in total run their pure steps concurrently
         * (default {@link #DEFAULT_PARALLEL_THRESHOLD}); {@link Integer#MAX_VALUE} runs every call on the calling
         * thread alone. On a single processor calls always run on the calling thread.
         *
         * @throws IllegalArgumentException if {@code chars} is not positive
         */
        public Builder parallelThreshold(int chars) {
            if (chars < 1) {
                throw new IllegalArgumentException("parallelThreshold must be at least 1 character, got " + chars
                        + "; use Integer.MAX_VALUE to run every call on the calling thread");
            }
            this.parallelThreshold = chars;
            return this;
        }

        /**
         * The human-in-the-loop hook {@code require_approval} asks when a call needs approval and no recorded grant
         * matches. Without a handler the decision is {@code needs_approval} (the caller asks a human and records
         * the answer with {@link Pipeline#approvals()}).
         */
        public Builder approvalHandler(ApprovalHandler handler) {
            this.approvalHandler = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** The circuit breakers to use (default: a new registry with {@link CircuitBreakerConfig#ofDefaults()}). */
        public Builder circuitBreakers(CircuitBreakerRegistry registry) {
            this.circuitBreakers = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /** The step factories to resolve names with (default: {@link StepRegistry#defaults()}). */
        public Builder registry(StepRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /** Starts from a shipped preset: {@code starter}, {@code standard} or {@code regulated}. */
        public Builder preset(String name) {
            layers.add(new PresetLayer(Objects.requireNonNull(name, "preset")));
            return this;
        }

        /** Adds a YAML or JSON policy file (TapPass's preset/overrides or categories forms). */
        public Builder config(Path file) {
            layers.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** Adds a policy document given as text; {@code sourceName} appears in error messages. */
        public Builder config(String document, String sourceName) {
            layers.add(new TextLayer(Objects.requireNonNull(document, "document"),
                    Objects.requireNonNull(sourceName, "sourceName")));
            return this;
        }

        /**
         * Overrides one step's settings, with the keys of a YAML override entry: {@code enabled},
         * {@code on_detection}, {@code threshold} and step options. Adds the step if no earlier layer has it.
         */
        public Builder override(String step, Map<String, ?> settings) {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(settings, "settings");
            layers.add(new OverrideLayer(step, new LinkedHashMap<>(settings)));
            return this;
        }

        /** Enables a step with its default settings. */
        public Builder step(String name) {
            return override(name, Map.of("enabled", true));
        }

        /** Adds a ready-made step instance (replaces a configured step of the same name). */
        public Builder step(Step step) {
            Objects.requireNonNull(step, "step");
            custom.put(step.name(), step);
            return this;
        }

        /** The mode (default: the configuration's {@code mode}, else {@link #DEFAULT_MODE}). */
        public Builder mode(Mode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Ignores modes requested per call (the {@code mode} flag of {@code X-TapPass-Flags}), so that an
         * untrusted caller cannot switch an enforcing pipeline to observe mode.
         */
        public Builder lockMode() {
            this.modeLocked = true;
            return this;
        }

        /** The clock steps use (rate windows, budgets, TTLs). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Where session state lives (default: a new {@link SessionStore#inMemory()} per pipeline). */
        public Builder sessionStore(SessionStore store) {
            this.sessionStore = Objects.requireNonNull(store, "sessionStore");
            return this;
        }

        /**
         * Where verdicts are recorded (default: nowhere). Use a
         * {@link io.tappass.core.audit.JsonlAuditSink} for a tamper-evident trail.
         */
        public Builder auditSink(AuditSink sink) {
            this.auditSink = Objects.requireNonNull(sink, "auditSink");
            return this;
        }

        /**
         * Runs only these steps, with their configured settings (or their defaults when the configuration does not
         * name them). Used by {@code tappass scan --steps}.
         */
        public Builder onlySteps(Collection<String> names) {
            this.only = new LinkedHashSet<>(names);
            return this;
        }

        /**
         * Leaves these steps out if the configuration has them (names the configuration does not have are
         * ignored). Used by {@code tappass scan}, where each line is independent, to drop per-agent counters.
         */
        public Builder without(Collection<String> names) {
            without.addAll(names);
            return this;
        }

        /** Forces every step's {@code on_detection} (e.g. {@link OnDetection#LOG} to report without acting). */
        public Builder forceOnDetection(OnDetection action) {
            this.forced = Objects.requireNonNull(action, "action");
            return this;
        }

        /**
         * Resolves the configuration and creates the steps.
         *
         * @throws ConfigException for an unknown step, option or value, naming the file and key
         */
        public Pipeline build() {
            StepRegistry reg = registry != null ? registry : StepRegistry.defaults();
            Map<String, StepSpec> specs = new LinkedHashMap<>();
            Mode configured = null;
            Map<String, Object> extras = new LinkedHashMap<>();
            for (Object layer : layers) {
                PolicySpec spec = resolve(layer, reg);
                for (StepSpec s : spec.steps().values()) {
                    specs.merge(s.name(), s, StepSpec::mergedWith);
                }
                if (spec.mode() != null) {
                    configured = spec.mode();
                }
                extras.putAll(spec.extras());
            }
            if (only != null) {
                Map<String, StepSpec> filtered = new LinkedHashMap<>();
                for (String name : only) {
                    String canonical = reg.canonicalName(name);
                    reg.require(name, "--steps", name);
                    StepSpec s = specs.get(canonical);
                    filtered.put(canonical, s != null ? s.withEnabledTrue()
                            : new StepSpec(canonical, true, null, null, Map.of(), "--steps", canonical));
                }
                specs = filtered;
            }
            List<Step> steps = new ArrayList<>();
            for (StepSpec spec : specs.values()) {
                if (custom.containsKey(spec.name()) || without.contains(spec.name())
                        || without.contains(reg.canonicalName(spec.name()))) {
                    continue;
                }
                StepFactory factory = reg.require(spec.name(), spec.source(), spec.keyPath());
                StepConfig config = effectiveConfig(factory, spec);
                if (config.enabled()) {
                    Step step = factory.create(config);
                    if (step == null) {
                        throw new IllegalStateException(factory.getClass().getName() + " created a null step");
                    }
                    steps.add(step);
                }
            }
            for (Step s : custom.values()) {
                steps.add(forced == null ? s : new ForcedStep(s, s.config().withOnDetection(forced)));
            }
            steps.sort(Comparator.comparing(Step::phase).thenComparingInt(Step::position).thenComparing(Step::name));
            Mode m = mode != null ? mode : configured != null ? configured : DEFAULT_MODE;
            SessionStore store = sessionStore != null ? sessionStore : SessionStore.inMemory();
            CircuitBreakerRegistry breakers = circuitBreakers != null ? circuitBreakers
                    : CircuitBreakerRegistry.of(CircuitBreakerConfig.ofDefaults(), clock);
            return new Pipeline(steps, m, modeLocked, clock, store, auditSink,
                    java.util.Collections.unmodifiableMap(extras), approvalHandler, breakers, executor,
                    parallelThreshold);
        }

        private StepConfig effectiveConfig(StepFactory factory, StepSpec spec) {
            StepConfig d = factory.defaults();
            Set<String> allowed = factory.optionNames();
            for (String key : spec.options().keySet()) {
                if (!allowed.contains(key)) {
                    throw new ConfigException(spec.source(), StepConfig.join(spec.keyPath(), key), "unknown option for step '"
                            + factory.name() + "': expected one of enabled, on_detection, threshold"
                            + (allowed.isEmpty() ? "" : ", " + String.join(", ", new TreeSet<>(allowed))));
                }
            }
            Map<String, Object> options = new LinkedHashMap<>(d.options());
            options.putAll(spec.options());
            OnDetection action = forced != null ? forced
                    : spec.onDetection() != null ? spec.onDetection() : d.onDetection();
            return new StepConfig(factory.name(), spec.enabled() != null ? spec.enabled() : d.enabled(), action,
                    spec.threshold() != null ? spec.threshold() : d.threshold(), options, spec.source(),
                    spec.keyPath());
        }

        private static PolicySpec resolve(Object layer, StepRegistry reg) {
            if (layer instanceof PresetLayer p) {
                return PolicyLoader.preset(p.name(), reg::canonicalName);
            }
            if (layer instanceof Path file) {
                return PolicyLoader.load(file, reg::canonicalName);
            }
            if (layer instanceof TextLayer t) {
                boolean json = t.document().stripLeading().startsWith("{");
                return PolicyLoader.parse(t.document(), t.source(), json, reg::canonicalName);
            }
            OverrideLayer o = (OverrideLayer) layer;
            Map<String, Object> doc = Map.of("overrides", Map.of(o.step(), o.settings()));
            return PolicyLoader.fromTree(com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
                    .valueToTree(doc), "<builder>", reg::canonicalName);
        }

        private record PresetLayer(String name) {
        }

        private record TextLayer(String document, String source) {
        }

        private record OverrideLayer(String step, Map<String, Object> settings) {
        }
    }

    /** A custom step whose on_detection was forced by the builder. */
    private record ForcedStep(Step delegate, StepConfig config) implements Step {
        @Override
        public String name() {
            return delegate.name();
        }

        @Override
        public Phase phase() {
            return delegate.phase();
        }

        @Override
        public int position() {
            return delegate.position();
        }

        @Override
        public java.util.Set<Phase> phases() {
            return delegate.phases();
        }

        @Override
        public StepResult apply(StepContext context) {
            return delegate.apply(context);
        }

        @Override
        public boolean isPure() {
            return delegate.isPure();
        }
    }
}
