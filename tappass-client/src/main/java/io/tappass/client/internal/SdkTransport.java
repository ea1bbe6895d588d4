package io.tappass.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * The SDK-independent half of the openai-java and anthropic-java transports: both SDKs hand over a request as
 * method, url, headers, body bytes and a timeout, and expect status, headers and a body stream back. The SDK-typed
 * half (their own {@code Headers}, {@code HttpRequestBody}, {@code RequestOptions}) stays in each adapter.
 */
public final class SdkTransport {

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private SdkTransport() {
    }

    /**
     * A JDK request from an SDK request.
     *
     * @param headerNames  the SDK request's header names
     * @param headerValues the values of one header name
     * @param body         the body bytes, or null for none
     * @param contentType  the body's content type, used when the headers carry none; may be null
     * @param timeout      the request timeout, or null / zero / negative for none
     */
    public static HttpRequest request(String method, URI uri, Collection<String> headerNames,
                                      Function<String, List<String>> headerValues, byte[] body, String contentType,
                                      Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri);
        boolean hasContentType = false;
        for (String name : headerNames) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!RESTRICTED.contains(lower)) {
                List<String> values = headerValues.apply(name);
                values.forEach(v -> b.header(name, v));
                hasContentType |= lower.equals("content-type") && !values.isEmpty();
            }
        }
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
        if (body != null) {
            publisher = HttpRequest.BodyPublishers.ofByteArray(body);
            if (contentType != null && !hasContentType) {
                b.header("Content-Type", contentType);
            }
        }
        if (timeout != null && !timeout.isZero() && !timeout.isNegative()) {
            b.timeout(timeout);
        }
        return b.method(method, publisher).build();
    }

    /** The response headers without HTTP/2 pseudo-headers ({@code :status}), in the JDK's order. */
    public static Map<String, List<String>> responseHeaders(HttpResponse<?> response) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        response.headers().map().forEach((k, v) -> {
            if (!k.startsWith(":")) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Waits for {@code future}, rethrowing a runtime cause as itself (what the SDKs' synchronous calls expect). */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    /** Closes a response body stream. */
    public static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
