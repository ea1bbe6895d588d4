package io.tappass.pipeline.breaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tappass.core.ChatRequest;
import io.tappass.core.Message;
import io.tappass.core.ToolCall;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.Pipeline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

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

    static final CircuitBreakerConfig CFG = CircuitBreakerConfig.custom().failureRateThreshold(50)
            .slidingWindowSize(4).minimumNumberOfCalls(4).waitDurationInOpenState(Duration.ofSeconds(30))
            .permittedNumberOfCallsInHalfOpenState(2).build();

    @Test
    void defaultsFollowResilience4j() {
        CircuitBreakerConfig d = CircuitBreakerConfig.ofDefaults();
        assertThat(d.getFailureRateThreshold()).isEqualTo(50f);
        assertThat(d.getSlidingWindowSize()).isEqualTo(100);
        assertThat(d.getMinimumNumberOfCalls()).isEqualTo(100);
        assertThat(d.getWaitDurationInOpenState()).isEqualTo(Duration.ofSeconds(60));
        assertThat(d.getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(10);
        assertThat(d.getBillingWaitDurationInOpenState()).isEqualTo(Duration.ofHours(5));
        assertThat(CircuitBreakerConfig.from(CFG).slidingWindowSize(8).build().getFailureRateThreshold())
                .isEqualTo(50f);
        assertThatThrownBy(() -> CircuitBreakerConfig.custom().failureRateThreshold(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("failureRateThreshold");
    }

    @Test
    void closedOpenHalfOpenClosed() {
        FakeClock clock = new FakeClock();
        CircuitBreaker b = CircuitBreaker.of("p", CFG, clock);
        b.onSuccess(Duration.ZERO);
        b.onSuccess(Duration.ZERO);
        b.onError(Duration.ZERO, ErrorCategory.SERVER);
        assertThat(b.getState()).isEqualTo(CircuitBreaker.State.CLOSED); // 3 < minimumNumberOfCalls
        b.onError(Duration.ZERO, ErrorCategory.OVERLOADED);
        assertThat(b.getState()).isEqualTo(CircuitBreaker.State.OPEN); // 2/4 = 50 %
        assertThat(b.tryAcquirePermission()).isFalse();
        assertThatThrownBy(b::acquirePermission).isInstanceOf(CallNotPermittedException.class)
                .hasMessageContaining("retry after 30 s");
        clock.advance(Duration.ofSeconds(30));
        assertThat(b.tryAcquirePermission()).isTrue();
        assertThat(b.getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(b.tryAcquirePermission()).isTrue();
        assertThat(b.tryAcquirePermission()).isFalse(); // only 2 trial calls
        b.onSuccess(Duration.ZERO);
        b.onSuccess(Duration.ZERO);
        assertThat(b.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void halfOpenFailureReopens() {
        FakeClock clock = new FakeClock();
        CircuitBreaker b = CircuitBreaker.of("p", CFG, clock);
        for (int i = 0; i < 4; i++) {
            b.onError(Duration.ZERO, ErrorCategory.TIMEOUT);
        }
        clock.advance(Duration.ofSeconds(31));
        assertThat(b.tryAcquirePermission()).isTrue();
        b.onError(Duration.ZERO, ErrorCategory.TIMEOUT);
        b.onSuccess(Duration.ZERO);
        assertThat(b.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void callerErrorsDoNotCountAndBillingOpensForHours() {
        FakeClock clock = new FakeClock();
        CircuitBreaker b = CircuitBreaker.of("p", CFG, clock);
        for (int i = 0; i < 10; i++) {
            b.onResult(400, "{\"error\":{\"type\":\"invalid_request_error\"}}", Duration.ZERO);
        }
        assertThat(b.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        b.onResult(402, "payment required", Duration.ZERO);
        assertThat(b.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(b.remainingOpenDuration()).isEqualTo(Duration.ofHours(5));
        clock.advance(Duration.ofHours(5));
        assertThat(b.tryAcquirePermission()).isTrue();
        b.onResult(429, "insufficient_quota: You exceeded your current quota", Duration.ZERO); // rate limit by status
        b.onResult(403, "Your credit balance is too low", Duration.ZERO); // billing by body
        assertThat(b.remainingOpenDuration()).isEqualTo(Duration.ofHours(10)); // doubled
    }

    @Test
    void errorClassifier() {
        assertThat(ErrorClassifier.classify(429, null)).isEqualTo(ErrorCategory.RATE_LIMIT);
        assertThat(ErrorClassifier.classify(402, "")).isEqualTo(ErrorCategory.BILLING);
        assertThat(ErrorClassifier.classify(401, "")).isEqualTo(ErrorCategory.AUTH);
        assertThat(ErrorClassifier.classify(404, "")).isEqualTo(ErrorCategory.MODEL_NOT_FOUND);
        assertThat(ErrorClassifier.classify(403, "Rate limit reached for requests")).isEqualTo(ErrorCategory.RATE_LIMIT);
        assertThat(ErrorClassifier.classify(403, "billing hard limit reached")).isEqualTo(ErrorCategory.BILLING);
        assertThat(ErrorClassifier.classify(403, "This model's maximum context length is 8192"))
                .isEqualTo(ErrorCategory.CONTEXT_OVERFLOW);
        assertThat(ErrorClassifier.classify(403, "The model `gpt-9` does not exist"))
                .isEqualTo(ErrorCategory.MODEL_NOT_FOUND);
        assertThat(ErrorClassifier.classify(403, "Invalid API key")).isEqualTo(ErrorCategory.AUTH);
        assertThat(ErrorClassifier.classify(403, "unsupported_country_region_territory"))
                .isNotEqualTo(ErrorCategory.AUTH);
        assertThat(ErrorClassifier.classify(529, "")).isEqualTo(ErrorCategory.OVERLOADED);
        assertThat(ErrorClassifier.classify(500, "Overloaded")).isEqualTo(ErrorCategory.OVERLOADED);
        assertThat(ErrorClassifier.classify(502, "bad gateway")).isEqualTo(ErrorCategory.SERVER);
        assertThat(ErrorClassifier.classify(0, "Read timed out")).isEqualTo(ErrorCategory.TIMEOUT);
        assertThat(ErrorClassifier.classify(new java.net.http.HttpTimeoutException("x")))
                .isEqualTo(ErrorCategory.TIMEOUT);
        assertThat(ErrorClassifier.classify(400, "prompt is too long")).isEqualTo(ErrorCategory.CONTEXT_OVERFLOW);
        assertThat(ErrorCategory.RATE_LIMIT.isRetryable()).isTrue();
        assertThat(ErrorCategory.BILLING.isRetryable()).isFalse();
    }

    @Test
    void pipelineRefusesOpenProvidersAndToolsAndRecordsToolResults() {
        FakeClock clock = new FakeClock();
        CircuitBreakerRegistry reg = CircuitBreakerRegistry.of(CFG, clock);
        Pipeline p = Pipeline.builder().clock(clock).circuitBreakers(reg).step("circuit_breaker").build();
        GovernanceContext ctx = GovernanceContext.of("a", "s");
        ChatRequest req = ChatRequest.builder().model("claude-sonnet-4-5").user("hi").build();
        assertThat(p.checkInput(req, ctx).isAllowed()).isTrue();
        p.circuitBreakers().provider("anthropic").onResult(402, "credit balance too low", Duration.ZERO);
        Verdict v = p.checkInput(req, ctx);
        assertThat(v.isBlocked()).isTrue();
        assertThat(v.findings().get(0).attributes()).containsEntry("breaker", "provider:anthropic")
                .containsEntry("retry_after_seconds", "18000");
        assertThat(p.checkInput(ChatRequest.builder().model("gpt-4o").user("hi").build(), ctx).isAllowed()).isTrue();

        // four failed results of one tool open its breaker
        for (int i = 0; i < 4; i++) {
            ToolCall c = new ToolCall("t" + i, "flaky_api", Map.of("i", i), null);
            Message result = new Message(io.tappass.core.Role.TOOL, List.of(io.tappass.core.ContentPart.text("500")),
                    List.of(), "t" + i, "flaky_api", Map.of(CircuitBreakerStep.ERROR_EXTRA, true));
            p.checkInput(ChatRequest.builder().model("gpt-4o").user("go")
                    .addMessage(Message.assistant("", List.of(c))).addMessage(result).build(), ctx);
        }
        assertThat(p.circuitBreakers().tool("flaky_api").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(p.govern(ToolCall.of("flaky_api", Map.of()), ctx).isBlocked()).isTrue();
        assertThat(p.govern(ToolCall.of("other", Map.of()), ctx).isAllowed()).isTrue();
    }
}
