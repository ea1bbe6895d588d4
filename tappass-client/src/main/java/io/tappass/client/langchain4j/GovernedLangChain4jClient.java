package io.tappass.client.langchain4j;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import io.tappass.client.GovernedHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** LangChain4j's {@link HttpClient} over a {@link GovernedHttpClient} (the JDK transport, governed). */
final class GovernedLangChain4jClient implements HttpClient {

    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final GovernedHttpClient client;
    private final Duration readTimeout;

    GovernedLangChain4jClient(GovernedHttpClient client, Duration readTimeout) {
        this.client = client;
        this.readTimeout = readTimeout;
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        if (!request.formDataFields().isEmpty() || !request.formDataFiles().isEmpty()) {
            throw new UnsupportedOperationException("multipart form requests are not supported by the TapPass "
                    + "LangChain4j client; use the default client for non-chat endpoints");
        }
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
        for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
            if (!RESTRICTED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                h.getValue().forEach(v -> b.header(h.getKey(), v));
            }
        }
        if (readTimeout != null) {
            b.timeout(readTimeout);
        }
        java.net.http.HttpRequest.BodyPublisher body = request.body() == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8);
        return b.method(request.method().name(), body).build();
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        try {
            HttpResponse<byte[]> r = client.send(toJdk(request), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() / 100 != 2) {
                throw new HttpException(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
            }
            return SuccessfulHttpResponse.builder().statusCode(r.statusCode()).headers(r.headers().map())
                    .body(r.body()).build();
        } catch (HttpTimeoutException e) {
            throw new TimeoutException(e);
        } catch (IOException e) {
            throw new RuntimeException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeException(e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        java.net.http.HttpRequest jdk;
        try {
            jdk = toJdk(request);
        } catch (RuntimeException e) {
            listener.onError(e);
            return;
        }
        client.sendAsync(jdk, HttpResponse.BodyHandlers.ofInputStream()).thenAccept(r -> {
            try (InputStream in = r.body()) {
                if (r.statusCode() / 100 != 2) {
                    String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    safe(() -> listener.onError(new HttpException(r.statusCode(), body)));
                    return;
                }
                SuccessfulHttpResponse open = SuccessfulHttpResponse.builder().statusCode(r.statusCode())
                        .headers(r.headers().map()).build();
                ErrorAwareListener l = new ErrorAwareListener(listener);
                safe(() -> l.onOpen(open));
                parser.parse(in, l);
                if (!l.failed) {
                    safe(listener::onClose);
                }
            } catch (IOException | RuntimeException e) {
                safe(() -> listener.onError(e));
            }
        }).exceptionally(t -> {
            Throwable c = t.getCause() != null ? t.getCause() : t;
            safe(() -> listener.onError(c instanceof HttpTimeoutException ? new TimeoutException(c) : c));
            return null;
        });
    }

    /**
     * Turns TapPass's in-stream error events (a block or an upstream failure, which LangChain4j's OpenAI parser
     * would otherwise treat as an empty chunk) into {@code onError(HttpException)} and drops later events.
     */
    private static final class ErrorAwareListener implements ServerSentEventListener {
        private final ServerSentEventListener delegate;
        boolean failed;

        ErrorAwareListener(ServerSentEventListener delegate) {
            this.delegate = delegate;
        }

        @Override
        public void onOpen(SuccessfulHttpResponse response) {
            delegate.onOpen(response);
        }

        @Override
        public void onEvent(dev.langchain4j.http.client.sse.ServerSentEvent event,
                            dev.langchain4j.http.client.sse.ServerSentEventContext context) {
            if (failed) {
                return;
            }
            String d = event.data();
            if (d != null && d.startsWith("{\"error\"") && (d.contains("\"type\":\"policy_block\"")
                    || d.contains("\"type\":\"upstream_error\"") || d.contains("\"type\":\"stream_error\""))) {
                failed = true;
                safe(() -> delegate.onError(new HttpException(d.contains("policy_block") ? 403 : 502, d)));
                return;
            }
            delegate.onEvent(event, context);
        }

        @Override
        public void onEvent(dev.langchain4j.http.client.sse.ServerSentEvent event) {
            onEvent(event, null);
        }

        @Override
        public void onError(Throwable throwable) {
            if (!failed) {
                delegate.onError(throwable);
            }
        }

        @Override
        public void onClose() {
            if (!failed) {
                delegate.onClose();
            }
        }
    }

    private static void safe(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException ignored) {
            // listener exceptions must not break the transport (LangChain4j's own clients ignore them too)
        }
    }
}
