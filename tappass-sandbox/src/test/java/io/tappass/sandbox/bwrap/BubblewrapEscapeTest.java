package io.tappass.sandbox.bwrap;

import com.sun.net.httpserver.HttpServer;
import io.tappass.sandbox.Denial;
import io.tappass.sandbox.ExitKind;
import io.tappass.sandbox.InjectedCredential;
import io.tappass.sandbox.NetworkMode;
import io.tappass.sandbox.SandboxBackend;
import io.tappass.sandbox.SandboxPolicy;
import io.tappass.sandbox.SandboxRequest;
import io.tappass.sandbox.SandboxResult;
import io.tappass.sandbox.proxy.CredentialSource;
import io.tappass.sandbox.proxy.RotatingCredentialSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The escape suite of issue 6, run for real through bubblewrap. Skips only when bwrap is missing or cannot create
 * namespaces here (the availability detail says why).
 */
class BubblewrapEscapeTest {
    static final String PARENT_SECRET = "sk-parent-process-secret-DO-NOT-LEAK-0123456789";
    static final BubblewrapBackend BWRAP = new BubblewrapBackend();

    @TempDir
    static Path root;
    static Path home;
    static Path ws;
    static Path outside;
    static ServerSocket forbiddenPort;
    static ServerSocket gatewayPort;
    static HttpServer upstream;
    static final List<String> upstreamAuth = new CopyOnWriteArrayList<>();
    static final RotatingCredentialSource SECRET = CredentialSource.rotating("real-secret-v1-aaaaaaaaaaaaaaaa");

    @BeforeAll
    static void setUp() throws IOException {
        SandboxBackend.Availability a = BWRAP.availability();
        assumeTrue(a.available(), "bubblewrap unavailable, escape suite skipped: " + a.detail());
        home = Files.createDirectories(root.resolve("home"));
        Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(home.resolve(".ssh/id_rsa"), "-----BEGIN FAKE PRIVATE KEY-----\nSSHSECRET\n");
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/credentials"), "[default]\naws_secret_access_key = AWSSECRET\n");
        ws = Files.createDirectories(home.resolve("work"));
        Files.writeString(ws.resolve("input.txt"), "hello from the workspace\n");
        outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("target.txt"), "original\n");
        Files.createSymbolicLink(ws.resolve("escape-dir"), outside);
        Files.createSymbolicLink(ws.resolve("escape-file"), outside.resolve("target.txt"));
        Files.createSymbolicLink(ws.resolve("ssh-link"), home.resolve(".ssh/id_rsa"));
        forbiddenPort = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        gatewayPort = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread g = new Thread(() -> {
            while (true) {
                try (Socket s = gatewayPort.accept()) {
                    s.getOutputStream().write("GATEWAY-OK\n".getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    return;
                }
            }
        }, "fake-gateway");
        g.setDaemon(true);
        g.start();
        upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        upstream.createContext("/", ex -> {
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            upstreamAuth.add(auth == null ? "" : auth);
            if (ex.getRequestURI().getPath().equals("/rotate")) SECRET.rotate("real-secret-v2-bbbbbbbbbbbbbbbb");
            byte[] body = ("UPSTREAM-OK " + ex.getRequestURI().getPath() + "\n").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        upstream.start();
    }

    @AfterAll
    static void tearDown() throws IOException {
        if (forbiddenPort != null) forbiddenPort.close();
        if (gatewayPort != null) gatewayPort.close();
        if (upstream != null) upstream.stop(0);
    }

    static SandboxPolicy.Builder base() {
        return SandboxPolicy.builder().workspace(ws);
    }

    static SandboxResult sh(SandboxPolicy policy, String script, String... args) {
        List<String> argv = new java.util.ArrayList<>(List.of("/bin/bash", "-c", script, "probe"));
        argv.addAll(List.of(args));
        return BWRAP.run(policy, SandboxRequest.of(argv));
    }

    @Test
    void credentialsInTheRealHomeAreNotReadable() {
        SandboxResult r = sh(base().build(), "cat \"$1\" \"$2\" ssh-link; ls -a \"$3\"; cat ../.ssh/id_rsa; echo done",
                home.resolve(".ssh/id_rsa").toString(), home.resolve(".aws/credentials").toString(), home.toString());
        assertThat(r.stdout()).doesNotContain("SSHSECRET").doesNotContain("AWSSECRET").doesNotContain(".ssh").contains("done");
        assertThat(r.stderr()).contains("No such file or directory");
    }

    @Test
    void homeIsNotVisibleEvenWhenTheLauncherHomeIsGrantedPartially() {
        // Granting a sibling of ~/.ssh must not expose ~/.ssh, and default denies mask it when a parent is bound.
        SandboxResult r = sh(base().read(home.resolve(".aws").getParent().resolve("work").toString()).build(),
                "cat \"$1\" 2>&1; echo; cat /root/.ssh/id_rsa 2>&1; echo end", home.resolve(".ssh/id_rsa").toString());
        assertThat(r.stdout()).doesNotContain("SSHSECRET").contains("end");
    }

    @Test
    void writesOutsideTheWorkspaceFailIncludingThroughSymlinks() throws IOException {
        SandboxResult r = sh(base().build(), String.join("\n",
                "echo pwned > escape-dir/new.txt && echo WROTE1",
                "echo pwned > escape-file && echo WROTE2",
                "echo pwned > \"$1/direct.txt\" && echo WROTE3",
                "echo pwned > /etc/evil && echo WROTE4",
                "echo pwned > /usr/evil && echo WROTE5",
                "ln -s \"$1/target.txt\" mylink && echo pwned > mylink && echo WROTE6",
                "exit 0"), outside.toString());
        assertThat(r.stdout()).doesNotContain("WROTE");
        assertThat(Files.readString(outside.resolve("target.txt"))).isEqualTo("original\n");
        assertThat(outside.resolve("new.txt")).doesNotExist();
        assertThat(outside.resolve("direct.txt")).doesNotExist();
        assertThat(Path.of("/etc/evil")).doesNotExist();
        assertThat(Path.of("/usr/evil")).doesNotExist();
    }

    @Test
    void procSelfRootTricksFail() throws IOException {
        SandboxResult r = sh(base().build(), String.join("\n",
                "cat /proc/self/root\"$1\" 2>/dev/null && echo LEAK1",
                "cat /proc/1/root\"$1\" 2>/dev/null && echo LEAK2",
                "ls /proc/1/root/root 2>/dev/null && echo LEAK3",
                "cat /proc/1/root/etc/shadow 2>/dev/null && echo LEAK4",
                "echo pwned > /proc/self/root\"$2\"/viaproc.txt 2>/dev/null && echo LEAK5",
                "cat /proc/self/cwd/../.ssh/id_rsa 2>/dev/null && echo LEAK6",
                "for p in /proc/[0-9]*; do cat $p/environ 2>/dev/null | tr '\\0' '\\n'; done | grep -c OPENAI_API_KEY",
                "exit 0"), home.resolve(".ssh/id_rsa").toString(), outside.toString());
        assertThat(r.stdout()).doesNotContain("LEAK").doesNotContain("SSHSECRET");
        assertThat(r.stdout().trim()).endsWith("0");
        assertThat(outside.resolve("viaproc.txt")).doesNotExist();
    }

    @Test
    void kernelKnobsInProcAreReadOnlyEvenWhenTheLauncherIsRoot() throws IOException {
        // Writes back the current value, so the test is harmless even if the protection were missing.
        String current = Files.readString(Path.of("/proc/sys/kernel/printk_ratelimit")).trim();
        SandboxResult r = sh(base().build(), "echo \"$1\" > /proc/sys/kernel/printk_ratelimit && echo WROTE; echo end", current);
        assertThat(r.stdout()).doesNotContain("WROTE").contains("end");
        assertThat(r.stderr()).contains("Read-only file system");
    }

    @Test
    void parentSecretEnvironmentIsNotVisible() {
        assumeTrue(PARENT_SECRET.equals(System.getenv("OPENAI_API_KEY")),
                "surefire sets OPENAI_API_KEY for this test; run through Maven");
        SandboxResult r = sh(base().build(), "env; cat /proc/self/environ; cat /proc/1/environ");
        assertThat(r.stdout()).doesNotContain(PARENT_SECRET).doesNotContain("OPENAI_API_KEY").contains("HOME=");
        // Even a policy inheriting everything never passes a denied variable.
        SandboxResult r2 = sh(base().inheritEnv("*").denyEnv("OPENAI_*").build(), "env");
        assertThat(r2.stdout()).doesNotContain(PARENT_SECRET).contains("PATH=");
    }

    @Test
    void loopbackPortsAreBlockedUnlessAllowed() {
        SandboxPolicy p = base().allowLocalhostPort(gatewayPort.getLocalPort()).build();
        SandboxResult r = sh(p, String.join("\n",
                "(exec 3<>/dev/tcp/127.0.0.1/$1) 2>/dev/null && echo FORBIDDEN-OPEN || echo FORBIDDEN-REFUSED",
                "exec 4<>/dev/tcp/127.0.0.1/$2 && cat <&4"),
                String.valueOf(forbiddenPort.getLocalPort()), String.valueOf(gatewayPort.getLocalPort()));
        assertThat(r.stdout()).contains("FORBIDDEN-REFUSED").contains("GATEWAY-OK").doesNotContain("FORBIDDEN-OPEN");
        // Network blocked entirely: not even the gateway.
        SandboxResult blocked = sh(base().build(),
                "(exec 3<>/dev/tcp/127.0.0.1/$1) 2>/dev/null && echo OPEN || echo REFUSED", String.valueOf(gatewayPort.getLocalPort()));
        assertThat(blocked.stdout()).contains("REFUSED");
    }

    @Test
    void argumentsWithSpacesNewlinesAndDashesCannotInject() throws IOException {
        Path odd = Files.createDirectories(root.resolve("-ws with space\n--bind / /x --share-net"));
        Files.writeString(odd.resolve("--help"), "odd file\n");
        SandboxPolicy p = SandboxPolicy.builder().workspace(odd).build();
        SandboxResult r = BWRAP.run(p, SandboxRequest.of("/usr/bin/printf", "[%s]", "--ro-bind", "/", "/", "-x", "a b\nc"));
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).isEqualTo("[--ro-bind][/][/][-x][a b\nc]");
        SandboxResult cat = BWRAP.run(p, SandboxRequest.of("/bin/cat", "--", "--help"));
        assertThat(cat.stdout()).isEqualTo("odd file\n");
        SandboxResult pwd = BWRAP.run(p, SandboxRequest.of("/bin/pwd"));
        assertThat(pwd.stdout()).isEqualTo(odd.toRealPath() + "\n");
        // A command named like an option is executed (and not found), not parsed as a bwrap option.
        SandboxResult dash = BWRAP.run(p, SandboxRequest.of("--share-net"));
        assertThat(dash.kind()).isEqualTo(ExitKind.COMMAND_NOT_FOUND);
        assertThat(dash.exitCode()).isEqualTo(127);
    }

    @Test
    void legitimateWorkspaceReadWriteWorks() throws IOException {
        SandboxResult r = sh(base().build(), "cat input.txt; echo result > output.txt; mkdir -p sub && echo x > sub/y; echo ok");
        assertThat(r.succeeded()).isTrue();
        assertThat(r.stdout()).contains("hello from the workspace").contains("ok");
        assertThat(Files.readString(ws.resolve("output.txt"))).isEqualTo("result\n");
        assertThat(ws.resolve("sub/y")).exists();
    }

    @Test
    void exitStatusAndSignalsPassThrough() {
        assertThat(sh(base().build(), "exit 42").exitCode()).isEqualTo(42);
        SandboxResult killed = sh(base().build(), "kill -KILL $$");
        assertThat(killed.exitCode()).isEqualTo(137);
        assertThat(killed.kind()).isEqualTo(ExitKind.SIGNALED);
    }

    @Test
    void allowedEndpointIsReachableThroughTheProxyAndOthersAreRefused() {
        int up = upstream.getAddress().getPort();
        SandboxPolicy p = base().network(NetworkMode.PROXY).allowDomain("127.0.0.1:" + up).build();
        String script = String.join("\n",
                "port=${HTTP_PROXY##*:}",
                "exec 3<>/dev/tcp/127.0.0.1/$port",
                "printf 'GET http://127.0.0.1:%s/hello HTTP/1.1\\r\\nHost: 127.0.0.1\\r\\n\\r\\n' $1 >&3",
                "cat <&3",
                "exec 4<>/dev/tcp/127.0.0.1/$port",
                "printf 'CONNECT 127.0.0.1:%s HTTP/1.1\\r\\n\\r\\n' $2 >&4",
                "head -c 40 <&4; echo",
                "(exec 5<>/dev/tcp/127.0.0.1/$1) 2>/dev/null && echo DIRECT-OPEN || echo DIRECT-REFUSED");
        SandboxResult r = sh(p, script, String.valueOf(up), String.valueOf(forbiddenPort.getLocalPort()));
        assertThat(r.stdout()).contains("UPSTREAM-OK /hello").contains("403").contains("DIRECT-REFUSED");
        assertThat(r.denials()).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(Denial.Kind.NETWORK);
            assertThat(d.target()).isEqualTo("127.0.0.1:" + forbiddenPort.getLocalPort());
        });
    }

    @Test
    void credentialIsInjectedByTheProxyAndRotatesWithoutRestart() {
        upstreamAuth.clear();
        int up = upstream.getAddress().getPort();
        SandboxPolicy p = base().network(NetworkMode.PROXY).allowDomain("127.0.0.1:" + up)
                .credential(InjectedCredential.bearer("api", URI.create("http://127.0.0.1:" + up), "API_KEY", SECRET))
                .build();
        String script = String.join("\n",
                "env | grep -c real-secret",
                "grep -rs real-secret /proc/self/environ /proc/1/environ /proc/1/cmdline /tmp /run . | wc -l",
                "port=${HTTP_PROXY##*:}",
                "req() { exec 3<>/dev/tcp/127.0.0.1/$port; printf \"$1\" \"$up\" \"$API_KEY\" >&3; cat <&3; exec 3<&-; }",
                "up=$1",
                "req 'GET http://127.0.0.1:%s/first HTTP/1.1\\r\\nAuthorization: Bearer %s\\r\\n\\r\\n'",
                "req 'GET http://127.0.0.1:%s/rotate HTTP/1.1\\r\\nAuthorization: Bearer %s\\r\\n\\r\\n'",
                // reverse route, like nono's <NAME>_BASE_URL
                "base=${API_BASE_URL#http://*/}",
                "req \"GET /$base/after HTTP/1.1\\r\\nX-Up: %s\\r\\nAuthorization: Bearer %s\\r\\n\\r\\n\"",
                "echo placeholder=${API_KEY:0:5}");
        SandboxResult r = sh(p, script, String.valueOf(up));
        List<String> lines = r.stdout().lines().toList();
        assertThat(lines.get(0)).isEqualTo("0");
        assertThat(lines.get(1)).isEqualTo("0");
        assertThat(r.stdout()).contains("UPSTREAM-OK /first").contains("UPSTREAM-OK /rotate").contains("UPSTREAM-OK /after")
                .contains("placeholder=tpph_").doesNotContain("real-secret");
        assertThat(upstreamAuth).containsExactly("Bearer real-secret-v1-aaaaaaaaaaaaaaaa",
                "Bearer real-secret-v1-aaaaaaaaaaaaaaaa", "Bearer real-secret-v2-bbbbbbbbbbbbbbbb");
    }

    @Test
    void writeOnlyGrantsAreRefusedNotWidened() {
        SandboxPolicy p = base().write(outside.toString()).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BWRAP.run(p, SandboxRequest.of("/bin/true")))
                .isInstanceOf(io.tappass.sandbox.UnsupportedPolicyException.class).hasMessageContaining("write-only");
    }

    @Test
    void timeoutKillsTheProcessTree() {
        SandboxPolicy p = base().timeout(java.time.Duration.ofMillis(500)).build();
        SandboxResult r = BWRAP.run(p, SandboxRequest.of("/bin/bash", "-c", "read -r x < /dev/tcp/127.0.0.1/1 2>/dev/null; cat /dev/zero > /dev/null"));
        assertThat(r.kind()).isEqualTo(ExitKind.TIMED_OUT);
    }

    @Test
    void readOnlyGrantIsReadableButNotWritable() throws IOException {
        Path data = Files.createDirectories(root.resolve("data"));
        Files.writeString(data.resolve("d.txt"), "data\n");
        SandboxResult r = sh(base().read(data.toString()).build(), "cat \"$1/d.txt\"; echo x > \"$1/d.txt\" || echo DENIED", data.toString());
        assertThat(r.stdout()).contains("data").contains("DENIED");
        assertThat(r.denials()).anySatisfy(d -> assertThat(d.kind()).isEqualTo(Denial.Kind.PATH));
        assertThat(Files.readString(data.resolve("d.txt"))).isEqualTo("data\n");
    }

    static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
