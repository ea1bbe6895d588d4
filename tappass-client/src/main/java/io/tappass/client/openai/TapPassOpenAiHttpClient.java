package io.tappass.client.openai;

import com.openai.core.RequestOptions;
import com.openai.core.http.Headers;
import com.openai.core.http.HttpClient;
import com.openai.core.http.HttpRequest;
import com.openai.core.http.HttpRequestBody;
import com.openai.core.http.HttpResponse;
import io.tappass.client.GovernedHttpClient;
import io.tappass.client.TapPass;
import io.tappass.client.internal.SdkTransport;
import io.tappass.pipeline.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * openai-java's transport ({@code com.openai.core.http.HttpClient}) over a {@link GovernedHttpClient}:
 * <pre>{@code
 * OpenAIClient client = new OpenAIClientImpl(ClientOptions.builder()
 *     .httpClient(TapPassOpenAiHttpClient.of(pipeline))
 *     .apiKey(System.getenv("OPENAI_API_KEY")).build());
 * }</pre>
 * The SDK's retry layer sits above this client, so each attempt is governed. Blocks surface as the SDK's
 * {@code PermissionDeniedException} (HTTP 403 with TapPass's {@code policy_block} body); streamed blocks as an
 * SSE error event, which the SDK raises while iterating.
 */
public final class TapPassOpenAiHttpClient implements HttpClient {

    private final GovernedHttpClient client;

    /** Wraps an already governed JDK client. */
    public TapPassOpenAiHttpClient(GovernedHttpClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** A client governed by {@code pipeline} over a new JDK client. */
    public static TapPassOpenAiHttpClient of(Pipeline pipeline) {
        return new TapPassOpenAiHttpClient(TapPass.govern(java.net.http.HttpClient.newHttpClient(), pipeline));
    }

    @Override
    public HttpResponse execute(HttpRequest request, RequestOptions options) {
        return SdkTransport.join(executeAsync(request, options));
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, RequestOptions options) {
        java.net.http.HttpRequest jdk = toJdk(request, options);
        return client.sendAsync(jdk, java.net.http.HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(TapPassOpenAiHttpClient::fromJdk);
    }

    @Override
    public void close() {
        // the JDK client has no close() on Java 17; nothing to release
    }

    static String url(String baseUrl, List<String> segments, com.openai.core.http.QueryParams query) {
        StringBuilder sb = new StringBuilder(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        for (String s : segments) {
            sb.append('/').append(URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        String sep = "?";
        for (String k : query.keys()) {
            for (String v : query.values(k)) {
                sb.append(sep).append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                sep = "&";
            }
        }
        return sb.toString();
    }

    private static java.net.http.HttpRequest toJdk(HttpRequest request, RequestOptions options) {
        Headers h = request.headers();
        HttpRequestBody body = request.body();
        byte[] bytes = null;
        if (body != null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            body.writeTo(out);
            bytes = out.toByteArray();
        }
        Duration timeout = options != null && options.getTimeout() != null ? options.getTimeout().request() : null;
        return SdkTransport.request(request.method().name(), URI.create(url(request.baseUrl(), request.pathSegments(), request.queryParams())), h.names(), h::values, bytes,
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
