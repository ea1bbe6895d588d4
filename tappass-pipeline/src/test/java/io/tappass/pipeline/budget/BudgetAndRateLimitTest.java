package io.tappass.pipeline.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.tappass.core.ChatRequest;
import io.tappass.core.ChatResponse;
import io.tappass.core.ToolCall;
import io.tappass.core.Usage;
import io.tappass.core.config.ConfigException;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Obligation;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.Pipeline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BudgetAndRateLimitTest {

    /** A settable clock. */
    static final class FakeClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-10T12:00:00Z"));

        void advance(Duration d) {
            now.updateAndGet(t -> t.plus(d));
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
            return now.get();
        }
    }

    static ChatResponse response(String model, long in, long out) {
        return new ChatResponse("r", model, "ok", List.of(), "stop", new Usage(in, out, 0), Map.of());
    }

    @Test
    void pricingTableMatchesByLongestPrefixAndCanBeOverridden() {
        Pricing p = Pricing.defaults();
        assertThat(p.price("gpt-4o-2024-08-06").input()).isEqualTo(2.5);
        assertThat(p.price("gpt-4o-mini").input()).isEqualTo(0.15);
        assertThat(p.price("openai/gpt-4.1-nano").output()).isEqualTo(0.40);
        assertThat(p.price("claude-sonnet-4-5-20250929").output()).isEqualTo(15.0);
        assertThat(p.price("claude-3-5-haiku-latest").input()).isEqualTo(0.80);
        assertThat(p.knows("llama-3")).isFalse();
        assertThat(p.price("llama-3").input()).isEqualTo(1.0);
        // 1M input + 1M output on gpt-4o = 2.5 + 10
        assertThat(p.cost("gpt-4o", new Usage(1_000_000, 1_000_000, 0))).isCloseTo(12.5, within(1e-9));
        // cached input at the cached rate
        assertThat(p.cost("gpt-4o", new Usage(1_000_000, 0, 1_000_000))).isCloseTo(1.25, within(1e-9));
        Pricing o = p.withOverrides(Map.of("llama-3", new Pricing.ModelPrice(0.05, 0.1, null)));
        assertThat(o.price("llama-3-70b").output()).isEqualTo(0.1);
    }

    @Test
    void costTrackingRecordsCostAsAnObligation() {
        Pipeline p = Pipeline.builder().step("cost_tracking")
                .override("cost_tracking", Map.of("pricing", Map.of("my-model", Map.of("input", 10, "output", 20))))
                .build();
        GovernanceContext ctx = GovernanceContext.of("a", "s");
        Verdict v = p.checkOutput(response("gpt-4o-mini", 1000, 500), ctx);
        Obligation cost = v.obligations().stream().filter(o -> o.type().equals("cost")).findFirst().orElseThrow();
        // 1000 * 0.15/1M + 500 * 0.60/1M = 0.00015 + 0.0003
        assertThat(cost.details()).containsEntry("cost_usd", "0.000450").containsEntry("model", "gpt-4o-mini")
                .containsEntry("input_tokens", "1000").containsEntry("priced", "table");
        Verdict v2 = p.checkOutput(response("my-model", 100_000, 0), ctx);
        Obligation c2 = v2.obligations().stream().filter(o -> o.type().equals("cost")).findFirst().orElseThrow();
        assertThat(c2.details()).containsEntry("cost_usd", "1.000000").containsEntry("session_cost_usd", "1.000450");
    }

    @Test
    void budgetExhaustedMidSession() {
        FakeClock clock = new FakeClock();
        Pipeline p = Pipeline.builder().clock(clock).override("budget", Map.of("session_usd", 0.02,
                "default_output_tokens", 500)).build();
        GovernanceContext ctx = GovernanceContext.of("agent-1", "s-1");
        ChatRequest req = ChatRequest.builder().model("gpt-4o").user("summarise the report").build();
        int allowed = 0;
        Verdict blocked = null;
        for (int i = 0; i < 10; i++) {
            Verdict in = p.checkInput(req, ctx);
            if (in.isBlocked()) {
                blocked = in;
                break;
            }
            allowed++;
            // each call really costs 1000 * 2.5/1M + 500 * 10/1M = 0.0075
            p.checkOutput(response("gpt-4o", 1000, 500), ctx);
        }
        assertThat(allowed).isEqualTo(2); // 0.015 spent; a third reservation (~0.005) would pass 0.02
        assertThat(blocked).isNotNull();
        assertThat(blocked.blockedBy()).isEqualTo("budget");
        assertThat(blocked.findings().get(0).attributes()).containsEntry("window", "session")
                .containsEntry("limit_usd", "0.020000");
        // another session of the same agent has its own session budget
        assertThat(p.checkInput(req, GovernanceContext.of("agent-1", "s-2")).isAllowed()).isTrue();
    }

    @Test
    void dailyBudgetRollsOverAtMidnightUtc() {
        FakeClock clock = new FakeClock();
        Pipeline p = Pipeline.builder().clock(clock).override("budget_enforcement", Map.of("max_cost_usd", 1.0,
                "window", "daily", "reserve_usd", 0.6)).build();
        GovernanceContext ctx = GovernanceContext.of("agent-1", "s-1");
        assertThat(p.checkInput("a", ctx).isAllowed()).isTrue();
        assertThat(p.checkInput("b", ctx).isBlocked()).isTrue();
        clock.advance(Duration.ofHours(13));
        assertThat(p.checkInput("c", ctx).isAllowed()).isTrue();
    }

    /** A later input step that blocks everything mentioning "forbidden". */
    static final class Blocker extends io.tappass.pipeline.BaseStep {
        Blocker() {
            super(io.tappass.pipeline.StepConfig.of("blocker", io.tappass.core.governance.OnDetection.BLOCK),
                    io.tappass.pipeline.Phase.INPUT, 500);
        }

        @Override
        public io.tappass.pipeline.StepResult apply(io.tappass.pipeline.StepContext context) {
            return context.parts().stream().anyMatch(p -> p.text().contains("forbidden"))
                    ? io.tappass.pipeline.StepResult.block("forbidden")
                    : io.tappass.pipeline.StepResult.pass();
        }
    }

    @Test
    void aRequestBlockedByALaterStepReleasesItsReservation() {
        Pipeline p = Pipeline.builder().step(new Blocker())
                .override("budget", Map.of("session_usd", 0.05, "reserve_usd", 0.02)).build();
        GovernanceContext ctx = GovernanceContext.of("a", "s");
        for (int i = 0; i < 5; i++) {
            Verdict v = p.checkInput("forbidden " + i, ctx);
            assertThat(v.blockedBy()).isEqualTo("blocker");
        }
        assertThat(p.checkInput("fine", ctx).isAllowed()).isTrue();
        assertThat(p.checkInput("fine too", ctx).isAllowed()).isTrue();
        assertThat(p.checkInput("third", ctx).blockedBy()).isEqualTo("budget"); // 0.04 + 0.02 > 0.05
    }

    @Test
    void budgetFlagOnlyTightens() {
        Pipeline p = Pipeline.builder().override("budget", Map.of("session_usd", 0.5, "reserve_usd", 0.4)).build();
        GovernanceContext custom = GovernanceContext.builder().agentId("a").sessionId("s")
                .flag("budget", "custom:0.1:100").build();
        assertThat(p.checkInput("x", custom).isBlocked()).isTrue(); // per-call 0.1 < reservation 0.4
    }

    @Test
    void badBudgetOptionsAreConfigErrors() {
        assertThatThrownBy(() -> Pipeline.builder().override("budget", Map.of("max_cost_usd", 1, "window",
                "weekly")).build()).isInstanceOf(ConfigException.class).hasMessageContaining("window");
    }

    @Test
    void hundredConcurrentCallsNeverOverspendTheBudget() throws Exception {
        Pipeline p = Pipeline.builder().override("budget", Map.of("daily_usd", 0.50, "reserve_usd", 0.01))
                .build();
        int threads = 100;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        AtomicInteger admitted = new AtomicInteger();
        for (int i = 0; i < threads; i++) {
            GovernanceContext ctx = GovernanceContext.of("agent-1", "s-" + i);
            pool.execute(() -> {
                try {
                    start.await();
                    if (p.checkInput("hello", ctx).isAllowed()) {
                        admitted.incrementAndGet();
                        // actual cost 4000 in on gpt-4o = 0.01, equal to the reservation
                        p.checkOutput(response("gpt-4o", 4000, 0), ctx);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        start.countDown();
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        pool.shutdown();
        assertThat(admitted.get()).isEqualTo(50);
        // the next call is refused: exactly the limit was spent, never more
        Verdict next = p.checkInput("one more", GovernanceContext.of("agent-1", "s-x"));
        assertThat(next.isBlocked()).isTrue();
        assertThat(next.findings().get(0).attributes().get("spent_usd")).isEqualTo("0.500000");
    }

    @Test
    void rateLimitPerAgentAndPerToolUnderConcurrency() throws Exception {
        FakeClock clock = new FakeClock();
        Pipeline p = Pipeline.builder().clock(clock).override("rate_limit", Map.of("max_calls", 30,
                "window_seconds", 3600, "per_tool", Map.of("send_*", Map.of("max_calls", 5, "window_seconds", 60))))
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(200);
        AtomicInteger models = new AtomicInteger();
        AtomicInteger emails = new AtomicInteger();
        for (int i = 0; i < 100; i++) {
            GovernanceContext ctx = GovernanceContext.of("agent-1", "s-" + i);
            pool.execute(() -> {
                try {
                    start.await();
                    if (p.checkInput("hi", ctx).isAllowed()) {
                        models.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            pool.execute(() -> {
                try {
                    start.await();
                    if (p.govern(ToolCall.of("send_email", Map.of("n", 1)), ctx).isAllowed()) {
                        emails.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        start.countDown();
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        pool.shutdown();
        assertThat(models.get()).isEqualTo(30);
        assertThat(emails.get()).isEqualTo(5);
        GovernanceContext ctx = GovernanceContext.of("agent-1", "later");
        assertThat(p.govern(ToolCall.of("search", Map.of()), ctx).isAllowed()).isTrue(); // other tools unaffected
        assertThat(p.checkInput("x", GovernanceContext.of("agent-2", "s")).isAllowed()).isTrue(); // per agent
        clock.advance(Duration.ofSeconds(61));
        assertThat(p.govern(ToolCall.of("send_email", Map.of("n", 2)), ctx).isAllowed()).isTrue();
    }
}
