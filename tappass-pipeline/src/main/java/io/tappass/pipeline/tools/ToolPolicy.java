package io.tappass.pipeline.tools;

import io.tappass.pipeline.StepConfig;
import io.tappass.pipeline.internal.Glob;
import io.tappass.pipeline.internal.ToolKinds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which tools an agent may see and call: allow and deny globs, named groups, per-agent rules and TapPass's
 * {@code blocked_tools} floor. Shared by {@code tool_permissions} (which blocks calls) and {@code tool_filter}
 * (which removes tools from requests). Immutable and thread-safe.
 *
 * <p>Resolution (after OpenFang's {@code resolve_tool_access}): an agent deny rule, then a global deny rule
 * ({@code deny} and {@code blocked_tools}), then the {@code tools} governance flag, then the allow list: once an allow
 * list exists (the agent's own if it has one, else the global one) a tool it does not match is denied implicitly.
 * Deny always wins. With no rules at all every tool is allowed.
 *
 * <p>Patterns are case-insensitive globs ({@code delete_*}); {@code @name} or {@code group:name} refers to a group.
 * Built-in groups: {@code @shell}, {@code @network}, {@code @email}, {@code @agents}; {@code groups} adds or replaces
 * groups.
 */
public final class ToolPolicy {

    /** The key under which the pipeline hands the policy of its {@code tool_permissions} step to other steps. */
    public static final String CONTEXT_KEY = "tappass.tool_policy";

    /** A step that carries a tool policy ({@code tool_permissions}); the pipeline shares it with {@code tool_filter}. */
    public interface Holder {
        /** The policy, or null. */
        ToolPolicy toolPolicy();
    }

    /**
     * The outcome for one tool.
     *
     * @param allowed whether the agent may see and call the tool
     * @param source  {@code agent_deny}, {@code global_deny}, {@code flag}, {@code implicit_deny} or {@code allow}
     * @param rule    the pattern that decided, or null
     */
    public record Decision(boolean allowed, String source, String rule) {
        static final Decision ALLOW = new Decision(true, "allow", null);
    }

    private record Rule(String pattern, List<Glob> globs) {
        boolean matches(String tool) {
            return Glob.any(globs, tool);
        }
    }

    private record Rules(List<Rule> allow, List<Rule> deny) {
        boolean isEmpty() {
            return allow.isEmpty() && deny.isEmpty();
        }
    }

    private final Rules global;
    private final Map<String, Rules> agents;

    private ToolPolicy(Rules global, Map<String, Rules> agents) {
        this.global = global;
        this.agents = agents;
    }

    /** The option names {@link #from} reads. */
    public static final java.util.Set<String> OPTIONS = java.util.Set.of("allow", "deny", "blocked_tools",
            "groups", "agents");

    /**
     * Reads {@code allow}, {@code deny}, {@code blocked_tools}, {@code groups} ({@code {name: [globs]}}) and
     * {@code agents} ({@code {agentId: {allow: [...], deny: [...]}}}) from a step's options.
     */
    public static ToolPolicy from(StepConfig config) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("shell", ToolKinds.SHELL);
        groups.put("network", ToolKinds.NETWORK);
        groups.put("email", ToolKinds.EMAIL);
        groups.put("agents", ToolKinds.AGENT);
        for (Map.Entry<String, Object> e : config.mapOption("groups").entrySet()) {
            Object v = e.getValue();
            if (!(v instanceof List<?> l) || l.stream().anyMatch(x -> !(x instanceof String))) {
                throw config.error("groups." + e.getKey(), "expected a list of tool-name globs");
            }
            groups.put(e.getKey(), l.stream().map(String.class::cast).toList());
        }
        List<String> deny = new ArrayList<>(config.stringListOption("deny"));
        deny.addAll(config.stringListOption("blocked_tools"));
        Rules global = new Rules(rules(config, "allow", config.stringListOption("allow"), groups),
                rules(config, "deny", deny, groups));
        Map<String, Rules> agents = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : config.mapOption("agents").entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> m)) {
                throw config.error("agents." + e.getKey(), "expected an object with allow and/or deny lists");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> mm = (Map<String, Object>) m;
            StepConfig sub = new StepConfig(config.name(), true, config.onDetection(), null, mm, config.source(),
                    config.keyPath() + ".agents." + e.getKey());
            for (String k : mm.keySet()) {
                if (!k.equals("allow") && !k.equals("deny")) {
                    throw sub.error(k, "unknown key; expected allow or deny");
                }
            }
            agents.put(e.getKey(), new Rules(rules(sub, "allow", sub.stringListOption("allow"), groups),
                    rules(sub, "deny", sub.stringListOption("deny"), groups)));
        }
        return new ToolPolicy(global, Map.copyOf(agents));
    }

    private static List<Rule> rules(StepConfig config, String key, List<String> patterns,
                                    Map<String, List<String>> groups) {
        List<Rule> out = new ArrayList<>();
        for (String p : patterns) {
            String group = p.startsWith("@") ? p.substring(1) : p.startsWith("group:") ? p.substring(6) : null;
            if (group != null) {
                List<String> g = groups.get(group);
                if (g == null) {
                    throw config.error(key, "unknown tool group '" + group + "'; known groups: " + groups.keySet()
                            + " (define it under groups)");
                }
                out.add(new Rule(p, Glob.all(g)));
            } else {
                if (p.isBlank()) {
                    throw config.error(key, "empty tool pattern");
                }
                out.add(new Rule(p, List.of(Glob.of(p))));
            }
        }
        return List.copyOf(out);
    }

    /** Whether the policy has no rules (every tool allowed). */
    public boolean isEmpty() {
        return global.isEmpty() && agents.isEmpty();
    }

    /**
     * Decides whether {@code agentId} may use {@code tool}.
     *
     * @param toolsFlag the value of the {@code tools} governance flag ({@code allowlist:a:b}, {@code denylist:a:b},
     *                  {@code block}, {@code log}), or null
     */
    public Decision decide(String agentId, String tool, String toolsFlag) {
        Objects.requireNonNull(tool, "tool");
        Rules agent = agentId == null ? null : agents.get(agentId);
        if (agent != null) {
            for (Rule r : agent.deny()) {
                if (r.matches(tool)) {
                    return new Decision(false, "agent_deny", r.pattern());
                }
            }
        }
        for (Rule r : global.deny()) {
            if (r.matches(tool)) {
                return new Decision(false, "global_deny", r.pattern());
            }
        }
        if (toolsFlag != null && !toolsFlag.isBlank()) {
            Decision d = flag(tool, toolsFlag.trim());
            if (d != null) {
                return d;
            }
        }
        List<Rule> allow = agent != null && !agent.allow().isEmpty() ? agent.allow() : global.allow();
        if (allow.isEmpty()) {
            return Decision.ALLOW;
        }
        for (Rule r : allow) {
            if (r.matches(tool)) {
                return new Decision(true, "allow", r.pattern());
            }
        }
        return new Decision(false, "implicit_deny", null);
    }

    private static Decision flag(String tool, String flag) {
        String lower = flag.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("block")) {
            return new Decision(false, "flag", "tools=block");
        }
        if (lower.startsWith("denylist:") || lower.startsWith("allowlist:")) {
            boolean deny = lower.startsWith("denylist:");
            String[] names = flag.substring(flag.indexOf(':') + 1).split(":");
            boolean match = false;
            for (String n : names) {
                if (!n.isBlank() && Glob.of(n.trim()).matches(tool)) {
                    match = true;
                    break;
                }
            }
            if (deny && match) {
                return new Decision(false, "flag", "tools=" + flag);
            }
            if (!deny && !match) {
                return new Decision(false, "flag", "tools=" + flag);
            }
        }
        return null;
    }
}
