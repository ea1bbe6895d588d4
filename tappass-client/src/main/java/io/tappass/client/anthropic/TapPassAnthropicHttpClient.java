package io.tappass.client.anthropic;

import com.anthropic.core.RequestOptions;
import com.anthropic.core.http.Headers;
import com.anthropic.core.http.HttpClient;
import com.anthropic.core.http.HttpRequest;
import com.anthropic.core.http.HttpRequestBody;
import com.anthropic.core.http.HttpResponse;
import io.tappass.client.GovernedHttpClient;
import io.tappass.client.TapPass;
import io.tappass.client.internal.SdkTransport;
import io.tappass.pipeline.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
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
        return SdkTransport.join(executeAsync(request, options));
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
        Headers h = request.headers();
        HttpRequestBody body = request.body().orElse(null);
        byte[] bytes = null;
        if (body != null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            body.writeTo(out);
            bytes = out.toByteArray();
        }
        Duration timeout = options != null && options.timeout().isPresent() ? options.timeout().get().request() : null;
        return SdkTransport.request(request.method().name(), URI.create(request.url()), h.names(), h::values, bytes,
                body != null ? body.contentType() : null, timeout);
    }

    private static HttpResponse fromJdk(java.net.http.HttpResponse<InputStream> r) {
        Headers.Builder hb = Headers.builder();
        SdkTransport.responseHeaders(r).forEach(hb::put);
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
                SdkTransport.close(r.body());
            }
        };
    }
}
