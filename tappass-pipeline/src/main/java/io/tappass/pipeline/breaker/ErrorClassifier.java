package io.tappass.pipeline.breaker;

import java.util.Locale;

/**
 * Classifies provider errors from the HTTP status and the response body, after the rules OpenFang documents
 * ({@code llm_errors.rs}; facts only, own code): fast paths 429 → rate limit, 402 → billing, 401 → auth,
 * 404 → model not found; a 403 is decided by its body (rate limit, billing, context overflow, model not found, in
 * that order), and is auth only when the body mentions none of those nor quota, region or model permission; then
 * status ranges and body patterns in priority order (rate limit, billing, overload, timeout, context overflow,
 * auth, model not found, format). Stateless and thread-safe.
 */
public final class ErrorClassifier {

    private static final String[] RATE = {"rate limit", "rate_limit", "ratelimit", "too many requests",
        "requests per minute", "tokens per minute", "slow down", "throttl"};
    private static final String[] BILLING = {"insufficient_quota", "insufficient quota", "billing", "credit balance",
        "credits", "payment required", "exceeded your current quota", "quota exceeded", "plan limit",
        "account is not active", "spend limit", "usage limit"};
    private static final String[] OVERLOAD = {"overloaded", "over capacity", "capacity", "temporarily unavailable",
        "service unavailable", "server is busy", "try again later"};
    private static final String[] TIMEOUT = {"timed out", "timeout", "deadline exceeded", "time-out"};
    private static final String[] CONTEXT = {"context length", "context_length", "maximum context",
        "context window", "too many tokens", "prompt is too long", "max_tokens", "reduce the length",
        "input is too long"};
    private static final String[] AUTH = {"invalid api key", "invalid_api_key", "incorrect api key", "unauthorized",
        "authentication", "permission denied", "invalid x-api-key", "forbidden", "not authorized"};
    private static final String[] NOT_FOUND = {"model not found", "model_not_found", "does not exist",
        "unknown model", "no such model", "not_found_error"};
    private static final String[] FORMAT = {"invalid_request", "invalid request", "malformed", "bad request",
        "validation error", "unprocessable", "invalid json", "missing required"};
    private static final String[] NON_AUTH_403 = {"quota", "region", "country", "territory", "model permission",
        "not available in your", "unsupported_country"};

    private ErrorClassifier() {
    }

    /**
     * Classifies an error.
     *
     * @param status the HTTP status, or 0 when there was no response (e.g. a connect timeout)
     * @param body   the response body or exception message, or null
     */
    public static ErrorCategory classify(int status, String body) {
        String b = body == null ? "" : body.toLowerCase(Locale.ROOT);
        switch (status) {
            case 429: return ErrorCategory.RATE_LIMIT;
            case 402: return ErrorCategory.BILLING;
            case 401: return ErrorCategory.AUTH;
            case 404: return ErrorCategory.MODEL_NOT_FOUND;
            case 403: {
                if (has(b, RATE)) {
                    return ErrorCategory.RATE_LIMIT;
                }
                if (has(b, BILLING)) {
                    return ErrorCategory.BILLING;
                }
                if (has(b, CONTEXT)) {
                    return ErrorCategory.CONTEXT_OVERFLOW;
                }
                if (has(b, NOT_FOUND)) {
                    return ErrorCategory.MODEL_NOT_FOUND;
                }
                if (!has(b, NON_AUTH_403)) {
                    return ErrorCategory.AUTH;
                }
                break;
            }
            case 408: case 504: return ErrorCategory.TIMEOUT;
            case 529: return ErrorCategory.OVERLOADED;
            default: break;
        }
        if (has(b, RATE)) {
            return ErrorCategory.RATE_LIMIT;
        }
        if (has(b, BILLING)) {
            return ErrorCategory.BILLING;
        }
        if (has(b, OVERLOAD) || status == 503) {
            return ErrorCategory.OVERLOADED;
        }
        if (has(b, TIMEOUT)) {
            return ErrorCategory.TIMEOUT;
        }
        if (has(b, CONTEXT)) {
            return ErrorCategory.CONTEXT_OVERFLOW;
        }
        if (has(b, AUTH)) {
            return ErrorCategory.AUTH;
        }
        if (has(b, NOT_FOUND)) {
            return ErrorCategory.MODEL_NOT_FOUND;
        }
        if (status >= 500) {
            return ErrorCategory.SERVER;
        }
        if (status == 400 || status == 422 || has(b, FORMAT)) {
            return ErrorCategory.FORMAT;
        }
        return ErrorCategory.UNKNOWN;
    }

    /** Classifies an exception without an HTTP response (timeouts, connection failures). */
    public static ErrorCategory classify(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.net.http.HttpTimeoutException) {
                return ErrorCategory.TIMEOUT;
            }
        }
        ErrorCategory c = classify(0, error == null ? null : error.getMessage());
        return c == ErrorCategory.FORMAT ? ErrorCategory.UNKNOWN : c;
    }

    private static boolean has(String body, String[] needles) {
        if (body.isEmpty()) {
            return false;
        }
        for (String n : needles) {
            if (body.contains(n)) {
                return true;
            }
        }
        return false;
    }
}
