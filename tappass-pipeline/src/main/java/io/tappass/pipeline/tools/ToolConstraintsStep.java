package io.tappass.pipeline.tools;

import io.tappass.core.ToolCall;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Severity;
import io.tappass.pipeline.BaseStep;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.StepConfig;
import io.tappass.pipeline.StepContext;
import io.tappass.pipeline.StepResult;
import io.tappass.pipeline.internal.AbstractStepFactory;
import io.tappass.pipeline.internal.Glob;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code tool_constraints} (TapPass position 625, tool phase): validates argument values.
 *
 * <p>Options: {@code constraints: {<tool glob>: {<argument>: {in: [..], pattern: "*@company.com",
 * subpath: /workspace, deny_patterns: [DROP, DELETE], max_length: 200, required: true}}}} (an argument may be a
 * dotted path such as {@code options.path}), TapPass's floor form {@code tool_arg_constraints: [{tool, arg,
 * operator: in|pattern|subpath|deny_patterns|max_length, value}]}, and {@code normalize_paths} (default true):
 * a {@code subpath} argument that is inside its root but not in normal form (e.g. {@code /workspace/a/../b}) is
 * rewritten to its normal form ({@code modify}).
 *
 * <p>{@code in} compares exactly; {@code pattern} is a case-insensitive glob over the whole value; {@code subpath}
 * normalises the path lexically ({@code .}, {@code ..}, repeated and back slashes; relative paths are taken
 * relative to the root) and requires it to stay within the root; encoded traversal ({@code %2e%2e}) and NUL bytes
 * always violate it; {@code deny_patterns} are case-insensitive and match whole words when they are alphanumeric;
 * {@code max_length} limits characters. Finding type {@code constraint_violation} with attributes {@code tool},
 * {@code arg} and {@code constraint}; values never appear in reasons or findings.
 */
public final class ToolConstraintsStep extends BaseStep {

    /** The step id. */
    public static final String NAME = "tool_constraints";
    /** TapPass's position. */
    public static final int POSITION = 625;

    private record Constraint(Glob tool, String toolPattern, String arg, List<String> in, Glob pattern,
                              String subpath, List<String> denyPatterns, Integer maxLength, boolean required) {
    }

    private final List<Constraint> constraints;
    private final boolean normalizePaths;

    ToolConstraintsStep(StepConfig config) {
        super(config, Phase.TOOL, POSITION);
        this.normalizePaths = config.boolOption("normalize_paths", true);
        List<Constraint> list = new ArrayList<>();
        for (Map.Entry<String, Object> t : config.mapOption("constraints").entrySet()) {
            if (!(t.getValue() instanceof Map<?, ?> args)) {
                throw config.error("constraints." + t.getKey(), "expected an object of argument constraints");
            }
            for (Map.Entry<?, ?> a : args.entrySet()) {
                String key = "constraints." + t.getKey() + "." + a.getKey();
                if (!(a.getValue() instanceof Map<?, ?> spec)) {
                    throw config.error(key, "expected an object such as {in: [..]} or {subpath: /root}");
                }
                list.add(parse(config, key, t.getKey(), String.valueOf(a.getKey()), spec));
            }
        }
        List<Map<String, Object>> floor = config.mapListOption("tool_arg_constraints");
        for (int i = 0; i < floor.size(); i++) {
            Map<String, Object> m = floor.get(i);
            String key = "tool_arg_constraints[" + i + "]";
            Object tool = m.get("tool");
            Object arg = m.get("arg");
            Object op = m.get("operator");
            if (!(tool instanceof String) || !(arg instanceof String) || !(op instanceof String)) {
                throw config.error(key, "expected {tool, arg, operator, value}");
            }
            list.add(parse(config, key, (String) tool, (String) arg, Map.of((String) op, m.get("value"))));
        }
        this.constraints = List.copyOf(list);
    }

    private static Constraint parse(StepConfig config, String key, String tool, String arg, Map<?, ?> spec) {
        List<String> in = null;
        Glob pattern = null;
        String subpath = null;
        List<String> deny = null;
        Integer max = null;
        boolean required = false;
        for (Map.Entry<?, ?> e : spec.entrySet()) {
            String k = String.valueOf(e.getKey());
            Object v = e.getValue();
            switch (k) {
                case "in" -> {
                    if (!(v instanceof List<?> l)) {
                        throw config.error(key + ".in", "expected a list of allowed values");
                    }
                    in = l.stream().map(String::valueOf).toList();
                }
                case "pattern", "glob" -> {
                    if (!(v instanceof String s) || s.isEmpty()) {
                        throw config.error(key + "." + k, "expected a glob such as \"*@company.com\"");
                    }
                    pattern = Glob.of(s);
                }
                case "subpath", "root" -> {
                    if (!(v instanceof String s) || s.isEmpty()) {
                        throw config.error(key + "." + k, "expected a root directory such as /workspace");
                    }
                    subpath = normalize(s.replace('\\', '/'));
                }
                case "deny_patterns" -> {
                    if (!(v instanceof List<?> l) || l.isEmpty()) {
                        throw config.error(key + ".deny_patterns", "expected a non-empty list of strings");
                    }
                    deny = l.stream().map(x -> String.valueOf(x).toLowerCase(Locale.ROOT)).toList();
                }
                case "max_length" -> {
                    if (!(v instanceof Number n) || n.intValue() < 0) {
                        throw config.error(key + ".max_length", "expected a whole number >= 0");
                    }
                    max = n.intValue();
                }
                case "required" -> {
                    if (!(v instanceof Boolean b)) {
                        throw config.error(key + ".required", "expected true or false");
                    }
                    required = b;
                }
                case "type" -> {
                    // TapPass OPA form {type: subpath, root: ..} / {type: pattern, glob: ..}: the type is implied.
                }
                default -> throw config.error(key + "." + k, "unknown constraint; expected in, pattern, subpath, "
                        + "deny_patterns, max_length or required");
            }
        }
        return new Constraint(Glob.of(tool), tool, arg, in, pattern, subpath, deny, max, required);
    }

    @Override
    public StepResult apply(StepContext context) {
        ToolCall call = context.toolCall();
        if (call == null || constraints.isEmpty()) {
            return StepResult.pass();
        }
        Map<String, Object> rewritten = null;
        for (Constraint c : constraints) {
            if (!c.tool().matches(call.name())) {
                continue;
            }
            Object value = lookup(call.arguments(), c.arg());
            if (value == null) {
                if (c.required()) {
                    return violation(call, c, "required", "is missing");
                }
                continue;
            }
            List<Object> values = value instanceof List<?> l ? new ArrayList<>(l) : List.of(value);
            for (Object v : values) {
                String s = v instanceof Map ? io.tappass.pipeline.internal.CanonicalJson.of(v) : String.valueOf(v);
                if (c.in() != null && !c.in().contains(s)) {
                    return violation(call, c, "in", "is not one of the allowed values");
                }
                if (c.pattern() != null && !c.pattern().matches(s)) {
                    return violation(call, c, "pattern", "does not match '" + c.pattern() + "'");
                }
                if (c.maxLength() != null && s.length() > c.maxLength()) {
                    return violation(call, c, "max_length", "is longer than " + c.maxLength() + " characters");
                }
                if (c.denyPatterns() != null) {
                    String hit = denied(s, c.denyPatterns());
                    if (hit != null) {
                        return violation(call, c, "deny_patterns", "contains denied pattern '" + hit + "'");
                    }
                }
                if (c.subpath() != null) {
                    String path = within(s, c.subpath());
                    if (path == null) {
                        return violation(call, c, "subpath", "is outside " + c.subpath());
                    }
                    if (normalizePaths && value instanceof String && !path.equals(s)
                            && !c.arg().contains(".")) {
                        if (rewritten == null) {
                            rewritten = new LinkedHashMap<>(call.arguments());
                        }
                        rewritten.put(c.arg(), path);
                    }
                }
            }
        }
        return rewritten == null ? StepResult.pass() : StepResult.pass().withToolCall(call.withArguments(rewritten));
    }

    private StepResult violation(ToolCall call, Constraint c, String kind, String problem) {
        Finding f = new Finding(NAME, "constraint_violation", Severity.HIGH, 1.0, null, -1, -1, null,
                Map.of("tool", call.name(), "arg", c.arg(), "constraint", kind));
        return StepResult.block("argument '" + c.arg() + "' of tool '" + call.name() + "' " + problem, f);
    }

    @SuppressWarnings("unchecked")
    static Object lookup(Map<String, Object> args, String path) {
        Object v = args.get(path);
        if (v != null || path.indexOf('.') < 0) {
            return v;
        }
        Object cur = args;
        for (String seg : path.split("\\.")) {
            if (!(cur instanceof Map<?, ?> m)) {
                return null;
            }
            cur = ((Map<String, Object>) m).get(seg);
        }
        return cur;
    }

    static String denied(String value, List<String> patterns) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (String p : patterns) {
            boolean word = p.chars().allMatch(Character::isLetterOrDigit);
            int from = 0;
            while (true) {
                int i = lower.indexOf(p, from);
                if (i < 0) {
                    break;
                }
                int end = i + p.length();
                if (!word || ((i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1)))
                        && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end))))) {
                    return p;
                }
                from = i + 1;
            }
        }
        return null;
    }

    /** The normal form of {@code value} when it stays within {@code root}, else null. */
    static String within(String value, String root) {
        String v = value.replace('\\', '/');
        String lower = v.toLowerCase(Locale.ROOT);
        if (v.indexOf('\0') >= 0 || lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c")) {
            return null;
        }
        if (v.startsWith("file://")) {
            v = v.substring(7);
        }
        if (v.startsWith("~") || v.startsWith("$") || v.matches("^[A-Za-z]:/.*")) {
            return null; // home or variable expansion, or another drive: cannot be proven inside the root
        }
        String abs = v.startsWith("/") ? v : root + "/" + v;
        String n = normalize(abs);
        if (n == null) {
            return null;
        }
        if (root.equals("/") || n.equals(root) || n.startsWith(root + "/")) {
            return n;
        }
        return null;
    }

    /** Lexical normalisation of an absolute path; null when {@code ..} climbs above the root. */
    static String normalize(String path) {
        String[] segs = path.split("/+");
        ArrayList<String> out = new ArrayList<>();
        for (String s : segs) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (out.isEmpty()) {
                    return null;
                }
                out.remove(out.size() - 1);
            } else {
                out.add(s);
            }
        }
        return "/" + String.join("/", out);
    }

    /** Registers {@code tool_constraints}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of(), Phase.TOOL, POSITION, OnDetection.BLOCK,
                    Set.of("constraints", "tool_arg_constraints", "normalize_paths"), ToolConstraintsStep::new);
        }
    }
}
