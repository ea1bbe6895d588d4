package io.tappass.client.springai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tappass.client.testing.TestSteps;
import io.tappass.core.governance.PolicyBlockedException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import reactor.core.publisher.Flux;

/** The real Spring AI 1.1.2 ChatClient with the TapPass advisor, over a scripted ChatModel. */
class SpringAiAdvisorTest {

    static final class ScriptedModel implements ChatModel {
        final List<Prompt> prompts = new CopyOnWriteArrayList<>();
        final String answer;
        final List<String> chunks;

        ScriptedModel(String answer, List<String> chunks) {
            this.answer = answer;
            this.chunks = chunks;
        }

        @Override
        public ChatResponse call(Prompt prompt) {
            prompts.add(prompt);
            return new ChatResponse(List.of(new Generation(new AssistantMessage(answer))));
        }

        @Override
        public Flux<ChatResponse> stream(Prompt prompt) {
            prompts.add(prompt);
            return Flux.fromIterable(chunks).map(c -> new ChatResponse(List.of(new Generation(new AssistantMessage(c)))));
        }
    }

    @Test
    void callIsGoverned() {
        ScriptedModel model = new ScriptedModel("mail max@corp.example.com", List.of());
        ChatClient chat = ChatClient.builder(model).defaultAdvisors(new TapPassAdvisor(TestSteps.standard())).build();
        assertThat(chat.prompt().user("hello").call().content()).isEqualTo("mail [MASKED_EMAIL]");
        assertThatThrownBy(() -> chat.prompt().user("Project Falcon?").call().content())
                .isInstanceOf(PolicyBlockedException.class)
                .satisfies(e -> assertThat(((PolicyBlockedException) e).blockedBy()).isEqualTo("detect_business"));
        assertThat(model.prompts).hasSize(1);
    }

    @Test
    void streamIsGovernedWithHoldBack() {
        ScriptedModel model = new ScriptedModel("", List.of("Write to ", "max", "@corp.exa", "mple.com", " and ",
                "you will get an answer from the team within a day."));
        ChatClient chat = ChatClient.builder(model).defaultAdvisors(new TapPassAdvisor(TestSteps.standard())).build();
        List<String> parts = chat.prompt().user("hi").stream().content().collectList().block(Duration.ofSeconds(10));
        assertThat(String.join("", parts)).isEqualTo("Write to [MASKED_EMAIL] and you will get an answer from the team "
                + "within a day.");
        assertThat(parts).hasSizeGreaterThan(1);
    }

    @Test
    void streamBlockEndsTheFlux() {
        ScriptedModel model = new ScriptedModel("", List.of("the TOP", "SECRET plan"));
        ChatClient chat = ChatClient.builder(model).defaultAdvisors(new TapPassAdvisor(TestSteps.standard())).build();
        List<String> seen = new CopyOnWriteArrayList<>();
        assertThatThrownBy(() -> chat.prompt().user("hi").stream().content().doOnNext(seen::add).blockLast(Duration.ofSeconds(10)))
                .isInstanceOf(PolicyBlockedException.class);
        assertThat(String.join("", seen)).doesNotContain("TOPSECRET");
    }
}
