package io.tappass.client.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tappass.client.CallRecord;
import io.tappass.client.testing.FakeUpstream;
import io.tappass.client.testing.FakeUpstream.Reply;
import io.tappass.client.testing.TestSteps;
import io.tappass.client.wire.Json;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GatewayTest {

    static final String KEY = "tp_agent_one_0123456789";
    static final String TRUSTED = "tp_trusted_0123456789";
    static final String REAL_KEY = "sk-real-provider-key-DO-NOT-LEAK";

    FakeUpstream upstream;
    Gateway gateway;
    final HttpClient http = HttpClient.newHttpClient();
    final List<CallRecord> records = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        upstream = new FakeUpstream();
        gateway = Gateway.builder().port(0).pipeline(TestSteps.standard())
                .agent(KEY, "agent-one")
                .agent(new AgentKey(TRUSTED, "agent-trusted", null, true))
                .openAiBaseUrl(upstream.base() + "/v1").anthropicBaseUrl(upstream.base().toString())
                .openAiApiKey(REAL_KEY).anthropicApiKey(REAL_KEY + "-anthropic")
                .maxBodyBytes(4096).listener(records::add).holdBack(16)
                .route("/agents/", ex -> {
                    byte[] b = ("{\"agent\":\"" + gateway.authenticate(ex).map(AgentKey::agentId).orElse("none") + "\"}").getBytes();
                    ex.sendResponseHeaders(200, b.length);
                    ex.getResponseBody().write(b);
                    ex.close();
                })
                .start();
    }

    @AfterEach
    void stop() {
        gateway.close();
        upstream.close();
    }

    HttpResponse<String> post(String path, String key, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(gateway.baseUri().resolve(path))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static final String CHAT = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}],"
            + "\"response_format\":{\"type\":\"json_object\"}}";

    @Test
    void healthAndAuth() throws Exception {
        HttpResponse<String> h = http.send(HttpRequest.newBuilder(gateway.baseUri().resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(h.statusCode()).isEqualTo(200);
        assertThat(h.body()).contains("\"status\":\"ok\"");
        assertThat(post("/v1/chat/completions", null, CHAT).statusCode()).isEqualTo(401);
        HttpResponse<String> bad = post("/v1/chat/completions", "tp_wrong_key_000000000", CHAT);
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(bad.body()).contains("authentication_error");
        assertThat(post("/v1/unknown", KEY, CHAT).statusCode()).isEqualTo(404);
        assertThat(http.send(HttpRequest.newBuilder(gateway.baseUri().resolve("/v1/chat/completions"))
                .header("Authorization", "Bearer " + KEY).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(405);
        assertThat(upstream.received).isEmpty();
        // extension point
        HttpResponse<String> ext = http.send(HttpRequest.newBuilder(gateway.baseUri().resolve("/agents/agent-one/sandbox-policy"))
                .header("Authorization", "Bearer " + KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ext.body()).isEqualTo("{\"agent\":\"agent-one\"}");
    }

    @Test
    void governedCallSwapsKeysAndAnnotatesTheResponse() throws Exception {
        upstream.route("/v1/chat/completions", r -> Reply.json(FakeUpstream.openAiCompletion("write to eve@corp.example.com")));
        HttpResponse<String> r = post("/v1/chat/completions", KEY, CHAT, "X-TapPass-Session", "sess-42");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(upstream.last().headers().getFirst("Authorization")).isEqualTo("Bearer " + REAL_KEY);
        assertThat(upstream.last().body()).isEqualTo(CHAT);
        assertThat(upstream.last().headers().containsKey("X-tappass-session")).isFalse();
        JsonNode n = Json.parse(r.body(), "t");
        assertThat(n.path("choices").get(0).path("message").path("content").asText()).isEqualTo("write to [MASKED_EMAIL]");
        assertThat(n.path("tappass").path("blocked").asBoolean()).isFalse();
        assertThat(n.path("tappass").path("session_id").asText()).isEqualTo("sess-42");
        assertThat(n.path("tappass").path("agent_id").asText()).isEqualTo("agent-one");
        assertThat(n.path("tappass").path("steps_run").asInt()).isPositive();
        assertThat(r.headers().firstValue("x-tappass-classification")).contains("PUBLIC");
        assertThat(r.headers().firstValue("x-tappass-pipeline-steps")).isPresent();
        assertThat(r.body() + r.headers().map()).doesNotContain(REAL_KEY);
        assertThat(records).singleElement().satisfies(c -> {
            assertThat(c.agentId()).isEqualTo("agent-one");
            assertThat(c.sessionId()).isEqualTo("sess-42");
            assertThat(c.headers().toString()).doesNotContain(REAL_KEY);
        });
    }

    @Test
    void blocksAndFlags() throws Exception {
        upstream.route("/v1/chat/completions", r -> Reply.json(FakeUpstream.openAiCompletion("ok")));
        String falcon = CHAT.replace("hello", "Project Falcon budget");
        HttpResponse<String> r = post("/v1/chat/completions", KEY, falcon);
        assertThat(r.statusCode()).isEqualTo(403);
        JsonNode n = Json.parse(r.body(), "t");
        assertThat(n.path("error").path("type").asText()).isEqualTo("policy_block");
        assertThat(n.path("error").path("blocked_by").asText()).isEqualTo("detect_business");
        assertThat(n.path("tappass").path("blocked").asBoolean()).isTrue();
        // an untrusted agent cannot switch to observe mode
        assertThat(post("/v1/chat/completions", KEY, falcon, "X-TapPass-Flags", "mode=observe").statusCode()).isEqualTo(403);
        assertThat(upstream.received).isEmpty();
        // a trusted one can
        assertThat(post("/v1/chat/completions", TRUSTED, falcon, "X-TapPass-Flags", "mode=observe").statusCode()).isEqualTo(200);
        HttpResponse<String> badFlags = post("/v1/chat/completions", KEY, CHAT, "X-TapPass-Flags", "pii=maybe");
        assertThat(badFlags.statusCode()).isEqualTo(400);
        assertThat(badFlags.body()).contains("pii");
    }

    @Test
    void badInput() throws Exception {
        HttpResponse<String> malformed = post("/v1/chat/completions", KEY, "{\"model\":\"x\",\"messages\":[{]}");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("malformed JSON").contains("column");
        HttpResponse<String> utf8 = http.send(HttpRequest.newBuilder(gateway.baseUri().resolve("/v1/chat/completions"))
                .header("Authorization", "Bearer " + KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'}))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(utf8.statusCode()).isEqualTo(400);
        assertThat(utf8.body()).contains("UTF-8");
        HttpResponse<String> big = post("/v1/chat/completions", KEY, "{\"x\":\"" + "a".repeat(5000) + "\"}");
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(upstream.received).isEmpty();
    }

    @Test
    void anthropicWithXApiKeyAndStreaming() throws Exception {
        upstream.route("/v1/messages", r -> Reply.sse(FakeUpstream.anthropicStream(List.of("Hi ", "there, ", "friend!"))));
        String body = "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":64,\"stream\":true,\"messages\":[{\"role\":\"user\","
                + "\"content\":\"hi\"}]}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(gateway.baseUri().resolve("/v1/messages"))
                .header("x-api-key", KEY).header("anthropic-version", "2023-06-01")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/event-stream");
        assertThat(r.body()).contains("event: message_stop");
        assertThat(upstream.last().headers().getFirst("x-api-key")).isEqualTo(REAL_KEY + "-anthropic");
        assertThat(upstream.last().headers().getFirst("anthropic-version")).isEqualTo("2023-06-01");
    }

    @Test
    void upstreamDisconnectMidStreamReachesTheClientAsErrorEvent() throws Exception {
        List<String> events = new ArrayList<>(FakeUpstream.openAiStream(List.of("partial answer that is long enough",
                " to be released before the cut")).subList(0, 3));
        upstream.route("/v1/chat/completions", r -> Reply.sseThenDisconnect(events));
        HttpResponse<String> r = post("/v1/chat/completions", KEY, CHAT.replace("}", ",\"stream\":true}")
                .replace("},\"stream\":true}", "}}").replaceFirst("\\{", "{\"stream\":true,"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("upstream_error").doesNotContain("[DONE]");
        assertThat(records.get(0).outcome()).isEqualTo("upstream_error");
    }

    @Test
    void unreachableUpstreamGives502() throws Exception {
        upstream.close();
        HttpResponse<String> r = post("/v1/chat/completions", KEY, CHAT);
        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(r.body()).contains("upstream_error");
    }
}
