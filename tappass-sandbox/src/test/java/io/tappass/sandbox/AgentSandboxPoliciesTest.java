package io.tappass.sandbox;

import io.tappass.core.config.ConfigException;
import io.tappass.sandbox.nono.NonoProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentSandboxPoliciesTest {
    @TempDir
    Path dir;

    Path write(String name, String body) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, body);
        return p;
    }

    static final String POLICY = """
            preset: standard
            agent: support-bot
            sandbox:
              workspace: /srv/agents/support-bot
              gateway: http://127.0.0.1:9620
              tool_domains:
                web_search: [api.search.example]
                github: [api.github.com, uploads.github.com]
                delete_repo: [api.github.com]
                send_email: [smtp-api.mail.example]
              read: [/opt/kb]
              write: [/srv/shared/out]
            overrides:
              detect_pii: {on_detection: block}
              tool_permissions:
                allow: ["web_*", "github", "delete_repo"]
              blocked_tools: [delete_repo]
            """;

    @Test
    void blockedAndNotAllowedToolsLoseTheirDomains() throws IOException {
        SandboxPolicy p = AgentSandboxPolicies.fromPolicyFile(write("policy.yaml", POLICY));
        assertThat(p.name()).isEqualTo("agent-support-bot");
        assertThat(p.workspace()).contains(Path.of("/srv/agents/support-bot"));
        assertThat(p.network()).isEqualTo(NetworkMode.PROXY);
        // github is allowed, but api.github.com is also a domain of the blocked delete_repo tool: blocking wins.
        assertThat(p.allowedDomains()).containsExactly("api.search.example", "uploads.github.com");
        assertThat(p.localhostPorts()).containsExactly(9620);
        assertThat(p.grants()).containsExactly(new FsGrant("/opt/kb", Access.READ, false), new FsGrant("/srv/shared/out", Access.READ_WRITE, false));
        assertThat(p.environment().set()).containsEntry("TAPPASS_AGENT_ID", "support-bot").containsEntry("TAPPASS_GATEWAY_URL", "http://127.0.0.1:9620");
        String json = NonoProfiles.toJson(p);
        assertThat(json).contains("api.search.example").doesNotContain("smtp-api.mail.example").doesNotContain("\"api.github.com\"");
    }

    @Test
    void denyGlobsAndNoAllowListAndJsonFormat() throws IOException {
        SandboxPolicy p = AgentSandboxPolicies.fromPolicyFile(write("policy.json", """
                {"agent": {"id": "a1"}, "sandbox": {"workspace": "/w", "gateway": "https://gw.internal:8443",
                 "tool_domains": {"web_fetch": ["example.org"], "shell_exec": ["x.org"]}},
                 "overrides": {"tool_permissions": {"deny": ["shell_*"]}}}
                """));
        assertThat(p.allowedDomains()).containsExactly("example.org", "gw.internal:8443");
        assertThat(p.localhostPorts()).isEmpty();
    }

    @Test
    void allToolsBlockedMeansNetworkBlockedButGatewayReachable() throws IOException {
        SandboxPolicy p = AgentSandboxPolicies.fromPolicyFile(write("p.yaml", """
                agent: a2
                blocked_tools: ["*"]
                sandbox: {workspace: /w, gateway: "http://localhost:9620", tool_domains: {t: [a.com]}}
                """));
        assertThat(p.network()).isEqualTo(NetworkMode.BLOCKED);
        assertThat(p.allowedDomains()).isEmpty();
        assertThat(p.localhostPorts()).containsExactly(9620);
    }

    @Test
    void subpathConstraintsAndForbiddenZonesBecomeFilesystemRules() throws IOException {
        SandboxPolicy p = AgentSandboxPolicies.fromPolicyFile(write("z.yaml", """
                agent: a3
                sandbox: {workspace: /srv/a3}
                tool_arg_constraints:
                  - {tool: read_report, arg: path, operator: subpath, value: /data/reports}
                  - {tool: create_table, arg: schema, operator: in, value: [marketing, sales]}
                overrides:
                  tool_permissions: {deny: [shell_*]}
                  tool_arg_constraints:
                    - {tool: shell_exec, arg: cwd, type: subpath, root: /data/scratch}
                  forbidden_zones: {paths: ["~/.ssh/*", /etc/shadow]}
                """));
        assertThat(p.grants()).containsExactly(new FsGrant("/data/reports", Access.READ_WRITE, false));
        assertThat(p.denied()).containsExactly("~/.ssh", "/etc/shadow");
        assertThatThrownBy(() -> AgentSandboxPolicies.fromPolicyFile(write("z2.yaml", """
                agent: a4
                sandbox: {workspace: /srv/a4}
                overrides: {forbidden_zones: {paths: ["/srv/a4/.env"]}}
                """))).isInstanceOf(ConfigException.class).hasMessageContaining("inside the granted directory");
    }

    @Test
    void badFilesGiveClearErrors() throws IOException {
        assertThatThrownBy(() -> AgentSandboxPolicies.fromPolicyFile(write("a.yaml", "sandbox: {workspace: /w}\n")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("a.yaml: agent: the agent id is required");
        assertThatThrownBy(() -> AgentSandboxPolicies.fromPolicyFile(write("b.yaml", "agent: x\nsandbox: {workspace: rel}\n")))
                .hasMessageContaining("sandbox.workspace: must be an absolute path");
        assertThatThrownBy(() -> AgentSandboxPolicies.fromPolicyFile(write("c.yaml", "agent: x\nsandbox: {workspace: /w, gateway: 'ftp://x'}\n")))
                .hasMessageContaining("sandbox.gateway");
        assertThatThrownBy(() -> AgentSandboxPolicies.fromPolicyFile(write("d.yaml", "agent: x\nsandbox: {workspace: /w, tool_domains: {t: a.com}}\n")))
                .hasMessageContaining("sandbox.tool_domains.t: expected a list");
        assertThatThrownBy(() -> AgentSandboxPolicies.fromPolicyFile(dir.resolve("missing.yaml"))).hasMessageContaining("cannot read");
        assertThatThrownBy(() -> AgentSandboxPolicies.fromPolicyFile(write("e.yaml", "agent: x\nsandbox: {workspace: /w, read: [~/.local], deny: [~/.local/x]}\n")))
                .hasMessageContaining("inside the granted directory");
    }
}
