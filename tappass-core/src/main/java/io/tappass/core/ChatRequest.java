package io.tappass.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A provider-neutral chat request.
 *
 * @param model       the requested model (may be null when the transport names it, e.g. an Azure deployment path)
 * @param messages    the conversation, system messages included
 * @param tools       the tools offered to the model
 * @param temperature sampling temperature, or null
 * @param topP        nucleus sampling, or null
 * @param maxTokens   the output token limit, or null
 * @param stream      whether the caller asked for a streamed (SSE) answer
 * @param extras      every other top-level wire field ({@code response_format}, {@code tool_choice}, vendor fields),
 *                    preserved on re-serialisation
 */
public record ChatRequest(String model, List<Message> messages, List<ToolDefinition> tools, Double temperature,
                          Double topP, Integer maxTokens, boolean stream, Map<String, Object> extras) {

    public ChatRequest {
        messages = Maps.copy(messages);
        tools = Maps.copy(tools);
        extras = Maps.copy(extras);
    }

    /** A request with a single user message. */
    public static ChatRequest ofUser(String text) {
        return builder().addMessage(Message.user(text)).build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised from this request. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.model = model;
        b.messages.addAll(messages);
        b.tools.addAll(tools);
        b.temperature = temperature;
        b.topP = topP;
        b.maxTokens = maxTokens;
        b.stream = stream;
        b.extras.putAll(extras);
        return b;
    }

    /** A copy with other messages. */
    public ChatRequest withMessages(List<Message> newMessages) {
        return new ChatRequest(model, newMessages, tools, temperature, topP, maxTokens, stream, extras);
    }

    /** A copy with other tools. */
    public ChatRequest withTools(List<ToolDefinition> newTools) {
        return new ChatRequest(model, messages, newTools, temperature, topP, maxTokens, stream, extras);
    }

    /** The text of the last user message, or an empty string. */
    public String lastUserText() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).role() == Role.USER) {
                return messages.get(i).text();
            }
        }
        return "";
    }

    /** Builds {@link ChatRequest}s. Not thread-safe. */
    public static final class Builder {
        private String model;
        private final List<Message> messages = new ArrayList<>();
        private final List<ToolDefinition> tools = new ArrayList<>();
        private Double temperature;
        private Double topP;
        private Integer maxTokens;
        private boolean stream;
        private final Map<String, Object> extras = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder addMessage(Message message) {
            messages.add(Objects.requireNonNull(message, "message"));
            return this;
        }

        public Builder messages(List<Message> messages) {
            this.messages.clear();
            this.messages.addAll(messages);
            return this;
        }

        public Builder system(String text) {
            return addMessage(Message.system(text));
        }

        public Builder user(String text) {
            return addMessage(Message.user(text));
        }

        public Builder addTool(ToolDefinition tool) {
            tools.add(Objects.requireNonNull(tool, "tool"));
            return this;
        }

        public Builder tools(List<ToolDefinition> tools) {
            this.tools.clear();
            this.tools.addAll(tools);
            return this;
        }

        public Builder temperature(Double temperature) {
            this.temperature = temperature;
            return this;
        }

        public Builder topP(Double topP) {
            this.topP = topP;
            return this;
        }

        public Builder maxTokens(Integer maxTokens) {
            if (maxTokens != null && maxTokens <= 0) {
                throw new IllegalArgumentException("maxTokens must be > 0, got " + maxTokens);
            }
            this.maxTokens = maxTokens;
            return this;
        }

        public Builder stream(boolean stream) {
            this.stream = stream;
            return this;
        }

        public Builder extra(String key, Object value) {
            extras.put(Objects.requireNonNull(key, "key"), value);
            return this;
        }

        public Builder extras(Map<String, ?> extras) {
            this.extras.clear();
            this.extras.putAll(extras);
            return this;
        }

        public ChatRequest build() {
            return new ChatRequest(model, messages, tools, temperature, topP, maxTokens, stream, extras);
        }
    }
}
