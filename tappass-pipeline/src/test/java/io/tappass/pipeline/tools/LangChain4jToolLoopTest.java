package io.tappass.pipeline.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import io.tappass.core.ToolCall;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Obligation;
import io.tappass.core.governance.Outcome;
import io.tappass.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The LangChain4j example of docs/tools.md ("Governing tool calls"), run against real LangChain4j types. */
class LangChain4jToolLoopTest {

    @Test
    void governsEachToolExecutionRequest() throws Exception {
        Pipeline pipeline = Pipeline.builder()
                .override("tool_permissions", Map.of("allow", List.of("read_*", "list_*", "@email"),
                        "deny", List.of("delete_*")))
                .override("tool_constraints", Map.of("constraints", Map.of(
                        "read_file", Map.of("path", Map.of("subpath", "/workspace")))))
                .override("require_approval", Map.of("required_for", List.of(Map.of("tool", "send_email"))))
                .step("loop_guard")
                .build();
        GovernanceContext ctx = GovernanceContext.of("billing-agent", "session-7");
        JsonMapper json = JsonMapper.builder().build();
        AiMessage ai = AiMessage.from(List.of(
                ToolExecutionRequest.builder().id("1").name("read_file").arguments("{\"path\":\"/workspace/a/../b.txt\"}").build(),
                ToolExecutionRequest.builder().id("2").name("delete_file").arguments("{\"path\":\"/workspace/b.txt\"}").build(),
                ToolExecutionRequest.builder().id("3").name("send_email").arguments("{\"to\":\"cfo@example.com\"}").build()));

        List<ToolExecutionResultMessage> results = new ArrayList<>();
        List<ToolCall> executed = new ArrayList<>();
        for (ToolExecutionRequest req : ai.toolExecutionRequests()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> args = json.readValue(req.arguments(), Map.class);
            ToolDecision d = pipeline.govern(new ToolCall(req.id(), req.name(), args, null), ctx);
            String result;
            if (d.isAllowed()) {
                executed.add(d.toolCall());
                result = "ok";
                for (Obligation o : d.obligations()) {
                    if (o.type().equals("loop_warning")) {
                        result += "\n\n" + o.details().get("message");
                    }
                }
            } else if (d.outcome() == Outcome.NEEDS_APPROVAL) {
                result = "This call needs human approval (" + d.approval().requestId() + "); do not retry it.";
            } else {
                result = "Blocked by policy (" + d.blockingStep() + "): " + d.reason() + ". Do not retry it.";
            }
            results.add(ToolExecutionResultMessage.from(req, result));
        }

        assertThat(executed).extracting(ToolCall::name).containsExactly("read_file");
        assertThat(executed.get(0).arguments()).containsEntry("path", "/workspace/b.txt");
        assertThat(results.get(1).text()).startsWith("Blocked by policy (tool_permissions)");
        assertThat(results.get(2).text()).startsWith("This call needs human approval (apr_");
        assertThat(results).extracting(ToolExecutionResultMessage::id).containsExactly("1", "2", "3");
    }
}
