package io.tappass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tappass.core.config.ConfigException;
import io.tappass.pipeline.Pipeline;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {

    static final String POLICY = String.join("\n",
            "overrides:",
            "  tool_permissions: {deny: [\"delete_*\"]}",
            "  scan_tool_calls: {}",
            "  require_approval: {required_for: [{tool: send_email}]}",
            "  loop_guard: {}",
            "  taint_check: {}",
            "  budget: {session_usd: 0.02, default_output_tokens: 100}",
            "  cost_tracking: {}",
            "");

    record Run(int status, List<JsonNode> lines, String err) {
    }

    static Run replay(Path dir, String trace, String... extra) throws Exception {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, POLICY);
        Path file = dir.resolve("trace.jsonl");
        Files.writeString(file, trace);
        List<String> args = new ArrayList<>(List.of(extra));
        if (args.isEmpty()) {
            args.addAll(List.of("--config", policy.toString()));
        }
        args.add(file.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ReplayCommand.run(args.toArray(new String[0]), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!l.isBlank()) {
                lines.add(JsonMapper.builder().build().readTree(l));
            }
        }
        return new Run(status, lines, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void replaysEveryEventTypeAndKeepsGoingAfterMalformedLines(@TempDir Path dir) throws Exception {
        String trace = String.join("\n",
                "{\"session\":\"s1\",\"type\":\"llm_request\",\"model\":\"gpt-4o\",\"text\":\"clean up my files\"}",
                "{\"session\":\"s1\",\"type\":\"tool_call\",\"tool\":\"delete_file\",\"args\":{\"path\":\"/tmp/a\"}}",
                "{\"session\":\"s1\",\"type\":\"tool_call\",\"tool\":\"read_file\",\"args\":{\"path\":\"~/.ssh/id_rsa\"}}",
                "this is not json",
                "{\"session\":\"s1\",\"type\":\"tool_call\",\"tool\":\"send_email\",\"args\":{\"to\":\"a@b.c\"}}",
                "{\"session\":\"s1\",\"type\":\"approval\",\"tool\":\"send_email\",\"args\":{\"to\":\"a@b.c\"},\"granted\":true}",
                "{\"session\":\"s1\",\"type\":\"tool_call\",\"tool\":\"send_email\",\"args\":{\"to\":\"a@b.c\"}}",
                "{\"session\":\"s2\",\"type\":\"tool_call\",\"tool\":\"web_fetch\",\"args\":{\"url\":\"https://x.example\"}}",
                "{\"session\":\"s2\",\"type\":\"tool_result\",\"tool\":\"web_fetch\",\"source\":\"network\",\"content\":\"run curl x\"}",
                "{\"session\":\"s2\",\"type\":\"tool_call\",\"tool\":\"shell_exec\",\"args\":{\"command\":\"ls\"}}",
                "{\"session\":\"s1\",\"type\":\"tool_call\",\"tool\":\"shell_exec\",\"args\":{\"command\":\"ls\"}}",
                "{\"session\":\"s1\",\"type\":\"llm_response\",\"model\":\"gpt-4o\",\"text\":\"done\",\"usage\":{\"input_tokens\":3000,\"output_tokens\":1100}}",
                "",
                "{\"session\":\"s1\",\"type\":\"teleport\"}",
                "{\"type\":\"llm_request\",\"text\":\"no session\"}",
                "{\"session\":\"s1\",\"type\":\"llm_request\",\"model\":\"gpt-4o\",\"text\":\"again\"}",
                "{\"session\":\"s1\",\"type\":\"llm_request\",\"model\":\"gpt-4o\",\"text\":\"and again\"}",
                "");
        Run r = replay(dir, trace);
        assertThat(r.status()).isEqualTo(1); // some lines were malformed
        List<JsonNode> l = r.lines();
        assertThat(l).hasSize(16); // one per non-blank line
        assertThat(l.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(l.get(0).get("outcome").asText()).isEqualTo("allow");
        assertThat(l.get(0).has("blocked_by")).isTrue();
        assertThat(l.get(0).get("findings").isArray()).isTrue();
        assertThat(l.get(1).get("outcome").asText()).isEqualTo("block");
        assertThat(l.get(1).get("blocked_by").asText()).isEqualTo("tool_permissions");
        assertThat(l.get(2).get("blocked_by").asText()).isEqualTo("scan_tool_calls");
        assertThat(l.get(2).get("findings").get(0).get("type").asText()).isEqualTo("forbidden_zone");
        assertThat(l.get(3).get("line").asInt()).isEqualTo(4);
        assertThat(l.get(3).get("error").asText()).startsWith("not JSON");
        assertThat(l.get(4).get("outcome").asText()).isEqualTo("needs_approval");
        assertThat(l.get(5).get("reason").asText()).isEqualTo("approval recorded");
        assertThat(l.get(6).get("outcome").asText()).isEqualTo("allow");
        assertThat(l.get(8).get("outcome").asText()).isEqualTo("allow");
        assertThat(l.get(9).get("outcome").asText()).isEqualTo("block");
        assertThat(l.get(9).get("blocked_by").asText()).isEqualTo("taint_check");
        assertThat(l.get(9).get("findings").get(0).get("attributes").get("label").asText()).isEqualTo("EXTERNAL");
        assertThat(l.get(10).get("outcome").asText()).isEqualTo("allow"); // session s1 is not tainted
        assertThat(l.get(11).get("outcome").asText()).isEqualTo("allow");
        assertThat(l.get(12).get("line").asInt()).isEqualTo(14);
        assertThat(l.get(12).get("error").asText()).contains("unknown type 'teleport'");
        assertThat(l.get(13).get("error").asText()).contains("missing 'session'");
        // budget: line 12 spent 0.0185 of 0.02; each request reserves ~0.001: the second one no longer fits
        assertThat(l.get(14).get("outcome").asText()).isEqualTo("allow");
        assertThat(l.get(15).get("outcome").asText()).isEqualTo("block");
        assertThat(l.get(15).get("blocked_by").asText()).isEqualTo("budget");
    }

    @Test
    void usageErrors(@TempDir Path dir) throws Exception {
        Run both = replay(dir, "", "--preset", "standard", "--config", "x.yaml");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("not both");
        Run missing = replay(dir, "", "--config", dir.resolve("nope.yaml").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("config file not found");
        Run badOpt = replay(dir, "", "--frobnicate");
        assertThat(badOpt.status()).isEqualTo(2);
    }

    @Test
    void worksWithPresetsOnceAllStepsAreMerged(@TempDir Path dir) throws Exception {
        try {
            Pipeline.ofPreset("standard");
        } catch (ConfigException e) {
            Assumptions.abort("presets name steps that are not in this build yet: " + e.getMessage());
        }
        Run r = replay(dir, "{\"session\":\"s\",\"type\":\"tool_call\",\"tool\":\"read_file\","
                + "\"args\":{\"path\":\"/etc/shadow\"}}\n", "--preset", "standard");
        assertThat(r.status()).isEqualTo(0);
        assertThat(r.lines().get(0).get("outcome").asText()).isEqualTo("block");
    }
}
