package io.tappass.client.gateway;

import io.tappass.pipeline.Pipeline;
import java.util.Objects;

/**
 * An agent credential known to the gateway.
 *
 * @param key      the agent's key, {@code tp_...} (sent as {@code Authorization: Bearer} or {@code x-api-key})
 * @param agentId  the agent id governance runs under
 * @param pipeline the agent's pipeline, or null for the gateway's default pipeline
 * @param trusted  whether the agent may choose the mode with {@code X-TapPass-Flags: mode=...}; untrusted agents
 *                 (the default) always run in the pipeline's mode
 */
public record AgentKey(String key, String agentId, Pipeline pipeline, boolean trusted) {

    /** The required key prefix. */
    public static final String PREFIX = "tp_";

    public AgentKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(agentId, "agentId");
        if (!key.startsWith(PREFIX) || key.length() < PREFIX.length() + 8) {
            throw new IllegalArgumentException("agent key must start with 'tp_' and have at least 8 more characters");
        }
        if (agentId.isBlank()) {
            throw new IllegalArgumentException("agent id is blank");
        }
    }

    /** An untrusted agent using the default pipeline. */
    public static AgentKey of(String key, String agentId) {
        return new AgentKey(key, agentId, null, false);
    }

    @Override
    public String toString() {
        return "AgentKey[" + agentId + ", key=tp_****" + key.substring(key.length() - 4) + "]";
    }
}
