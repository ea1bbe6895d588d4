package io.tappass.client.bench;

import io.tappass.client.GovernedHttpClient;
import io.tappass.client.TapPass;
import io.tappass.client.testing.FakeUpstream;
import io.tappass.client.testing.TestSteps;
import io.tappass.pipeline.Pipeline;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The governed client's own CPU cost per call without any network: the delegate is an in-memory HttpClient that
 * answers every request with a canned ~1 KiB chat completion on the calling thread. {@code raw} calls that
 * delegate directly; the difference is what the wrapper adds (decode, check, re-encode, re-delivery, records).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OverheadBench {

    HttpClient canned;
    GovernedHttpClient empty;
    GovernedHttpClient test;
    GovernedHttpClient standard;
    HttpRequest plain;

    @Setup
    public void setUp() {
        byte[] answer = FakeUpstream.openAiCompletion(
                "The quarterly plan covers hiring, infrastructure and the customer programme. ".repeat(11))
                .getBytes(StandardCharsets.UTF_8);
        canned = new Canned(answer);
        empty = TapPass.govern(new Canned(answer), Pipeline.builder().build());
        test = TapPass.govern(new Canned(answer), TestSteps.standard());
        standard = TapPass.govern(new Canned(answer), ClientBench.standardPreset());
        plain = ClientBench.request(URI.create("http://127.0.0.1:9/v1/chat/completions"), false);
    }

    @Benchmark
    public String raw() throws Exception {
        return canned.send(plain, HttpResponse.BodyHandlers.ofString()).body();
    }

    @Benchmark
    public String governedEmpty() throws Exception {
        return empty.send(plain, HttpResponse.BodyHandlers.ofString()).body();
    }

    @Benchmark
    public String governedTest() throws Exception {
        return test.send(plain, HttpResponse.BodyHandlers.ofString()).body();
    }

    @Benchmark
    public String governedStandard() throws Exception {
        return standard.send(plain, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Answers every request on the calling thread with a fixed JSON body. */
    static final class Canned extends HttpClient {
        private final byte[] body;
        private final HttpHeaders headers = HttpHeaders.of(Map.of("content-type", List.of("application/json")),
                (a, b) -> true);

        Canned(byte[] body) {
            this.body = body;
        }

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                throws IOException {
            request.bodyPublisher().ifPresent(p -> p.subscribe(new Flow.Subscriber<>() {
                @Override
                public void onSubscribe(Flow.Subscription s) {
                    s.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(ByteBuffer item) {
                }

                @Override
                public void onError(Throwable t) {
                }

                @Override
                public void onComplete() {
                }
            }));
            HttpResponse.ResponseInfo info = new HttpResponse.ResponseInfo() {
                @Override
                public int statusCode() {
                    return 200;
                }

                @Override
                public HttpHeaders headers() {
                    return headers;
                }

                @Override
                public Version version() {
                    return Version.HTTP_1_1;
                }
            };
            HttpResponse.BodySubscriber<T> sub = handler.apply(info);
            sub.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                }

                @Override
                public void cancel() {
                }
            });
            sub.onNext(List.of(ByteBuffer.wrap(body)));
            sub.onComplete();
            T t = sub.getBody().toCompletableFuture().join();
            return new HttpResponse<>() {
                @Override
                public int statusCode() {
                    return 200;
                }

                @Override
                public HttpRequest request() {
                    return request;
                }

                @Override
                public Optional<HttpResponse<T>> previousResponse() {
                    return Optional.empty();
                }

                @Override
                public HttpHeaders headers() {
                    return headers;
                }

                @Override
                public T body() {
                    return t;
                }

                @Override
                public Optional<SSLSession> sslSession() {
                    return Optional.empty();
                }

                @Override
                public URI uri() {
                    return request.uri();
                }

                @Override
                public Version version() {
                    return Version.HTTP_1_1;
                }
            };
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                                                                HttpResponse.BodyHandler<T> handler) {
            try {
                return CompletableFuture.completedFuture(send(request, handler));
            } catch (IOException e) {
                return CompletableFuture.failedFuture(e);
            }
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> push) {
            return sendAsync(request, handler);
        }

        @Override
        public Optional<CookieHandler> cookieHandler() {
            return Optional.empty();
        }

        @Override
        public Optional<Duration> connectTimeout() {
            return Optional.empty();
        }

        @Override
        public Redirect followRedirects() {
            return Redirect.NEVER;
        }

        @Override
        public Optional<ProxySelector> proxy() {
            return Optional.empty();
        }

        @Override
        public SSLContext sslContext() {
            return null;
        }

        @Override
        public SSLParameters sslParameters() {
            return null;
        }

        @Override
        public Optional<Authenticator> authenticator() {
            return Optional.empty();
        }

        @Override
        public Version version() {
            return Version.HTTP_1_1;
        }

        @Override
        public Optional<Executor> executor() {
            return Optional.empty();
        }
    }
}
