package io.tappass.pipeline.budget;

import io.tappass.core.ChatResponse;
import io.tappass.core.Usage;
import io.tappass.core.governance.Obligation;
import io.tappass.core.governance.OnDetection;
import io.tappass.pipeline.BaseStep;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.StepConfig;
import io.tappass.pipeline.StepContext;
import io.tappass.pipeline.StepResult;
import io.tappass.pipeline.internal.AbstractStepFactory;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code cost_tracking} (output phase, position 950): computes the cost of each response from
 * {@code ChatResponse.usage()} and the model (the response's, else the request's) with the {@link Pricing} table
 * (options {@code pricing}, {@code pricing_file}), and records it as an obligation of type {@value #OBLIGATION} on
 * the verdict so that the audit trail can pick it up. Details (all strings): {@code model},
 * {@code input_tokens}, {@code output_tokens}, {@code cached_tokens}, {@code cost_usd} (6 decimals),
 * {@code session_cost_usd} (running total of the session), {@code priced} ({@code table} or {@code default} for
 * unknown models). It never blocks; responses without usage record zero tokens.
 */
public final class CostTrackingStep extends BaseStep {

    /** The step id. */
    public static final String NAME = "cost_tracking";
    /** Position: last in the output phase. */
    public static final int POSITION = 950;
    /** The obligation type carrying the cost. */
    public static final String OBLIGATION = "cost";

    private final Pricing pricing;

    CostTrackingStep(StepConfig config) {
        super(config, Phase.OUTPUT, POSITION);
        this.pricing = Pricing.fromConfig(config);
    }

    @Override
    public StepResult apply(StepContext context) {
        ChatResponse r = context.response();
        if (r == null) {
            return StepResult.pass();
        }
        String model = r.model() != null ? r.model() : context.request() != null ? context.request().model() : null;
        Usage u = r.usage();
        long micros = Math.round(pricing.cost(model, u) * BudgetStep.MICROS);
        AtomicLong total = context.session().computeIfAbsent(NAME + ".total", k -> new AtomicLong());
        long sessionTotal = total.addAndGet(micros);
        return StepResult.pass().withObligation(new Obligation(OBLIGATION, NAME, Map.of(
                "model", model == null ? "" : model,
                "input_tokens", String.valueOf(u.inputTokens()),
                "output_tokens", String.valueOf(u.outputTokens()),
                "cached_tokens", String.valueOf(u.cachedTokens()),
                "cost_usd", BudgetStep.fmt(micros),
                "session_cost_usd", BudgetStep.fmt(sessionTotal),
                "priced", pricing.knows(model) ? "table" : "default")));
    }

    /** Registers {@code cost_tracking}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of(), Phase.OUTPUT, POSITION, OnDetection.LOG, Set.of("pricing", "pricing_file"),
                    CostTrackingStep::new);
        }
    }
}
