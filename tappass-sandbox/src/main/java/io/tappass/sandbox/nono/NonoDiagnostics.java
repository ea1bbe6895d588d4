package io.tappass.sandbox.nono;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tappass.sandbox.Denial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses nono's {@code --diagnostics-json} report, which nono pretty-prints on stderr after the child exits, i.e. on
 * the same stream as the child's own stderr. Shape (nono 0.66, {@code crates/nono/src/diagnostic/report.rs}):
 * {@code {"session": {exit_code, denials[{path, access, reason}], ipc_denials[{target, operation, reason, remediation}],
 * violations[{operation, target}], diagnostics[{code, severity, message, hint?, path?, access?, detail?}]},
 * "proxy": [{code, severity, route_prefix, credential_ref?, message, hint?}]}}.
 */
public final class NonoDiagnostics {
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private NonoDiagnostics() {
    }

    /**
     * stderr split into the child's part and nono's trailing report.
     *
     * @param childStderr everything before the report
     * @param report      the report, if one was found at the end
     */
    public record Split(String childStderr, Optional<JsonNode> report) {
    }

    /** Splits the trailing {@code {"session": ...}} object off {@code stderr}. */
    public static Split split(String stderr) {
        int attempts = 0;
        int i = stderr.length();
        while (attempts < 64 && (i = stderr.lastIndexOf('{', i - 1)) >= 0) {
            if (i == 0 || stderr.charAt(i - 1) == '\n') {
                attempts++;
                try {
                    JsonNode n = STRICT.readTree(stderr.substring(i));
                    if (n != null && n.isObject() && n.has("session")) return new Split(stderr.substring(0, i), Optional.of(n));
                } catch (JsonProcessingException ignored) {
                    // not the report; keep looking further up
                }
            }
            if (i == 0) break;
        }
        return new Split(stderr, Optional.empty());
    }

    /** Typed denials from a report (session denials, IPC denials, violations, network/credential diagnostics, proxy). */
    public static List<Denial> denials(JsonNode report) {
        List<Denial> out = new ArrayList<>();
        JsonNode s = report.path("session");
        for (JsonNode d : s.path("denials")) {
            String reason = snake(d.path("reason").asText(""));
            out.add(new Denial(reason.equals("unix_socket_denied") ? Denial.Kind.UNIX_SOCKET : Denial.Kind.PATH,
                    d.path("path").asText(""), d.path("access").asText("").toLowerCase(Locale.ROOT), reason, ""));
        }
        for (JsonNode d : s.path("ipc_denials"))
            out.add(new Denial(Denial.Kind.IPC, d.path("target").asText(""), d.path("operation").asText(""),
                    snake(d.path("reason").asText("")), d.path("remediation").isTextual() ? d.path("remediation").asText() : ""));
        for (JsonNode d : s.path("violations"))
            out.add(new Denial(Denial.Kind.OTHER, d.path("target").asText(""), d.path("operation").asText(""), "violation", ""));
        for (JsonNode d : s.path("diagnostics")) {
            String code = d.path("code").asText("");
            Denial.Kind kind = switch (code) {
                case "sandbox_denied_network" -> Denial.Kind.NETWORK;
                case "sandbox_denied_unix_socket" -> Denial.Kind.UNIX_SOCKET;
                case "credential_not_found", "credential_unavailable" -> Denial.Kind.CREDENTIAL;
                case "sandbox_denied_path" -> Denial.Kind.PATH;
                default -> null;
            };
            if (kind == null) continue;
            String target = d.path("path").asText(d.path("detail").asText(""));
            boolean dup = kind == Denial.Kind.PATH && out.stream().anyMatch(x -> x.kind() == Denial.Kind.PATH && x.target().equals(target));
            if (!dup) out.add(new Denial(kind, target, d.path("access").asText("").toLowerCase(Locale.ROOT), code, d.path("message").asText("")));
        }
        for (JsonNode d : report.path("proxy")) {
            String code = d.path("code").asText("");
            out.add(new Denial(code.contains("credential") ? Denial.Kind.CREDENTIAL : Denial.Kind.NETWORK,
                    d.path("route_prefix").asText(""), "connect", code, d.path("message").asText("")));
        }
        return out;
    }

    /** Diagnostic codes of a report (e.g. {@code command_not_found}, {@code configuration_error}). */
    public static List<String> codes(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode d : report.path("session").path("diagnostics")) out.add(d.path("code").asText(""));
        return out;
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
