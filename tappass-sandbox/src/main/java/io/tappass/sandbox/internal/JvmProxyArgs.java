package io.tappass.sandbox.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM ignores {@code HTTP(S)_PROXY}, and sandboxes strip {@code JAVA_TOOL_OPTIONS}; so when the sandboxed command
 * is a {@code java} launcher, the proxy is passed explicitly as system properties right after {@code argv[0]}.
 * Internal.
 */
public final class JvmProxyArgs {
    private JvmProxyArgs() {
    }

    /** Whether {@code argv0} names a java launcher ({@code java}, {@code /usr/bin/java}). */
    public static boolean isJava(String argv0) {
        Path f = Path.of(argv0).getFileName();
        return f != null && f.toString().equals("java");
    }

    /** {@code argv} with {@code -Dhttp(s).proxyHost/Port} inserted when it runs java; unchanged otherwise. */
    public static List<String> apply(List<String> argv, String host, int port) {
        if (argv.isEmpty() || !isJava(argv.get(0))) return argv;
        List<String> out = new ArrayList<>();
        out.add(argv.get(0));
        out.add("-Dhttp.proxyHost=" + host);
        out.add("-Dhttp.proxyPort=" + port);
        out.add("-Dhttps.proxyHost=" + host);
        out.add("-Dhttps.proxyPort=" + port);
        out.addAll(argv.subList(1, argv.size()));
        return out;
    }
}
