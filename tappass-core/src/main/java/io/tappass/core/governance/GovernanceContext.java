package io.tappass.core.governance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Who is calling and how the call is to be governed.
 *
 * @param agentId   the agent's id (keys rate limits, budgets and tool permissions); {@code "default"} when unknown
 * @param sessionId the conversation/session id (keys session state: tokens, taint, loops); null for none
 * @param userId    the end user, or null
 * @param traceId   a correlation id for the audit trail; generated when not given
 * @param mode      the mode for this call; null means the pipeline's own mode
 * @param flags     per-request flags ({@link GovernanceFlags} grammar), already validated
 */
public record GovernanceContext(String agentId, String sessionId, String userId, String traceId, Mode mode,
                                Map<String, String> flags) {

    /** The agent id used when none is given. */
    public static final String DEFAULT_AGENT = "default";

    public GovernanceContext {
        agentId = agentId == null || agentId.isBlank() ? DEFAULT_AGENT : agentId;
        traceId = traceId == null ? UUID.randomUUID().toString() : traceId;
        flags = flags == null ? Map.of() : Map.copyOf(flags);
        if (mode == null && flags.containsKey("mode")) {
            mode = Mode.parse(flags.get("mode"));
        }
    }

    /** A context for the default agent with no session. */
    public static GovernanceContext empty() {
        return builder().build();
    }

    /** A context for {@code agentId} in session {@code sessionId}. */
    public static GovernanceContext of(String agentId, String sessionId) {
        return builder().agentId(agentId).sessionId(sessionId).build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised from this context. */
    public Builder toBuilder() {
        Builder b = new Builder().agentId(agentId).sessionId(sessionId).userId(userId).traceId(traceId).mode(mode);
        b.flags.putAll(flags);
        return b;
    }

    /** A copy in another mode. */
    public GovernanceContext withMode(Mode newMode) {
        return new GovernanceContext(agentId, sessionId, userId, traceId, newMode, flags);
    }

    /** The value of one flag, or null. */
    public String flag(String key) {
        return flags.get(key);
    }

    /** Builds {@link GovernanceContext}s. */
    public static final class Builder {
        private String agentId;
        private String sessionId;
        private String userId;
        private String traceId;
        private Mode mode;
        private final Map<String, String> flags = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder agentId(String agentId) {
            this.agentId = agentId;
            return this;
        }

        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        public Builder traceId(String traceId) {
            this.traceId = traceId;
            return this;
        }

        public Builder mode(Mode mode) {
            this.mode = mode;
            return this;
        }

        /** Adds flags from an {@code X-TapPass-Flags} header value; a {@code mode} flag sets the mode. */
        public Builder flags(String header) {
            Map<String, String> parsed = GovernanceFlags.parse(header);
            flags.putAll(parsed);
            if (parsed.containsKey("mode")) {
                mode = Mode.parse(parsed.get("mode"));
            }
            return this;
        }

        public Builder flag(String key, String value) {
            flags.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
            return this;
        }

        public GovernanceContext build() {
            return new GovernanceContext(agentId, sessionId, userId, traceId, mode, flags);
        }
    }
}
