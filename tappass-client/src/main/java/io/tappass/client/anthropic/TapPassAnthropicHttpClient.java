package io.tappass.client.anthropic;

import com.anthropic.core.RequestOptions;
import com.anthropic.core.http.Headers;
import com.anthropic.core.http.HttpClient;
import com.anthropic.core.http.HttpRequest;
import com.anthropic.core.http.HttpRequestBody;
import com.anthropic.core.http.HttpResponse;
import io.tappass.client.GovernedHttpClient;
import io.tappass.client.TapPass;
import io.tappass.pipeline.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * anthropic-java's transport ({@code com.anthropic.core.http.HttpClient}) over a {@link GovernedHttpClient}:
 * <pre>{@code
 * AnthropicClient client = new AnthropicClientImpl(ClientOptions.builder()
 *     .httpClient(TapPassAnthropicHttpClient.of(pipeline))
 *     .apiKey(System.getenv("ANTHROPIC_API_KEY")).build());
 * }</pre>
 * The SDK's retry layer sits above this client, so each attempt is governed. Blocks surface as the SDK's
 * {@code PermissionDeniedException} (HTTP 403 with TapPass's {@code policy_block} body); streamed blocks as an
 * SSE {@code error} event, which the SDK raises while iterating.
 */
public final class TapPassAnthropicHttpClient implements HttpClient {

    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final GovernedHttpClient client;

    /** Wraps an already governed JDK client. */
    public TapPassAnthropicHttpClient(GovernedHttpClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** A client governed by {@code pipeline} over a new JDK client. */
    public static TapPassAnthropicHttpClient of(Pipeline pipeline) {
        return new TapPassAnthropicHttpClient(TapPass.govern(java.net.http.HttpClient.newHttpClient(), pipeline));
    }

    @Override
    public HttpResponse execute(HttpRequest request, RequestOptions options) {
        try {
            return executeAsync(request, options).join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, RequestOptions options) {
        java.net.http.HttpRequest jdk = toJdk(request, options);
        return client.sendAsync(jdk, java.net.http.HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(TapPassAnthropicHttpClient::fromJdk);
    }

    @Override
    public void close() {
        // the JDK client has no close() on Java 17; nothing to release
    }

    private static java.net.http.HttpRequest toJdk(HttpRequest request, RequestOptions options) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(
                URI.create(request.url()));
        Headers h = request.headers();
        for (String name : h.names()) {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                h.values(name).forEach(v -> b.header(name, v));
            }
        }
        HttpRequestBody body = request.body().orElse(null);
        java.net.http.HttpRequest.BodyPublisher publisher = java.net.http.HttpRequest.BodyPublishers.noBody();
        if (body != null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            body.writeTo(out);
            publisher = java.net.http.HttpRequest.BodyPublishers.ofByteArray(out.toByteArray());
            if (body.contentType() != null && h.values("Content-Type").isEmpty()) {
                b.header("Content-Type", body.contentType());
            }
        }
        if (options != null && options.timeout().isPresent()) {
            Duration t = options.timeout().get().request();
            if (t != null && !t.isZero() && !t.isNegative()) {
                b.timeout(t);
            }
        }
        return b.method(request.method().name(), publisher).build();
    }

    private static HttpResponse fromJdk(java.net.http.HttpResponse<InputStream> r) {
        Headers.Builder hb = Headers.builder();
        r.headers().map().forEach((k, v) -> {
            if (!k.startsWith(":")) {
                hb.put(k, v);
            }
        });
        Headers headers = hb.build();
        return new HttpResponse() {
            @Override
            public int statusCode() {
                return r.statusCode();
            }

            @Override
            public Headers headers() {
                return headers;
            }

            @Override
            public InputStream body() {
                return r.body();
            }

            @Override
            public void close() {
                try {
                    r.body().close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
