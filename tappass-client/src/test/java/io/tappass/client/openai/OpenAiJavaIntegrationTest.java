package io.tappass.client.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientImpl;
import com.openai.core.ClientOptions;
import com.openai.core.http.StreamResponse;
import com.openai.errors.PermissionDeniedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.tappass.client.testing.FakeUpstream;
import io.tappass.client.testing.FakeUpstream.Reply;
import io.tappass.client.testing.TestSteps;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real openai-java 4.8.0 SDK over the TapPass transport, against a loopback provider. */
class OpenAiJavaIntegrationTest {

    FakeUpstream upstream;
    OpenAIClient client;

    @BeforeEach
    void start() throws Exception {
        upstream = new FakeUpstream();
        client = new OpenAIClientImpl(ClientOptions.builder().httpClient(TapPassOpenAiHttpClient.of(TestSteps.standard()))
                .apiKey("sk-test-key").baseUrl(upstream.base() + "/v1").maxRetries(0).build());
    }

    @AfterEach
    void stop() {
        upstream.close();
    }

    static ChatCompletionCreateParams params(String user) {
        return ChatCompletionCreateParams.builder().model("gpt-4o-mini").addUserMessage(user).build();
    }

    @Test
    void createIsGovernedAndBlocksSurfaceAsPermissionDenied() {
        upstream.route("/v1/chat/completions", r -> Reply.json(FakeUpstream.openAiCompletion("mail kim@corp.example.com")));
        ChatCompletion c = client.chat().completions().create(params("hello"));
        assertThat(c.choices().get(0).message().content()).contains("mail [MASKED_EMAIL]");
        assertThat(upstream.last().headers().getFirst("Authorization")).isEqualTo("Bearer sk-test-key");
        int before = upstream.received.size();
        assertThatThrownBy(() -> client.chat().completions().create(params("Project Falcon?")))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("Request blocked by policy")
                .satisfies(e -> assertThat(((PermissionDeniedException) e).body().toString()).contains("detect_business")
                        .contains("policy_block"));
        assertThat(upstream.received).hasSize(before);
    }

    @Test
    void streamingIsGoverned() {
        upstream.route("/v1/chat/completions", r -> Reply.sse(FakeUpstream.openAiStream(List.of("Ask ", "kim", "@corp.exa",
                "mple.com", " about it, she knows the details well."))));
        try (StreamResponse<ChatCompletionChunk> s = client.chat().completions().createStreaming(params("hi"))) {
            String text = s.stream().flatMap(ch -> ch.choices().stream()).map(ch -> ch.delta().content().orElse(""))
                    .collect(Collectors.joining());
            assertThat(text).isEqualTo("Ask [MASKED_EMAIL] about it, she knows the details well.");
        }
    }

    @Test
    void toolCallsReachTheSdk() {
        upstream.route("/v1/chat/completions", r -> Reply.json(FakeUpstream.openAiToolCall("get_weather", "{\"city\":\"Paris\"}")));
        ChatCompletion c = client.chat().completions().create(params("weather?"));
        assertThat(c.choices().get(0).message().toolCalls().orElseThrow().get(0).function().orElseThrow().function().arguments())
                .isEqualTo("{\"city\":\"Paris\"}");
    }

    @Test
    void streamedToolCallArgumentsRewrittenByPolicyReachTheAccumulatorRewritten() {
        OpenAIClient redacting = new OpenAIClientImpl(ClientOptions.builder()
                .httpClient(TapPassOpenAiHttpClient.of(io.tappass.pipeline.Pipeline.builder()
                        .step(new TestSteps.RedactToolArgsStep()).build()))
                .apiKey("sk-test-key").baseUrl(upstream.base() + "/v1").maxRetries(0).build());
        upstream.route("/v1/chat/completions", r -> Reply.sse(FakeUpstream.openAiToolStream("send_mail",
                List.of("{\"to\":\"bo", "b@corp.example", ".com\",\"urgent\"", ":true}"))));
        com.openai.helpers.ChatCompletionAccumulator acc = com.openai.helpers.ChatCompletionAccumulator.create();
        try (StreamResponse<ChatCompletionChunk> s = redacting.chat().completions().createStreaming(params("mail bob"))) {
            s.stream().forEach(acc::accumulate);
        }
        ChatCompletion c = acc.chatCompletion();
        var call = c.choices().get(0).message().toolCalls().orElseThrow().get(0).function().orElseThrow();
        assertThat(call.id()).isEqualTo("call_1");
        assertThat(call.function().name()).isEqualTo("send_mail");
        assertThat(call.function().arguments()).isEqualTo("{\"to\":\"[REDACTED]\",\"urgent\":true}");
        assertThat(c.choices().get(0).finishReason().asString()).isEqualTo("tool_calls");
    }
}
