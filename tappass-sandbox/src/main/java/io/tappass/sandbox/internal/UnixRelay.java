package io.tappass.sandbox.internal;

import io.tappass.sandbox.SandboxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Host side of the bubblewrap network bridge: listens on a Unix socket (bound into the sandbox) and relays each
 * connection to {@code 127.0.0.1:port} on the host. Internal.
 */
public final class UnixRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UnixRelay.class);
    private final ServerSocketChannel server;
    private final Path socket;
    private final int targetPort;

    private UnixRelay(ServerSocketChannel server, Path socket, int targetPort) {
        this.server = server;
        this.socket = socket;
        this.targetPort = targetPort;
    }

    /** Binds {@code socket} and starts relaying to {@code 127.0.0.1:targetPort}. */
    public static UnixRelay start(Path socket, int targetPort) {
        try {
            Files.deleteIfExists(socket);
            ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            s.bind(UnixDomainSocketAddress.of(socket));
            UnixRelay r = new UnixRelay(s, socket, targetPort);
            Thread t = new Thread(r::acceptLoop, "tappass-relay-" + targetPort);
            t.setDaemon(true);
            t.start();
            return r;
        } catch (IOException e) {
            throw new SandboxException("cannot bind relay socket " + socket + ": " + e.getMessage(), e);
        }
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel c = server.accept();
                Thread t = new Thread(() -> relay(c), "tappass-relay-conn-" + targetPort);
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (server.isOpen()) LOG.debug("relay accept failed: {}", e.toString());
            }
        }
    }

    private void relay(SocketChannel c) {
        try (c; Socket up = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
            // Channel read/write directly: Channels.newInputStream/newOutputStream share a lock on JDK 17.
            Thread t = new Thread(() -> {
                try {
                    OutputStream o = up.getOutputStream();
                    ByteBuffer bb = ByteBuffer.allocate(16384);
                    while (c.read(bb) > 0) {
                        o.write(bb.array(), 0, bb.position());
                        o.flush();
                        bb.clear();
                    }
                    up.shutdownOutput();
                } catch (IOException ignored) {
                    // closed
                }
            }, "tappass-relay-up");
            t.setDaemon(true);
            t.start();
            InputStream in = up.getInputStream();
            byte[] b = new byte[16384];
            int n;
            while ((n = in.read(b)) > 0) {
                ByteBuffer bb = ByteBuffer.wrap(b, 0, n);
                while (bb.hasRemaining()) c.write(bb);
            }
            c.shutdownOutput();
        } catch (IOException e) {
            LOG.debug("relay to 127.0.0.1:{} ended: {}", targetPort, e.toString());
        }
    }

    /** The Unix socket path. */
    public Path socket() {
        return socket;
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException ignored) {
            // best effort
        }
    }
}
