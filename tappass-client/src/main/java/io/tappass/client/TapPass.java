package io.tappass.client;

import io.tappass.pipeline.Pipeline;
import java.net.http.HttpClient;

/** Entry points: one line wraps the {@link HttpClient} an application already has. */
public final class TapPass {

    private TapPass() {
    }

    /**
     * Wraps {@code client} so every OpenAI / Anthropic / Azure OpenAI call is governed by {@code pipeline}
     * (fail closed, HTTP 403 on blocks).
     */
    public static GovernedHttpClient govern(HttpClient client, Pipeline pipeline) {
        return GovernedHttpClient.builder(client).pipeline(pipeline).build();
    }

    /** A builder for more options (fail mode, exceptions on blocks, listener, hold-back). */
    public static GovernedHttpClient.Builder governed(HttpClient client) {
        return GovernedHttpClient.builder(client);
    }
}
