package io.tappass.client.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A loopback provider that speaks the real wire formats: JSON bodies and {@code text/event-stream} bodies written
 * event by event (flushed). Routes are set per path; every request is recorded.
 */
public final class FakeUpstream implements AutoCloseable {

    /** A recorded request. */
    public record Received(String method, String path, Headers headers, String body) {
    }

    /** What to answer. */
    public record Reply(int status, String contentType, List<String> parts, boolean disconnect) {
        /** A JSON reply. */
        public static Reply json(String body) {
            return new Reply(200, "application/json", List.of(body), false);
        }

        /** An SSE reply; each element is written and flushed separately. */
        public static Reply sse(List<String> events) {
            return new Reply(200, "text/event-stream", events, false);
        }

        /** An SSE reply that drops the connection after the given events. */
        public static Reply sseThenDisconnect(List<String> events) {
            return new Reply(200, "text/event-stream", events, true);
        }
    }

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true"); // avoid the 40 ms Nagle/delayed-ACK stall
    }

    private final HttpServer server;
    private final ExecutorService pool;
    private final Map<String, Function<Received, Reply>> routes = new ConcurrentHashMap<>();
    /** Requests received, in order. */
    public final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile boolean record = true;

    public FakeUpstream() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        pool = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "fake-upstream");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Stop recording requests (benchmarks). */
    public FakeUpstream noRecording() {
        record = false;
        return this;
    }

    /** Answers {@code path} with {@code reply}. */
    public FakeUpstream route(String path, Function<Received, Reply> reply) {
        routes.put(path, reply);
        return this;
    }

    /** The base URI, e.g. {@code http://127.0.0.1:1234}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The last request received. */
    public Received last() {
        return received.get(received.size() - 1);
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] in = ex.getRequestBody().readAllBytes();
        Received r = new Received(ex.getRequestMethod(), ex.getRequestURI().getPath(), ex.getRequestHeaders(),
                new String(in, StandardCharsets.UTF_8));
        if (record) {
            received.add(r);
        }
        Function<Received, Reply> f = routes.get(r.path());
        if (f == null) {
            byte[] b = "{\"error\":{\"message\":\"no route\",\"type\":\"not_found\"}}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("content-type", "application/json");
            ex.sendResponseHeaders(404, b.length);
            ex.getResponseBody().write(b);
            ex.close();
            return;
        }
        Reply reply = f.apply(r);
        ex.getResponseHeaders().add("content-type", reply.contentType());
        ex.getResponseHeaders().add("x-request-id", "req_fake");
        if (reply.parts().size() == 1 && !reply.contentType().startsWith("text/event-stream")) {
            byte[] b = reply.parts().get(0).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(reply.status(), b.length);
            ex.getResponseBody().write(b);
            ex.close();
            return;
        }
        ex.sendResponseHeaders(reply.status(), reply.disconnect() ? 1 << 20 : 0);
        OutputStream out = ex.getResponseBody();
        try {
            for (String p : reply.parts()) {
                out.write(p.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException ignored) {
            // client went away
        }
        if (reply.disconnect()) {
            // close the socket under a fixed length that was never reached: the client sees a truncated body
            ex.getHttpContext().getServer();
            try {
                ex.close();
            } catch (RuntimeException ignored) {
                // expected
            }
            return;
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    // ---- canned bodies ----

    /** An OpenAI chat.completion with the given content. */
    public static String openAiCompletion(String content) {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1727346170,\"model\":\"gpt-4o-mini\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + quote(content)
                + ",\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":7,\"total_tokens\":19},"
                + "\"system_fingerprint\":\"fp_1\",\"service_tier\":\"default\"}";
    }

    /** An OpenAI chat.completion calling one tool. */
    public static String openAiToolCall(String name, String argsJson) {
        return "{\"id\":\"chatcmpl-2\",\"object\":\"chat.completion\",\"created\":1727346170,\"model\":\"gpt-4o-mini\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null,\"refusal\":null,"
                + "\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"" + name
                + "\",\"arguments\":" + quote(argsJson) + "}}]},\"logprobs\":null,\"finish_reason\":\"tool_calls\"}],"
                + "\"usage\":{\"prompt_tokens\":20,\"completion_tokens\":9,\"total_tokens\":29}}";
    }

    /** OpenAI chunks streaming {@code pieces}, a finish chunk, a usage chunk and [DONE]. */
    public static List<String> openAiStream(List<String> pieces) {
        List<String> out = new java.util.ArrayList<>();
        String head = "{\"id\":\"chatcmpl-3\",\"object\":\"chat.completion.chunk\",\"created\":1727346170,"
                + "\"model\":\"gpt-4o-mini\",\"system_fingerprint\":\"fp_1\",";
        out.add("data: " + head + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\","
                + "\"refusal\":null},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n");
        for (String p : pieces) {
            out.add("data: " + head + "\"choices\":[{\"index\":0,\"delta\":{\"content\":" + quote(p)
                    + "},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n");
        }
        out.add("data: " + head + "\"choices\":[{\"index\":0,\"delta\":{},\"logprobs\":null,"
                + "\"finish_reason\":\"stop\"}],\"usage\":null}\n\n");
        out.add("data: " + head + "\"choices\":[],\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":"
                + pieces.size() + ",\"total_tokens\":" + (11 + pieces.size()) + "}}\n\n");
        out.add("data: [DONE]\n\n");
        return out;
    }

    /** OpenAI chunks streaming one tool call whose JSON arguments arrive in {@code argFragments}. */
    public static List<String> openAiToolStream(String name, List<String> argFragments) {
        List<String> out = new java.util.ArrayList<>();
        String head = "{\"id\":\"chatcmpl-9\",\"object\":\"chat.completion.chunk\",\"created\":1727346170,"
                + "\"model\":\"gpt-4o-mini\",";
        out.add("data: " + head + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":null,"
                + "\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":"
                + quote(name) + ",\"arguments\":\"\"}}]},\"logprobs\":null,\"finish_reason\":null}]}\n\n");
        for (String a : argFragments) {
            out.add("data: " + head + "\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,"
                    + "\"function\":{\"arguments\":" + quote(a) + "}}]},\"logprobs\":null,\"finish_reason\":null}]}\n\n");
        }
        out.add("data: " + head + "\"choices\":[{\"index\":0,\"delta\":{},\"logprobs\":null,"
                + "\"finish_reason\":\"tool_calls\"}]}\n\n");
        out.add("data: [DONE]\n\n");
        return out;
    }

    /** An Anthropic message with the given text. */
    public static String anthropicMessage(String text) {
        return "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\","
                + "\"content\":[{\"type\":\"text\",\"text\":" + quote(text) + "}],\"stop_reason\":\"end_turn\","
                + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":10,\"output_tokens\":5}}";
    }

    /** Anthropic stream events for {@code pieces}. */
    public static List<String> anthropicStream(List<String> pieces) {
        List<String> out = new java.util.ArrayList<>();
        out.add("event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_2\",\"type\":"
                + "\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\",\"content\":[],\"stop_reason\":"
                + "null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":10,\"output_tokens\":1}}}\n\n");
        out.add("event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":"
                + "{\"type\":\"text\",\"text\":\"\"}}\n\n");
        out.add("event: ping\ndata: {\"type\": \"ping\"}\n\n");
        for (String p : pieces) {
            out.add("event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
                    + "{\"type\":\"text_delta\",\"text\":" + quote(p) + "}}\n\n");
        }
        out.add("event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n");
        out.add("event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
                + "\"stop_sequence\":null},\"usage\":{\"output_tokens\":" + pieces.size() + "}}\n\n");
        out.add("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n");
        return out;
    }

    /** JSON string literal. */
    public static String quote(String s) {
        try {
            return io.tappass.client.wire.Json.MAPPER.writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
