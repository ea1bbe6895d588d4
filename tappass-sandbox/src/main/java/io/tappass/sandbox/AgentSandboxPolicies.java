package io.tappass.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tappass.core.config.ConfigException;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Policy sync (roadmap step 5): derives an agent's {@link SandboxPolicy} from its TapPass governance policy file, so
 * one policy controls both what the agent may say/call and what its process may touch. Serve the result as nono JSON
 * with {@code NonoProfiles.toJson(AgentSandboxPolicies.fromPolicyFile(path))} (e.g. from
 * {@code GET /agents/{id}/sandbox-policy}).
 *
 * <p>The file is the TapPass pipeline YAML or JSON ({@code preset:} + {@code overrides:}) with these keys:
 * <pre>
 * agent: support-bot                      # or {id: support-bot}
 * preset: standard
 * sandbox:
 *   workspace: /srv/agents/support-bot    # absolute; read-write and the working directory
 *   gateway: http://127.0.0.1:9620        # the TapPass gateway; its port becomes an allowed localhost port
 *   tool_domains:                         # the API domains each tool talks to
 *     web_search: [api.search.example]
 *     github: [api.github.com, uploads.github.com]
 *   read: [/opt/kb]                       # extra read-only directories
 *   write: [/srv/shared/out]              # extra read-write directories
 *   deny: [/opt/kb/private]               # optional denied paths
 * overrides:
 *   tool_permissions: {allow: ["web_*", "github"], deny: ["github"]}
 *   blocked_tools: [delete_repo]          # also accepted at the top level
 *   tool_arg_constraints:                 # also accepted at the top level
 *     - {tool: read_report, arg: path, operator: subpath, value: /data/reports}
 *   forbidden_zones: {paths: ["~/.ssh/*", /etc/shadow]}   # or scan_tool_calls.forbidden_zones
 * </pre>
 * Rules (fail closed):
 * <ul>
 *   <li>a tool is allowed when it matches no {@code deny} glob and no {@code blocked_tools} glob and, if an
 *       {@code allow} list is present, matches one of its globs ({@code *} and {@code ?} wildcards);</li>
 *   <li>the domains of allowed tools are reachable through the egress proxy ({@link NetworkMode#PROXY}); a domain also
 *       listed for a blocked or not-allowed tool is <em>not</em> reachable (blocking wins);</li>
 *   <li>no reachable domain means {@link NetworkMode#BLOCKED}; the gateway stays reachable in both modes (its port
 *       is an allowed localhost port when its host is loopback, an allowed {@code host:port} endpoint otherwise);</li>
 *   <li>a {@code subpath} argument constraint of an allowed tool ({@code operator: subpath, value: DIR} or the OPA
 *       form {@code type: subpath, root: DIR}) grants that directory read-write; value constraints ({@code in},
 *       {@code pattern}) have no filesystem meaning and stay with the pipeline;</li>
 *   <li>forbidden zones ({@code overrides.forbidden_zones.paths}) become denied paths; one inside a granted
 *       directory is an error, because Linux cannot deny inside a grant;</li>
 *   <li>the environment is clean except {@code TAPPASS_AGENT_ID} and {@code TAPPASS_GATEWAY_URL}.</li>
 * </ul>
 */
public final class AgentSandboxPolicies {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private AgentSandboxPolicies() {
    }

    /**
     * Reads a policy file (YAML, or JSON when the name ends in {@code .json}) and maps it.
     *
     * @throws ConfigException naming the file and key on any problem
     */
    public static SandboxPolicy fromPolicyFile(Path file) {
        JsonNode root;
        try {
            ObjectMapper m = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
            root = m.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "", "cannot read the policy file: " + e.getMessage(), e);
        }
        return fromPolicy(root, file.toString());
    }

    /** Maps an already parsed policy document; {@code source} labels error messages. */
    public static SandboxPolicy fromPolicy(JsonNode root, String source) {
        if (root == null || !root.isObject()) throw new ConfigException(source, "", "expected a mapping at the top level");
        String agent = root.path("agent").isObject() ? root.path("agent").path("id").asText("") : root.path("agent").asText("");
        if (agent.isBlank()) throw new ConfigException(source, "agent", "the agent id is required (agent: <id>)");
        JsonNode sb = root.path("sandbox");
        if (!sb.isObject()) throw new ConfigException(source, "sandbox", "a sandbox: section is required (workspace, gateway, tool_domains)");

        SandboxPolicy.Builder b = SandboxPolicy.builder().name(("agent-" + agent).replaceAll("[^A-Za-z0-9._-]", "-")
                .substring(0, Math.min(64, ("agent-" + agent).length())));
        String ws = sb.path("workspace").asText("");
        if (ws.isEmpty()) throw new ConfigException(source, "sandbox.workspace", "the agent's workspace directory is required");
        if (!ws.startsWith("/")) throw new ConfigException(source, "sandbox.workspace", "must be an absolute path, got '" + ws + "'");
        b.workspace(Path.of(ws));
        for (String r : strings(sb, "read", source, "sandbox.read")) b.read(r);
        for (String w : strings(sb, "write", source, "sandbox.write")) b.readWrite(w);
        for (String d : strings(sb, "deny", source, "sandbox.deny")) b.deny(d);
        b.setEnv("TAPPASS_AGENT_ID", agent);

        // Tool permissions.
        JsonNode overrides = root.path("overrides");
        JsonNode perms = overrides.path("tool_permissions");
        List<String> allow = perms.has("allow") ? strings(perms, "allow", source, "overrides.tool_permissions.allow") : null;
        List<String> deny = new ArrayList<>(strings(perms, "deny", source, "overrides.tool_permissions.deny"));
        deny.addAll(strings(root, "blocked_tools", source, "blocked_tools"));
        deny.addAll(strings(overrides, "blocked_tools", source, "overrides.blocked_tools"));
        deny.addAll(strings(perms, "blocked_tools", source, "overrides.tool_permissions.blocked_tools"));
        List<Pattern> allowP = allow == null ? null : allow.stream().map(AgentSandboxPolicies::glob).toList();
        List<Pattern> denyP = deny.stream().map(AgentSandboxPolicies::glob).toList();

        JsonNode td = sb.path("tool_domains");
        if (!td.isMissingNode() && !td.isObject())
            throw new ConfigException(source, "sandbox.tool_domains", "expected a mapping of tool name to a list of domains");
        Set<String> reachable = new LinkedHashSet<>();
        Set<String> blocked = new LinkedHashSet<>();
        Map<String, List<String>> toolDomains = new LinkedHashMap<>();
        td.properties().forEach(e -> toolDomains.put(e.getKey(), strings(td, e.getKey(), source, "sandbox.tool_domains." + e.getKey())));
        toolDomains.forEach((tool, domains) -> {
            boolean allowed = denyP.stream().noneMatch(p -> p.matcher(tool).matches())
                    && (allowP == null || allowP.stream().anyMatch(p -> p.matcher(tool).matches()));
            for (String d : domains) (allowed ? reachable : blocked).add(d.toLowerCase(Locale.ROOT));
        });
        reachable.removeAll(blocked);

        // Tool argument constraints with a filesystem meaning: a path sub-tree an allowed tool may work in.
        List<JsonNode> constraints = new ArrayList<>();
        root.path("tool_arg_constraints").forEach(constraints::add);
        overrides.path("tool_arg_constraints").forEach(constraints::add);
        overrides.path("tool_constraints").path("tool_arg_constraints").forEach(constraints::add);
        for (JsonNode c : constraints) {
            String tool = c.path("tool").asText("");
            String op = c.has("operator") ? c.path("operator").asText("") : c.path("type").asText("");
            if (!op.equals("subpath")) continue; // value constraints (in, pattern) are enforced by the pipeline
            String dir = c.has("root") ? c.path("root").asText("") : c.path("value").asText("");
            if (tool.isEmpty() || dir.isEmpty())
                throw new ConfigException(source, "tool_arg_constraints", "a subpath constraint needs tool and root (or value): " + c);
            boolean allowed = denyP.stream().noneMatch(p -> p.matcher(tool).matches())
                    && (allowP == null || allowP.stream().anyMatch(p -> p.matcher(tool).matches()));
            if (allowed) b.readWrite(dir);
        }
        // Forbidden zones of the scan_tool_calls step become denied paths ("~/.ssh/*" denies ~/.ssh).
        // Accepted wherever the pipeline accepts them: top level, overrides, or scan_tool_calls' option, each as a
        // list of paths or as {paths: [...]}.
        List<JsonNode> zones = new ArrayList<>();
        for (JsonNode fz : List.of(root.path("forbidden_zones"), overrides.path("forbidden_zones"),
                overrides.path("scan_tool_calls").path("forbidden_zones"))) {
            (fz.isArray() ? fz : fz.path("paths")).forEach(zones::add);
        }
        for (JsonNode z : zones) {
            String path = z.asText("").replaceAll("/\\*+$", "");
            if (path.contains("*"))
                throw new ConfigException(source, "overrides.forbidden_zones.paths", "only trailing /* globs can become sandbox denies, got '" + z.asText() + "'");
            if (!path.isEmpty()) b.deny(path);
        }

        // Gateway.
        String gw = sb.path("gateway").asText("");
        if (!gw.isEmpty()) {
            URI u;
            try {
                u = URI.create(gw);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(source, "sandbox.gateway", "not a URL: '" + gw + "'");
            }
            if (u.getHost() == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme())))
                throw new ConfigException(source, "sandbox.gateway", "expected an http(s) URL like http://127.0.0.1:9620, got '" + gw + "'");
            int port = u.getPort() >= 0 ? u.getPort() : ("https".equals(u.getScheme()) ? 443 : 80);
            String host = u.getHost().toLowerCase(Locale.ROOT);
            if (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]")) b.allowLocalhostPort(port);
            else reachable.add(host + ":" + port);
            b.setEnv("TAPPASS_GATEWAY_URL", gw);
        }
        if (!reachable.isEmpty()) {
            b.network(NetworkMode.PROXY);
            reachable.forEach(b::allowDomain);
        }
        try {
            return b.build();
        } catch (SandboxPolicyException e) {
            throw new ConfigException(source, "sandbox", e.getMessage(), e);
        }
    }

    private static List<String> strings(JsonNode parent, String key, String source, String path) {
        JsonNode n = parent.path(key);
        if (n.isMissingNode() || n.isNull()) return List.of();
        if (!n.isArray()) throw new ConfigException(source, path, "expected a list of strings");
        List<String> out = new ArrayList<>();
        for (JsonNode e : n) {
            if (!e.isTextual()) throw new ConfigException(source, path, "expected a list of strings, found " + e);
            out.add(e.asText());
        }
        return out;
    }

    /** A tool-name glob: {@code *} any run, {@code ?} one character, everything else literal. */
    static Pattern glob(String g) {
        StringBuilder sb = new StringBuilder();
        for (char c : g.toCharArray()) {
            if (c == '*') sb.append(".*");
            else if (c == '?') sb.append('.');
            else sb.append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(sb.toString());
    }
}
