package io.tappass.pipeline.budget;

import io.tappass.core.ChatRequest;
import io.tappass.core.ChatResponse;
import io.tappass.core.ContentPart;
import io.tappass.core.Message;
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
import io.tappass.pipeline.session.SessionState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code budget} (alias {@code budget_enforcement}; TapPass position 120; input and output phases): USD limits per
 * session, hour, day and month, enforced <em>before</em> each model call with atomic reservations.
 *
 * <p>Options: TapPass's {@code max_cost_usd} with {@code window} ({@code session}, {@code hourly}, {@code daily}
 * (default) or {@code monthly}); and/or {@code session_usd}, {@code hourly_usd}, {@code daily_usd},
 * {@code monthly_usd}. Hour, day and month are calendar windows in UTC (from the pipeline clock), per agent; session
 * limits are per session. {@code reserve_usd} fixes the reservation per call; otherwise it is estimated from the
 * request (characters / 4 input tokens plus {@code max_tokens}, else {@code default_output_tokens} = 1024, at the
 * model's price). {@code pricing} / {@code pricing_file} override the {@link Pricing} table. {@code alert_threshold}
 * (0.8) adds a {@code budget_alert} obligation once a window is that full. The {@code budget} governance flag can
 * only tighten limits: {@code dev} ($1/session, $5/day), {@code standard} ($10/session, $50/day),
 * {@code custom:<per_call>:<per_session>}.
 *
 * <p>Input: reserves the estimate in every window at once (all or nothing); a window that cannot take it blocks with
 * a {@code budget_exceeded} finding (attributes {@code window}, {@code limit_usd}, {@code spent_usd}). Output:
 * releases the session's oldest reservation and books the actual cost from {@code ChatResponse.usage()}. So many
 * concurrent calls can never commit more than the limit; the only overspend is a call whose actual cost exceeds its
 * reservation. A request that a later step blocks releases its reservation at the end of the run; unsettled
 * reservations are released after {@code reservation_ttl_seconds} (600).
 */
public final class BudgetStep extends BaseStep implements io.tappass.pipeline.RunCompletionListener {

    /** The step id. */
    public static final String NAME = "budget";
    /** TapPass's position. */
    public static final int POSITION = 120;
    static final long MICROS = 1_000_000L;

    private final Map<String, Long> limits; // window -> micro-USD
    private final Double reserveUsd;
    private final int defaultOutputTokens;
    private final Pricing pricing;
    private final double alert;
    private final Duration reservationTtl;

    BudgetStep(StepConfig config) {
        super(config, Phase.INPUT, POSITION);
        Map<String, Long> l = new LinkedHashMap<>();
        if (config.has("max_cost_usd")) {
            String w = config.stringOption("window", "daily").toLowerCase(Locale.ROOT);
            if (!Set.of("session", "hourly", "daily", "monthly").contains(w)) {
                throw config.error("window", "expected session, hourly, daily or monthly, got '" + w + "'");
            }
            l.put(w, usd(config, "max_cost_usd"));
        }
        for (String w : List.of("session", "hourly", "daily", "monthly")) {
            String key = switch (w) {
                case "session" -> "session_usd";
                case "hourly" -> "hourly_usd";
                case "daily" -> "daily_usd";
                default -> "monthly_usd";
            };
            if (config.has(key)) {
                l.merge(w, usd(config, key), Math::min);
            }
        }
        this.limits = Map.copyOf(l);
        this.reserveUsd = config.has("reserve_usd") ? config.doubleOption("reserve_usd", 0) : null;
        if (reserveUsd != null && !(reserveUsd >= 0)) {
            throw config.error("reserve_usd", "expected a number >= 0");
        }
        this.defaultOutputTokens = config.intOption("default_output_tokens", 1024, 0);
        this.pricing = Pricing.fromConfig(config);
        this.alert = config.doubleOption("alert_threshold", 0.8);
        if (!(alert > 0 && alert <= 1)) {
            throw config.error("alert_threshold", "expected a number in (0, 1]");
        }
        this.reservationTtl = Duration.ofSeconds(config.intOption("reservation_ttl_seconds", 600, 1));
    }

    private static long usd(StepConfig config, String key) {
        double v = config.doubleOption(key, 0);
        if (!(v >= 0) || v > 1e9) {
            throw config.error(key, "expected an amount in USD >= 0, got " + v);
        }
        return Math.round(v * MICROS);
    }

    @Override
    public Set<Phase> phases() {
        return Set.of(Phase.INPUT, Phase.OUTPUT);
    }

    /** One reservation across windows. */
    record Reservation(long amount, List<Ledger> ledgers, List<String> windows, Instant at) {
    }

    /** Reservations of one session, oldest first. */
    static final class Pending {
        final ArrayDeque<Reservation> queue = new ArrayDeque<>(2);
    }

    @Override
    public StepResult apply(StepContext context) {
        Map<String, Long> effective = effectiveLimits(context.governance());
        if (effective.isEmpty()) {
            return StepResult.pass();
        }
        Instant now = context.clock().instant();
        Pending pending = pendingOf(context);
        if (context.phase() == Phase.OUTPUT) {
            return settle(context, pending, effective, now);
        }
        ChatRequest req = context.request();
        long amount = reserveUsd != null ? Math.round(reserveUsd * MICROS) : estimate(req);
        releaseStale(pending, now);
        List<Ledger> taken = new ArrayList<>();
        List<String> windows = new ArrayList<>();
        StepResult result = StepResult.pass();
        for (Map.Entry<String, Long> e : effective.entrySet()) {
            String w = e.getKey();
            if (w.equals("per_call")) {
                if (amount > e.getValue()) {
                    rollback(taken, windows, amount);
                    return exceeded(w, e.getValue(), 0, amount);
                }
                continue;
            }
            Ledger ledger = ledger(context, w);
            String id = windowId(w, now);
            if (!ledger.reserve(id, amount, e.getValue())) {
                long spent = ledger.committed(id);
                rollback(taken, windows, amount);
                return exceeded(w, e.getValue(), spent, amount);
            }
            taken.add(ledger);
            windows.add(id);
            long committed = ledger.committed(id);
            if (e.getValue() > 0 && committed >= alert * e.getValue()) {
                result = result.withObligation(new Obligation("budget_alert", NAME, Map.of("window", w,
                        "committed_usd", fmt(committed), "limit_usd", fmt(e.getValue()))));
            }
        }
        Reservation reservation = new Reservation(amount, taken, windows, now);
        synchronized (pending) {
            pending.queue.addLast(reservation);
        }
        context.attributes().put(RESERVATION_KEY, reservation);
        return result;
    }

    private static final String RESERVATION_KEY = NAME + ".reservation";

    /** Releases this run's reservation when the request did not go out (a later step blocked it). */
    @Override
    public void afterRun(StepContext context, io.tappass.core.governance.Verdict verdict) {
        if (context.phase() != Phase.INPUT || verdict.isAllowed()) {
            return;
        }
        Object r = context.attributes().get(RESERVATION_KEY);
        if (r instanceof Reservation reservation) {
            Pending pending = pendingOf(context);
            boolean removed;
            synchronized (pending) {
                removed = pending.queue.removeIf(x -> x == reservation);
            }
            if (removed) {
                rollback(reservation.ledgers(), reservation.windows(), reservation.amount());
            }
        }
    }

    private StepResult settle(StepContext context, Pending pending, Map<String, Long> effective, Instant now) {
        ChatResponse r = context.response();
        if (r == null) {
            return StepResult.pass();
        }
        String model = r.model() != null ? r.model() : context.request() != null ? context.request().model() : null;
        long actual = Math.round(pricing.cost(model, r.usage()) * MICROS);
        Reservation res;
        synchronized (pending) {
            res = pending.queue.pollFirst();
        }
        if (res != null) {
            for (int i = 0; i < res.ledgers().size(); i++) {
                res.ledgers().get(i).settle(windowIdFor(res.windows().get(i), now), res.windows().get(i),
                        res.amount(), actual);
            }
        } else {
            for (String w : effective.keySet()) {
                if (!w.equals("per_call")) {
                    ledger(context, w).settle(windowId(w, now), windowId(w, now), 0, actual);
                }
            }
        }
        return StepResult.pass();
    }

    private static String windowNameOf(String id) {
        return id.substring(0, id.indexOf(':'));
    }

    private static String windowIdFor(String madeIn, Instant now) {
        return windowId(windowNameOf(madeIn), now);
    }

    private static void rollback(List<Ledger> taken, List<String> windows, long amount) {
        for (int i = 0; i < taken.size(); i++) {
            taken.get(i).release(windows.get(i), amount);
        }
    }

    private void releaseStale(Pending pending, Instant now) {
        synchronized (pending) {
            while (!pending.queue.isEmpty() && pending.queue.peekFirst().at().plus(reservationTtl).isBefore(now)) {
                Reservation r = pending.queue.pollFirst();
                rollback(r.ledgers(), r.windows(), r.amount());
            }
        }
    }

    private static StepResult exceeded(String window, long limit, long committed, long amount) {
        Finding f = new Finding(NAME, "budget_exceeded", Severity.HIGH, 1.0, null, -1, -1, null, Map.of(
                "window", window, "limit_usd", fmt(limit), "spent_usd", fmt(committed),
                "reservation_usd", fmt(amount)));
        String what = window.equals("per_call") ? "this call's estimated cost $" + fmt(amount)
                + " exceeds the per-call limit $" + fmt(limit)
                : window + " budget exhausted: $" + fmt(committed) + " committed + $" + fmt(amount)
                + " for this call > limit $" + fmt(limit);
        return StepResult.block(what, f);
    }

    /** {@code micros} as USD with six decimals (what {@code String.format("%.6f", micros / 1e6)} prints). */
    static String fmt(long micros) {
        long abs = Math.abs(micros); // Long.MIN_VALUE micros (-9.2e12 USD) is not a cost anyone records
        String frac = Long.toString(abs % MICROS);
        StringBuilder sb = new StringBuilder(24);
        if (micros < 0) {
            sb.append('-');
        }
        sb.append(abs / MICROS).append('.');
        for (int i = frac.length(); i < 6; i++) {
            sb.append('0');
        }
        return sb.append(frac).toString();
    }

    long estimate(ChatRequest req) {
        if (req == null) {
            return 0;
        }
        long chars = 0;
        for (Message m : req.messages()) {
            for (ContentPart c : m.content()) {
                if (c.isText()) {
                    chars += c.text().length();
                }
            }
        }
        long in = (chars + 3) / 4;
        long out = req.maxTokens() != null ? req.maxTokens() : defaultOutputTokens;
        Pricing.ModelPrice p = pricing.price(req.model());
        return Math.round((in * p.input() + out * p.output()) / 1_000_000.0 * MICROS);
    }

    private Map<String, Long> effectiveLimits(GovernanceContext g) {
        String flag = g.flag("budget");
        if (flag == null || flag.isBlank()) {
            return limits;
        }
        Map<String, Long> m = new LinkedHashMap<>(limits);
        String f = flag.trim().toLowerCase(Locale.ROOT);
        if (f.equals("dev")) {
            m.merge("session", 1 * MICROS, Math::min);
            m.merge("daily", 5 * MICROS, Math::min);
        } else if (f.equals("standard")) {
            m.merge("session", 10 * MICROS, Math::min);
            m.merge("daily", 50 * MICROS, Math::min);
        } else if (f.startsWith("custom:")) {
            String[] parts = f.split(":");
            try {
                if (parts.length > 1 && !parts[1].isBlank()) {
                    m.merge("per_call", Math.round(Double.parseDouble(parts[1]) * MICROS), Math::min);
                }
                if (parts.length > 2 && !parts[2].isBlank()) {
                    m.merge("session", Math.round(Double.parseDouble(parts[2]) * MICROS), Math::min);
                }
            } catch (NumberFormatException e) {
                m.put("per_call", 0L); // fail closed on a malformed flag
            }
        }
        return m;
    }

    private Pending pendingOf(StepContext context) {
        GovernanceContext g = context.governance();
        if (g.sessionId() != null) {
            return context.session().computeIfAbsent(NAME + ".pending", k -> new Pending());
        }
        SessionState s = context.sessionStore().state("budget.pending|" + g.agentId(), Duration.ofHours(1));
        return s.computeIfAbsent(NAME, k -> new Pending());
    }

    private static Ledger ledger(StepContext context, String window) {
        if (window.equals("session")) {
            return context.session().computeIfAbsent(NAME + ".session", k -> new Ledger());
        }
        SessionState agent = context.sessionStore().state("budget|" + context.governance().agentId(),
                Duration.ofDays(32));
        return agent.computeIfAbsent(NAME + "." + window, k -> new Ledger());
    }

    static String windowId(String window, Instant now) {
        ZonedDateTime t = now.atZone(ZoneOffset.UTC);
        return switch (window) {
            case "hourly" -> "hourly:" + t.toLocalDate() + "T" + t.getHour();
            case "daily" -> "daily:" + t.toLocalDate();
            case "monthly" -> "monthly:" + t.getYear() + "-" + t.getMonthValue();
            default -> window + ":";
        };
    }

    /** Registers {@code budget}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of("budget_enforcement", "session_budget"), Phase.INPUT, POSITION, OnDetection.BLOCK,
                    Set.of("max_cost_usd", "window", "session_usd", "hourly_usd", "daily_usd", "monthly_usd",
                            "reserve_usd", "default_output_tokens", "pricing", "pricing_file", "alert_threshold",
                            "reservation_ttl_seconds"), BudgetStep::new);
        }
    }
}
