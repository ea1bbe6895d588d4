package io.tappass.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tappass.client.testing.FakeUpstream;
import io.tappass.client.testing.FakeUpstream.Reply;
import io.tappass.client.testing.TestSteps;
import io.tappass.client.wire.Json;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.PolicyBlockedException;
import io.tappass.pipeline.BaseStep;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.Pipeline;
import io.tappass.pipeline.StepConfig;
import io.tappass.pipeline.StepContext;
import io.tappass.pipeline.StepResult;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GovernedHttpClientTest {

    private FakeUpstream upstream;
    private final List<CallRecord> records = new CopyOnWriteArrayList<>();
    private GovernedHttpClient client;

    @BeforeEach
    void setUp() throws Exception {
        upstream = new FakeUpstream();
        client = TapPass.governed(HttpClient.newHttpClient()).pipeline(TestSteps.standard()).holdBack(16)
                .listener(records::add).build();
    }

    @AfterEach
    void tearDown() {
        upstream.close();
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(upstream.base().resolve(path))
                .header("content-type", "application/json")
                .header("authorization", "Bearer sk-test-1234567890abcdefXYZW")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static final String REQUEST = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"system\",\"content\":"
            + "\"You are terse.\"},{\"role\":\"user\",\"content\":\"Summarise the roadmap\"}],"
            + "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"x\",\"schema\":{}}},"
            + "\"temperature\":1.0,\"x_vendor\":{\"a\":[1,2.50]}}";

    @Test
    void allowedRequestIsForwardedByteForByteAndResponseFlowsToAnyHandler() throws Exception {
        upstream.route("/v1/chat/completions", r -> Reply.json(FakeUpstream.openAiCompletion("Fine.")));
        HttpResponse<String> s = client.send(post("/v1/chat/completions", REQUEST), HttpResponse.BodyHandlers.ofString());
        assertThat(s.statusCode()).isEqualTo(200);
        assertThat(upstream.last().body()).isEqualTo(REQUEST);
        assertThat(s.body()).isEqualTo(FakeUpstream.openAiCompletion("Fine."));
        assertThat(s.headers().firstValue("x-tappass-classification")).contains("PUBLIC");
        assertThat(s.headers().firstValue("x-tappass-pipeline-steps")).isPresent();

        HttpResponse<byte[]> b = client.send(post("/v1/chat/completions", REQUEST), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(new String(b.body(), StandardCharsets.UTF_8)).contains("Fine.");
        HttpResponse<InputStream> in = client.send(post("/v1/chat/completions", REQUEST),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream is = in.body()) {
            assertThat(new String(is.readAllBytes(), StandardCharsets.UTF_8)).contains("Fine.");
        }
        HttpResponse<java.util.stream.Stream<String>> lines = client.send(post("/v1/chat/completions", REQUEST),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(lines.body().collect(Collectors.joining())).contains("Fine.");
        HttpResponse<Flow.Publisher<List<ByteBuffer>>> pub = client.sendAsync(post("/v1/chat/completions", REQUEST),
                HttpResponse.BodyHandlers.ofPublisher()).get();
        HttpResponse.BodySubscriber<String> collect = HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
        pub.body().subscribe(collect);
        assertThat(collect.getBody().toCompletableFuture().get()).contains("Fine.");
        assertThat(records).hasSize(5).allSatisfy(r -> {
            assertThat(r.provider()).isEqualTo("openai");
            assertThat(r.model()).isEqualTo("gpt-4o-mini");
            assertThat(r.usage().inputTokens()).isEqualTo(12);
            assertThat(r.headers().get("authorization")).isEqualTo("Bearer ****XYZW");
        });
    }

    @Test
    void otherTrafficPassesThroughUntouched() throws Exception {
        upstream.route("/v1/embeddings", r -> Reply.json("{\"data\":[]}"));
        HttpResponse<String> r = client.send(post("/v1/embeddings", "{\"input\":\"Project Falcon\"}"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.body()).isEqualTo("{\"data\":[]}");
        assertThat(r.headers().firstValue("x-tappass-classification")).isEmpty();
        assertThat(records).isEmpty();
    }

    @Test
    void blockedRequestGets403WithTapPassBodyAndNeverReachesTheProvider() throws Exception {
        upstream.route("/v1/chat/completions", r -> Reply.json(FakeUpstream.openAiCompletion("x")));
        String body = REQUEST.replace("Summarise the roadmap", "Status of Project Falcon?");
        HttpResponse<String> r = client.send(post("/v1/chat/completions", body), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
        var err = Json.parse(r.body(), "t").get("error");
        assertThat(err.get("type").asText()).isEqualTo("policy_block");
        assertThat(err.get("blocked_by").asText()).isEqualTo("detect_business");
        assertThat(err.get("classification").asText()).isEqualTo("CONFIDENTIAL");
        assertThat(err.has("reason")).isTrue();
        assertThat(r.body()).doesNotContain("Falcon");
        assertThat(upstream.received).isEmpty();
        assertThat(records).singleElement().satisfies(c -> assertThat(c.outcome()).isEqualTo("blocked_input"));
    }

    @Test
    void throwOnBlockRaisesPolicyBlockedException() {
        GovernedHttpClient throwing = TapPass.governed(HttpClient.newHttpClient()).pipeline(TestSteps.standard())
                .throwOnBlock(true).build();
        String body = REQUEST.replace("Summarise the roadmap", "Project Falcon");
        assertThatThrownBy(() -> throwing.send(post("/v1/chat/completions", body), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(PolicyBlockedException.class)
                .satisfies(e -> assertThat(((PolicyBlockedException) e).blockedBy()).isEqualTo("detect_business"));
    }

    @Test
    void anthropicAndAzurePathsAreRecognised() throws Exception {
        upstream.route("/v1/messages", r -> Reply.json(FakeUpstream.anthropicMessage("mail bob@example.com now")));
        upstream.route("/openai/deployments/prod-gpt/chat/completions",
                r -> Reply.json(FakeUpstream.openAiCompletion("ok")));
        String a = "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":100,\"system\":\"be nice\",\"messages\":"
                + "[{\"role\":\"user\",\"content\":\"Project Falcon\"}]}";
        assertThat(client.send(post("/v1/messages", a), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        HttpResponse<String> ok = client.send(post("/v1/messages", a.replace("Project Falcon", "hi")),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ok.body()).contains("mail [MASKED_EMAIL] now").doesNotContain("bob@");
        String az = "{\"messages\":[{\"role\":\"user\",\"content\":\"Project Falcon\"}]}";
        HttpResponse<String> blocked = client.send(post("/openai/deployments/prod-gpt/chat/completions?api-version=2024-10-21", az),
                HttpResponse.BodyHandlers.ofString());
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(records.get(records.size() - 1).model()).isEqualTo("prod-gpt");
    }

    @Test
    void nonStreamedOutputIsRedactedOrBlocked() throws Exception {
        upstream.route("/v1/chat/completions", r -> Reply.json(FakeUpstream.openAiCompletion(
                r.body().contains("leak") ? "Reach me at alice.smith@corp.example.org today" : "the TOPSECRET plan")));
        HttpResponse<String> red = client.send(post("/v1/chat/completions", REQUEST.replace("roadmap", "leak")),
                HttpResponse.BodyHandlers.ofString());
        assertThat(red.statusCode()).isEqualTo(200);
        assertThat(red.body()).contains("Reach me at [MASKED_EMAIL] today").doesNotContain("alice")
                .contains("\"system_fingerprint\":\"fp_1\"").contains("\"service_tier\":\"default\"");
        assertThat(red.headers().firstValue("content-length")).isEmpty();
        HttpResponse<String> blocked = client.send(post("/v1/chat/completions", REQUEST),
                HttpResponse.BodyHandlers.ofString());
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(blocked.body()).contains("block_output_term").doesNotContain("TOPSECRET plan");
    }

    @Test
    void streamedEmailSplitAcrossChunksIsRedactedWhileTokensFlow() throws Exception {
        List<String> pieces = List.of("Hello! You can write to ", "ali", "ce.sm", "ith@co", "rp.exa", "mple.org",
                " or call later. ", "This sentence is long enough to flow past the hold-back window.");
        upstream.route("/v1/chat/completions", r -> Reply.sse(FakeUpstream.openAiStream(pieces)));
        HttpResponse<String> r = client.send(post("/v1/chat/completions",
                REQUEST.replace("\"temperature\"", "\"stream\":true,\"temperature\"")), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        String text = openAiText(r.body());
        assertThat(text).isEqualTo("Hello! You can write to [MASKED_EMAIL] or call later. "
                + "This sentence is long enough to flow past the hold-back window.");
        assertThat(r.body()).doesNotContain("ali").doesNotContain("rp.exa").endsWith("data: [DONE]\n\n");
        assertThat(r.body().split("\n\n").length).isGreaterThan(4); // still chunked, not one blob
        CallRecord rec = records.get(0);
        assertThat(rec.streamed()).isTrue();
        assertThat(rec.usage().outputTokens()).isEqualTo(pieces.size());
        assertThat(rec.outcome()).isEqualTo("allowed");
    }

    @Test
    void streamedBlockEndsWithProviderErrorEvent() throws Exception {
        upstream.route("/v1/chat/completions", r -> Reply.sse(FakeUpstream.openAiStream(List.of("The ", "TOP", "SECRET",
                " plan is ready and more text follows here to pass the window"))));
        HttpResponse<String> r = client.send(post("/v1/chat/completions", REQUEST.replace("\"temperature\"",
                "\"stream\":true,\"temperature\"")), HttpResponse.BodyHandlers.ofString());
        assertThat(r.body()).doesNotContain("TOPSECRET").doesNotContain("[DONE]")
                .contains("\"type\":\"policy_block\"").contains("\"blocked_by\":\"block_output_term\"");
        assertThat(records.get(0).outcome()).isEqualTo("blocked_output");
    }

    @Test
    void anthropicStreamIsGoverned() throws Exception {
        upstream.route("/v1/messages", r -> Reply.sse(FakeUpstream.anthropicStream(List.of("Write to bo", "b@exam",
                "ple.com", " please, thanks for asking."))));
        String a = "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":100,\"stream\":true,\"messages\":"
                + "[{\"role\":\"user\",\"content\":\"hi\"}]}";
        HttpResponse<String> r = client.send(post("/v1/messages", a), HttpResponse.BodyHandlers.ofString());
        StringBuilder text = new StringBuilder();
        for (String ev : r.body().split("\n\n")) {
            for (String line : ev.split("\n")) {
                if (line.startsWith("data: ") && line.contains("text_delta")) {
                    text.append(Json.parse(line.substring(6), "t").get("delta").get("text").asText());
                }
            }
        }
        assertThat(text.toString()).isEqualTo("Write to [MASKED_EMAIL] please, thanks for asking.");
        assertThat(r.body()).contains("event: message_stop");
        assertThat(records.get(0).usage().inputTokens()).isEqualTo(10);
        assertThat(records.get(0).usage().outputTokens()).isEqualTo(4);
    }

    @Test
    void upstreamDisconnectMidStreamGivesErrorEvent() throws Exception {
        List<String> events = new ArrayList<>(FakeUpstream.openAiStream(List.of("Hello there, this is a partial",
                " answer that will be cut off")).subList(0, 3));
        upstream.route("/v1/chat/completions", r -> Reply.sseThenDisconnect(events));
        HttpResponse<String> r = client.send(post("/v1/chat/completions", REQUEST.replace("\"temperature\"",
                "\"stream\":true,\"temperature\"")), HttpResponse.BodyHandlers.ofString());
        assertThat(r.body()).contains("\"type\":\"upstream_error\"").doesNotContain("[DONE]");
        assertThat(records.get(0).outcome()).isEqualTo("upstream_error");
    }

    @Test
    void failClosedOnGovernanceErrorAndFailOpenLogged() throws Exception {
        upstream.route("/v1/chat/completions", r -> Reply.json(FakeUpstream.openAiCompletion("ok")));
        Pipeline broken = Pipeline.builder().step(new BaseStep(StepConfig.of("boom", OnDetection.BLOCK), Phase.INPUT, 1) {
            @Override
            public StepResult apply(StepContext context) {
                throw new IllegalStateException("bug");
            }
        }).build();
        // the engine itself fails closed on a throwing step: the request is blocked, never sent
        HttpResponse<String> r = TapPass.govern(HttpClient.newHttpClient(), broken)
                .send(post("/v1/chat/completions", REQUEST), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isIn(403, 503);
        assertThat(upstream.received).isEmpty();
        // a structural rewrite the codec cannot map back: closed -> 503, open -> forwarded
        Pipeline restructuring = Pipeline.builder().step(new BaseStep(StepConfig.of("drop", OnDetection.LOG), Phase.INPUT, 1) {
            @Override
            public StepResult apply(StepContext context) {
                return StepResult.pass().withRequest(context.request().withMessages(context.request().messages().subList(0, 1)));
            }
        }).build();
        HttpResponse<String> closed = TapPass.govern(HttpClient.newHttpClient(), restructuring)
                .send(post("/v1/chat/completions", REQUEST), HttpResponse.BodyHandlers.ofString());
        assertThat(closed.statusCode()).isEqualTo(503);
        assertThat(closed.body()).contains("governance_error");
        assertThat(upstream.received).isEmpty();
        HttpResponse<String> open = TapPass.governed(HttpClient.newHttpClient()).pipeline(restructuring)
                .failMode(FailMode.OPEN_LOGGED).build()
                .send(post("/v1/chat/completions", REQUEST), HttpResponse.BodyHandlers.ofString());
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(upstream.last().body()).isEqualTo(REQUEST);
    }

    @Test
    void malformedRequestGets400NamingTheProblem() throws Exception {
        HttpResponse<String> r = client.send(post("/v1/chat/completions", "{\"model\":\"x\",\"messages\":[}"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("malformed JSON").contains("line 1");
        assertThat(upstream.received).isEmpty();
    }

    @Test
    void worksWithAnHttp2ConfiguredDelegate() throws Exception {
        upstream.route("/v1/chat/completions", r -> Reply.json(FakeUpstream.openAiCompletion("ok")));
        GovernedHttpClient h2 = TapPass.govern(HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build(),
                TestSteps.standard());
        assertThat(h2.version()).isEqualTo(HttpClient.Version.HTTP_2);
        HttpResponse<String> r = h2.send(post("/v1/chat/completions", REQUEST), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("ok");
    }

    @Test
    void responsesApiStreamIsGovernedIncludingTheFullTextCopies() throws Exception {
        List<String> deltas = List.of("Mail ", "bob.j", "ones@exa", "mple.com", " for the contract, he replies fast.");
        String full = String.join("", deltas);
        List<String> events = new ArrayList<>();
        String resp = "{\"id\":\"resp_1\",\"object\":\"response\",\"status\":\"in_progress\",\"model\":\"gpt-5\",\"output\":[]}";
        events.add("event: response.created\ndata: {\"type\":\"response.created\",\"sequence_number\":0,\"response\":" + resp + "}\n\n");
        events.add("event: response.output_item.added\ndata: {\"type\":\"response.output_item.added\",\"sequence_number\":1,"
                + "\"output_index\":0,\"item\":{\"id\":\"msg_1\",\"type\":\"message\",\"status\":\"in_progress\",\"role\":\"assistant\",\"content\":[]}}\n\n");
        int seq = 2;
        for (String d : deltas) {
            events.add("event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",\"sequence_number\":"
                    + seq++ + ",\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":" + FakeUpstream.quote(d) + "}\n\n");
        }
        events.add("event: response.output_text.done\ndata: {\"type\":\"response.output_text.done\",\"sequence_number\":" + seq++
                + ",\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"text\":" + FakeUpstream.quote(full) + "}\n\n");
        String item = "{\"id\":\"msg_1\",\"type\":\"message\",\"status\":\"completed\",\"role\":\"assistant\",\"content\":"
                + "[{\"type\":\"output_text\",\"text\":" + FakeUpstream.quote(full) + ",\"annotations\":[]}]}";
        events.add("event: response.output_item.done\ndata: {\"type\":\"response.output_item.done\",\"sequence_number\":" + seq++
                + ",\"output_index\":0,\"item\":" + item + "}\n\n");
        events.add("event: response.completed\ndata: {\"type\":\"response.completed\",\"sequence_number\":" + seq
                + ",\"response\":{\"id\":\"resp_1\",\"object\":\"response\",\"status\":\"completed\",\"model\":\"gpt-5\",\"output\":["
                + item + "],\"usage\":{\"input_tokens\":9,\"output_tokens\":12,\"total_tokens\":21}}}\n\n");
        upstream.route("/v1/responses", r -> Reply.sse(events));
        HttpResponse<String> r = client.send(post("/v1/responses", "{\"model\":\"gpt-5\",\"input\":\"hi\",\"stream\":true}"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.body()).doesNotContain("bob").doesNotContain("ones@").contains("event: response.completed");
        StringBuilder text = new StringBuilder();
        for (String ev : r.body().split("\n\n")) {
            int i = ev.indexOf("data: ");
            var n = Json.parse(ev.substring(i + 6), "t");
            if ("response.output_text.delta".equals(n.path("type").asText())) {
                text.append(n.path("delta").asText());
            }
            if ("response.completed".equals(n.path("type").asText())) {
                assertThat(n.at("/response/output/0/content/0/text").asText())
                        .isEqualTo("Mail [MASKED_EMAIL] for the contract, he replies fast.");
            }
        }
        assertThat(text.toString()).isEqualTo("Mail [MASKED_EMAIL] for the contract, he replies fast.");
        assertThat(records.get(0).usage().outputTokens()).isEqualTo(12);
    }

    @Test
    void toolCallsInResponsesGoThroughTheToolCallGovernor() throws Exception {
        List<String> governed = new CopyOnWriteArrayList<>();
        ToolCallGovernor deny = (call, ctx) -> {
            governed.add(call.name() + call.arguments());
            return call.name().equals("delete_all")
                    ? new io.tappass.core.governance.Verdict(io.tappass.core.governance.Outcome.BLOCK, "tool not allowed",
                    "tool_permissions", io.tappass.core.governance.Classification.INTERNAL, List.of(), List.of(), null, null,
                    io.tappass.core.governance.Mode.ENFORCE, List.of(), List.of("tool_permissions"))
                    : TestSteps.standard().checkOutput("ok");
        };
        GovernedHttpClient tools = TapPass.governed(HttpClient.newHttpClient()).pipeline(TestSteps.standard())
                .toolCallGovernor(deny).listener(records::add).build();
        upstream.route("/v1/chat/completions", r -> r.body().contains("\"stream\":true")
                ? Reply.sse(toolStream(r.body().contains("wipe") ? "delete_all" : "get_weather"))
                : Reply.json(FakeUpstream.openAiToolCall(r.body().contains("wipe") ? "delete_all" : "get_weather",
                "{\"city\":\"Paris\"}")));
        HttpResponse<String> ok = tools.send(post("/v1/chat/completions", REQUEST), HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("get_weather");
        HttpResponse<String> denied = tools.send(post("/v1/chat/completions", REQUEST.replace("roadmap", "wipe")),
                HttpResponse.BodyHandlers.ofString());
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("\"blocked_by\":\"tool_permissions\"").doesNotContain("delete_all\"");
        String streamReq = REQUEST.replace("\"temperature\"", "\"stream\":true,\"temperature\"");
        HttpResponse<String> streamedOk = tools.send(post("/v1/chat/completions", streamReq), HttpResponse.BodyHandlers.ofString());
        assertThat(streamedOk.body()).contains("get_weather").contains("Paris").endsWith("data: [DONE]\n\n");
        HttpResponse<String> streamedDenied = tools.send(post("/v1/chat/completions", streamReq.replace("roadmap", "wipe")),
                HttpResponse.BodyHandlers.ofString());
        assertThat(streamedDenied.body()).doesNotContain("delete_all").contains("policy_block")
                .contains("tool_permissions").doesNotContain("[DONE]");
        assertThat(governed).contains("get_weather{city=Paris}", "delete_all{city=Paris}");
    }

    @Test
    void withoutAGovernorTheOutputCheckItselfGovernsToolCallsThroughTheToolSteps() throws Exception {
        io.tappass.pipeline.Pipeline pipeline = io.tappass.pipeline.Pipeline.builder()
                .override("tool_permissions", java.util.Map.of("deny", List.of("delete_*"))).build();
        GovernedHttpClient tools = TapPass.govern(HttpClient.newHttpClient(), pipeline);
        upstream.route("/v1/chat/completions", r -> Reply.json(FakeUpstream.openAiToolCall(
                r.body().contains("wipe") ? "delete_all" : "get_weather", "{\"city\":\"Paris\"}")));
        HttpResponse<String> ok = tools.send(post("/v1/chat/completions", REQUEST), HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("get_weather").contains("Paris");
        HttpResponse<String> denied = tools.send(post("/v1/chat/completions", REQUEST.replace("roadmap", "wipe")),
                HttpResponse.BodyHandlers.ofString());
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("\"type\":\"policy_block\"").doesNotContain("delete_all\"");
    }

    @Test
    void everyCallIsAuditedWithProviderModelTokensCostAndLatencyButNoText() throws Exception {
        io.tappass.core.audit.InMemoryAuditSink sink = new io.tappass.core.audit.InMemoryAuditSink();
        io.tappass.pipeline.Pipeline pipeline = io.tappass.pipeline.Pipeline.builder().step("validate_input")
                .auditSink(sink).build();
        GovernedHttpClient audited = TapPass.govern(HttpClient.newHttpClient(), pipeline);
        upstream.route("/v1/chat/completions", r -> Reply.json(FakeUpstream.openAiCompletion("Fine, thanks.")));
        HttpResponse<String> r = audited.send(post("/v1/chat/completions", REQUEST), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        List<io.tappass.core.audit.AuditEvent> events = sink.events();
        assertThat(events).extracting(io.tappass.core.audit.AuditEvent::eventKind)
                .containsExactly("chat", "chat", AuditCallListener.KIND);
        io.tappass.core.audit.AuditEvent call = events.get(2);
        assertThat(call.provider()).isEqualTo("openai");
        assertThat(call.model()).isEqualTo("gpt-4o-mini");
        assertThat(call.cost()).isNotNull();
        assertThat(call.cost().promptTokens() + call.cost().completionTokens()).isPositive();
        assertThat(call.cost().usd()).isPositive();
        assertThat(call.details()).containsKeys("latency_ms", "status", "outcome");
        for (io.tappass.core.audit.AuditEvent e : events) {
            assertThat(e.toJson()).doesNotContain("Fine, thanks").doesNotContain("roadmap").doesNotContain("Bearer");
        }
    }

    @Test
    void providerErrorsFeedTheProviderCircuitBreakerAndAnOpenBreakerStopsCallsBeforeTheProvider() throws Exception {
        io.tappass.pipeline.breaker.CircuitBreakerRegistry breakers = io.tappass.pipeline.breaker.CircuitBreakerRegistry
                .of(io.tappass.pipeline.breaker.CircuitBreakerConfig.custom().slidingWindowSize(4)
                        .minimumNumberOfCalls(4).build());
        io.tappass.pipeline.Pipeline pipeline = io.tappass.pipeline.Pipeline.builder().step("circuit_breaker")
                .circuitBreakers(breakers).build();
        GovernedHttpClient governed = TapPass.govern(HttpClient.newHttpClient(), pipeline);
        upstream.route("/v1/chat/completions", r -> new Reply(503, "application/json",
                List.of("{\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}"), false));
        for (int i = 0; i < 4; i++) {
            assertThat(governed.send(post("/v1/chat/completions", REQUEST), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(503);
        }
        assertThat(breakers.provider("openai").getState())
                .isEqualTo(io.tappass.pipeline.breaker.CircuitBreaker.State.OPEN);
        int calls = upstream.received.size();
        HttpResponse<String> refused = governed.send(post("/v1/chat/completions", REQUEST),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("circuit_breaker");
        assertThat(upstream.received).hasSize(calls);
    }

    static List<String> toolStream(String name) {
        String head = "{\"id\":\"chatcmpl-9\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o-mini\",";
        return List.of(
                "data: " + head + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":"
                        + "[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"" + name
                        + "\",\"arguments\":\"\"}}]},\"finish_reason\":null}]}\n\n",
                "data: " + head + "\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":"
                        + "{\"arguments\":\"{\\\"city\\\":\"}}]},\"finish_reason\":null}]}\n\n",
                "data: " + head + "\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":"
                        + "{\"arguments\":\"\\\"Paris\\\"}\"}}]},\"finish_reason\":null}]}\n\n",
                "data: " + head + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}]}\n\n",
                "data: [DONE]\n\n");
    }

    static String openAiText(String sse) {
        StringBuilder sb = new StringBuilder();
        for (String ev : sse.split("\n\n")) {
            if (ev.startsWith("data: {")) {
                var n = Json.parse(ev.substring(6), "t");
                for (var c : n.path("choices")) {
                    if (c.path("delta").path("content").isTextual()) {
                        sb.append(c.path("delta").path("content").asText());
                    }
                }
            }
        }
        return sb.toString();
    }

    @SuppressWarnings("unused")
    private static URI u(String s) {
        return URI.create(s);
    }
}
