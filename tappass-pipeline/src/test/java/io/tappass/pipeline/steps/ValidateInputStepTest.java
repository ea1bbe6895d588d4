package io.tappass.pipeline.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.core.ChatRequest;
import io.tappass.core.ContentPart;
import io.tappass.core.Message;
import io.tappass.core.Role;
import io.tappass.core.ToolCall;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Outcome;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.Pipeline;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** validate_input through the engine: each structural problem blocks with its own finding type and reason. */
class ValidateInputStepTest {

    private static final Pipeline PIPELINE = Pipeline.builder().step("validate_input")
            .override("validate_input", Map.of("max_messages", 3, "max_message_chars", 20, "max_total_chars", 30))
            .build();

    private static Verdict check(ChatRequest request) {
        return PIPELINE.checkInput(request, GovernanceContext.builder().agentId("validate-test").build());
    }

    private static String blockedType(Verdict v) {
        assertThat(v.outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(v.blockedBy()).isEqualTo("validate_input");
        return v.findingsOf("validate_input").get(0).type();
    }

    @Test
    void wellFormedRequestsPass() {
        assertThat(check(ChatRequest.ofUser("hello \uD83D\uDE00 there")).outcome())
                .isEqualTo(Outcome.ALLOW);
    }

    @Test
    void sizeAndStructureLimits() {
        assertThat(blockedType(check(ChatRequest.builder().build()))).isEqualTo("empty_request");
        assertThat(blockedType(check(ChatRequest.builder().user("a").user("b").user("c").user("d")
                .build()))).isEqualTo("too_many_messages");
        Verdict big = check(ChatRequest.ofUser("x".repeat(21)));
        assertThat(blockedType(big)).isEqualTo("message_too_large");
        assertThat(big.reason()).contains("21 characters").contains("limit is 20");
        assertThat(blockedType(check(ChatRequest.builder().user("x".repeat(16)).user("y".repeat(16))
                .build()))).isEqualTo("request_too_large");
        ChatRequest orphan = ChatRequest.builder()
                .addMessage(Message.assistant("", List.of(new ToolCall("call_1", "search", Map.of(), null))))
                .addMessage(Message.toolResult("call_2", "search", "result"))
                .build();
        assertThat(blockedType(check(orphan))).isEqualTo("orphan_tool_result");
    }

    @Test
    void unpairedSurrogatesAreInvalidTextNamingMessagePartAndIndex() {
        Verdict v = check(ChatRequest.builder().user("fine").user("bad \uD83D!").build());
        assertThat(blockedType(v)).isEqualTo("invalid_text");
        assertThat(v.reason()).contains("message 1").contains("content part 0").contains("index 4");
        Message twoParts = new Message(Role.USER, List.of(ContentPart.text("ok"), ContentPart.text("\uDE00")),
                List.of(), null, null, Map.of());
        Verdict w = check(ChatRequest.builder().addMessage(twoParts).build());
        assertThat(blockedType(w)).isEqualTo("invalid_text");
        assertThat(w.reason()).contains("message 0").contains("content part 1").contains("index 0");
    }
}
