package io.tappass.client.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tappass.client.testing.FakeUpstream;
import io.tappass.client.testing.FakeUpstream.Reply;
import io.tappass.client.testing.TestSteps;
import io.tappass.client.wire.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the official {@code openai} and {@code @anthropic-ai/sdk} npm clients (versions pinned in
 * {@code src/test/node/package.json}, installed by this test with {@code npm install} into
 * {@code target/node-conformance}) against a running gateway in front of a loopback provider: plain, streaming,
 * tool calls and blocked requests. Skips with a message when node/npm are missing or the registry is unreachable.
 */
class NpmConformanceTest {

    static final String KEY = "tp_npm_conformance_0001";

    static boolean available(String cmd) {
        try {
            Process p = new ProcessBuilder(cmd, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String run(Path dir, Map<String, String> env, long timeoutSeconds, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return null;
        }
        String s = new String(out, StandardCharsets.UTF_8);
        return p.exitValue() == 0 ? s : "EXIT " + p.exitValue() + "\n" + s;
    }

    static final String ANTHROPIC_TOOL = "{\"id\":\"msg_t\",\"type\":\"message\",\"role\":\"assistant\",\"model\":"
            + "\"claude-sonnet-4-5\",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"get_weather\","
            + "\"input\":{\"city\":\"Paris\"}}],\"stop_reason\":\"tool_use\",\"stop_sequence\":null,"
            + "\"usage\":{\"input_tokens\":10,\"output_tokens\":5}}";

    @Test
    void officialNpmClientsAgainstTheGateway() throws Exception {
        Assumptions.assumeTrue(available("node") && available("npm"),
                "node/npm not installed: npm conformance against the gateway skipped");
        Path dir = Path.of("target", "node-conformance").toAbsolutePath();
        Files.createDirectories(dir);
        for (String f : List.of("package.json", "conformance.mjs")) {
            Files.copy(Path.of("src", "test", "node", f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(dir.resolve("node_modules").resolve("openai"))
                || !Files.isDirectory(dir.resolve("node_modules").resolve("@anthropic-ai").resolve("sdk"))) {
            String install = run(dir, Map.of(), 240, "npm", "install", "--no-audit", "--no-fund", "--prefer-offline");
            Assumptions.assumeTrue(install != null && !install.startsWith("EXIT"),
                    "npm install of openai/@anthropic-ai/sdk failed (registry unreachable?): skipped\n" + install);
        }
        try (FakeUpstream upstream = new FakeUpstream()) {
            upstream.route("/v1/chat/completions", r -> {
                if (r.body().contains("\"tools\"")) {
                    return Reply.json(FakeUpstream.openAiToolCall("get_weather", "{\"city\":\"Paris\"}"));
                }
                if (r.body().contains("\"stream\":true")) {
                    return r.body().contains("leak it")
                            ? Reply.sse(FakeUpstream.openAiStream(List.of("The ", "TOPSECRET", " plan is here and more text follows")))
                            : Reply.sse(FakeUpstream.openAiStream(List.of("Write ", "to jo", "@corp.exa", "mple.com", " today, ",
                            "the team answers quickly.")));
                }
                return Reply.json(FakeUpstream.openAiCompletion("Contact jo@corp.example.com"));
            });
            upstream.route("/v1/messages", r -> {
                if (r.body().contains("\"tools\"")) {
                    return Reply.json(ANTHROPIC_TOOL);
                }
                if (r.body().contains("\"stream\":true")) {
                    return Reply.sse(FakeUpstream.anthropicStream(List.of("Write ", "to jo", "@corp.exa", "mple.com",
                            " today, the team answers quickly.")));
                }
                return Reply.json(FakeUpstream.anthropicMessage("Contact jo@corp.example.com"));
            });
            try (Gateway gw = Gateway.builder().port(0).pipeline(TestSteps.standard()).agent(KEY, "npm-agent")
                    .openAiBaseUrl(upstream.base() + "/v1").anthropicBaseUrl(upstream.base().toString())
                    .openAiApiKey("sk-real").anthropicApiKey("sk-ant-real").holdBack(16).start()) {
                Map<String, String> env = new HashMap<>();
                env.put("TAPPASS_URL", gw.baseUri().toString());
                env.put("TAPPASS_KEY", KEY);
                String output = run(dir, env, 120, "node", "conformance.mjs");
                assertThat(output).as("node conformance.mjs output").isNotNull().doesNotStartWith("EXIT");
                Map<String, JsonNode> res = new HashMap<>();
                for (String line : output.split("\n")) {
                    if (line.startsWith("{")) {
                        JsonNode n = Json.parse(line, "node output");
                        res.put(n.get("name").asText(), n);
                    }
                }
                assertThat(res).as(output).containsKeys("openai.plain", "openai.stream", "openai.tools", "openai.blocked",
                        "openai.stream_blocked", "anthropic.plain", "anthropic.stream", "anthropic.tools", "anthropic.blocked");
                assertThat(res.get("openai.plain").get("text").asText()).isEqualTo("Contact [MASKED_EMAIL]");
                assertThat(res.get("openai.plain").get("tappass").get("agent_id").asText()).isEqualTo("npm-agent");
                assertThat(res.get("openai.stream").get("text").asText())
                        .isEqualTo("Write to [MASKED_EMAIL] today, the team answers quickly.");
                assertThat(res.get("openai.stream").get("chunks").asInt()).isGreaterThan(2);
                assertThat(res.get("openai.tools").get("tool").asText()).isEqualTo("get_weather");
                assertThat(res.get("openai.tools").get("args").get("city").asText()).isEqualTo("Paris");
                assertThat(res.get("openai.blocked").get("ok").asBoolean()).isFalse();
                assertThat(res.get("openai.blocked").get("status").asInt()).isEqualTo(403);
                assertThat(res.get("openai.blocked").get("message").asText()).contains("blocked by policy");
                assertThat(res.get("openai.stream_blocked").get("ok").asBoolean()).as(output).isFalse();
                assertThat(res.get("openai.stream_blocked").toString()).doesNotContain("TOPSECRET");
                assertThat(res.get("anthropic.plain").get("text").asText()).isEqualTo("Contact [MASKED_EMAIL]");
                assertThat(res.get("anthropic.stream").get("text").asText())
                        .isEqualTo("Write to [MASKED_EMAIL] today, the team answers quickly.");
                assertThat(res.get("anthropic.stream").get("stop").asText()).isEqualTo("end_turn");
                assertThat(res.get("anthropic.tools").get("tool").asText()).isEqualTo("get_weather");
                assertThat(res.get("anthropic.blocked").get("ok").asBoolean()).isFalse();
                assertThat(res.get("anthropic.blocked").get("status").asInt()).isEqualTo(403);
                assertThat(upstream.received).noneMatch(r -> r.body().contains("Project Falcon"));
                assertThat(upstream.received).allMatch(r -> !KEY.equals(r.headers().getFirst("x-api-key"))
                        && !("Bearer " + KEY).equals(r.headers().getFirst("Authorization")));
            }
        }
    }
}
