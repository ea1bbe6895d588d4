package io.tappass.sandbox.bwrap;

import com.sun.net.httpserver.HttpServer;
import io.tappass.sandbox.NetworkMode;
import io.tappass.sandbox.Sandbox;
import io.tappass.sandbox.SandboxBackend;
import io.tappass.sandbox.SandboxPolicy;
import io.tappass.sandbox.SandboxRequest;
import io.tappass.sandbox.SandboxResult;
import io.tappass.sandbox.nono.NonoProfiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Backend selection, nono profiles under bubblewrap, limits, and a JVM child behind the egress proxy. */
class BubblewrapFeaturesTest {
    static final BubblewrapBackend BWRAP = new BubblewrapBackend();
    @TempDir
    Path ws;

    @BeforeAll
    static void requireBwrap() {
        assumeTrue(BWRAP.availability().available(), "bubblewrap unavailable: " + BWRAP.availability().detail());
    }

    @Test
    void serviceLoaderFindsBothBackendsAndAutoPicksAnAvailableOne() {
        assertThat(Sandbox.backends()).extracting(SandboxBackend::name).containsExactly("nono", "bwrap");
        SandboxBackend auto = Sandbox.backend("auto");
        assertThat(auto.availability().available()).isTrue();
        assertThat(Sandbox.backend("bwrap").name()).isEqualTo("bwrap");
        SandboxResult r = Sandbox.run(SandboxPolicy.builder().workspace(ws).build(), "/bin/echo", "hi");
        assertThat(r.stdout()).isEqualTo("hi\n");
    }

    @Test
    void aNonoProfileRunsUnderBubblewrap() throws IOException {
        Files.writeString(ws.resolve("in.txt"), "in\n");
        SandboxPolicy p = NonoProfiles.parse("""
                {"meta": {"name": "from-nono"}, "extends": "default", "workdir": {"access": "readwrite"},
                 "network": {"block": true}, "environment": {"allow_vars": [], "set_vars": {"GREETING": "hello $HOME"}}}
                """, "p.json", Optional.of(ws));
        SandboxResult r = BWRAP.run(p, SandboxRequest.of("/bin/sh", "-c", "cat in.txt; echo $GREETING; echo out > out.txt"));
        assertThat(r.stdout()).isEqualTo("in\nhello " + BubblewrapBackend.SANDBOX_HOME + "\n");
        assertThat(ws.resolve("out.txt")).exists();
    }

    @Test
    void deniedPathsInsideSystemDirectoriesAreMasked() {
        SandboxPolicy p = SandboxPolicy.builder().workspace(ws).deny("/usr/share/doc").deny("/etc/hosts").build();
        SandboxResult r = BWRAP.run(p, SandboxRequest.of("/bin/sh", "-c", "ls /usr/share/doc | wc -l; cat /etc/hosts > /dev/null 2>&1 && echo READ || echo DENIED; ls /usr/share | grep -c ."));
        assertThat(r.stdout().lines().toList()).first().isEqualTo("0");
        assertThat(r.stdout().lines().toList().get(1)).isEqualTo("DENIED"); // /dev/null on a nodev mount: EACCES
        assertThat(Integer.parseInt(r.stdout().lines().toList().get(2).trim())).isPositive();
    }

    @Test
    void autoSelectionSkipsBackendsThatCannotEnforceThePolicy() {
        SandboxPolicy p = SandboxPolicy.builder().workspace(ws).memoryLimitBytes(512L << 20).build();
        assertThat(Sandbox.backend("auto", p).name()).isEqualTo("bwrap");
    }

    @Test
    void memoryLimitIsApplied() {
        SandboxPolicy p = SandboxPolicy.builder().workspace(ws).memoryLimitBytes(256L << 20).build();
        SandboxResult r = BWRAP.run(p, SandboxRequest.of("/bin/sh", "-c", "ulimit -v"));
        assertThat(r.stdout().trim()).isEqualTo(String.valueOf(256 * 1024));
    }

    @Test
    void systemDefaultsOffBindsOnlyWhatIsGranted() {
        SandboxPolicy p = SandboxPolicy.builder().systemDefaults(false).read("/usr").workspace(ws).build();
        SandboxResult r = BWRAP.run(p, SandboxRequest.of("/usr/bin/ls", "/etc"));
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void aJvmChildReachesTheAllowedEndpointThroughTheProxy() throws IOException {
        HttpServer up = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        up.createContext("/", ex -> {
            byte[] b = "jvm-ok".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(b);
            }
        });
        up.start();
        try {
            int port = up.getAddress().getPort();
            Files.writeString(ws.resolve("Probe.java"), """
                    public class Probe {
                        public static void main(String[] a) throws Exception {
                            var c = (java.net.HttpURLConnection) new java.net.URL(a[0]).openConnection();
                            System.out.println(new String(c.getInputStream().readAllBytes()));
                        }
                    }
                    """);
            SandboxPolicy p = SandboxPolicy.builder().workspace(ws).network(NetworkMode.PROXY).allowDomain("127.0.0.1:" + port).build();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // Loopback normally bypasses the JVM proxy (http.nonProxyHosts); clear it so the request goes through it.
            SandboxResult r = BWRAP.run(p, SandboxRequest.of(java, "-Dhttp.nonProxyHosts=", "-Xshare:auto",
                    "Probe.java", "http://127.0.0.1:" + port + "/"));
            assertThat(r.stdout()).as(r.stderr()).contains("jvm-ok");
        } finally {
            up.stop(0);
        }
    }
}
