package io.tappass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tappass.client.gateway.Gateway;
import io.tappass.core.ToolCall;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.pipeline.Pipeline;
import io.tappass.sandbox.AgentSandboxPolicies;
import io.tappass.sandbox.SandboxPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One policy file governs both surfaces: the pipeline's tool steps and the agent's sandbox (roadmap step 5). */
class PolicySyncTest {

    private static final String POLICY = """
            agent: support-bot
            preset: standard
            sandbox:
              workspace: /srv/agents/support-bot
              gateway: http://127.0.0.1:9620
              tool_domains:
                web_search: [api.search.example]
                send_email: [smtp-api.mail.example]
            overrides:
              tool_permissions:
                allow: ["web_*", "send_email"]
            forbidden_zones: ["~/.ssh/*"]
            """;

    @TempDir
    Path dir;

    @Test
    void theSamePolicyFileConfiguresThePipelineAndTheSandbox() throws Exception {
        Path file = dir.resolve("agent.yaml");
        Files.writeString(file, POLICY);
        Pipeline pipeline = Pipeline.fromFile(file);
        GovernanceContext ctx = GovernanceContext.of("support-bot", "s1");
        assertThat(pipeline.govern(ToolCall.of("web_search", Map.of("q", "weather")), ctx).isAllowed()).isTrue();
        assertThat(pipeline.govern(ToolCall.of("delete_repo", Map.of()), ctx).isBlocked()).isTrue();
        SandboxPolicy sandbox = AgentSandboxPolicies.fromPolicyFile(file);
        assertThat(sandbox.allowedDomains()).containsExactlyInAnyOrder("api.search.example", "smtp-api.mail.example");
        assertThat(sandbox.localhostPorts()).containsExactly(9620);
    }

    @Test
    void theGatewayServesEachAgentItsSandboxProfileAndAPolicyEditTakesEffectOnTheNextFetch() throws Exception {
        Path file = dir.resolve("agent.yaml");
        Files.writeString(file, POLICY);
        AtomicReference<Gateway> ref = new AtomicReference<>();
        Gateway gateway = Gateway.builder().port(0).pipeline(Pipeline.fromFile(file))
                .agent("tp_support_key_123456", "support-bot").agent("tp_other_key_1234567", "other-bot")
                .route(SandboxPolicyRoute.CONTEXT, new SandboxPolicyRoute(file, ref::get)).start();
        ref.set(gateway);
        try {
            HttpClient http = HttpClient.newHttpClient();
            URI uri = gateway.baseUri().resolve("/agents/support-bot/sandbox-policy");
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer tp_support_key_123456").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).isEqualTo(200);
            JsonNode profile = new ObjectMapper().readTree(ok.body());
            assertThat(profile.at("/network/allow_domain").toString()).contains("smtp-api.mail.example");

            // The CISO blocks send_email: the next fetch no longer lets the agent reach its API.
            Files.writeString(file, POLICY.replace("allow: [\"web_*\", \"send_email\"]",
                    "allow: [\"web_*\"]\n    deny: [send_email]"));
            HttpResponse<String> after = http.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer tp_support_key_123456").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.body()).contains("api.search.example").doesNotContain("smtp-api.mail.example");

            assertThat(http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(401);
            assertThat(http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer tp_other_key_1234567")
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
            Files.writeString(file, POLICY.replace("workspace: /srv/agents/support-bot", "workspace: relative/dir"));
            HttpResponse<String> broken = http.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer tp_support_key_123456").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(broken.statusCode()).isEqualTo(500);
            assertThat(broken.body()).contains("sandbox.workspace");
        } finally {
            gateway.stop(0);
        }
    }
}
