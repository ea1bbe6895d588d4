package io.tappass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tappass.core.audit.AuditEvent;
import io.tappass.core.audit.JsonlAuditSink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Result(int status, List<JsonNode> lines, String err) {
    }

    static Result run(byte[] stdin, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!l.isBlank()) {
                lines.add(JSON.readTree(l));
            }
        }
        return new Result(status, lines, err.toString(StandardCharsets.UTF_8));
    }

    private Path policy() throws Exception {
        Path f = dir.resolve("policy.yaml");
        Files.writeString(f, """
                overrides:
                  validate_input: {}
                  detect_business: {terms: [Project Falcon], on_detection: redact, level: RESTRICTED}
                """);
        return f;
    }

    @Test
    void scanWritesOneVerdictLinePerInputWithSpansIntoTheInputText() throws Exception {
        String input = "{\"id\":\"a\",\"text\":\"héllo 😀 Project Falcon\"}\n"
                + "{\"id\":\"b\",\"text\":\"nothing here\"}\n";
        Result r = run(input.getBytes(StandardCharsets.UTF_8), "scan", "--config", policy().toString());
        assertThat(r.status()).isZero();
        assertThat(r.lines()).hasSize(2);
        JsonNode a = r.lines().get(0);
        assertThat(a.get("id").asText()).isEqualTo("a");
        assertThat(a.get("verdict").asText()).isEqualTo("modify");
        assertThat(a.get("classification").asText()).isEqualTo("RESTRICTED");
        assertThat(a.get("text").asText()).isEqualTo("héllo 😀 [MASKED_BUSINESS]");
        JsonNode f = a.get("findings").get(0);
        assertThat(f.get("step").asText()).isEqualTo("detect_business");
        assertThat(f.get("type").asText()).isEqualTo("BUSINESS_TERM");
        String original = "héllo 😀 Project Falcon";
        assertThat(original.substring(f.get("start").asInt(), f.get("end").asInt())).isEqualTo("Project Falcon");
        assertThat(r.lines().get(1).get("verdict").asText()).isEqualTo("allow");
        assertThat(r.lines().get(1).get("blocked_by").isNull()).isTrue();
    }

    @Test
    void onDetectionLogReportsWithoutActingAndStepsSelectsSteps() throws Exception {
        String input = "{\"id\":1,\"text\":\"Project Falcon\"}\n";
        Result r = run(input.getBytes(StandardCharsets.UTF_8), "scan", "--config", policy().toString(),
                "--steps", "detect_business", "--on-detection", "log");
        JsonNode a = r.lines().get(0);
        assertThat(a.get("verdict").asText()).isEqualTo("allow");
        assertThat(a.get("text").asText()).isEqualTo("Project Falcon");
        assertThat(a.get("findings")).hasSize(1);
    }

    @Test
    void badLinesGiveAnErrorLineWithTheirNumberAndTheScanGoesOn() throws Exception {
        String input = "{\"id\":\"a\",\"text\":\"ok\"}\nnot json\n{\"id\":\"c\"}\n[1]\n{\"id\":\"e\",\"text\":\"fine\"}\n";
        Result r = run(input.getBytes(StandardCharsets.UTF_8), "scan", "--config", policy().toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.lines()).hasSize(5);
        assertThat(r.lines().get(1).get("line").asInt()).isEqualTo(2);
        assertThat(r.lines().get(1).get("error").asText()).contains("malformed JSON");
        assertThat(r.lines().get(2).get("line").asInt()).isEqualTo(3);
        assertThat(r.lines().get(2).get("id").asText()).isEqualTo("c");
        assertThat(r.lines().get(2).get("error").asText()).contains("text");
        assertThat(r.lines().get(3).get("line").asInt()).isEqualTo(4);
        assertThat(r.lines().get(4).get("id").asText()).isEqualTo("e");
        assertThat(r.err()).contains("3 bad input line(s)");
    }

    @Test
    void invalidUtf8IsReportedWithTheLineNumber() throws Exception {
        byte[] input = {'{', '"', 'i', 'd', '"', ':', '1', ',', '"', 't', 'e', 'x', 't', '"', ':', '"', 'o', 'k', '"',
                '}', '\n', '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        Result r = run(input, "scan", "--config", policy().toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.lines()).hasSize(2);
        assertThat(r.lines().get(1).get("line").asInt()).isEqualTo(2);
        assertThat(r.lines().get(1).get("error").asText()).contains("UTF-8");
    }

    @Test
    void aByteOrderMarkAtTheStartOfTheInputIsSkipped() throws Exception {
        byte[] input = ("\uFEFF{\"id\":1,\"text\":\"hello\"}\r\n{\"id\":2,\"text\":\"ok\"}\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Result r = run(input, "scan", "--config", policy().toString());
        assertThat(r.status()).isZero();
        assertThat(r.lines()).extracting(l -> l.get("verdict").asText()).containsExactly("allow", "allow");
        // only at the start: a mark inside the stream is a character of that line, and an error there
        byte[] inside = ("{\"id\":1,\"text\":\"hello\"}\n\uFEFF{\"id\":2,\"text\":\"ok\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        Result second = run(inside, "scan", "--config", policy().toString());
        assertThat(second.status()).isEqualTo(1);
        assertThat(second.lines().get(1).get("line").asInt()).isEqualTo(2);
        Path texts = dir.resolve("bom.jsonl");
        Files.write(texts, input);
        Result bench = run(new byte[0], "bench", "--config", policy().toString(), texts.toString());
        assertThat(bench.status()).isZero();
        assertThat(bench.lines().get(0).get("texts").asInt()).isEqualTo(2);
    }

    @Test
    void usageAndConfigErrorsExitWithTwoAndSayWhatIsWrong() throws Exception {
        Result unknown = run(new byte[0], "scan", "--phase", "sideways");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("--phase must be input or output");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "overrides:\n  detect_pij: {}\n");
        Result config = run(new byte[0], "scan", "--config", bad.toString());
        assertThat(config.status()).isEqualTo(2);
        assertThat(config.err()).contains("bad.yaml").contains("overrides.detect_pij").contains("unknown step");
        assertThat(run(new byte[0], "frobnicate").status()).isEqualTo(2);
    }

    @Test
    void benchPrintsThroughputLatencyAndAllocation() throws Exception {
        Path texts = dir.resolve("texts.jsonl");
        Files.writeString(texts, "{\"id\":1,\"text\":\"hello world\"}\n{\"id\":2,\"text\":\"Project Falcon news\"}\n");
        Path blocking = dir.resolve("blocking.yaml");
        Files.writeString(blocking, "overrides:\n  detect_business: {terms: [Project Falcon], on_detection: block}\n");
        Result r = run(new byte[0], "bench", "--config", blocking.toString(), texts.toString());
        assertThat(r.status()).isZero();
        JsonNode o = r.lines().get(0);
        assertThat(o.get("texts").asInt()).isEqualTo(2);
        assertThat(o.get("throughput_mb_s").asDouble()).isPositive();
        assertThat(o.get("p50_us").asDouble()).isPositive();
        assertThat(o.get("p99_us").asDouble()).isGreaterThanOrEqualTo(o.get("p50_us").asDouble());
        assertThat(o.has("alloc_bytes_per_input_byte")).isTrue();
        // a blocked text stops early: the count and a note say the numbers measure that shorter path
        assertThat(o.get("blocked").asInt()).isEqualTo(1);
        assertThat(r.err()).contains("1 of 2 text(s) were blocked {detect_business=1}").contains("--on-detection log");
    }

    @Test
    void auditVerifyNamesTheFirstBrokenLine() throws Exception {
        Path trail = dir.resolve("audit.jsonl");
        try (JsonlAuditSink sink = JsonlAuditSink.open(trail)) {
            for (int i = 0; i < 4; i++) {
                sink.write(AuditEvent.builder(AuditEvent.KIND_CHAT).agentId("a" + i).build());
            }
        }
        Result ok = run(new byte[0], "audit", "verify", trail.toString());
        assertThat(ok.status()).isZero();
        assertThat(ok.lines().get(0).get("valid").asBoolean()).isTrue();
        assertThat(ok.lines().get(0).get("events_verified").asInt()).isEqualTo(4);
        List<String> lines = new ArrayList<>(Files.readAllLines(trail));
        lines.set(2, lines.get(2).replace("\"a2\"", "\"a9\""));
        Files.write(trail, lines);
        Result broken = run(new byte[0], "audit", "verify", trail.toString());
        assertThat(broken.status()).isEqualTo(1);
        assertThat(broken.lines().get(0).get("first_bad_line").asInt()).isEqualTo(3);
    }
}
