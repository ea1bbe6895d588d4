package io.tappass.pipeline;

import io.tappass.core.ChatRequest;
import io.tappass.core.ChatResponse;
import io.tappass.core.audit.AuditEvent;
import io.tappass.core.audit.AuditSink;
import io.tappass.core.audit.AuditSinks;
import io.tappass.core.config.ConfigException;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Mode;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.config.PolicyLoader;
import io.tappass.pipeline.config.PolicySpec;
import io.tappass.pipeline.config.StepSpec;
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
 * }</pre>
 *
 * <p>Build one pipeline per policy and share it: every check creates its own run state, and session state lives in
 * the {@link SessionStore}. {@link #withMode(Mode)} returns a copy in another mode ("mutant factory").
 */
public final class Pipeline {

    /** The mode used when neither the builder nor the configuration sets one. */
    public static final Mode DEFAULT_MODE = Mode.ENFORCE;

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

    private Pipeline(List<Step> steps, Mode mode, boolean modeLocked, Clock clock, SessionStore sessionStore,
                     AuditSink auditSink, Map<String, Object> extras) {
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
    }

    private static List<Step> byPhase(List<Step> steps, Phase phase) {
        return steps.stream().filter(s -> s.phase() == phase).toList();
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
        return audited(run.run(input), Phase.INPUT, context, request.model());
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
     * leaks).
     */
    public Verdict checkOutput(ChatResponse response, ChatRequest request, GovernanceContext context) {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(context, "context");
        PipelineRun run = new PipelineRun(this, Phase.OUTPUT, effectiveMode(context), context, request, response,
                null);
        return audited(run.run(output), Phase.OUTPUT, context,
                response.model() != null ? response.model() : request != null ? request.model() : null);
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
        String kind = verdict.isBlocked() ? AuditEvent.KIND_POLICY_BLOCK
                : verdict.findings().isEmpty() ? AuditEvent.KIND_CHAT : AuditEvent.KIND_DETECTION;
        try {
            auditSink.write(AuditEvent.builder(kind).timestamp(clock.instant()).context(context).model(model)
                    .verdict(verdict).detail("phase", phase.wireName()).build());
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

    /** A copy of this pipeline in another mode (same steps and state). */
    public Pipeline withMode(Mode newMode) {
        return new Pipeline(steps, Objects.requireNonNull(newMode, "mode"), modeLocked, clock, sessionStore,
                auditSink, extras);
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

        private Builder() {
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
            return new Pipeline(steps, m, modeLocked, clock, store, auditSink,
                    java.util.Collections.unmodifiableMap(extras));
        }

        private StepConfig effectiveConfig(StepFactory factory, StepSpec spec) {
            StepConfig d = factory.defaults();
            Set<String> allowed = factory.optionNames();
            for (String key : spec.options().keySet()) {
                if (!allowed.contains(key)) {
                    throw new ConfigException(spec.source(), spec.keyPath() + "." + key, "unknown option for step '"
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
        public StepResult apply(StepContext context) {
            return delegate.apply(context);
        }
    }
}
