package io.tappass.pipeline.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import io.tappass.core.ToolCall;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.pipeline.Pipeline;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SessionStoreBoundsTest {

    @Test
    void sessionChurnStaysBoundedAndCannotEvictLongLivedState() {
        SessionStore store = CaffeineSessionStore.custom().maximumSize(500).build();
        Pipeline p = Pipeline.builder().sessionStore(store).step("loop_guard").step("taint_check")
                .override("budget", Map.of("daily_usd", 0.05, "reserve_usd", 0.01)).build();
        // the agent's daily budget is nearly used up
        for (int i = 0; i < 5; i++) {
            assertThat(p.checkInput("q", GovernanceContext.of("agent-1", "first-" + i)).isAllowed()).isTrue();
        }
        // 5,000 throw-away sessions of another agent
        for (int i = 0; i < 5_000; i++) {
            GovernanceContext ctx = GovernanceContext.of("agent-2", "s-" + i);
            p.govern(ToolCall.of("search", Map.of("q", i)), ctx);
        }
        assertThat(store.size()).isLessThanOrEqualTo(1_000); // 500 sessions + 500 long-lived entries at most
        // the daily ledger survived the churn: still exhausted
        assertThat(p.checkInput("q", GovernanceContext.of("agent-1", "later")).isBlocked()).isTrue();
    }

    @Test
    void longLivedStateOutlivesTheSessionTtl() {
        AtomicLong nanos = new AtomicLong();
        Ticker ticker = nanos::get;
        SessionStore store = CaffeineSessionStore.custom().ticker(ticker).build();
        SessionState session = store.state("a|s");
        session.computeIfAbsent("x", k -> "session value");
        SessionState ledger = store.state("budget|a", Duration.ofDays(32));
        ledger.computeIfAbsent("x", k -> "ledger value");
        nanos.addAndGet(Duration.ofHours(2).toNanos());
        assertThat(store.state("a|s").<String>get("x")).isNull(); // expired after 30 minutes idle
        assertThat(store.state("budget|a", Duration.ofDays(32)).<String>get("x")).isEqualTo("ledger value");
    }
}
