package io.tappass.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * {@code tappass scan}: reads JSON lines {@code {"id": "...", "text": "..."}} on stdin and writes one JSON line per
 * input: {@code {"id", "verdict", "blocked_by", "classification", "findings": [{"step", "type", "severity",
 * "score", "start", "end"}], "text"}}. Spans are Java {@code String} offsets into the input text. A bad line
 * produces {@code {"line": n, "id": ..., "error": "..."}} and the scan goes on; the exit status is 1 when any line
 * was bad.
 */
final class ScanCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScanCommand() {
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        PipelineOptions options = PipelineOptions.parse(args);
        if (!options.positional.isEmpty()) {
            throw new UsageException("scan reads JSON lines on stdin; unexpected argument '"
                    + options.positional.get(0) + "'");
        }
        Pipeline pipeline = options.build();
        int bad = 0;
        long lineNo = 0;
        try (java.io.BufferedInputStream bin = new java.io.BufferedInputStream(in, 1 << 16)) {
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream(1024);
            while (true) {
                buf.reset();
                int b;
                while ((b = bin.read()) != -1 && b != '\n') {
                    buf.write(b);
                }
                if (b == -1 && buf.size() == 0) {
                    break;
                }
                lineNo++;
                String line;
                try {
                    line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(java.nio.ByteBuffer.wrap(buf.toByteArray())).toString();
                } catch (java.nio.charset.CharacterCodingException e) {
                    bad++;
                    out.println(error(lineNo, null, "line is not valid UTF-8"));
                    continue;
                }
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a byte-order mark at the start of the input (Windows editors, PowerShell)
                }
                if (line.isBlank()) {
                    continue;
                }
                JsonNode id = null;
                try {
                    JsonNode node = JSON.readTree(line);
                    if (node == null || !node.isObject()) {
                        throw new IllegalArgumentException("expected a JSON object {\"id\", \"text\"}");
                    }
                    id = node.get("id");
                    JsonNode text = node.get("text");
                    if (text == null || !text.isTextual()) {
                        throw new IllegalArgumentException("\"text\" is missing or not a string");
                    }
                    GovernanceContext ctx = GovernanceContext.builder().agentId("scan").build();
                    Verdict v = options.phase == Phase.OUTPUT
                            ? pipeline.checkOutput(text.textValue(), ctx)
                            : pipeline.checkInput(text.textValue(), ctx);
                    out.println(JSON.writeValueAsString(toJson(id, v)));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    bad++;
                    out.println(error(lineNo, id, "malformed JSON: " + e.getOriginalMessage()));
                } catch (IllegalArgumentException e) {
                    bad++;
                    out.println(error(lineNo, id, e.getMessage()));
                }
                if (b == -1) {
                    break;
                }
            }
        } catch (IOException e) {
            err.println("tappass scan: cannot read stdin: " + e.getMessage());
            return 1;
        }
        out.flush();
        if (bad > 0) {
            err.println("tappass scan: " + bad + " bad input line(s)");
            return 1;
        }
        return 0;
    }

    static ObjectNode toJson(JsonNode id, Verdict v) {
        ObjectNode o = JSON.createObjectNode();
        o.set("id", id);
        o.put("verdict", v.outcome().wireName());
        o.put("blocked_by", v.blockedBy());
        o.put("classification", v.classification().name());
        ArrayNode findings = o.putArray("findings");
        for (Finding f : v.findings()) {
            ObjectNode fo = findings.addObject();
            fo.put("step", f.step());
            fo.put("type", f.type());
            fo.put("severity", f.severity().wireName());
            fo.put("score", Math.round(f.score() * 1000) / 1000.0);
            if (f.hasSpan()) {
                fo.put("start", f.start());
                fo.put("end", f.end());
            } else {
                fo.putNull("start");
                fo.putNull("end");
            }
        }
        o.put("text", v.text());
        return o;
    }

    private static String error(long line, JsonNode id, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("line", line);
        if (id != null) {
            o.set("id", id);
        }
        o.put("error", message);
        return o.toString();
    }
}
