package io.tappass.client.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.tappass.client.CallListener;
import io.tappass.client.FailMode;
import io.tappass.client.GovernedHttpClient;
import io.tappass.client.wire.Json;
import io.tappass.client.wire.WireFormat;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.GovernanceFlags;
import io.tappass.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The governance gateway: {@code POST /v1/chat/completions}, {@code POST /v1/responses}, {@code POST /v1/messages},
 * {@code GET /v1/models}, {@code GET /health}. Agents authenticate with {@code Authorization: Bearer tp_...} (or
 * Anthropic's {@code x-api-key: tp_...}); the gateway replaces the agent key with the real provider key it holds
 * (never returned), governs the call with the agent's pipeline through a {@link GovernedHttpClient} and returns the
 * provider's answer plus a {@code tappass} object (JSON bodies) and {@code x-tappass-classification} /
 * {@code x-tappass-pipeline-steps} headers. {@code X-TapPass-Session} (or {@code X-Session-Id}) and
 * {@code X-TapPass-Flags} feed the governance context; untrusted agents cannot change the mode.
 *
 * <p>Bad input: malformed JSON and invalid UTF-8 get 400 naming the problem, bodies over the limit (default 10 MiB)
 * get 413, unknown paths 404, wrong methods 405. An upstream that disconnects mid-stream produces an error event.
 *
 * <p>Extension point: {@link Builder#route(String, HttpHandler)} mounts more handlers (e.g.
 * {@code /agents/{id}/sandbox-policy}); they can use {@link #authenticate(HttpExchange)}.
 */
public final class Gateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
    /** The default port. */
    public static final int DEFAULT_PORT = 9620;
    /** The default body limit: 10 MiB. */
    public static final long DEFAULT_MAX_BODY = 10L << 20;
    private static final Set<String> FORWARD_HEADERS = Set.of("content-type", "accept", "anthropic-version",
            "anthropic-beta", "openai-beta", "user-agent", "x-stainless-lang", "x-stainless-package-version");
    private static final Set<String> RESPONSE_SKIP = Set.of("content-length", "transfer-encoding", "connection",
            "keep-alive", "date", "server");

    static {
        // The JDK HttpServer leaves Nagle's algorithm on unless this is set before its first use; with it on,
        // a response whose headers and body go out in separate writes waits ~40 ms for the client's delayed ACK.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService pool;
    private final Builder config;
    private final GovernedHttpClient governed;
    private final Map<String, AgentKey> agents;

    private Gateway(Builder b) throws IOException {
        this.config = b;
        this.agents = Map.copyOf(b.agents);
        // Plain-http upstreams (local models, test doubles) rarely speak h2c: skip the per-connection upgrade attempt.
        boolean plainHttp = b.openAiBase.startsWith("http:") && b.anthropicBase.startsWith("http:");
        HttpClient raw = b.httpClient != null ? b.httpClient
                : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .version(plainHttp ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2).build();
        this.governed = GovernedHttpClient.builder(raw).pipeline(b.pipeline).failMode(b.failMode)
                .listener(b.listener).holdBack(b.holdBack).build();
        this.server = HttpServer.create(new InetSocketAddress(b.host, b.port), 1024);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(b.threads, r -> {
            Thread t = new Thread(r, "tappass-gateway-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        b.routes.forEach(server::createContext);
        server.start();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The port actually bound. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:9620}. */
    public URI baseUri() {
        String h = config.host.contains(":") ? "[" + config.host + "]" : config.host;
        if (h.equals("0.0.0.0")) {
            h = "127.0.0.1";
        }
        return URI.create("http://" + h + ":" + port());
    }

    /** Stops at once (open exchanges are cut). */
    @Override
    public void close() {
        stop(0);
    }

    /** Stops accepting requests and waits up to {@code graceSeconds} for running exchanges to finish. */
    public void stop(int graceSeconds) {
        server.stop(graceSeconds);
        pool.shutdownNow();
    }

    /**
     * The agent that sent {@code ex}, by its {@code Authorization: Bearer tp_...}, {@code x-api-key} or
     * {@code api-key} header (constant-time comparison), or empty.
     */
    public Optional<AgentKey> authenticate(HttpExchange ex) {
        String key = presentedKey(ex.getRequestHeaders());
        if (key == null) {
            return Optional.empty();
        }
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        AgentKey found = null;
        for (AgentKey a : agents.values()) {
            if (MessageDigest.isEqual(a.key().getBytes(StandardCharsets.UTF_8), k)) {
                found = a;
            }
        }
        return Optional.ofNullable(found);
    }

    private static String presentedKey(Headers h) {
        String auth = h.getFirst("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).trim();
        }
        String x = h.getFirst("x-api-key");
        if (x != null) {
            return x.trim();
        }
        String a = h.getFirst("api-key");
        return a == null ? null : a.trim();
    }

    // ---- handling ----

    private void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if (path.equals("/health") || path.equals("/health/live") || path.equals("/health/ready")) {
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    error(ex, 405, "method_not_allowed", "use GET " + path);
                    return;
                }
                ObjectNode n = Json.object().put("status", "ok").put("service", "tappass-gateway")
                        .put("agents", agents.size());
                json(ex, 200, n);
                return;
            }
            WireFormat format = switch (path) {
                case "/v1/chat/completions" -> WireFormat.OPENAI_CHAT;
                case "/v1/responses" -> WireFormat.OPENAI_RESPONSES;
                case "/v1/messages" -> WireFormat.ANTHROPIC_MESSAGES;
                default -> null;
            };
            boolean models = path.equals("/v1/models");
            if (format == null && !models) {
                error(ex, 404, "not_found", "unknown path " + path + ": the gateway serves POST /v1/chat/completions, "
                        + "/v1/responses, /v1/messages, GET /v1/models and /health");
                return;
            }
            Optional<AgentKey> agent = authenticate(ex);
            if (agent.isEmpty()) {
                error(ex, 401, "authentication_error", presentedKey(ex.getRequestHeaders()) == null
                        ? "missing TapPass agent key: send 'Authorization: Bearer tp_...' or 'x-api-key: tp_...'"
                        : "unknown TapPass agent key");
                return;
            }
            if (models) {
                if (!method.equals("GET")) {
                    error(ex, 405, "method_not_allowed", "use GET /v1/models");
                    return;
                }
                models(ex);
                return;
            }
            if (!method.equals("POST")) {
                error(ex, 405, "method_not_allowed", "use POST " + path);
                return;
            }
            proxy(ex, format, agent.get());
        } catch (RuntimeException e) {
            LOG.error("gateway request failed: {}", e.toString());
            try {
                error(ex, 500, "internal_error", "TapPass gateway error (" + e.getClass().getSimpleName() + ")");
            } catch (IOException | RuntimeException ignored) {
                // headers already sent
            }
        } finally {
            ex.close();
        }
    }

    private void proxy(HttpExchange ex, WireFormat format, AgentKey agent) throws IOException {
        String cl = ex.getRequestHeaders().getFirst("Content-Length");
        if (cl != null) {
            try {
                if (Long.parseLong(cl.trim()) > config.maxBody) {
                    error(ex, 413, "request_too_large", "request body is " + cl.trim() + " bytes; the limit is "
                            + config.maxBody);
                    return;
                }
            } catch (NumberFormatException e) {
                error(ex, 400, "invalid_request_error", "bad Content-Length header");
                return;
            }
        }
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBody + 1));
            if (body.length > config.maxBody) {
                error(ex, 413, "request_too_large", "request body exceeds the limit of " + config.maxBody + " bytes");
                return;
            }
        }
        GovernanceContext ctx;
        try {
            ctx = context(ex.getRequestHeaders(), agent);
        } catch (IllegalArgumentException e) {
            error(ex, 400, "invalid_request_error", e.getMessage());
            return;
        }
        URI target = upstream(format, ex.getRequestURI());
        HttpRequest.Builder rb = HttpRequest.newBuilder(target).timeout(config.upstreamTimeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        ex.getRequestHeaders().forEach((k, v) -> {
            if (FORWARD_HEADERS.contains(k.toLowerCase(Locale.ROOT))) {
                v.forEach(val -> rb.header(k, val));
            }
        });
        if (format == WireFormat.ANTHROPIC_MESSAGES) {
            if (config.anthropicKey != null) {
                rb.header("x-api-key", config.anthropicKey);
            }
            if (ex.getRequestHeaders().getFirst("anthropic-version") == null) {
                rb.header("anthropic-version", "2023-06-01");
            }
        } else if (config.openAiKey != null) {
            rb.header("Authorization", "Bearer " + config.openAiKey);
        }
        Pipeline p = agent.pipeline() != null ? agent.pipeline() : config.pipeline;
        HttpResponse<InputStream> resp;
        try {
            resp = governed.sendGovernedBlocking(rb.build(), HttpResponse.BodyHandlers.ofInputStream(), format, ctx, p);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error(ex, 503, "upstream_error", "interrupted");
            return;
        } catch (IOException e) {
            LOG.warn("upstream call for agent {} failed: {}", agent.agentId(), e.toString());
            error(ex, 502, "upstream_error", "the provider could not be reached (" + e.getClass().getSimpleName()
                    + ")");
            return;
        }
        Headers out = ex.getResponseHeaders();
        resp.headers().map().forEach((k, v) -> {
            if (!RESPONSE_SKIP.contains(k.toLowerCase(Locale.ROOT)) && !k.startsWith(":")) {
                out.put(k, v);
            }
        });
        String ct = resp.headers().firstValue("content-type").orElse("");
        if (ct.toLowerCase(Locale.ROOT).startsWith("text/event-stream")) {
            out.set("Cache-Control", "no-cache");
            ex.sendResponseHeaders(resp.statusCode(), 0);
            try (InputStream in = resp.body(); OutputStream os = ex.getResponseBody()) {
                byte[] buf = new byte[8192];
                int n;
                while ((n = in.read(buf)) >= 0) {
                    os.write(buf, 0, n);
                    os.flush();
                }
            } catch (IOException e) {
                LOG.debug("client or upstream went away mid-stream: {}", e.toString());
            }
            return;
        }
        byte[] bytes;
        try (InputStream in = resp.body()) {
            bytes = in.readAllBytes();
        }
        if (ct.toLowerCase(Locale.ROOT).contains("json")) {
            bytes = annotate(bytes, resp, ctx);
        }
        ex.sendResponseHeaders(resp.statusCode(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
    }

    private byte[] annotate(byte[] bytes, HttpResponse<?> resp, GovernanceContext ctx) {
        try {
            JsonNode n = Json.MAPPER.readTree(bytes);
            if (!(n instanceof ObjectNode o)) {
                return bytes;
            }
            ObjectNode t = Json.object();
            t.put("classification", resp.headers().firstValue(GovernedHttpClient.CLASSIFICATION_HEADER).orElse("PUBLIC"));
            boolean blocked = resp.statusCode() == 403 && "policy_block".equals(Json.text(o.path("error"), "type"));
            t.put("blocked", blocked);
            t.put("agent_id", ctx.agentId());
            if (ctx.sessionId() != null) {
                t.put("session_id", ctx.sessionId());
            } else {
                t.putNull("session_id");
            }
            t.put("trace_id", ctx.traceId());
            t.put("steps_run", Integer.parseInt(resp.headers().firstValue(GovernedHttpClient.STEPS_HEADER).orElse("0")));
            if (Json.text(o, "model") != null) {
                t.put("model", Json.text(o, "model"));
            }
            o.set("tappass", t);
            return Json.bytes(o);
        } catch (IOException | RuntimeException e) {
            return bytes;
        }
    }

    private GovernanceContext context(Headers h, AgentKey agent) {
        GovernanceContext.Builder b = GovernanceContext.builder().agentId(agent.agentId());
        String session = h.getFirst(GovernedHttpClient.SESSION_HEADER);
        if (session == null) {
            session = h.getFirst("X-Session-Id");
        }
        if (session != null && !session.isBlank()) {
            if (session.length() > 200) {
                throw new IllegalArgumentException("X-TapPass-Session is longer than 200 characters");
            }
            b.sessionId(session.trim());
        }
        String flags = h.getFirst(GovernanceFlags.HEADER);
        if (flags != null) {
            Map<String, String> parsed = GovernanceFlags.parse(flags);
            if (agent.trusted()) {
                b.flags(flags);
            } else {
                parsed.forEach((k, v) -> {
                    if (!k.equals("mode")) {
                        b.flag(k, v);
                    }
                });
            }
        }
        return b.build();
    }

    private URI upstream(WireFormat format, URI requested) {
        String query = requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery();
        if (format == WireFormat.ANTHROPIC_MESSAGES) {
            return URI.create(strip(config.anthropicBase) + requested.getRawPath() + query);
        }
        // OpenAI base URLs include /v1 (SDK convention): /v1/chat/completions -> {base}/chat/completions
        return URI.create(strip(config.openAiBase) + requested.getRawPath().substring("/v1".length()) + query);
    }

    private static String strip(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private void models(HttpExchange ex) throws IOException {
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(strip(config.openAiBase) + "/models"))
                .timeout(Duration.ofSeconds(15)).GET();
        if (config.openAiKey != null) {
            rb.header("Authorization", "Bearer " + config.openAiKey);
        }
        try {
            HttpResponse<byte[]> r = governed.delegate().send(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(r.statusCode(), r.body().length == 0 ? -1 : r.body().length);
            ex.getResponseBody().write(r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error(ex, 503, "upstream_error", "interrupted");
        } catch (IOException e) {
            error(ex, 502, "upstream_error", "the provider could not be reached (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static void error(HttpExchange ex, int status, String type, String message) throws IOException {
        ObjectNode n = Json.object();
        n.putObject("error").put("message", message).put("type", type);
        json(ex, status, n);
    }

    private static void json(HttpExchange ex, int status, JsonNode n) throws IOException {
        byte[] b = Json.bytes(n);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
    }

    /** Builds and starts {@link Gateway}s. */
    public static final class Builder {
        private int port = DEFAULT_PORT;
        private String host = "127.0.0.1";
        private Pipeline pipeline;
        private final Map<String, AgentKey> agents = new LinkedHashMap<>();
        private String openAiBase = "https://api.openai.com/v1";
        private String anthropicBase = "https://api.anthropic.com";
        private String openAiKey;
        private String anthropicKey;
        private long maxBody = DEFAULT_MAX_BODY;
        private HttpClient httpClient;
        private CallListener listener = CallListener.NONE;
        private FailMode failMode = FailMode.CLOSED;
        private int threads = Math.max(16, Runtime.getRuntime().availableProcessors() * 8);
        private int holdBack = 64;
        private Duration upstreamTimeout = Duration.ofMinutes(10);
        private final Map<String, HttpHandler> routes = new LinkedHashMap<>();

        private Builder() {
        }

        /** The port (default 9620; 0 picks a free one). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be within 0..65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** The address to bind (default 127.0.0.1; use 0.0.0.0 to accept remote agents). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The default pipeline (required). */
        public Builder pipeline(Pipeline pipeline) {
            this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
            return this;
        }

        /** Adds an agent key. */
        public Builder agent(AgentKey agent) {
            if (agents.putIfAbsent(agent.key(), agent) != null) {
                throw new IllegalArgumentException("duplicate agent key for " + agent.agentId());
            }
            return this;
        }

        /** Adds an untrusted agent key using the default pipeline. */
        public Builder agent(String key, String agentId) {
            return agent(AgentKey.of(key, agentId));
        }

        /** OpenAI's base URL including {@code /v1} (default {@code https://api.openai.com/v1}). */
        public Builder openAiBaseUrl(String url) {
            this.openAiBase = checkUrl(url, "openAiBaseUrl");
            return this;
        }

        /** Anthropic's base URL without {@code /v1} (default {@code https://api.anthropic.com}). */
        public Builder anthropicBaseUrl(String url) {
            this.anthropicBase = checkUrl(url, "anthropicBaseUrl");
            return this;
        }

        /** The real OpenAI key (never returned to agents). */
        public Builder openAiApiKey(String key) {
            this.openAiKey = key == null || key.isBlank() ? null : key;
            return this;
        }

        /** The real Anthropic key (never returned to agents). */
        public Builder anthropicApiKey(String key) {
            this.anthropicKey = key == null || key.isBlank() ? null : key;
            return this;
        }

        /** The request body limit in bytes (default 10 MiB). */
        public Builder maxBodyBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be >= 1, got " + bytes);
            }
            this.maxBody = bytes;
            return this;
        }

        /** The raw client used to reach providers (default: a new JDK client). */
        public Builder httpClient(HttpClient client) {
            this.httpClient = Objects.requireNonNull(client, "client");
            return this;
        }

        /** Receives one record per governed call. */
        public Builder listener(CallListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Fail closed (default) or open-and-logged. */
        public Builder failMode(FailMode mode) {
            this.failMode = Objects.requireNonNull(mode, "failMode");
            return this;
        }

        /** Worker threads (default max(16, 8 x cores)); each open stream holds one. */
        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + n);
            }
            this.threads = n;
            return this;
        }

        /** Streaming hold-back in characters (default 64). */
        public Builder holdBack(int chars) {
            this.holdBack = chars;
            return this;
        }

        /** Per-request upstream timeout (default 10 minutes). */
        public Builder upstreamTimeout(Duration timeout) {
            this.upstreamTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Mounts another handler under {@code contextPath} (e.g. {@code /agents/} for
         * {@code GET /agents/{id}/sandbox-policy}); use {@link Gateway#authenticate(HttpExchange)} inside.
         */
        public Builder route(String contextPath, HttpHandler handler) {
            if (!contextPath.startsWith("/") || contextPath.equals("/")) {
                throw new IllegalArgumentException("route path must start with '/' and not be '/': " + contextPath);
            }
            routes.put(contextPath, Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /** Binds the port and starts serving. */
        public Gateway start() throws IOException {
            if (pipeline == null) {
                throw new IllegalStateException("no pipeline: call pipeline(Pipeline) before start()");
            }
            return new Gateway(this);
        }

        private static String checkUrl(String url, String what) {
            try {
                URI u = URI.create(Objects.requireNonNull(url, what));
                if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))
                        || u.getHost() == null) {
                    throw new IllegalArgumentException(what + ": expected an http(s) URL, got '" + url + "'");
                }
                return url;
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(what + ": expected an http(s) URL, got '" + url + "'", e);
            }
        }
    }

    /** The agents configured (keys masked in {@code toString}). */
    public List<AgentKey> agents() {
        return List.copyOf(agents.values());
    }
}
