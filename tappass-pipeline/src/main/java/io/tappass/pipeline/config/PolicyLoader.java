package io.tappass.pipeline.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.tappass.core.config.ConfigException;
import io.tappass.core.governance.Mode;
import io.tappass.core.governance.OnDetection;
import io.tappass.pipeline.Phase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads TapPass pipeline configuration documents (YAML or JSON) into {@link PolicySpec}s.
 *
 * <p>Accepted forms (all from TapPass):
 * <pre>
 * preset: standard                 # starter | standard | regulated
 * mode: enforce                    # observe | warn | enforce | lockdown
 * overrides:
 *   detect_injection: {threshold: 0.7}
 *   detect_pii: {on_detection: redact}
 *   detect_business: {terms: [Project Falcon], level: CONFIDENTIAL}
 *
 * categories:                      # the original TapPass form
 *   before:
 *     data_protection:
 *       on_detection: block        # default for the category's steps
 *       steps:
 *         detect_pii: {}
 *         detect_secrets: {on_detection: block}
 * </pre>
 * and the hybrid {@code overrides: {categories: ...}} form. Step entries may put options flat next to
 * {@code on_detection} or nested under {@code options}. Unknown keys, wrong types and duplicate keys are
 * {@link ConfigException}s that name the file and the key path.
 */
public final class PolicyLoader {

    /** The presets that ship with the SDK. */
    public static final List<String> PRESETS = List.of("starter", "standard", "regulated");

    private static final Set<String> TOP_LEVEL = Set.of("preset", "mode", "overrides", "categories", "agent",
            "sandbox", "description", "name", "version", "blocked_tools", "tool_arg_constraints", "forbidden_zones");
    /**
     * TapPass's policy-floor shorthands (dashboard {@code blocked_tools} / {@code tool_arg_constraints}, regulated
     * {@code forbidden_zones}), accepted at the top level and under {@code overrides}, and the step option each one
     * sets.
     */
    private static final Map<String, String[]> SHORTHANDS = Map.of(
            "blocked_tools", new String[] {"tool_permissions", "blocked_tools"},
            "tool_arg_constraints", new String[] {"tool_constraints", "tool_arg_constraints"},
            "forbidden_zones", new String[] {"scan_tool_calls", "forbidden_zones"});
    private static final Set<String> EXTRAS = Set.of("agent", "sandbox", "description", "name", "version");
    private static final Set<String> CATEGORY_KEYS = Set.of("on_detection", "steps", "enabled");
    private static final Set<String> ENTRY_KEYS = Set.of("enabled", "on_detection", "threshold", "options");

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private PolicyLoader() {
    }

    /**
     * Loads a policy file; {@code .json} files are read as JSON, anything else as YAML.
     *
     * @param file      the file
     * @param canonical maps a step name as written to its canonical name (aliases), e.g. from a
     *                  {@link io.tappass.pipeline.StepRegistry}
     */
    public static PolicySpec load(Path file, UnaryOperator<String> canonical) {
        String source = file.toString();
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(source, "", "file not found");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ConfigException(source, "", "file is not valid UTF-8");
        } catch (IOException e) {
            throw new ConfigException(source, "", "cannot read file: " + e.getMessage(), e);
        }
        boolean json = source.toLowerCase(Locale.ROOT).endsWith(".json");
        return parse(content, source, json, canonical);
    }

    /**
     * Parses a policy document.
     *
     * @param content   the YAML or JSON text
     * @param source    a name for error messages
     * @param json      true for JSON, false for YAML (YAML also accepts JSON)
     * @param canonical maps step names to canonical names
     */
    public static PolicySpec parse(String content, String source, boolean json, UnaryOperator<String> canonical) {
        JsonNode root;
        try {
            root = (json ? JSON : YAML).readTree(content);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new ConfigException(source, "", "malformed " + (json ? "JSON" : "YAML") + where + ": "
                    + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ConfigException(source, "", "the document is empty: expected an object with 'preset', "
                    + "'overrides' or 'categories'");
        }
        return fromTree(root, source, canonical);
    }

    /** Reads a preset shipped with the SDK. */
    public static PolicySpec preset(String name, UnaryOperator<String> canonical) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (!PRESETS.contains(n)) {
            throw new ConfigException("<preset>", "preset", "unknown preset '" + name + "': expected one of "
                    + String.join(", ", PRESETS));
        }
        String resource = "/io/tappass/pipeline/presets/" + n + ".yaml";
        try (InputStream in = PolicyLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigException("<preset " + n + ">", "", "preset resource " + resource
                        + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "<preset " + n + ">", false,
                    canonical);
        } catch (IOException e) {
            throw new ConfigException("<preset " + n + ">", "", "cannot read preset: " + e.getMessage(), e);
        }
    }

    /** Reads an already-parsed tree (e.g. built programmatically or embedded in a larger document). */
    public static PolicySpec fromTree(JsonNode root, String source, UnaryOperator<String> canonical) {
        if (!root.isObject()) {
            throw new ConfigException(source, "", "expected an object at the top level, got " + kind(root));
        }
        String preset = null;
        Mode mode = null;
        Map<String, StepSpec> steps = new LinkedHashMap<>();
        Map<String, Object> extras = new LinkedHashMap<>();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!TOP_LEVEL.contains(key)) {
                throw new ConfigException(source, key, "unknown key: expected one of "
                        + String.join(", ", new java.util.TreeSet<>(TOP_LEVEL)));
            }
        }
        if (root.has("preset")) {
            preset = text(root.get("preset"), source, "preset");
            if (!PRESETS.contains(preset.trim().toLowerCase(Locale.ROOT))) {
                throw new ConfigException(source, "preset", "unknown preset '" + preset + "': expected one of "
                        + String.join(", ", PRESETS));
            }
            PolicySpec base = preset(preset, canonical);
            steps.putAll(base.steps());
            preset = preset.trim().toLowerCase(Locale.ROOT);
        }
        if (root.has("mode")) {
            String m = text(root.get("mode"), source, "mode");
            try {
                mode = Mode.parse(m);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(source, "mode", e.getMessage());
            }
        }
        if (root.has("categories")) {
            readCategories(root.get("categories"), source, "categories", canonical, steps);
        }
        if (root.has("overrides")) {
            JsonNode overrides = root.get("overrides");
            if (overrides.isNull()) {
                // "overrides:" with nothing under it
            } else if (!overrides.isObject()) {
                throw new ConfigException(source, "overrides", "expected an object of step names, got "
                        + kind(overrides));
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = overrides.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String path = "overrides." + e.getKey();
                    if (e.getKey().equals("categories")) {
                        readCategories(e.getValue(), source, path, canonical, steps);
                    } else if (SHORTHANDS.containsKey(e.getKey())) {
                        put(steps, shorthand(e.getKey(), e.getValue(), source, path));
                    } else {
                        put(steps, readEntry(e.getKey(), e.getValue(), null, source, path, canonical));
                    }
                }
            }
        }
        for (String k : SHORTHANDS.keySet()) {
            if (root.has(k)) {
                put(steps, shorthand(k, root.get(k), source, k));
            }
        }
        for (String k : EXTRAS) {
            if (root.has(k)) {
                extras.put(k, JSON.convertValue(root.get(k), Object.class));
            }
        }
        return new PolicySpec(source, preset, mode, steps, extras);
    }

    private static void readCategories(JsonNode node, String source, String path, UnaryOperator<String> canonical,
                                       Map<String, StepSpec> steps) {
        if (!node.isObject()) {
            throw new ConfigException(source, path, "expected an object of phases (before, call, after), got "
                    + kind(node));
        }
        for (Iterator<Map.Entry<String, JsonNode>> phases = node.fields(); phases.hasNext(); ) {
            Map.Entry<String, JsonNode> phase = phases.next();
            String phasePath = path + "." + phase.getKey();
            try {
                Phase.parse(phase.getKey());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(source, phasePath, e.getMessage());
            }
            if (!phase.getValue().isObject()) {
                throw new ConfigException(source, phasePath, "expected an object of categories, got "
                        + kind(phase.getValue()));
            }
            for (Iterator<Map.Entry<String, JsonNode>> cats = phase.getValue().fields(); cats.hasNext(); ) {
                Map.Entry<String, JsonNode> cat = cats.next();
                String catPath = phasePath + "." + cat.getKey();
                JsonNode c = cat.getValue();
                if (!c.isObject()) {
                    throw new ConfigException(source, catPath, "expected an object with 'on_detection' and "
                            + "'steps', got " + kind(c));
                }
                for (Iterator<String> keys = c.fieldNames(); keys.hasNext(); ) {
                    String k = keys.next();
                    if (!CATEGORY_KEYS.contains(k)) {
                        throw new ConfigException(source, catPath + "." + k, "unknown key: expected one of "
                                + String.join(", ", new java.util.TreeSet<>(CATEGORY_KEYS)));
                    }
                }
                OnDetection catDefault = c.has("on_detection")
                        ? onDetection(c.get("on_detection"), source, catPath + ".on_detection") : null;
                Boolean catEnabled = c.has("enabled") ? bool(c.get("enabled"), source, catPath + ".enabled") : null;
                JsonNode stepsNode = c.get("steps");
                if (stepsNode == null || stepsNode.isNull()) {
                    continue;
                }
                if (!stepsNode.isObject()) {
                    throw new ConfigException(source, catPath + ".steps", "expected an object of step names, got "
                            + kind(stepsNode));
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = stepsNode.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> s = it.next();
                    StepSpec spec = readEntry(s.getKey(), s.getValue(), catDefault, source,
                            catPath + ".steps." + s.getKey(), canonical);
                    if (catEnabled != null && spec.enabled() == null) {
                        spec = new StepSpec(spec.name(), catEnabled, spec.onDetection(), spec.threshold(),
                                spec.options(), spec.source(), spec.keyPath());
                    }
                    put(steps, spec);
                }
            }
        }
    }

    private static StepSpec shorthand(String key, JsonNode value, String source, String path) {
        String[] target = SHORTHANDS.get(key);
        return new StepSpec(target[0], null, null, null, Map.of(target[1], JSON.convertValue(value, Object.class)),
                source, path.equals(key) ? "" : path.substring(0, path.length() - key.length() - 1));
    }

    private static void put(Map<String, StepSpec> steps, StepSpec spec) {
        steps.merge(spec.name(), spec, StepSpec::mergedWith);
    }

    private static StepSpec readEntry(String writtenName, JsonNode node, OnDetection categoryDefault, String source,
                                      String path, UnaryOperator<String> canonical) {
        String name = canonical.apply(writtenName);
        if (node == null || node.isNull()) {
            return new StepSpec(name, null, categoryDefault, null, Map.of(), source, path);
        }
        if (node.isBoolean()) {
            return new StepSpec(name, node.booleanValue(), categoryDefault, null, Map.of(), source, path);
        }
        if (!node.isObject()) {
            throw new ConfigException(source, path, "expected an object of step settings (enabled, on_detection, "
                    + "threshold, options...), true/false, or nothing; got " + kind(node));
        }
        Boolean enabled = node.has("enabled") ? bool(node.get("enabled"), source, path + ".enabled") : null;
        OnDetection action = node.has("on_detection")
                ? onDetection(node.get("on_detection"), source, path + ".on_detection") : categoryDefault;
        Double threshold = null;
        if (node.has("threshold")) {
            JsonNode t = node.get("threshold");
            if (!t.isNumber() || t.doubleValue() < 0 || t.doubleValue() > 1) {
                throw new ConfigException(source, path + ".threshold", "expected a number between 0 and 1, got "
                        + describe(t));
            }
            threshold = t.doubleValue();
        }
        Map<String, Object> options = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("options")) {
                JsonNode o = e.getValue();
                if (o.isNull()) {
                    continue;
                }
                if (!o.isObject()) {
                    throw new ConfigException(source, path + ".options", "expected an object, got " + kind(o));
                }
                for (Iterator<Map.Entry<String, JsonNode>> oi = o.fields(); oi.hasNext(); ) {
                    Map.Entry<String, JsonNode> oe = oi.next();
                    options.put(oe.getKey(), JSON.convertValue(oe.getValue(), Object.class));
                }
            } else if (!ENTRY_KEYS.contains(e.getKey())) {
                options.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class));
            }
        }
        return new StepSpec(name, enabled, action, threshold, options, source, path);
    }

    private static String text(JsonNode n, String source, String path) {
        if (!n.isTextual()) {
            throw new ConfigException(source, path, "expected a string, got " + describe(n));
        }
        return n.textValue();
    }

    private static boolean bool(JsonNode n, String source, String path) {
        if (!n.isBoolean()) {
            throw new ConfigException(source, path, "expected true or false, got " + describe(n));
        }
        return n.booleanValue();
    }

    private static OnDetection onDetection(JsonNode n, String source, String path) {
        String v = text(n, source, path);
        try {
            return OnDetection.parse(v);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source, path, "expected one of block, redact, log, continue, notify, got \""
                    + v + "\"");
        }
    }

    private static String kind(JsonNode n) {
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "a list";
        }
        return describe(n);
    }

    private static String describe(JsonNode n) {
        if (n == null || n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            return "\"" + n.textValue() + "\"";
        }
        if (n.isContainerNode()) {
            return kind(n);
        }
        return n.toString();
    }
}
