package io.tappass.client.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.AnthropicClientImpl;
import com.anthropic.core.ClientOptions;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.PermissionDeniedException;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import io.tappass.client.testing.FakeUpstream;
import io.tappass.client.testing.FakeUpstream.Reply;
import io.tappass.client.testing.TestSteps;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real anthropic-java 3.14.0 SDK over the TapPass transport, against a loopback provider. */
class AnthropicJavaIntegrationTest {

    FakeUpstream upstream;
    AnthropicClient client;

    @BeforeEach
    void start() throws Exception {
        upstream = new FakeUpstream();
        client = new AnthropicClientImpl(ClientOptions.builder()
                .httpClient(new TapPassAnthropicHttpClient(io.tappass.client.TapPass.govern(
                        java.net.http.HttpClient.newHttpClient(), TestSteps.standard())))
                .putHeader("x-api-key", "sk-ant-test").baseUrl(upstream.base().toString()).maxRetries(0).build());
    }

    @AfterEach
    void stop() {
        upstream.close();
    }

    static MessageCreateParams params(String user) {
        return MessageCreateParams.builder().model("claude-sonnet-4-5").maxTokens(256).addUserMessage(user).build();
    }

    @Test
    void createIsGovernedAndBlocksSurfaceAsPermissionDenied() {
        upstream.route("/v1/messages", r -> Reply.json(FakeUpstream.anthropicMessage("mail lee@corp.example.com")));
        Message m = client.messages().create(params("hello"));
        assertThat(m.content().get(0).text().orElseThrow().text()).isEqualTo("mail [MASKED_EMAIL]");
        assertThat(upstream.last().headers().getFirst("x-api-key")).isEqualTo("sk-ant-test");
        int before = upstream.received.size();
        assertThatThrownBy(() -> client.messages().create(params("Project Falcon?")))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("policy_block");
        assertThat(upstream.received).hasSize(before);
    }

    @Test
    void streamingIsGoverned() {
        upstream.route("/v1/messages", r -> Reply.sse(FakeUpstream.anthropicStream(List.of("Ask ", "lee", "@corp.exa",
                "mple.com", " about it, he knows the details well."))));
        try (StreamResponse<RawMessageStreamEvent> s = client.messages().createStreaming(params("hi"))) {
            String text = s.stream().filter(RawMessageStreamEvent::isContentBlockDelta)
                    .map(e -> e.asContentBlockDelta().delta().text().map(t -> t.text()).orElse(""))
                    .collect(Collectors.joining());
            assertThat(text).isEqualTo("Ask [MASKED_EMAIL] about it, he knows the details well.");
        }
    }
}
