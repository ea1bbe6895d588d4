package io.tappass.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tappass.client.internal.CredentialMasking;
import io.tappass.client.internal.GovernedStream;
import io.tappass.client.internal.PushSubscription;
import io.tappass.client.internal.SimpleResponse;
import io.tappass.client.wire.Json;
import io.tappass.client.wire.SseEvent;
import io.tappass.client.wire.SseParser;
import io.tappass.client.wire.SseWriter;
import io.tappass.client.wire.WireCodec;
import io.tappass.client.wire.WireException;
import io.tappass.client.wire.WireFormat;
import io.tappass.client.wire.WireRequest;
import io.tappass.client.wire.WireResponse;
import io.tappass.core.ChatRequest;
import io.tappass.core.ChatResponse;
import io.tappass.core.ToolCall;
import io.tappass.core.Usage;
import io.tappass.core.governance.Classification;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.GovernanceFlags;
import io.tappass.core.governance.Outcome;
import io.tappass.core.governance.PolicyBlockedException;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link HttpClient} that governs every OpenAI Chat Completions, OpenAI Responses, Anthropic Messages and Azure
 * OpenAI call it sends through a {@link Pipeline}, and passes any other traffic to its delegate untouched.
 *
 * <p>Requests are decoded, checked ({@link Pipeline#checkInput}) and re-encoded with every field governance did not
 * touch preserved. A blocked call never reaches the provider: the caller gets HTTP 403 with TapPass's body
 * {@code {"error":{"message","type":"policy_block","blocked_by","reason","classification"}}} (or a
 * {@link PolicyBlockedException} when {@link Builder#throwOnBlock(boolean)} is set). Non-streamed responses run
 * the output pipeline (redaction, tool-call governance); SSE responses are governed incrementally with a bounded
 * hold-back (see {@link io.tappass.client.internal.TextGovernor}) and a block ends the stream with an error event
 * in the provider's format. Any {@link HttpResponse.BodyHandler} works: the governed body is re-delivered to the
 * caller's handler. Governed responses carry {@code x-tappass-classification} and {@code x-tappass-pipeline-steps}
 * headers. Requests may carry {@code X-TapPass-Session} and {@code X-TapPass-Flags}; these headers are consumed
 * and never forwarded.
 *
 * <p>Thread-safe and immutable; create one per pipeline and share it. Build with {@link TapPass#govern} or
 * {@link #builder(HttpClient)}.
 */
public final class GovernedHttpClient extends HttpClient {

    private static final Logger LOG = LoggerFactory.getLogger(GovernedHttpClient.class);
    /** Header carrying the session id. */
    public static final String SESSION_HEADER = "X-TapPass-Session";
    /** Response header with the highest classification seen. */
    public static final String CLASSIFICATION_HEADER = "x-tappass-classification";
    /** Response header with the number of pipeline steps that ran. */
    public static final String STEPS_HEADER = "x-tappass-pipeline-steps";
    private static final Set<String> DROP_REQUEST_HEADERS = Set.of("accept-encoding", "content-length");

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService SHARED = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tappass-governed-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private final HttpClient delegate;
    private final Pipeline pipeline;
    private final FailMode failMode;
    private final boolean throwOnBlock;
    private final Function<HttpRequest, GovernanceContext> contextResolver;
    private final CallListener listener;
    private final ToolCallGovernor toolGovernor;
    private final int holdBack;
    private final Executor executor;

    private GovernedHttpClient(Builder b) {
        this.delegate = b.delegate;
        this.pipeline = Objects.requireNonNull(b.pipeline, "pipeline: call .pipeline(Pipeline) before build()");
        this.failMode = b.failMode;
        this.throwOnBlock = b.throwOnBlock;
        this.contextResolver = b.contextResolver != null ? b.contextResolver : defaultResolver(b.agentId);
        CallListener audit = b.auditCalls && pipeline.auditSink() != io.tappass.core.audit.AuditSinks.noop()
                ? AuditCallListener.of(pipeline.auditSink(), io.tappass.pipeline.budget.Pricing.defaults()) : null;
        CallListener user = b.listener;
        this.listener = audit == null ? user : user == CallListener.NONE ? audit : r -> {
            try {
                audit.onCall(r);
            } finally {
                user.onCall(r);
            }
        };
        this.toolGovernor = b.toolGovernor;
        this.holdBack = b.holdBack;
        this.executor = b.executor != null ? b.executor : SHARED;
    }

    /** A builder wrapping {@code delegate}. */
    public static Builder builder(HttpClient delegate) {
        return new Builder(delegate);
    }

    /** The wrapped client. */
    public HttpClient delegate() {
        return delegate;
    }

    /** The pipeline calls are governed with. */
    public Pipeline pipeline() {
        return pipeline;
    }

    private static Function<HttpRequest, GovernanceContext> defaultResolver(String agentId) {
        return req -> {
            GovernanceContext.Builder b = GovernanceContext.builder().agentId(agentId);
            req.headers().firstValue(SESSION_HEADER).ifPresent(b::sessionId);
            req.headers().firstValue(GovernanceFlags.HEADER).ifPresent(b::flags);
            return b.build();
        };
    }

    // ---- HttpClient delegation ----

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        WireFormat format = "POST".equalsIgnoreCase(request.method()) ? WireFormat.forPath(request.uri().getPath())
                : null;
        if (format == null) {
            return delegate.send(request, handler);
        }
        CompletableFuture<HttpResponse<T>> f;
        try {
            f = new Call(request, format, contextResolver.apply(request), pipeline).start(handler, true);
        } catch (IllegalArgumentException e) {
            f = synthetic(request, handler, 400, errorBody(e.getMessage(), "invalid_request_error", null, null, null),
                    null);
        }
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof InterruptedException ie) {
                throw ie;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IOException(c);
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                                                            HttpResponse.BodyHandler<T> handler) {
        return sendAsync(request, handler, null);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        WireFormat format = "POST".equalsIgnoreCase(request.method()) ? WireFormat.forPath(request.uri().getPath())
                : null;
        if (format == null) {
            return pushPromiseHandler == null ? delegate.sendAsync(request, handler)
                    : delegate.sendAsync(request, handler, pushPromiseHandler);
        }
        GovernanceContext ctx;
        try {
            ctx = contextResolver.apply(request);
        } catch (IllegalArgumentException e) {
            return synthetic(request, handler, 400,
                    errorBody(e.getMessage(), "invalid_request_error", null, null, null), null);
        }
        return sendGoverned(request, handler, format, ctx, pipeline);
    }

    /**
     * Sends a provider call governed with an explicit context and pipeline (the gateway uses this per agent).
     *
     * @param format the wire format of the request (see {@link WireFormat#forPath})
     */
    public <T> CompletableFuture<HttpResponse<T>> sendGoverned(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                               WireFormat format, GovernanceContext ctx,
                                                               Pipeline governing) {
        Call call = new Call(request, format, ctx, governing);
        try {
            return call.start(handler, false);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * The blocking form of {@link #sendGoverned}: governs and sends on the calling thread (fewer hand-offs).
     *
     * @throws IOException when the provider cannot be reached
     */
    public <T> HttpResponse<T> sendGovernedBlocking(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                     WireFormat format, GovernanceContext ctx, Pipeline governing)
            throws IOException, InterruptedException {
        try {
            return new Call(request, format, ctx, governing).start(handler, true).get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof InterruptedException ie) {
                throw ie;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(c);
        }
    }

    // ---- one call ----

    private final class Call {
        final HttpRequest request;
        final WireFormat format;
        final GovernanceContext ctx;
        final Pipeline p;
        final Instant start = Instant.now();
        final long t0 = System.nanoTime();
        String model;
        Verdict input;
        Verdict output;
        WireRequest wire;

        Call(HttpRequest request, WireFormat format, GovernanceContext ctx, Pipeline p) {
            this.request = request;
            this.format = format;
            this.ctx = ctx;
            this.p = p;
        }

        /** Governs and forwards; {@code sync} uses the delegate's blocking send (fewer thread hand-offs). */
        <T> CompletableFuture<HttpResponse<T>> start(HttpResponse.BodyHandler<T> handler, boolean sync) {
            byte[] body = readBody(request);
            WireCodec codec = format.codec();
            try {
                wire = codec.decodeRequest(body);
            } catch (WireException e) {
                record(null, Usage.NONE, false, 400, "bad_request", e.getMessage());
                return done(synthetic(request, handler, 400,
                        errorBody(e.getMessage(), "invalid_request_error", null, null, null), null));
            }
            ChatRequest req = wire.request();
            model = req.model() != null ? req.model() : WireFormat.azureDeployment(request.uri().getPath());
            if (req.model() == null && model != null) {
                req = req.toBuilder().model(model).build();
            }
            byte[] forward;
            try {
                input = p.checkInput(req, ctx);
                if (input.isBlocked() || input.outcome() == Outcome.NEEDS_APPROVAL) {
                    record(null, Usage.NONE, false, 403, "blocked_input", null);
                    return blocked(handler, input);
                }
                ChatRequest governed = input.request() == null ? wire.request() : input.request();
                if (wire.request().model() == null && governed.model() != null) {
                    governed = governed.toBuilder().model(null).build();
                }
                forward = codec.encodeRequest(wire, governed);
            } catch (RuntimeException e) {
                if (failMode == FailMode.OPEN_LOGGED) {
                    LOG.warn("DEGRADED: governance of a {} call failed ({}); forwarding ungoverned (fail-open)",
                            format.provider(), e.toString());
                    input = null;
                    forward = body;
                } else {
                    LOG.error("governance of a {} call failed; failing closed: {}", format.provider(), e.toString());
                    record(null, Usage.NONE, false, 503, "governance_error", e.getClass().getSimpleName());
                    return done(synthetic(request, handler, 503, errorBody("TapPass governance failed ("
                            + e.getClass().getSimpleName() + "); the call was not sent (fail closed)",
                            "governance_error", null, null, null), null));
                }
            }
            HttpRequest.Builder fb = HttpRequest.newBuilder(request, (n, v) -> !dropped(n))
                    .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(forward));
            HttpRequest fwd = fb.build();
            CompletableFuture<HttpResponse<Object>> sent;
            if (sync) {
                sent = sendBlocking(fwd);
            } else {
                sent = delegate.sendAsync(fwd, DUAL)
                        .exceptionallyCompose(t -> staleConnection(t) ? delegate.sendAsync(fwd, DUAL)
                                : CompletableFuture.failedFuture(t));
            }
            return sent.whenComplete((resp, t) -> {
                        if (t != null) {
                            // the provider call itself failed (connect, timeout): the provider breaker counts it
                            providerBreaker().onError(Duration.ofNanos(System.nanoTime() - t0), unwrap(t));
                        }
                    })
                    .thenCompose(resp -> respond(resp, handler))
                    .whenComplete((r, t) -> {
                        if (t != null && !(unwrap(t) instanceof PolicyBlockedException)) {
                            record(null, Usage.NONE, false, 0, "upstream_error", unwrap(t).getClass().getSimpleName());
                        }
                    });
        }

        CompletableFuture<HttpResponse<Object>> sendBlocking(HttpRequest fwd) {
            try {
                try {
                    return CompletableFuture.completedFuture(delegate.send(fwd, DUAL));
                } catch (IOException e) {
                    if (!staleConnection(e)) {
                        throw e;
                    }
                    return CompletableFuture.completedFuture(delegate.send(fwd, DUAL));
                }
            } catch (IOException e) {
                return CompletableFuture.failedFuture(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CompletableFuture.failedFuture(e);
            }
        }

        io.tappass.pipeline.breaker.CircuitBreaker providerBreaker() {
            return p.circuitBreakers().provider(format.provider());
        }

        <T> CompletableFuture<HttpResponse<T>> blocked(HttpResponse.BodyHandler<T> handler, Verdict v) {
            String reason = v.outcome() == Outcome.NEEDS_APPROVAL ? "needs_approval: " + v.reason() : v.reason();
            if (throwOnBlock) {
                return CompletableFuture.failedFuture(new PolicyBlockedException(v.blockedBy(), reason,
                        v.classification()));
            }
            return done(synthetic(request, handler, 403, errorBody("Request blocked by policy",
                    PolicyBlockedException.TYPE, v.blockedBy(), reason, v.classification().name()), v));
        }

        @SuppressWarnings("unchecked")
        <T> CompletableFuture<HttpResponse<T>> respond(HttpResponse<Object> resp,
                                                       HttpResponse.BodyHandler<T> handler) {
            boolean ok = resp.statusCode() / 100 == 2;
            if (resp.body() instanceof InputStream) {
                providerBreaker().onResult(resp.statusCode(), null, Duration.ofNanos(System.nanoTime() - t0));
                return stream((HttpResponse<InputStream>) (HttpResponse<?>) resp, handler);
            }
            byte[] bytes = (byte[]) resp.body();
            // Feed the provider's circuit breaker (Resilience4j semantics; the circuit_breaker step refuses calls
            // while it is open). Error bodies are classified (429, 402 billing, 401, 403 patterns, overload).
            providerBreaker().onResult(resp.statusCode(), ok ? null
                    : new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.UTF_8),
                    Duration.ofNanos(System.nanoTime() - t0));
            if (!ok) {
                record(null, Usage.NONE, false, resp.statusCode(), "upstream_error", "HTTP " + resp.statusCode());
                return deliver(resp, handler, resp.statusCode(), resp.headers(), bytes);
            }
            WireCodec codec = format.codec();
            byte[] outBytes;
            Usage usage = Usage.NONE;
            try {
                WireResponse wr = codec.decodeResponse(bytes);
                usage = wr.usage();
                List<ChatResponse> governed = new ArrayList<>();
                Verdict worst = null;
                for (ChatResponse choice : wr.choices()) {
                    Verdict v = checkResponse(choice);
                    worst = worst == null || v.isBlocked() || v.classification().atLeast(worst.classification())
                            ? (worst != null && worst.isBlocked() ? worst : v) : worst;
                    if (v.isBlocked() || v.outcome() == Outcome.NEEDS_APPROVAL) {
                        output = v;
                        record(null, usage, false, 403, "blocked_output", null);
                        if (throwOnBlock) {
                            return CompletableFuture.failedFuture(new PolicyBlockedException(v.blockedBy(),
                                    v.reason(), v.classification()));
                        }
                        return done(synthetic(request, handler, 403, errorBody("Response blocked by policy",
                                PolicyBlockedException.TYPE, v.blockedBy(), v.reason(),
                                v.classification().name()), v));
                    }
                    governed.add(v.response() == null ? choice : v.response());
                }
                output = worst;
                outBytes = codec.encodeResponse(wr, governed);
            } catch (RuntimeException e) {
                if (failMode == FailMode.OPEN_LOGGED) {
                    LOG.warn("DEGRADED: output governance of a {} call failed ({}); returning ungoverned (fail-open)",
                            format.provider(), e.toString());
                    record(null, usage, false, resp.statusCode(), "degraded", e.getClass().getSimpleName());
                    return deliver(resp, handler, resp.statusCode(), resp.headers(), bytes);
                }
                record(null, usage, false, 502, "governance_error", e.getClass().getSimpleName());
                return done(synthetic(request, handler, 502, errorBody("TapPass could not govern the provider "
                        + "response (" + e.getMessage() + "); withheld (fail closed)", "governance_error", null, null,
                        null), null));
            }
            boolean changed = outBytes != bytes;
            record(output, usage, false, resp.statusCode(), changed ? "modified" : "allowed", null);
            return deliver(resp, handler, resp.statusCode(), governedHeaders(resp.headers(), changed), outBytes);
        }

        Verdict checkResponse(ChatResponse choice) {
            Verdict v = p.checkOutput(choice, wire.request(), ctx);
            if (v.isBlocked() || toolGovernor == null) {
                return v;
            }
            for (ToolCall call : choice.toolCalls()) {
                Verdict tv = toolGovernor.govern(call, ctx);
                if (tv.isBlocked() || tv.outcome() == Outcome.NEEDS_APPROVAL) {
                    return tv;
                }
            }
            return v;
        }

        <T> CompletableFuture<HttpResponse<T>> stream(HttpResponse<InputStream> resp,
                                                      HttpResponse.BodyHandler<T> handler) {
            HttpHeaders headers = governedHeaders(resp.headers(), true);
            HttpResponse.BodySubscriber<T> sub = handler.apply(SimpleResponse.info(resp.statusCode(), headers,
                    resp.version()));
            PushSubscription push = new PushSubscription(sub, 32).start();
            GovernedStream gs = new GovernedStream(format, text -> p.checkOutput(text, ctx),
                    this::checkResponse, holdBack);
            executor.execute(() -> pump(resp, gs, push));
            return sub.getBody().toCompletableFuture().thenApply(b -> new SimpleResponse<>(resp.statusCode(),
                    request, headers, b, resp.sslSession(), resp.uri(), resp.version(), Optional.empty()));
        }

        void pump(HttpResponse<InputStream> resp, GovernedStream gs, PushSubscription push) {
            SseParser parser = new SseParser();
            byte[] buf = new byte[8192];
            Throwable failure = null;
            try (InputStream in = resp.body()) {
                try {
                    int n;
                    while (!gs.ended() && (n = in.read(buf)) >= 0) {
                        if (!write(push, gs, parser.feed(buf, 0, n))) {
                            break;
                        }
                    }
                    if (!gs.ended() && !push.isCancelled()) {
                        write(push, gs, parser.finish());
                        write(push, gs, null);
                    }
                } catch (IOException | WireException e) {
                    for (SseEvent ev : gs.upstreamFailed(e)) {
                        push.offer(ByteBuffer.wrap(SseWriter.bytes(ev)));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = e;
            } catch (IOException | RuntimeException e) {
                failure = e;
            }
            // record before completing the body, so a caller that saw the body end also sees the record
            output = gs.blockVerdict() != null ? gs.blockVerdict() : gs.finalVerdict();
            String outcome = gs.blockVerdict() != null ? "blocked_output"
                    : gs.upstreamError() != null || failure != null ? "upstream_error" : "allowed";
            record(output, gs.assembler().usage(), true, resp.statusCode(), outcome,
                    failure != null ? failure.getClass().getSimpleName() : gs.upstreamError());
            if (failure != null) {
                push.fail(failure);
            } else {
                push.complete();
            }
        }

        /** Governs events (null = end of stream) and queues their bytes; false when the caller cancelled. */
        boolean write(PushSubscription push, GovernedStream gs, List<SseEvent> events) throws InterruptedException {
            List<SseEvent> out = new ArrayList<>();
            if (events == null) {
                out.addAll(gs.finish());
            } else {
                for (SseEvent e : events) {
                    out.addAll(gs.accept(e));
                }
            }
            if (out.isEmpty()) {
                return !push.isCancelled();
            }
            StringBuilder sb = new StringBuilder();
            for (SseEvent e : out) {
                sb.append(SseWriter.format(e));
            }
            return push.offer(ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)));
        }

        HttpHeaders governedHeaders(HttpHeaders upstream, boolean bodyChanged) {
            Map<String, List<String>> m = new LinkedHashMap<>();
            upstream.map().forEach((k, v) -> {
                if (!(bodyChanged && k.equalsIgnoreCase("content-length"))) {
                    m.put(k, v);
                }
            });
            Classification c = input == null ? Classification.PUBLIC : input.classification();
            int steps = input == null ? 0 : input.stepsRun().size();
            if (output != null) {
                c = c.max(output.classification());
                steps += output.stepsRun().size();
            }
            m.put(CLASSIFICATION_HEADER, List.of(c.name()));
            m.put(STEPS_HEADER, List.of(String.valueOf(steps)));
            return HttpHeaders.of(m, (a, b) -> true);
        }

        <T> CompletableFuture<HttpResponse<T>> deliver(HttpResponse<?> resp, HttpResponse.BodyHandler<T> handler,
                                                       int status, HttpHeaders headers, byte[] bytes) {
            HttpResponse.BodySubscriber<T> sub = handler.apply(SimpleResponse.info(status, headers, resp.version()));
            feed(sub, bytes);
            return sub.getBody().toCompletableFuture().thenApply(b -> new SimpleResponse<>(status, request, headers,
                    b, resp.sslSession(), resp.uri(), resp.version(), Optional.empty()));
        }

        void record(Verdict out, Usage usage, boolean streamed, int status, String outcome, String error) {
            if (listener == CallListener.NONE && !LOG.isDebugEnabled()) {
                return;
            }
            CallRecord r = new CallRecord(start, format, model, ctx.agentId(), ctx.sessionId(), ctx.traceId(), input,
                    out, usage, Duration.ofNanos(System.nanoTime() - t0), streamed, status, outcome, error,
                    CredentialMasking.masked(request.headers()));
            if (LOG.isDebugEnabled()) {
                LOG.debug("tappass call provider={} model={} agent={} outcome={} status={} tokens={} latency={}ms "
                        + "headers={}", r.provider(), model, ctx.agentId(), outcome, status, usage.totalTokens(),
                        r.latency().toMillis(), r.headers());
            }
            try {
                listener.onCall(r);
            } catch (RuntimeException e) {
                LOG.warn("call listener failed: {}", e.toString());
            }
        }
    }

    /**
     * Receives SSE bodies as a stream (governed incrementally on the executor) and everything else as bytes
     * (governed on the delegate's completion thread, without another hand-off).
     */
    private static final HttpResponse.BodyHandler<Object> DUAL = info -> {
        String ct = info.headers().firstValue("content-type").orElse("").toLowerCase(Locale.ROOT);
        if (info.statusCode() / 100 == 2 && ct.startsWith("text/event-stream")) {
            return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofInputStream(), in -> (Object) in);
        }
        return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(), b -> (Object) b);
    };

    /**
     * A pooled keep-alive connection the server had already closed: no response byte was received, so the
     * request is sent once more on a fresh connection (what OkHttp's retryOnConnectionFailure does).
     */
    static boolean staleConnection(Throwable t) {
        Throwable c = unwrap(t);
        String m = c.getMessage();
        return c instanceof IOException && m != null
                && (m.contains("header parser received no bytes") || m.contains("Connection reset"));
    }

    private static boolean dropped(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return DROP_REQUEST_HEADERS.contains(n) || n.startsWith("x-tappass-");
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static <T> CompletableFuture<T> done(CompletableFuture<T> f) {
        return f;
    }

    /** TapPass's error body. */
    static byte[] errorBody(String message, String type, String blockedBy, String reason, String classification) {
        ObjectNode root = Json.object();
        ObjectNode e = root.putObject("error");
        e.put("message", message);
        e.put("type", type);
        if (blockedBy != null || PolicyBlockedException.TYPE.equals(type)) {
            e.put("blocked_by", blockedBy);
            e.put("reason", reason);
            e.put("classification", classification);
        }
        return Json.bytes(root);
    }

    private <T> CompletableFuture<HttpResponse<T>> synthetic(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                             int status, byte[] body, Verdict verdict) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("content-type", List.of("application/json"));
        m.put("content-length", List.of(String.valueOf(body.length)));
        if (verdict != null) {
            m.put(CLASSIFICATION_HEADER, List.of(verdict.classification().name()));
            m.put(STEPS_HEADER, List.of(String.valueOf(verdict.stepsRun().size())));
        }
        HttpHeaders headers = HttpHeaders.of(m, (a, b) -> true);
        Version v = request.version().orElse(Version.HTTP_1_1);
        HttpResponse.BodySubscriber<T> sub = handler.apply(SimpleResponse.info(status, headers, v));
        feed(sub, body);
        return sub.getBody().toCompletableFuture().thenApply(b -> new SimpleResponse<>(status, request, headers, b,
                Optional.empty(), request.uri(), v, Optional.empty()));
    }

    private static void feed(Flow.Subscriber<? super List<ByteBuffer>> sub, byte[] bytes) {
        PushSubscription push = new PushSubscription(sub, Integer.MAX_VALUE).start();
        try {
            if (bytes.length > 0) {
                push.offer(ByteBuffer.wrap(bytes));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        push.complete();
    }

    /** Collects a request body publisher. */
    static byte[] readBody(HttpRequest request) {
        Optional<HttpRequest.BodyPublisher> pub = request.bodyPublisher();
        if (pub.isEmpty()) {
            return new byte[0];
        }
        HttpResponse.BodySubscriber<byte[]> sub = HttpResponse.BodySubscribers.ofByteArray();
        pub.get().subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                sub.onSubscribe(new Flow.Subscription() {
                    @Override
                    public void request(long n) {
                        s.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void cancel() {
                        s.cancel();
                    }
                });
            }

            @Override
            public void onNext(ByteBuffer item) {
                sub.onNext(List.of(item));
            }

            @Override
            public void onError(Throwable t) {
                sub.onError(t);
            }

            @Override
            public void onComplete() {
                sub.onComplete();
            }
        });
        try {
            return sub.getBody().toCompletableFuture().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the request body", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the request body: " + e.getCause(), e.getCause());
        }
    }

    /** Builds {@link GovernedHttpClient}s. */
    public static final class Builder {
        private final HttpClient delegate;
        private Pipeline pipeline;
        private FailMode failMode = FailMode.CLOSED;
        private boolean throwOnBlock;
        private Function<HttpRequest, GovernanceContext> contextResolver;
        private String agentId = GovernanceContext.DEFAULT_AGENT;
        private CallListener listener = CallListener.NONE;
        private boolean auditCalls = true;
        private ToolCallGovernor toolGovernor;
        private int holdBack = 64;
        private Executor executor;

        private Builder(HttpClient delegate) {
            this.delegate = Objects.requireNonNull(delegate, "delegate HttpClient");
            if (delegate instanceof GovernedHttpClient) {
                throw new IllegalArgumentException("the delegate is already a GovernedHttpClient; wrap the raw client");
            }
        }

        /** The pipeline (required). */
        public Builder pipeline(Pipeline pipeline) {
            this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
            return this;
        }

        /** Fail closed (default) or open-and-logged when governance itself fails. */
        public Builder failMode(FailMode mode) {
            this.failMode = Objects.requireNonNull(mode, "failMode");
            return this;
        }

        /** Throw {@link PolicyBlockedException} instead of returning HTTP 403 (default false). */
        public Builder throwOnBlock(boolean on) {
            this.throwOnBlock = on;
            return this;
        }

        /** The agent id for the default context resolver. */
        public Builder agentId(String id) {
            this.agentId = Objects.requireNonNull(id, "agentId");
            return this;
        }

        /**
         * Derives the governance context from each request (default: the builder's agent id plus the
         * {@code X-TapPass-Session} and {@code X-TapPass-Flags} headers).
         */
        public Builder contextResolver(Function<HttpRequest, GovernanceContext> resolver) {
            this.contextResolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * Whether each call is written to the pipeline's audit sink as an {@code llm_call} event (provider, model,
         * tokens, cost, latency, outcome) by an {@link AuditCallListener}. Default: true (no-op when the pipeline
         * has no audit sink).
         */
        public Builder auditCalls(boolean on) {
            this.auditCalls = on;
            return this;
        }

        /** Receives one record per governed call, besides the audit listener (default: none). */
        public Builder listener(CallListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Governs tool calls in responses (e.g. {@code pipeline::govern}). */
        public Builder toolCallGovernor(ToolCallGovernor governor) {
            this.toolGovernor = governor;
            return this;
        }

        /** Characters of streamed text held back per channel (default 64; 1..65536). */
        public Builder holdBack(int chars) {
            if (chars < 1 || chars > 65536) {
                throw new IllegalArgumentException("holdBack must be within 1..65536, got " + chars);
            }
            this.holdBack = chars;
            return this;
        }

        /** Where response bodies are governed (default: a shared daemon cached pool). */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** Builds the client. */
        public GovernedHttpClient build() {
            return new GovernedHttpClient(this);
        }
    }
}
