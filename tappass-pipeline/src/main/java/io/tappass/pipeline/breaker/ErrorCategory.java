package io.tappass.pipeline.breaker;

/** What a failed provider or tool call means (after OpenFang's {@code llm_errors} categories). */
public enum ErrorCategory {
    /** 429 or "rate limit" / "too many requests". Retryable. */
    RATE_LIMIT(true, true),
    /** 503/529 or "overloaded" / "capacity". Retryable. */
    OVERLOADED(true, true),
    /** 408/504 or "timed out" / "deadline exceeded". Retryable. */
    TIMEOUT(true, true),
    /** 402 or "insufficient_quota" / "credit balance" / "billing". Opens the breaker for the long billing cooldown. */
    BILLING(false, true),
    /** 401, or a 403 about keys or permissions. */
    AUTH(false, true),
    /** The prompt does not fit the model's context. The caller's fault: not a breaker failure. */
    CONTEXT_OVERFLOW(false, false),
    /** A malformed request (400/422). The caller's fault: not a breaker failure. */
    FORMAT(false, false),
    /** 404 or "model not found" / "does not exist". */
    MODEL_NOT_FOUND(false, true),
    /** Another 5xx. */
    SERVER(true, true),
    /** Anything else. */
    UNKNOWN(false, true);

    private final boolean retryable;
    private final boolean failure;

    ErrorCategory(boolean retryable, boolean failure) {
        this.retryable = retryable;
        this.failure = failure;
    }

    /** Whether retrying the same call later may succeed. */
    public boolean isRetryable() {
        return retryable;
    }

    /** Whether it is a billing error (long cooldown). */
    public boolean isBilling() {
        return this == BILLING;
    }

    /** Whether it counts as a failure of the provider or tool (and so toward opening a breaker). */
    public boolean isFailure() {
        return failure;
    }
}
