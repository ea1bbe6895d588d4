package io.tappass.client.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.guardrail.InputGuardrailException;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.service.AiServices;
import io.tappass.client.CallRecord;
import io.tappass.client.testing.FakeUpstream;
import io.tappass.client.testing.FakeUpstream.Reply;
import io.tappass.client.testing.TestSteps;
import io.tappass.pipeline.Pipeline;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real LangChain4j 1.19 models, with the TapPass HTTP client, against a loopback provider. */
class LangChain4jIntegrationTest {

    FakeUpstream upstream;
    final Pipeline pipeline = TestSteps.standard();
    final List<CallRecord> records = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        upstream = new FakeUpstream();
    }

    @AfterEach
    void stop() {
        upstream.close();
    }

    TapPassHttpClientBuilder builder() {
        return TapPassHttpClientBuilder.of(pipeline).governance(b -> b.listener(records::add).holdBack(16));
    }

    @Test
    void openAiChatModelIsGoverned() {
        upstream.route("/v1/chat/completions", r -> Reply.json(FakeUpstream.openAiCompletion(
                "Sure, mail dana@corp.example.com")));
        ChatModel model = OpenAiChatModel.builder().baseUrl(upstream.base() + "/v1").apiKey("sk-test-key")
                .modelName("gpt-4o-mini").maxRetries(0).httpClientBuilder(builder()).build();
        assertThat(model.chat("Who do I contact?")).isEqualTo("Sure, mail [MASKED_EMAIL]");
        assertThat(upstream.last().headers().getFirst("Authorization")).isEqualTo("Bearer sk-test-key");
        assertThat(records).singleElement().satisfies(r -> assertThat(r.usage().outputTokens()).isEqualTo(7));
        int before = upstream.received.size();
        assertThatThrownBy(() -> model.chat("Tell me about Project Falcon"))
                .hasStackTraceContaining("policy_block").hasStackTraceContaining("detect_business");
        assertThat(upstream.received).hasSize(before);
    }

    @Test
    void openAiStreamingChatModelIsGovernedWhileStreaming() throws Exception {
        upstream.route("/v1/chat/completions", r -> Reply.sse(FakeUpstream.openAiStream(List.of("Contact ", "ev",
                "e@exa", "mple.org", " for access. That is all I can say about it today."))));
        OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder().baseUrl(upstream.base() + "/v1")
                .apiKey("sk-test-key").modelName("gpt-4o-mini").httpClientBuilder(builder()).build();
        StringBuilder partials = new StringBuilder();
        List<String> pieces = new CopyOnWriteArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat("hi", new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partialResponse) {
                partials.append(partialResponse);
                pieces.add(partialResponse);
            }

            @Override
            public void onCompleteResponse(ChatResponse completeResponse) {
                done.complete(completeResponse);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        ChatResponse r = done.get(20, TimeUnit.SECONDS);
        assertThat(partials.toString()).isEqualTo("Contact [MASKED_EMAIL] for access. That is all I can say about it today.");
        assertThat(r.aiMessage().text()).isEqualTo(partials.toString());
        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(r.tokenUsage().outputTokenCount()).isEqualTo(5);
    }

    @Test
    void streamedToolCallArgumentsRewrittenByPolicyReachTheStreamingModelRewritten() throws Exception {
        upstream.route("/v1/chat/completions", r -> Reply.sse(FakeUpstream.openAiToolStream("send_mail",
                List.of("{\"to\":\"bo", "b@corp.example", ".com\",\"urgent\"", ":true}"))));
        Pipeline redacting = Pipeline.builder().step(new TestSteps.RedactToolArgsStep()).build();
        OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder().baseUrl(upstream.base() + "/v1")
                .apiKey("sk-test-key").modelName("gpt-4o-mini").httpClientBuilder(TapPassHttpClientBuilder.of(redacting))
                .build();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat("mail bob", new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partialResponse) {
            }

            @Override
            public void onCompleteResponse(ChatResponse completeResponse) {
                done.complete(completeResponse);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        ChatResponse r = done.get(20, TimeUnit.SECONDS);
        assertThat(r.aiMessage().toolExecutionRequests()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("call_1");
            assertThat(t.name()).isEqualTo("send_mail");
            assertThat(t.arguments()).isEqualTo("{\"to\":\"[REDACTED]\",\"urgent\":true}");
        });
    }

    @Test
    void streamingBlockReachesOnError() throws Exception {
        upstream.route("/v1/chat/completions", r -> Reply.sse(FakeUpstream.openAiStream(List.of("the TOPSECRET ",
                "plan, and enough text afterwards to pass the hold-back"))));
        OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder().baseUrl(upstream.base() + "/v1")
                .apiKey("sk-test-key").modelName("gpt-4o-mini").httpClientBuilder(builder()).build();
        StringBuilder partials = new StringBuilder();
        CompletableFuture<Object> done = new CompletableFuture<>();
        model.chat("hi", new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String p) {
                partials.append(p);
            }

            @Override
            public void onCompleteResponse(ChatResponse c) {
                done.complete(c);
            }

            @Override
            public void onError(Throwable error) {
                done.complete(error);
            }
        });
        Object outcome = done.get(20, TimeUnit.SECONDS);
        assertThat(partials.toString()).doesNotContain("TOPSECRET");
        assertThat(outcome).isInstanceOf(Throwable.class);
        assertThat(String.valueOf(((Throwable) outcome).getMessage())).contains("policy_block");
    }

    @Test
    void anthropicChatModelIsGoverned() {
        upstream.route("/v1/messages", r -> Reply.json(FakeUpstream.anthropicMessage("write to zoe@firm.example.net")));
        ChatModel model = AnthropicChatModel.builder().baseUrl(upstream.base() + "/v1/").apiKey("sk-ant-test")
                .modelName("claude-sonnet-4-5").maxRetries(0).httpClientBuilder(builder()).build();
        assertThat(model.chat("hello")).isEqualTo("write to [MASKED_EMAIL]");
        assertThat(upstream.last().headers().getFirst("x-api-key")).isEqualTo("sk-ant-test");
        assertThat(records.get(0).provider()).isEqualTo("anthropic");
        assertThatThrownBy(() -> model.chat("Project Falcon")).hasStackTraceContaining("policy_block");
    }

    interface Assistant {
        String chat(String message);
    }

    @Test
    void aiServicesGuardrails() {
        upstream.route("/v1/chat/completions", r -> Reply.json(FakeUpstream.openAiCompletion("ping me: ann@corp.example.com")));
        ChatModel plain = OpenAiChatModel.builder().baseUrl(upstream.base() + "/v1").apiKey("sk-test")
                .modelName("gpt-4o-mini").maxRetries(0).build();
        Assistant a = AiServices.builder(Assistant.class).chatModel(plain)
                .inputGuardrails(new TapPassInputGuardrail(pipeline))
                .outputGuardrails(new TapPassOutputGuardrail(pipeline)).build();
        assertThat(a.chat("hello")).isEqualTo("ping me: [MASKED_EMAIL]");
        int before = upstream.received.size();
        assertThatThrownBy(() -> a.chat("Project Falcon status?")).isInstanceOf(InputGuardrailException.class)
                .hasMessageContaining("detect_business").hasMessageNotContaining("Falcon");
        assertThat(upstream.received).hasSize(before);
    }
}
