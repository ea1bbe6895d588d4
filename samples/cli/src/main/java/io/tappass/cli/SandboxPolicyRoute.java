package io.tappass.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.tappass.client.gateway.AgentKey;
import io.tappass.client.gateway.Gateway;
import io.tappass.core.config.ConfigException;
import io.tappass.sandbox.AgentSandboxPolicies;
import io.tappass.sandbox.SandboxPolicyException;
import io.tappass.sandbox.nono.NonoProfiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code GET /agents/{id}/sandbox-policy} (roadmap step 5, policy sync): the nono profile for the agent's governance
 * policy, derived from the gateway's {@code --config} file with {@link AgentSandboxPolicies} and
 * {@link NonoProfiles}. The file is read on every request, so an edited policy (a newly blocked tool) reaches the
 * agent the next time it fetches its profile, without restarting the gateway.
 *
 * <p>An agent authenticates with its {@code tp_} key and may fetch only its own profile (401 without a key, 403 for
 * another agent's id, 404 for other paths). A policy that cannot become a sandbox profile is a 500 whose body says
 * why (file and key), never a weaker profile.
 */
final class SandboxPolicyRoute implements HttpHandler {

    static final String CONTEXT = "/agents/";
    private static final String SUFFIX = "/sandbox-policy";

    private final Path policyFile;
    private final Supplier<Gateway> gateway;

    SandboxPolicyRoute(Path policyFile, Supplier<Gateway> gateway) {
        this.policyFile = policyFile;
        this.gateway = gateway;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (!path.startsWith(CONTEXT) || !path.endsWith(SUFFIX)) {
                send(ex, 404, error("not found: " + path));
                return;
            }
            String id = path.substring(CONTEXT.length(), path.length() - SUFFIX.length());
            if (id.isEmpty() || id.contains("/")) {
                send(ex, 404, error("not found: " + path));
                return;
            }
            if (!ex.getRequestMethod().equals("GET")) {
                ex.getResponseHeaders().set("Allow", "GET");
                send(ex, 405, error("use GET"));
                return;
            }
            Gateway g = gateway.get();
            Optional<AgentKey> agent = g == null ? Optional.empty() : g.authenticate(ex);
            if (agent.isEmpty()) {
                send(ex, 401, error("missing or unknown agent key: send Authorization: Bearer tp_..."));
                return;
            }
            if (!agent.get().agentId().equals(id)) {
                send(ex, 403, error("an agent may only fetch its own sandbox policy"));
                return;
            }
            String profile;
            try {
                profile = NonoProfiles.toJson(AgentSandboxPolicies.fromPolicyFile(policyFile));
            } catch (ConfigException | SandboxPolicyException e) {
                send(ex, 500, error("the policy cannot be turned into a sandbox profile: " + e.getMessage()));
                return;
            }
            ex.getResponseHeaders().set("Content-Type", "application/json");
            send(ex, 200, profile);
        }
    }

    private static String error(String message) {
        return "{\"error\":{\"type\":\"sandbox_policy\",\"message\":"
                + com.fasterxml.jackson.databind.node.TextNode.valueOf(message).toString() + "}}";
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        if (!ex.getResponseHeaders().containsKey("Content-Type")) {
            ex.getResponseHeaders().set("Content-Type", "application/json");
        }
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }
}
