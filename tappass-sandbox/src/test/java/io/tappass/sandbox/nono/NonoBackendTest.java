package io.tappass.sandbox.nono;

import io.tappass.sandbox.Denial;
import io.tappass.sandbox.ExitKind;
import io.tappass.sandbox.NetworkMode;
import io.tappass.sandbox.SandboxPolicy;
import io.tappass.sandbox.SandboxRequest;
import io.tappass.sandbox.SandboxResult;
import io.tappass.sandbox.UnsupportedPolicyException;
import io.tappass.sandbox.proxy.CredentialSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class NonoBackendTest {
    static final String REPORT = """
            {
              "session": {
                "exit_code": 1,
                "denials": [
                  {"path": "/home/u/.ssh/id_rsa", "access": "Read", "reason": "PolicyBlocked"},
                  {"path": "/run/docker.sock", "access": "ReadWrite", "reason": "UnixSocketDenied"}
                ],
                "ipc_denials": [{"target": "pid 1", "operation": "signal", "reason": "isolated", "remediation": "allow_same_sandbox"}],
                "violations": [],
                "diagnostics": [
                  {"code": "sandbox_denied_network", "severity": "error", "message": "connect to 10.0.0.1:22 blocked", "detail": "10.0.0.1:22"},
                  {"code": "sandbox_denied_path", "severity": "error", "message": "dup", "path": "/home/u/.ssh/id_rsa", "access": "read",
                   "remediation": {"kind": "grant_path", "path": "/home/u/.ssh", "access": "read", "is_file": false}}
                ]
              },
              "proxy": [{"code": "credential_not_found", "severity": "error", "route_prefix": "/openai", "message": "no key"}]
            }
            """;

    @Test
    void commandLineHasNoSecretsAndEndsOptionsBeforeArgv() {
        List<String> cmd = NonoBackend.command(Path.of("/usr/bin/nono"), Path.of("/tmp/x/profile.json"), Optional.of(Path.of("/srv/w")),
                true, OptionalInt.of(4000), List.of("--help", "-rf", "a b"));
        assertThat(cmd).containsExactly("/usr/bin/nono", "-s", "run", "--profile", "/tmp/x/profile.json", "--no-rollback",
                "--diagnostics-json", "--workdir", "/srv/w", "--allow-cwd", "--proxy-port", "4000", "--", "--help", "-rf", "a b");
        assertThatThrownBy(() -> NonoBackend.command(Path.of("nono"), Path.of("profile"), Optional.empty(), false, OptionalInt.empty(), List.of("x")))
                .hasMessageContaining("absolute and end in .json");
    }

    @Test
    void nonoEnvironmentIsScrubbed() {
        SandboxPolicy p = SandboxPolicy.builder().inheritEnv("LANG", "APP_*").network(NetworkMode.PROXY)
                .bearerCredential("openai", URI.create("https://api.openai.com"), "OPENAI_API_KEY", CredentialSource.env("REAL_KEY")).build();
        Map<String, String> env = NonoBackend.nonoEnvironment(Map.ofEntries(Map.entry("PATH", "/usr/bin"), Map.entry("HOME", "/home/u"),
                Map.entry("NONO_PROFILE", "evil"), Map.entry("NONO_ALLOW", "/"), Map.entry("NONO_NO_UPDATE_CHECK", "0"),
                Map.entry("OPENAI_API_KEY", "sk-parent"), Map.entry("APP_MODE", "x"), Map.entry("LANG", "C"),
                Map.entry("REAL_KEY", "sk-real"), Map.entry("JAVA_TOOL_OPTIONS", "-javaagent:x"), Map.entry("AWS_SECRET_ACCESS_KEY", "a")), p);
        assertThat(env).containsEntry("NONO_NO_UPDATE_CHECK", "1").containsEntry("NONO_NO_PACK_UPDATE_HINTS", "1")
                .containsEntry("NONO_NO_MIGRATE", "1").containsEntry("APP_MODE", "x").containsEntry("REAL_KEY", "sk-real")
                .containsEntry("PATH", "/usr/bin").doesNotContainKeys("NONO_PROFILE", "NONO_ALLOW", "OPENAI_API_KEY",
                        "JAVA_TOOL_OPTIONS", "AWS_SECRET_ACCESS_KEY");
    }

    @Test
    void exitCodesAreMapped() {
        assertThat(NonoBackend.classify(0, "", false, List.of())).isEqualTo(ExitKind.EXITED);
        assertThat(NonoBackend.classify(1, "child failed\n", false, List.of())).isEqualTo(ExitKind.EXITED);
        assertThat(NonoBackend.classify(1, "nono: Landlock deny-overlap is not enforceable\n", false, List.of())).isEqualTo(ExitKind.SANDBOX_ERROR);
        assertThat(NonoBackend.classify(1, "", false, List.of("configuration_error"))).isEqualTo(ExitKind.SANDBOX_ERROR);
        assertThat(NonoBackend.classify(126, "", false, List.of())).isEqualTo(ExitKind.SANDBOX_NOT_APPLIED);
        assertThat(NonoBackend.classify(127, "", false, List.of())).isEqualTo(ExitKind.COMMAND_NOT_FOUND);
        assertThat(NonoBackend.classify(137, "", false, List.of())).isEqualTo(ExitKind.SIGNALED);
        assertThat(NonoBackend.classify(0, "", true, List.of())).isEqualTo(ExitKind.TIMED_OUT);
    }

    @Test
    void diagnosticsReportIsSplitOffStderrAndTyped() {
        String stderr = "child line 1\n{ not json\nchild line 2\n" + REPORT;
        NonoDiagnostics.Split split = NonoDiagnostics.split(stderr);
        assertThat(split.childStderr()).isEqualTo("child line 1\n{ not json\nchild line 2\n");
        assertThat(split.report()).isPresent();
        List<Denial> d = NonoDiagnostics.denials(split.report().get());
        assertThat(d).extracting(Denial::kind).containsExactly(Denial.Kind.PATH, Denial.Kind.UNIX_SOCKET, Denial.Kind.IPC,
                Denial.Kind.NETWORK, Denial.Kind.CREDENTIAL);
        assertThat(d.get(0)).isEqualTo(new Denial(Denial.Kind.PATH, "/home/u/.ssh/id_rsa", "read", "policy_blocked", ""));
        assertThat(d.get(3).target()).isEqualTo("10.0.0.1:22");
        assertThat(NonoDiagnostics.split("no report here\n{\"other\": 1}\n").report()).isEmpty();
    }

    @Test
    void versionDetection() {
        assertThat(NonoInstallation.parseVersion("nono 0.66.0\n")).get().isEqualTo(new int[]{0, 66, 0});
        assertThat(NonoInstallation.compatible(new int[]{0, 66, 1})).isTrue();
        assertThat(NonoInstallation.compatible(new int[]{0, 77, 0})).isFalse();
        assertThat(NonoInstallation.compatible(new int[]{0, 60, 0})).isFalse();
        assertThat(NonoInstallation.parseVersion("something else")).isEmpty();
    }

    @Test
    void memoryLimitIsRefused() {
        assertThatThrownBy(() -> new NonoBackend().check(SandboxPolicy.builder().memoryLimitBytes(1 << 30).build()))
                .isInstanceOf(UnsupportedPolicyException.class);
    }

    /** A stand-in nono that records how it was called; checks the launcher end to end without the real binary. */
    @Test
    void launcherDrivesAFakeNonoEndToEnd(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("log");
        Path fake = dir.resolve("nono");
        Files.writeString(fake, """
                #!/bin/sh
                case "$1" in
                  --version) echo "nono 0.66.0"; exit 0;;
                  setup) exit 0;;
                esac
                { for a in "$@"; do printf 'ARG:%s\\n' "$a"; done; env | sed 's/^/ENV:/'; } > "$FAKE_LOG" 2>/dev/null
                while [ "$1" != "--profile" ]; do shift; done
                cp "$2" "$FAKE_LOG.profile" 2>/dev/null
                echo "child output"
                echo "child error" >&2
                cat >&2 <<'EOF2'
                REPORT_PLACEHOLDER
                EOF2
                exit 1
                """.replace("REPORT_PLACEHOLDER", REPORT.strip()));
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        // FAKE_LOG reaches the fake only because the policy lets it through (inheritEnv).
        NonoBackend backend = new NonoBackend(fake, Map.of("PATH", "/usr/bin:/bin", "HOME", dir.toString(), "FAKE_LOG", log.toString(),
                "NONO_PROFILE", "evil", "OPENAI_API_KEY", "sk-parent-secret"));
        assertThat(backend.availability().available()).isTrue();
        assertThat(backend.availability().detail()).isEqualTo("nono 0.66.0");
        SandboxPolicy p = SandboxPolicy.builder().workspace(dir).inheritEnv("FAKE_LOG").network(NetworkMode.PROXY)
                .allowDomain("api.example.com")
                .bearerCredential("api", URI.create("https://api.example.com"), "API_KEY", CredentialSource.fixed("sk-real-secret-value"))
                .build();
        SandboxResult r = backend.run(p, SandboxRequest.of("tool", "--flag", "a b"));
        assertThat(r.stdout()).isEqualTo("child output\n");
        assertThat(r.stderr()).isEqualTo("child error\n");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.kind()).isEqualTo(ExitKind.EXITED);
        assertThat(r.denials()).hasSize(5);
        String calls = Files.readString(log);
        assertThat(calls).contains("ARG:-s\nARG:run\nARG:--profile\n").contains("ARG:--diagnostics-json\n")
                .contains("ARG:--\nARG:tool\nARG:--flag\nARG:a b\n")
                .contains("ENV:NONO_NO_UPDATE_CHECK=1").contains("ENV:NONO_NO_PACK_UPDATE_HINTS=1").contains("ENV:NONO_NO_MIGRATE=1")
                .doesNotContain("NONO_PROFILE").doesNotContain("sk-parent-secret").doesNotContain("sk-real-secret-value");
        String profile = Files.readString(Path.of(log + ".profile"));
        assertThat(profile).contains("\"credential_key\" : \"file:///").doesNotContain("sk-real-secret-value");
        // The private temp dir with the secret file is gone after the run.
        String credRef = profile.replaceAll("(?s).*\"credential_key\" : \"file://([^\"]+)\".*", "$1");
        assertThat(Path.of(credRef)).doesNotExist();
    }

    @Test
    void realNonoRunsWhenInstalled(@TempDir Path ws) throws IOException {
        NonoBackend nono = new NonoBackend();
        assumeTrue(nono.availability().available(), "nono not usable here, skipped: " + nono.availability().detail());
        Files.writeString(ws.resolve("in.txt"), "hello\n");
        SandboxPolicy p = SandboxPolicy.builder().workspace(ws).build();
        SandboxResult ok = nono.run(p, SandboxRequest.of("/bin/sh", "-c", "cat in.txt; echo out > out.txt"));
        assertThat(ok.stdout()).isEqualTo("hello\n");
        assertThat(ws.resolve("out.txt")).exists();
        SandboxResult denied = nono.run(p, SandboxRequest.of("/bin/sh", "-c", "cat ~/.ssh/id_rsa /etc/shadow"));
        assertThat(denied.succeeded()).isFalse();
    }
}
