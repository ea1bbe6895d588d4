package io.tappass.client.h2;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.client.GovernedHttpClient;
import io.tappass.client.TapPass;
import io.tappass.client.testing.FakeUpstream;
import io.tappass.client.testing.TestSteps;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP/2 end to end: a real h2 server (Jetty 12, TLS + ALPN with a self-signed certificate made by {@code keytool})
 * on loopback speaks the OpenAI wire format; the governed client negotiates h2 and governs non-streamed and SSE
 * calls over it.
 */
class Http2ConformanceTest {

    @TempDir
    static Path dir;
    static Server server;
    static URI base;
    static SSLContext trust;
    static final List<String> protocols = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path ks = dir.resolve("server.p12");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "h2", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", ks.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();

        server = new Server();
        HttpConfiguration config = new HttpConfiguration();
        config.addCustomizer(new SecureRequestCustomizer(false));
        HTTP2ServerConnectionFactory h2 = new HTTP2ServerConnectionFactory(config);
        ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory();
        alpn.setDefaultProtocol("http/1.1");
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(ks.toString());
        ssl.setKeyStorePassword("changeit");
        ssl.setKeyStoreType("PKCS12");
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, alpn.getProtocol()), alpn,
                h2, new HttpConnectionFactory(config));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Provider());
        server.start();
        base = URI.create("https://127.0.0.1:" + connector.getLocalPort());

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ks)) {
            store.load(in, "changeit".toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        trust = SSLContext.getInstance("TLS");
        trust.init(null, tmf.getTrustManagers(), null);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    /** An OpenAI-compatible provider: JSON or SSE (written event by event) depending on {@code "stream":true}. */
    static final class Provider extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            protocols.add(request.getConnectionMetaData().getProtocol());
            String body = Content.Source.asString(request, StandardCharsets.UTF_8);
            if (body.contains("\"stream\":true")) {
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream");
                for (String event : FakeUpstream.openAiStream(List.of("Write to ", "ann", "@corp.exa", "mple.com",
                        " today, the team answers quickly."))) {
                    try (Blocker.Callback cb = Blocker.callback()) {
                        response.write(false, ByteBuffer.wrap(event.getBytes(StandardCharsets.UTF_8)), cb);
                        cb.block();
                    }
                }
                response.write(true, ByteBuffer.allocate(0), callback);
            } else {
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                response.write(true, ByteBuffer.wrap(FakeUpstream.openAiCompletion("mail kim@corp.example.com now")
                        .getBytes(StandardCharsets.UTF_8)), callback);
            }
            return true;
        }
    }

    static HttpRequest post(String body) {
        return HttpRequest.newBuilder(base.resolve("/v1/chat/completions")).header("content-type", "application/json")
                .header("authorization", "Bearer sk-test").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static final String REQUEST = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}";

    GovernedHttpClient client() {
        return TapPass.governed(HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).sslContext(trust).build())
                .pipeline(TestSteps.standard()).holdBack(16).build();
    }

    @Test
    void nonStreamedGovernedCallOverHttp2() throws Exception {
        protocols.clear();
        HttpResponse<String> r = client().send(post(REQUEST), HttpResponse.BodyHandlers.ofString());
        assertThat(r.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("mail [MASKED_EMAIL] now").doesNotContain("kim@");
        assertThat(r.headers().firstValue(GovernedHttpClient.CLASSIFICATION_HEADER)).isPresent();
        assertThat(protocols).containsExactly("HTTP/2.0");
        HttpResponse<String> blocked = client().send(post(REQUEST.replace("hello", "Project Falcon status?")),
                HttpResponse.BodyHandlers.ofString());
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(protocols).hasSize(1); // never reached the provider
    }

    @Test
    void streamedGovernedCallOverHttp2() throws Exception {
        protocols.clear();
        HttpResponse<java.util.stream.Stream<String>> r = client().sendAsync(post(REQUEST.replace("{\"model\"",
                "{\"stream\":true,\"model\"")), HttpResponse.BodyHandlers.ofLines()).get(30, TimeUnit.SECONDS);
        assertThat(r.version()).isEqualTo(HttpClient.Version.HTTP_2);
        StringBuilder text = new StringBuilder();
        List<String> lines = r.body().toList();
        for (String line : lines) {
            if (line.startsWith("data: {")) {
                for (var c : io.tappass.client.wire.Json.parse(line.substring(6), "t").path("choices")) {
                    if (c.path("delta").path("content").isTextual()) {
                        text.append(c.path("delta").path("content").asText());
                    }
                }
            }
        }
        assertThat(text.toString()).isEqualTo("Write to [MASKED_EMAIL] today, the team answers quickly.");
        assertThat(lines).contains("data: [DONE]");
        assertThat(protocols).containsExactly("HTTP/2.0");
    }
}
