package io.tappass.sandbox.proxy;

import com.sun.net.httpserver.HttpServer;
import io.tappass.sandbox.Denial;
import io.tappass.sandbox.InjectedCredential;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class EgressProxyTest {
    HttpServer upstream;
    final List<String> seen = new CopyOnWriteArrayList<>();
    EgressProxy proxy;

    @BeforeEach
    void start() throws IOException {
        upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        upstream.createContext("/", ex -> {
            seen.add(ex.getRequestMethod() + " " + ex.getRequestURI() + " auth=" + ex.getRequestHeaders().getFirst("Authorization")
                    + " proxyauth=" + ex.getRequestHeaders().getFirst("Proxy-Authorization"));
            byte[] in = ex.getRequestBody().readAllBytes();
            byte[] body = ("ok " + new String(in, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        upstream.start();
    }

    @AfterEach
    void stop() {
        upstream.stop(0);
        if (proxy != null) proxy.close();
    }

    int up() {
        return upstream.getAddress().getPort();
    }

    static String exchange(int port, String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void allowListSemantics() {
        EgressProxy p = EgressProxy.builder().allow("api.example.com").allow("*.cdn.example").allow("127.0.0.1:8080")
                .allowLocalhostPort(9620).build();
        assertThat(p.isAllowed("api.example.com", 443)).isTrue();
        assertThat(p.isAllowed("API.EXAMPLE.COM.", 80)).isTrue();
        assertThat(p.isAllowed("api.example.com", 22)).isFalse();
        assertThat(p.isAllowed("evil-api.example.com", 443)).isFalse();
        assertThat(p.isAllowed("x.cdn.example", 443)).isTrue();
        assertThat(p.isAllowed("cdn.example", 443)).isFalse();
        assertThat(p.isAllowed("xcdn.example", 443)).isFalse();
        assertThat(p.isAllowed("127.0.0.1", 8080)).isTrue();
        assertThat(p.isAllowed("127.0.0.1", 8081)).isFalse();
        assertThat(p.isAllowed("localhost", 9620)).isTrue();
        assertThat(EgressProxy.builder().allow("169.254.169.254").build().isAllowed("169.254.169.254", 80)).isFalse();
    }

    @Test
    void forwardsAllowedPlainHttpWithBodyAndRefusesOthers() throws IOException {
        proxy = EgressProxy.builder().allow("127.0.0.1:" + up()).build().start();
        String ok = exchange(proxy.port(), "POST http://127.0.0.1:" + up() + "/x?q=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Proxy-Authorization: Basic abc\r\nContent-Length: 5\r\n\r\nhello");
        assertThat(ok).startsWith("HTTP/1.1 200").endsWith("ok hello");
        assertThat(seen).containsExactly("POST /x?q=1 auth=null proxyauth=null");
        String no = exchange(proxy.port(), "GET http://127.0.0.1:1/ HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(no).startsWith("HTTP/1.1 403");
        String meta = exchange(proxy.port(), "CONNECT 169.254.169.254:80 HTTP/1.1\r\n\r\n");
        assertThat(meta).startsWith("HTTP/1.1 403");
        assertThat(proxy.drainDenials()).extracting(Denial::target).containsExactly("127.0.0.1:1", "169.254.169.254:80");
        assertThat(proxy.drainDenials()).isEmpty();
        assertThat(exchange(proxy.port(), "garbage\r\n\r\n")).startsWith("HTTP/1.1 400");
        assertThat(exchange(proxy.port(), "GET http://127.0.0.1:" + up() + "/ HTTP/1.1\r\nX-A: a\nHost: evil\r\n\r\n")).startsWith("HTTP/1.1 400");
    }

    @Test
    void allowedNamesResolvingToLoopbackAreRefused() throws IOException {
        // 127.0.0.2 stands in for a DNS name that resolves to loopback (no such name is configured on CI machines).
        proxy = EgressProxy.builder().allow("127.0.0.2:" + up()).allow("localhost:" + up()).build().start();
        assertThat(exchange(proxy.port(), "GET http://127.0.0.2:" + up() + "/ HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 403");
        assertThat(exchange(proxy.port(), "GET http://localhost:" + up() + "/ok HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 200");
    }

    @Test
    void connectTunnelsToAllowedEndpoints() throws IOException {
        proxy = EgressProxy.builder().allow("127.0.0.1:" + up()).build().start();
        String r = exchange(proxy.port(), "CONNECT 127.0.0.1:" + up() + " HTTP/1.1\r\n\r\nGET /tunnel HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(r).startsWith("HTTP/1.1 200 Connection Established").contains("ok ");
        assertThat(seen).containsExactly("GET /tunnel auth=null proxyauth=null");
    }

    @Test
    void placeholderIsSwappedOnlyForTheCredentialUpstreamAndRotationApplies(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path secretFile = dir.resolve("secret");
        Files.writeString(secretFile, "file-secret-1\n");
        InjectedCredential cred = InjectedCredential.bearer("svc", URI.create("http://127.0.0.1:" + up() + "/api"), "SVC_KEY",
                CredentialSource.file(secretFile));
        String ph = "tpph_0123456789abcdef0123";
        proxy = EgressProxy.builder().allow("127.0.0.1:" + up()).credential(cred, ph).build().start();
        exchange(proxy.port(), "GET http://127.0.0.1:" + up() + "/a HTTP/1.1\r\nAuthorization: Bearer " + ph + "\r\n\r\n");
        Files.writeString(secretFile, "file-secret-2\n"); // rotation: replace the file, no restart
        exchange(proxy.port(), "GET /svc/b?x=1 HTTP/1.1\r\nAuthorization: Bearer " + ph + "\r\n\r\n");
        String unauth = exchange(proxy.port(), "GET /svc/c HTTP/1.1\r\nAuthorization: Bearer wrong\r\n\r\n");
        assertThat(unauth).startsWith("HTTP/1.1 401");
        assertThat(exchange(proxy.port(), "GET /nosuch/c HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 404");
        assertThat(seen).containsExactly("GET /a auth=Bearer file-secret-1 proxyauth=null",
                "GET /api/b?x=1 auth=Bearer file-secret-2 proxyauth=null");
    }

    @Test
    void unavailableSecretGives502AndADenial() throws IOException {
        InjectedCredential cred = InjectedCredential.bearer("svc", URI.create("http://127.0.0.1:" + up()), "SVC_KEY",
                CredentialSource.env("TAPPASS_TEST_UNSET_VARIABLE_XYZ"));
        String ph = "tpph_0123456789abcdef0123";
        proxy = EgressProxy.builder().credential(cred, ph).build().start();
        assertThat(exchange(proxy.port(), "GET /svc/x HTTP/1.1\r\nAuthorization: Bearer " + ph + "\r\n\r\n")).startsWith("HTTP/1.1 502");
        assertThat(proxy.drainDenials()).singleElement().extracting(Denial::kind).isEqualTo(Denial.Kind.CREDENTIAL);
        assertThat(seen).isEmpty();
    }
}
