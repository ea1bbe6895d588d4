package io.tappass.core;

/**
 * Token usage reported by the provider.
 *
 * @param inputTokens  prompt tokens (OpenAI {@code prompt_tokens}/{@code input_tokens}, Anthropic {@code input_tokens})
 * @param outputTokens completion tokens
 * @param cachedTokens prompt tokens served from the provider's cache (OpenAI {@code cached_tokens},
 *                     Anthropic {@code cache_read_input_tokens})
 */
public record Usage(long inputTokens, long outputTokens, long cachedTokens) {

    /** No usage reported. */
    public static final Usage NONE = new Usage(0, 0, 0);

    public Usage {
        if (inputTokens < 0 || outputTokens < 0 || cachedTokens < 0) {
            throw new IllegalArgumentException("token counts must be >= 0, got input=" + inputTokens
                    + " output=" + outputTokens + " cached=" + cachedTokens);
        }
    }

    /** Input plus output tokens. */
    public long totalTokens() {
        return inputTokens + outputTokens;
    }

    /** The sum of two usages (e.g. across the chunks of a stream). */
    public Usage plus(Usage other) {
        return new Usage(inputTokens + other.inputTokens, outputTokens + other.outputTokens,
                cachedTokens + other.cachedTokens);
    }
}
