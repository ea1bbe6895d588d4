package io.tappass.sandbox.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs <em>inside</em> a bubblewrap sandbox whose network namespace has only {@code lo}: listens on
 * {@code 127.0.0.1:PORT} for each {@code PORT=/path/to.sock} mapping, relays connections to the Unix socket bound in
 * from the host, then runs the command after {@code --} with inherited stdio and exits with its status.
 * Self-contained on purpose (only JDK classes, no nested classes): the launcher copies this one class file into the
 * sandbox. Internal.
 */
public final class InSandboxForwarder {
    private InSandboxForwarder() {
    }

    /**
     * {@code PORT=/sock ... -- argv...}.
     *
     * @param args the mappings, {@code --}, and the command
     */
    public static void main(String[] args) throws Exception {
        int sep = Arrays.asList(args).indexOf("--");
        if (sep < 0 || sep == args.length - 1) {
            System.err.println("tappass-sandbox forwarder: usage PORT=/sock ... -- argv");
            System.exit(125);
        }
        List<ServerSocket> listeners = new ArrayList<>();
        for (int i = 0; i < sep; i++) {
            int eq = args[i].indexOf('=');
            int port = Integer.parseInt(args[i].substring(0, eq));
            String sock = args[i].substring(eq + 1);
            ServerSocket ss = new ServerSocket();
            ss.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
            listeners.add(ss);
            Thread t = new Thread(() -> accept(ss, sock), "fwd-" + port);
            t.setDaemon(true);
            t.start();
        }
        List<String> argv = new ArrayList<>(Arrays.asList(args).subList(sep + 1, args.length));
        Process p;
        try {
            p = new ProcessBuilder(argv).inheritIO().start();
        } catch (IOException e) {
            System.err.println("tappass-sandbox: cannot execute " + argv.get(0) + ": " + e.getMessage());
            System.exit(127);
            return;
        }
        int code = p.waitFor();
        // Close the listeners first: a JVM exiting with threads blocked in accept() can take ~300 ms longer to die.
        for (ServerSocket ss : listeners) ss.close();
        System.exit(code);
    }

    private static void accept(ServerSocket ss, String sock) {
        while (true) {
            try {
                Socket c = ss.accept();
                Thread t = new Thread(() -> relay(c, sock), "fwd-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void relay(Socket c, String sock) {
        try (c; SocketChannel up = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            up.connect(UnixDomainSocketAddress.of(sock));
            // Channel read/write directly: Channels.newInputStream/newOutputStream share a lock on JDK 17.
            Thread t = new Thread(() -> {
                try {
                    InputStream in = c.getInputStream();
                    byte[] b = new byte[16384];
                    int n;
                    while ((n = in.read(b)) > 0) {
                        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(b, 0, n);
                        while (bb.hasRemaining()) up.write(bb);
                    }
                    up.shutdownOutput();
                } catch (IOException ignored) {
                    // closed
                }
            }, "fwd-up");
            t.setDaemon(true);
            t.start();
            OutputStream out = c.getOutputStream();
            java.nio.ByteBuffer bb = java.nio.ByteBuffer.allocate(16384);
            while (up.read(bb) > 0) {
                out.write(bb.array(), 0, bb.position());
                out.flush();
                bb.clear();
            }
            c.shutdownOutput();
        } catch (IOException ignored) {
            // connection ended
        }
    }
}
