package io.tappass.sandbox.proxy;

import io.tappass.sandbox.Denial;
import io.tappass.sandbox.InjectedCredential;
import io.tappass.sandbox.SandboxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLSocketFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small egress proxy for sandboxed agents: an HTTP forward proxy ({@code CONNECT host:port} tunnels and plain
 * {@code GET http://host/...} requests) that only lets allow-listed domains and endpoints through, plus a reverse
 * proxy for injected credentials.
 *
 * <h2>Allow-list</h2>
 * {@code example.com} allows that host on ports 80 and 443; {@code *.example.com} allows its subdomains (not the
 * apex) on 80 and 443; {@code host:port} allows exactly that endpoint; {@link Builder#allowLocalhostPort(int)} allows
 * {@code 127.0.0.1:port}/{@code localhost:port}. Cloud metadata endpoints and link-local addresses are always refused,
 * also after DNS resolution, and a domain name that resolves to a loopback address is refused (only loopback
 * literals reach host services). A refused request gets {@code 403} and is recorded as a {@link Denial}.
 *
 * <h2>Credential injection</h2>
 * The agent holds only a placeholder token (in {@link InjectedCredential#envVar()}). The proxy swaps the placeholder
 * for the real secret from the {@link CredentialSource} (read per request, so rotation needs no restart):
 * <ul>
 *   <li>forward mode: a plain-HTTP request to the credential's upstream host:port whose
 *       {@link InjectedCredential#header()} contains the placeholder gets that header replaced by the formatted secret;</li>
 *   <li>reverse mode (like nono's {@code <NAME>_BASE_URL}): {@code http://proxy/<name>/rest} is forwarded to
 *       {@code upstream + /rest}, over TLS when the upstream is https, with the secret injected. The placeholder is
 *       required in the header, otherwise the request is refused with {@code 401}.</li>
 * </ul>
 * <b>Limitation:</b> the proxy does not intercept TLS. An agent that opens a {@code CONNECT} tunnel to an https API
 * sends its placeholder inside TLS, where the proxy cannot swap it; use the reverse route (base URL) for https
 * upstreams. Each proxied request gets {@code Connection: close}; HTTP keep-alive to the proxy is not supported.
 *
 * <p>Thread-safe; one thread per connection. Never logs headers or secrets.
 */
public final class EgressProxy implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EgressProxy.class);
    private static final int MAX_HEAD = 64 * 1024;
    private static final Set<String> ALWAYS_DENIED = Set.of("169.254.169.254", "metadata.google.internal",
            "metadata.azure.internal", "fd00:ec2::254");

    private final List<String> allowed;
    private final Set<Integer> localhostPorts;
    private final Map<String, Route> routesByName;
    private final ConcurrentLinkedQueue<Denial> denials = new ConcurrentLinkedQueue<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final SSLSocketFactory tls;
    private ServerSocket server;
    private ExecutorService pool;

    private record Route(InjectedCredential credential, String placeholder) {
    }

    private EgressProxy(Builder b) {
        this.allowed = List.copyOf(b.allowed);
        this.localhostPorts = Set.copyOf(b.localhostPorts);
        this.routesByName = Map.copyOf(b.routes);
        this.tls = b.tls == null ? (SSLSocketFactory) SSLSocketFactory.getDefault() : b.tls;
    }

    /** A new builder (nothing allowed by default). */
    public static Builder builder() {
        return new Builder();
    }

    /** Binds {@code 127.0.0.1} on an ephemeral port and starts serving; returns this. */
    public synchronized EgressProxy start() {
        if (server != null) throw new IllegalStateException("already started");
        try {
            server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new SandboxException("egress proxy: cannot bind 127.0.0.1: " + e.getMessage(), e);
        }
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "tappass-egress-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ServerSocket s = server;
        pool.execute(() -> {
            while (!s.isClosed()) {
                try {
                    Socket c = s.accept();
                    pool.execute(() -> handle(c));
                } catch (IOException e) {
                    if (!s.isClosed()) LOG.warn("egress proxy accept failed: {}", e.toString());
                }
            }
        });
        return this;
    }

    /** The TCP port on 127.0.0.1. */
    public int port() {
        if (server == null) throw new IllegalStateException("not started");
        return server.getLocalPort();
    }

    /** The placeholder token the agent holds for credential {@code name}. */
    public String placeholder(String name) {
        Route r = routesByName.get(name);
        if (r == null) throw new IllegalArgumentException("no credential route '" + name + "'");
        return r.placeholder();
    }

    /** Returns and clears the denials recorded so far. */
    public List<Denial> drainDenials() {
        List<Denial> out = new ArrayList<>();
        Denial d;
        while ((d = denials.poll()) != null) out.add(d);
        return out;
    }

    /** Number of requests handled (allowed or not). */
    public int requestCount() {
        return requests.get();
    }

    @Override
    public synchronized void close() {
        if (server == null) return;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing
        }
        pool.shutdownNow();
    }

    /** Whether {@code host:port} is allowed by the allow-list (public for policy queries and tests). */
    public boolean isAllowed(String host, int port) {
        String h = normaliseHost(host);
        if (ALWAYS_DENIED.contains(h)) return false;
        if ((h.equals("127.0.0.1") || h.equals("localhost") || h.equals("::1")) && localhostPorts.contains(port)) return true;
        for (String a : allowed) {
            int colon = a.lastIndexOf(':');
            if (colon > 0 && a.indexOf(':') == colon) {
                if (a.substring(0, colon).equals(h) && Integer.parseInt(a.substring(colon + 1)) == port) return true;
                continue;
            }
            if (port != 80 && port != 443) continue;
            if (a.startsWith("*.") ? h.endsWith(a.substring(1)) && h.length() > a.length() - 1 : a.equals(h)) return true;
        }
        return false;
    }

    private static String normaliseHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        while (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        return h;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void handle(Socket client) {
        requests.incrementAndGet();
        try (client) {
            client.setSoTimeout(60_000);
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            byte[] headBytes = readHead(in);
            if (headBytes == null) return;
            String head = new String(headBytes, StandardCharsets.ISO_8859_1);
            String[] lines = head.split("\r\n");
            String[] req = lines[0].split(" ");
            if (req.length != 3 || !req[2].startsWith("HTTP/1.")) {
                respond(out, 400, "Bad Request", "malformed request line");
                return;
            }
            LinkedHashMap<String, String> headers = parseHeaders(lines);
            if (headers == null) {
                respond(out, 400, "Bad Request", "malformed header");
                return;
            }
            client.setSoTimeout(0);
            String method = req[0];
            String target = req[1];
            if (method.equals("CONNECT")) {
                connect(client, in, out, target);
            } else if (target.startsWith("http://")) {
                forward(in, out, method, target, req[2], headers);
            } else if (target.startsWith("/")) {
                reverse(in, out, method, target, req[2], headers);
            } else {
                respond(out, 400, "Bad Request", "unsupported request target (https:// URLs need CONNECT)");
            }
        } catch (IOException e) {
            LOG.debug("egress proxy connection ended: {}", e.toString());
        }
    }

    private void connect(Socket client, InputStream in, OutputStream out, String target) throws IOException {
        int colon = target.lastIndexOf(':');
        if (colon <= 0) {
            respond(out, 400, "Bad Request", "CONNECT target must be host:port");
            return;
        }
        String host = target.substring(0, colon);
        int port = parsePort(target.substring(colon + 1));
        Socket up = openAllowed(out, host, port);
        if (up == null) return;
        try (up) {
            out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            pipe(in, out, up);
        }
    }

    private void forward(InputStream in, OutputStream out, String method, String target, String version,
                         LinkedHashMap<String, String> headers) throws IOException {
        URI uri;
        try {
            uri = URI.create(target);
        } catch (IllegalArgumentException e) {
            respond(out, 400, "Bad Request", "malformed URL");
            return;
        }
        if (uri.getHost() == null) {
            respond(out, 400, "Bad Request", "URL without host");
            return;
        }
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        String host = uri.getHost();
        Socket up = openAllowed(out, host, port);
        if (up == null) return;
        try (up) {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (uri.getRawQuery() != null) path += "?" + uri.getRawQuery();
            for (Route r : routesByName.values()) {
                URI u = r.credential().upstream();
                int upPort = u.getPort() < 0 ? ("https".equals(u.getScheme()) ? 443 : 80) : u.getPort();
                if ("http".equals(u.getScheme()) && normaliseHost(u.getHost()).equals(normaliseHost(host)) && upPort == port)
                    if (!inject(out, r, headers, false)) return;
            }
            headers.remove("proxy-connection");
            headers.remove("proxy-authorization");
            sendUpstream(up, method, path, version, headers, host + (uri.getPort() < 0 ? "" : ":" + port));
            pipe(in, out, up);
        }
    }

    private void reverse(InputStream in, OutputStream out, String method, String target, String version,
                         LinkedHashMap<String, String> headers) throws IOException {
        String rest = target.substring(1);
        int slash = rest.indexOf('/');
        int q = rest.indexOf('?');
        int cut = slash < 0 ? (q < 0 ? rest.length() : q) : (q >= 0 && q < slash ? q : slash);
        String name = rest.substring(0, cut);
        Route r = routesByName.get(name);
        if (r == null) {
            deny(out, "/" + name, "unknown_route", 404, "Not Found", "no credential route named '" + name + "'");
            return;
        }
        if (!inject(out, r, headers, true)) return;
        URI u = r.credential().upstream();
        boolean https = "https".equals(u.getScheme());
        int port = u.getPort() < 0 ? (https ? 443 : 80) : u.getPort();
        String base = u.getRawPath() == null ? "" : u.getRawPath().replaceAll("/+$", "");
        String path = base + rest.substring(cut);
        if (path.isEmpty() || path.startsWith("?")) path = "/" + path;
        Socket up = openAllowedUnchecked(out, u.getHost(), port);
        if (up == null) return;
        if (https) {
            Socket s = tls.createSocket(up, u.getHost(), port, true);
            ((javax.net.ssl.SSLSocket) s).startHandshake();
            up = s;
        }
        try (Socket upstream = up) {
            headers.remove("proxy-connection");
            headers.remove("proxy-authorization");
            sendUpstream(upstream, method, path, version, headers, u.getHost() + (u.getPort() < 0 ? "" : ":" + port));
            pipe(in, out, upstream);
        }
    }

    /** Replaces the placeholder header with the real secret; returns false (after responding) when refused. */
    private boolean inject(OutputStream out, Route r, LinkedHashMap<String, String> headers, boolean required) throws IOException {
        String key = r.credential().header().toLowerCase(Locale.ROOT);
        String value = headers.get(key);
        boolean hasPlaceholder = value != null && value.contains(r.placeholder());
        if (!hasPlaceholder) {
            if (!required) return true;
            deny(out, r.credential().name(), "authentication_failed", 401, "Unauthorized",
                    "the request must carry the placeholder from " + r.credential().envVar() + " in " + r.credential().header());
            return false;
        }
        String secret;
        try {
            secret = r.credential().source().secret();
        } catch (RuntimeException e) {
            denials.add(new Denial(Denial.Kind.CREDENTIAL, r.credential().name(), "", "credential_unavailable", e.getMessage()));
            respond(out, 502, "Bad Gateway", "credential '" + r.credential().name() + "' is unavailable");
            return false;
        }
        headers.put(key, r.credential().format().replace("{}", secret));
        return true;
    }

    private Socket openAllowed(OutputStream out, String host, int port) throws IOException {
        if (port < 1 || !isAllowed(host, port)) {
            deny(out, host + ":" + port, "host_not_allowed", 403, "Forbidden", "not in the sandbox's network allow-list");
            return null;
        }
        return openAllowedUnchecked(out, host, port);
    }

    private Socket openAllowedUnchecked(OutputStream out, String host, int port) throws IOException {
        InetAddress[] addrs;
        try {
            addrs = InetAddress.getAllByName(host);
        } catch (IOException e) {
            respond(out, 502, "Bad Gateway", "cannot resolve " + host);
            return null;
        }
        String h = normaliseHost(host);
        boolean loopbackLiteral = h.equals("127.0.0.1") || h.equals("localhost") || h.equals("::1");
        for (InetAddress a : addrs) {
            if (a.isLoopbackAddress() && !loopbackLiteral) {
                // An allowed domain must not become a way into the host's own services (DNS rebinding).
                deny(out, host + ":" + port, "resolves_to_loopback", 403, "Forbidden", host + " resolves to a loopback address");
                return null;
            }
            if (a.isLinkLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress()) {
                deny(out, host + ":" + port, "link_local_denied", 403, "Forbidden", host + " resolves to a link-local or wildcard address");
                return null;
            }
        }
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(addrs[0], port), 10_000);
            return s;
        } catch (IOException e) {
            s.close();
            respond(out, 502, "Bad Gateway", "cannot connect to " + host + ":" + port);
            return null;
        }
    }

    private void deny(OutputStream out, String target, String reason, int status, String phrase, String message) throws IOException {
        LOG.info("egress proxy refused {}: {}", target, reason);
        denials.add(new Denial(status == 401 ? Denial.Kind.CREDENTIAL : Denial.Kind.NETWORK, target, "connect", reason, message));
        respond(out, status, phrase, "tappass sandbox: " + target + ": " + message);
    }

    private static void sendUpstream(Socket up, String method, String path, String version, Map<String, String> headers,
                                     String hostHeader) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append(method).append(' ').append(path).append(' ').append(version).append("\r\n");
        sb.append("Host: ").append(hostHeader).append("\r\n");
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (h.getKey().equals("host") || h.getKey().equals("connection") || h.getKey().equals("keep-alive")) continue;
            sb.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        sb.append("Connection: close\r\n\r\n");
        OutputStream o = up.getOutputStream();
        o.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        o.flush();
    }

    private void pipe(InputStream clientIn, OutputStream clientOut, Socket up) throws IOException {
        InputStream upIn = up.getInputStream();
        OutputStream upOut = up.getOutputStream();
        pool.execute(() -> {
            try {
                clientIn.transferTo(upOut);
                up.shutdownOutput();
            } catch (IOException ignored) {
                // either side closed
            }
        });
        try {
            upIn.transferTo(clientOut);
            clientOut.flush();
        } catch (SocketException ignored) {
            // peer reset
        }
    }

    private static void respond(OutputStream out, int status, String phrase, String body) throws IOException {
        byte[] b = (body + "\n").getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " " + phrase + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
                + b.length + "\r\nConnection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(b);
        out.flush();
    }

    private static int parsePort(String s) {
        try {
            int p = Integer.parseInt(s);
            return p >= 1 && p <= 65535 ? p : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Reads up to and including the blank line; returns the head without the final CRLFCRLF, or null on EOF. */
    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(512);
        int state = 0;
        while (buf.size() < MAX_HEAD) {
            int c = in.read();
            if (c < 0) return null;
            buf.write(c);
            state = switch (state) {
                case 0 -> c == '\r' ? 1 : 0;
                case 1 -> c == '\n' ? 2 : (c == '\r' ? 1 : 0);
                case 2 -> c == '\r' ? 3 : 0;
                case 3 -> c == '\n' ? 4 : (c == '\r' ? 1 : 0);
                default -> 0;
            };
            if (state == 4) {
                byte[] all = buf.toByteArray();
                return java.util.Arrays.copyOf(all, all.length - 4);
            }
        }
        throw new IOException("request head larger than " + MAX_HEAD + " bytes");
    }

    private static LinkedHashMap<String, String> parseHeaders(String[] lines) {
        LinkedHashMap<String, String> h = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].indexOf('\n') >= 0 || lines[i].indexOf('\r') >= 0) return null; // bare CR/LF: header smuggling
            int c = lines[i].indexOf(':');
            if (c <= 0) return null;
            String k = lines[i].substring(0, c).trim().toLowerCase(Locale.ROOT);
            if (!k.matches("[a-z0-9!#$%&'*+.^_`|~-]+")) return null;
            h.merge(k, lines[i].substring(c + 1).trim(), (a, b) -> a + ", " + b);
        }
        return h;
    }

    /** Builder of {@link EgressProxy}. */
    public static final class Builder {
        private final List<String> allowed = new ArrayList<>();
        private final Set<Integer> localhostPorts = new TreeSet<>();
        private final Map<String, Route> routes = new LinkedHashMap<>();
        private SSLSocketFactory tls;

        private Builder() {
        }

        /** Allows a domain, {@code *.suffix} or {@code host:port}. */
        public Builder allow(String domainOrEndpoint) {
            allowed.add(normaliseHost(Objects.requireNonNull(domainOrEndpoint, "domainOrEndpoint")));
            return this;
        }

        /** Allows each of the entries; see {@link #allow(String)}. */
        public Builder allowAll(List<String> entries) {
            entries.forEach(this::allow);
            return this;
        }

        /** Allows {@code 127.0.0.1:port}. */
        public Builder allowLocalhostPort(int port) {
            localhostPorts.add(port);
            return this;
        }

        /** Adds a credential route; the agent must present {@code placeholder}. */
        public Builder credential(InjectedCredential credential, String placeholder) {
            Objects.requireNonNull(credential, "credential");
            if (placeholder == null || placeholder.length() < 16)
                throw new IllegalArgumentException("placeholder must be at least 16 characters");
            routes.put(credential.name(), new Route(credential, placeholder));
            return this;
        }

        /** Uses {@code factory} for https reverse routes (e.g. a test trust store). */
        public Builder tlsSocketFactory(SSLSocketFactory factory) {
            this.tls = factory;
            return this;
        }

        /** Builds the (not yet started) proxy. */
        public EgressProxy build() {
            return new EgressProxy(this);
        }
    }
}
