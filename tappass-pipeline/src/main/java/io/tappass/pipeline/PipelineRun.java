package io.tappass.pipeline;

import io.tappass.core.ChatRequest;
import io.tappass.core.ChatResponse;
import io.tappass.core.ContentPart;
import io.tappass.core.Message;
import io.tappass.core.ToolCall;
import io.tappass.core.governance.Classification;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Mode;
import io.tappass.core.governance.Obligation;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Outcome;

import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.scan.TextPart;
import io.tappass.pipeline.session.SessionState;
import io.tappass.pipeline.session.SessionStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a pipeline's steps over one request, response or tool call: the engine. Applies each step's
 * {@code on_detection}, the mode, thresholds and redactions, and assembles the {@link Verdict}. One instance per
 * call, driven by the calling thread; on a large call the pure steps of a stretch may be computed ahead on helper
 * threads ({@link Wave}), but results are applied here, in step order, so the verdict is the sequential one.
 */
final class PipelineRun implements StepContext {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    static final String DEFAULT_REPLACEMENT = "[REDACTED]";

    private final Pipeline pipeline;
    private final Phase phase;
    private final Mode mode;
    private final GovernanceContext governance;
    private final List<TextPart> parts;
    private final Map<String, TextPart> partsById;
    private ChatRequest request;
    private ChatResponse response;
    private ToolCall toolCall;
    /** The findings of the steps so far, spans in the text they saw (what {@link #findings()} shows later steps). */
    private final FindingChunks runFindings = new FindingChunks();
    /** The same findings, spans in the original text (the verdict's). */
    private final FindingChunks reportedFindings = new FindingChunks();
    private final List<Obligation> obligations = new ArrayList<>();
    private final List<String> wouldBlockBy = new ArrayList<>();
    private final List<String> stepsRun = new ArrayList<>();
    private Classification classification = Classification.PUBLIC;
    private boolean modified;
    private boolean textDirty;
    private SessionState session;
    private Map<String, Object> attributes;
    /** Counts the changes of the text or structure under governance (a wave's results hold for one version). */
    private int version;
    private final long chars;

    PipelineRun(Pipeline pipeline, Phase phase, Mode mode, GovernanceContext governance, ChatRequest request,
                ChatResponse response, ToolCall toolCall) {
        this.pipeline = pipeline;
        this.phase = phase;
        this.mode = mode;
        this.governance = governance;
        this.request = request;
        this.response = response;
        this.toolCall = toolCall;
        this.parts = buildParts(phase, request, response);
        Map<String, TextPart> byId = new HashMap<>();
        for (TextPart p : parts) {
            byId.put(p.id(), p);
        }
        this.partsById = byId;
        long total = 0;
        for (TextPart p : parts) {
            total += p.text().length();
        }
        this.chars = total;
    }

    private static List<TextPart> buildParts(Phase phase, ChatRequest request, ChatResponse response) {
        List<TextPart> out = new ArrayList<>();
        if (phase == Phase.INPUT && request != null) {
            List<Message> messages = request.messages();
            for (int i = 0; i < messages.size(); i++) {
                Message m = messages.get(i);
                List<ContentPart> content = m.content();
                for (int j = 0; j < content.size(); j++) {
                    ContentPart c = content.get(j);
                    if (c.isText()) {
                        out.add(new TextPart("messages[" + i + "].content[" + j + "]", TextPart.sourceOf(m.role()),
                                i, j, c.text()));
                    }
                }
            }
        } else if (phase == Phase.OUTPUT && response != null) {
            out.add(new TextPart("output", TextPart.Source.OUTPUT, -1, -1, response.content()));
        }
        return Collections.unmodifiableList(out);
    }

    Verdict run(List<Step> steps) {
        Verdict verdict = runSteps(steps);
        for (Step step : steps) {
            if (step instanceof RunCompletionListener l && stepsRun.contains(step.name())) {
                try {
                    l.afterRun(this, verdict);
                } catch (RuntimeException e) {
                    LOG.warn("step {} failed after the run ({}); ignored", step.name(), e.toString());
                }
            }
        }
        return verdict;
    }

    private Verdict runSteps(List<Step> steps) {
        Wave wave = null;
        try {
            boolean parallel = steps.size() > 1 && pipeline.runsConcurrently(chars);
            for (int i = 0, n = steps.size(); i < n; i++) {
                if (parallel) {
                    if (wave != null && (!wave.covers(i) || wave.version() != version)) {
                        wave.close();
                        wave = null;
                    }
                    if (wave == null) {
                        wave = startWave(steps, i);
                    }
                }
                Verdict stop = runStep(steps.get(i), wave != null ? wave.resultOf(i) : null);
                if (stop != null) {
                    return stop;
                }
            }
        } finally {
            if (wave != null) {
                wave.close();
            }
        }
        return verdict(modified ? Outcome.MODIFY : Outcome.ALLOW, null, null);
    }

    /**
     * Starts running the pure steps from {@code from} up to the next pure step that may rewrite the text (inclusive)
     * concurrently; null when that stretch has fewer than two pure steps.
     */
    private Wave startWave(List<Step> steps, int from) {
        int to = from;
        boolean rewrite = false;
        while (to < steps.size()) {
            Step s = steps.get(to++);
            if (s.isPure() && mayRewrite(s)) {
                rewrite = true;
                break; // the steps after a pure redacting step wait for its rewrite
            }
            // a step that is not pure (pii_tokenize after detect_pii) usually changes nothing: the steps after it
            // are computed ahead, and again in order when it does
        }
        Wave.View view = new Wave.View(phase, mode, governance, parts, request(), response(), toolCall,
                pipeline.clock());
        return Wave.start(steps, from, to, version, view, pipeline.executor(), pipeline.helpers(), rewrite);
    }

    private boolean mayRewrite(Step step) {
        return step.config().rewritesIn(mode);
    }

    /**
     * Runs one step (or takes the result a wave computed for it) and applies it.
     *
     * @return the verdict when the step ends the run, else null
     */
    private Verdict runStep(Step step, StepResult computed) {
        boolean enforcing = mode == Mode.ENFORCE || mode == Mode.LOCKDOWN;
        StepResult result;
        try {
            result = computed != null ? computed : step.apply(this);
            if (result == null) {
                throw new IllegalStateException("step returned null instead of StepResult.pass()");
            }
            validateSpans(step, result);
        } catch (RuntimeException e) {
            // Fail closed: a step that cannot decide blocks in enforce mode.
            LOG.warn("step {} failed ({}); failing closed", step.name(), e.toString());
            stepsRun.add(step.name());
            String reason = "step " + step.name() + " failed: " + e.getClass().getSimpleName();
            if (enforcing) {
                return verdict(Outcome.BLOCK, reason, step.name());
            }
            wouldBlockBy.add(step.name());
            return null;
        }
        stepsRun.add(step.name());
        StepConfig config = step.config();
        List<Finding> found = result.findings();
        if (config.threshold() != null && !found.isEmpty()) {
            double t = config.threshold();
            List<Finding> kept = new ArrayList<>(found.size());
            for (Finding f : found) {
                if (f.score() >= t) {
                    kept.add(f);
                }
            }
            found = kept;
        }
        if (result.classification() != null) {
            classification = classification.max(result.classification());
        }
        obligations.addAll(result.obligations());
        if (mode != Mode.OBSERVE) {
            applyStructure(result);
        }
        boolean triggered = result.kind() != StepResult.Kind.FINDINGS || !found.isEmpty();
        if (!triggered) {
            return null;
        }
        runFindings.add(found);
        reportedFindings.add(reported(found));
        OnDetection action = mode == Mode.LOCKDOWN ? OnDetection.BLOCK : config.onDetection();
        boolean spanned = false;
        for (int i = 0, n = found.size(); i < n && !spanned; i++) {
            spanned = found.get(i).hasSpan();
        }
        boolean blocks = action == OnDetection.BLOCK
                || (action == OnDetection.REDACT && (result.kind() != StepResult.Kind.FINDINGS || !spanned));
        if (blocks) {
            if (enforcing) {
                if (result.kind() == StepResult.Kind.NEEDS_APPROVAL) {
                    return verdict(Outcome.NEEDS_APPROVAL, result.reason(), step.name());
                }
                return verdict(Outcome.BLOCK, result.reason() != null ? result.reason()
                        : reasonFor(step.name(), found), step.name());
            }
            wouldBlockBy.add(step.name());
        } else if (action == OnDetection.REDACT) {
            if (mode != Mode.OBSERVE) {
                redact(found);
            }
        } else if (action == OnDetection.NOTIFY) {
            obligations.add(new Obligation("notify", step.name(), Map.of("reason",
                    result.reason() != null ? result.reason() : reasonFor(step.name(), found))));
        }
        return null;
    }

    private void validateSpans(Step step, StepResult result) {
        List<Finding> findings = result.findings();
        for (int i = 0, n = findings.size(); i < n; i++) { // indexed: no iterator per step and run
            Finding f = findings.get(i);
            if (f.hasSpan()) {
                TextPart p = partsById.get(f.part());
                if (p == null || f.end() > p.text().length()) {
                    throw new IllegalStateException("step " + step.name() + " reported a span [" + f.start() + ", "
                            + f.end() + ") in part " + f.part() + " that does not exist");
                }
            }
        }
    }

    private void applyStructure(StepResult result) {
        if (result.request() != null) {
            request = result.request();
            modified = true;
            version++;
        }
        if (result.response() != null) {
            response = result.response();
            modified = true;
            version++;
        }
        if (result.toolCall() != null) {
            toolCall = result.toolCall();
            modified = true;
            version++;
        }
    }

    /**
     * A step's findings as the verdict reports them: spans in the original text, sensitive replacements dropped. The
     * step's own (immutable) list when that changes none of them, the usual case: no copy per step.
     */
    private List<Finding> reported(List<Finding> found) {
        List<Finding> out = null;
        for (int i = 0, n = found.size(); i < n; i++) {
            Finding f = found.get(i);
            // a replacement flagged sensitive (pii_restore's original values) never leaves the run
            Finding r = toOriginal("true".equals(f.attributes().get("sensitive_replacement"))
                    ? f.withReplacement(null) : f);
            if (out == null && r != f) {
                out = new ArrayList<>(n);
                out.addAll(found.subList(0, i));
            }
            if (out != null) {
                out.add(r);
            }
        }
        return out == null ? found : out;
    }

    private Finding toOriginal(Finding f) {
        if (!f.hasSpan()) {
            return f;
        }
        TextPart p = partsById.get(f.part());
        if (p == null || !p.isRewritten()) {
            return f;
        }
        int s = p.toOriginal(f.start(), false);
        int e = Math.max(s, p.toOriginal(f.end(), true));
        return f.withSpan(s, e);
    }

    private void redact(List<Finding> found) {
        if (parts.size() == 1) {
            // the common case (one user message, or the output): no grouping by part, and no copy when every
            // finding is a span of this part in order (a detector's findings usually are)
            if (allSpansInOrder(found, parts.get(0).id())) {
                redactSorted(parts.get(0), found);
                return;
            }
            List<Finding> spans = new ArrayList<>(found.size());
            for (int i = 0, n = found.size(); i < n; i++) {
                Finding f = found.get(i);
                if (f.hasSpan() && f.part().equals(parts.get(0).id())) {
                    spans.add(f);
                }
            }
            if (!spans.isEmpty()) {
                spans.sort(BY_START_LONGEST_FIRST);
                redactSorted(parts.get(0), spans);
            }
            return;
        }
        Map<String, List<Finding>> byPart = new LinkedHashMap<>();
        for (Finding f : found) {
            if (f.hasSpan()) {
                byPart.computeIfAbsent(f.part(), k -> new ArrayList<>()).add(f);
            }
        }
        for (Map.Entry<String, List<Finding>> e : byPart.entrySet()) {
            e.getValue().sort(BY_START_LONGEST_FIRST);
            redactSorted(partsById.get(e.getKey()), e.getValue());
        }
    }

    private static final Comparator<Finding> BY_START_LONGEST_FIRST = (x, y) -> x.start() != y.start()
            ? Integer.compare(x.start(), y.start()) : Integer.compare(y.end(), x.end());

    private static boolean allSpansInOrder(List<Finding> found, String part) {
        for (int i = 0, n = found.size(); i < n; i++) {
            Finding f = found.get(i);
            if (!f.hasSpan() || !f.part().equals(part)
                    || i > 0 && BY_START_LONGEST_FIRST.compare(found.get(i - 1), f) > 0) {
                return false;
            }
        }
        return !found.isEmpty();
    }

    /** @param spans findings with spans in {@code part}, sorted by {@link #BY_START_LONGEST_FIRST} (not mutated) */
    private void redactSorted(TextPart part, List<Finding> spans) {
        int n = 0;
        int[] starts = new int[spans.size()];
        int[] ends = new int[spans.size()];
        String[] repl = new String[spans.size()];
        for (int i = 0, size = spans.size(); i < size; i++) {
            Finding f = spans.get(i);
            if (n > 0 && f.start() < ends[n - 1]) {
                ends[n - 1] = Math.max(ends[n - 1], f.end()); // overlapping: merge, keep the first replacement
                continue;
            }
            starts[n] = f.start();
            ends[n] = f.end();
            repl[n] = f.replacement() != null ? f.replacement() : DEFAULT_REPLACEMENT;
            n++;
        }
        if (n < starts.length) {
            starts = java.util.Arrays.copyOf(starts, n);
            ends = java.util.Arrays.copyOf(ends, n);
            repl = java.util.Arrays.copyOf(repl, n);
        }
        part.rewrite(starts, ends, repl);
        modified = true;
        textDirty = true;
        version++;
    }

    static String reasonFor(String step, List<Finding> found) {
        Set<String> types = new LinkedHashSet<>();
        for (Finding f : found) {
            types.add(f.type());
        }
        return types.isEmpty() ? "blocked by " + step : String.join(", ", types) + " detected by " + step;
    }

    private Verdict verdict(Outcome outcome, String reason, String blockedBy) {
        ChatRequest req = request();
        ChatResponse resp = response();
        return new Verdict(outcome, reason, blockedBy, classification, reportedFindings.toList(), obligations, req,
                resp, mode, wouldBlockBy, stepsRun);
    }

    /** Uses a session state the caller already looked up (saves a store lookup per tool call). */
    void useSession(SessionState state) {
        session = state;
    }

    /** Starts the run at a classification (the session's, for tool calls). */
    void startClassification(Classification start) {
        classification = start;
    }

    ToolCall currentToolCall() {
        return toolCall;
    }

    boolean isModified() {
        return modified;
    }

    // ---- StepContext ----

    @Override
    public Phase phase() {
        return phase;
    }

    @Override
    public Mode mode() {
        return mode;
    }

    @Override
    public GovernanceContext governance() {
        return governance;
    }

    @Override
    public List<TextPart> parts() {
        return parts;
    }

    @Override
    public ChatRequest request() {
        if (request == null) {
            return null;
        }
        if (phase == Phase.INPUT && textDirty) {
            List<Message> messages = new ArrayList<>(request.messages());
            for (TextPart p : parts) {
                if (p.isRewritten() && p.messageIndex() < messages.size()) {
                    Message m = messages.get(p.messageIndex());
                    List<ContentPart> content = new ArrayList<>(m.content());
                    if (p.contentIndex() < content.size()) {
                        content.set(p.contentIndex(), content.get(p.contentIndex()).withText(p.text()));
                        messages.set(p.messageIndex(), m.withContent(content));
                    }
                }
            }
            request = request.withMessages(messages);
            textDirty = false;
        }
        return request;
    }

    @Override
    public ChatResponse response() {
        if (response == null) {
            return null;
        }
        if (phase == Phase.OUTPUT && textDirty) {
            response = response.withContent(parts.get(0).text());
            textDirty = false;
        }
        return response;
    }

    @Override
    public ToolCall toolCall() {
        return toolCall;
    }

    @Override
    public List<Finding> findings() {
        return runFindings.view();
    }

    @Override
    public Classification classification() {
        return classification;
    }

    @Override
    public SessionState session() {
        if (session == null) {
            session = governance.sessionId() == null
                    ? new SessionState("ephemeral")
                    : pipeline.sessionStore().state(sessionKey(governance));
        }
        return session;
    }

    static String sessionKey(GovernanceContext ctx) {
        return ctx.agentId() + "|" + ctx.sessionId();
    }

    @Override
    public SessionState agentState() {
        return pipeline.sessionStore().state("agent|" + governance.agentId());
    }

    @Override
    public SessionStore sessionStore() {
        return pipeline.sessionStore();
    }

    @Override
    public Clock clock() {
        return pipeline.clock();
    }

    @Override
    public Map<String, Object> attributes() {
        if (attributes == null) {
            attributes = new HashMap<>(pipeline.services());
        }
        return attributes;
    }

}
