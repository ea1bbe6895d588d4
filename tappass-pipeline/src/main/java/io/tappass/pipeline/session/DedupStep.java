package io.tappass.pipeline.session;

import io.tappass.core.ChatRequest;
import io.tappass.core.ChatResponse;
import io.tappass.core.ContentPart;
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
import io.tappass.pipeline.internal.CanonicalJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code dedup} (output phase, also input; position 905):
 * <ul>
 *   <li>output: identical tool calls within one response (same tool and canonical arguments) are reduced to the
 *       first one; the response is rewritten regardless of {@code on_detection} and a {@code duplicates_removed}
 *       obligation names the removed call ids (answer them with the first call's result);</li>
 *   <li>input: a request identical to one seen in the same session within {@code window_seconds} (default 5;
 *       same model, roles, texts and tool calls) gives a {@code duplicate_request} finding, which the step's
 *       {@code on_detection} acts on (default {@code log}; {@code block} stops retry storms).</li>
 * </ul>
 */
public final class DedupStep extends BaseStep {

    /** The step id. */
    public static final String NAME = "dedup";
    /** Position (after the response-safety steps). */
    public static final int POSITION = 905;

    private final Duration window;

    DedupStep(StepConfig config) {
        super(config, Phase.OUTPUT, POSITION);
        double w = config.doubleOption("window_seconds", 5);
        if (!(w >= 0) || w > 86_400) {
            throw config.error("window_seconds", "expected seconds between 0 and 86400, got " + w);
        }
        this.window = Duration.ofMillis((long) (w * 1000));
    }

    @Override
    public Set<Phase> phases() {
        return Set.of(Phase.OUTPUT, Phase.INPUT);
    }

    @Override
    public StepResult apply(StepContext context) {
        return context.phase() == Phase.INPUT ? input(context) : output(context);
    }

    private StepResult output(StepContext context) {
        ChatResponse r = context.response();
        if (r == null || r.toolCalls().size() < 2) {
            return StepResult.pass();
        }
        Set<String> seen = new HashSet<>();
        List<ToolCall> kept = new ArrayList<>(r.toolCalls().size());
        List<String> removed = new ArrayList<>();
        for (ToolCall c : r.toolCalls()) {
            if (seen.add(CanonicalJson.callHash(c.name(), c.arguments()))) {
                kept.add(c);
            } else {
                removed.add(c.id() == null ? c.name() : c.id());
            }
        }
        if (removed.isEmpty()) {
            return StepResult.pass();
        }
        return StepResult.pass().withObligation(new Obligation("duplicates_removed", NAME,
                Map.of("count", String.valueOf(removed.size()), "ids", String.join(",", removed))))
                .withResponse(r.withToolCalls(kept));
    }

    private StepResult input(StepContext context) {
        ChatRequest req = context.request();
        if (req == null || window.isZero() || context.governance().sessionId() == null) {
            return StepResult.pass();
        }
        StringBuilder sb = new StringBuilder(256).append(req.model()).append('\u0001');
        for (Message m : req.messages()) {
            sb.append(m.role()).append('\u0002');
            for (ContentPart c : m.content()) {
                if (c.isText()) {
                    sb.append(c.text());
                }
                sb.append('\u0003');
            }
            for (ToolCall c : m.toolCalls()) {
                sb.append(c.name()).append(CanonicalJson.of(c.arguments()));
            }
            sb.append('\u0004');
        }
        long fp = CanonicalJson.key64(sb.toString());
        Instant now = context.clock().instant();
        Recent recent = context.session().computeIfAbsent(NAME + ".requests", k -> new Recent());
        boolean dup;
        synchronized (recent) {
            long cutoff = now.minus(window).toEpochMilli();
            for (Iterator<Long> it = recent.seen.values().iterator(); it.hasNext(); ) {
                if (it.next() < cutoff) {
                    it.remove();
                }
            }
            dup = recent.seen.containsKey(fp);
            recent.seen.put(fp, now.toEpochMilli());
            if (recent.seen.size() > 64) {
                recent.seen.remove(recent.seen.keySet().iterator().next());
            }
        }
        if (!dup) {
            return StepResult.pass();
        }
        return StepResult.findings(List.of(Finding.of(NAME, "duplicate_request", Severity.LOW,
                "identical request within " + window.toMillis() + " ms")));
    }

    static final class Recent {
        final LinkedHashMap<Long, Long> seen = new LinkedHashMap<>(8);
    }

    /** Registers {@code dedup}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of("output_dedup"), Phase.OUTPUT, POSITION, OnDetection.LOG, Set.of("window_seconds"),
                    DedupStep::new);
        }
    }
}
