package io.tappass.sandbox.bwrap;

import io.tappass.sandbox.Access;
import io.tappass.sandbox.Denial;
import io.tappass.sandbox.ExitKind;
import io.tappass.sandbox.FsGrant;
import io.tappass.sandbox.InjectedCredential;
import io.tappass.sandbox.NetworkMode;
import io.tappass.sandbox.PolicyPaths;
import io.tappass.sandbox.SandboxBackend;
import io.tappass.sandbox.SandboxException;
import io.tappass.sandbox.SandboxPolicy;
import io.tappass.sandbox.SandboxRequest;
import io.tappass.sandbox.SandboxResult;
import io.tappass.sandbox.UnsupportedPolicyException;
import io.tappass.sandbox.internal.ChildEnvironment;
import io.tappass.sandbox.internal.InSandboxForwarder;
import io.tappass.sandbox.internal.JvmProxyArgs;
import io.tappass.sandbox.internal.ProcessRunner;
import io.tappass.sandbox.internal.UnixRelay;
import io.tappass.sandbox.proxy.EgressProxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Linux backend built on bubblewrap ({@code bwrap}, Debian package {@code bubblewrap}). It enforces a
 * {@link SandboxPolicy} with a fresh mount namespace that contains only what the policy grants:
 * <ul>
 *   <li>system directories read-only ({@code /usr} and its {@code /bin}, {@code /lib*} links, an allow-list of
 *       {@code /etc} files such as {@code ld.so.cache}, {@code ssl}, {@code alternatives}; never {@code /etc/shadow}
 *       nor {@code /home} or {@code /root}); a private {@code /tmp}, {@code /proc} and {@code /dev};</li>
 *   <li>read grants as read-only binds, read-write grants and the workspace as read-write binds; grants that do not
 *       exist are skipped (as nono does); denied paths that would be visible are masked (tmpfs / {@code /dev/null});</li>
 *   <li>all namespaces unshared ({@code --unshare-all}), {@code --die-with-parent}, {@code --new-session},
 *       {@code --cap-drop ALL}, a clean environment built by the launcher;</li>
 *   <li>network: {@code BLOCKED} and {@code PROXY} keep {@code --unshare-net} (only {@code lo} inside). Allowed
 *       localhost ports and, in {@code PROXY} mode, the launcher's {@link EgressProxy} are reached through Unix
 *       sockets bound into the sandbox: a small Java forwarder ({@link InSandboxForwarder}, run with the launcher's
 *       JDK inside the sandbox) listens on {@code 127.0.0.1:PORT} inside and relays to the socket, and the host side
 *       relays to {@code 127.0.0.1:PORT} on the host. {@code UNRESTRICTED} shares the host network.</li>
 * </ul>
 * Not enforceable here and therefore refused with {@link UnsupportedPolicyException}: write-only grants (a bind mount
 * is either read-only or read-write) and a memory limit when {@code prlimit} is missing.
 */
public final class BubblewrapBackend implements SandboxBackend {
    private static final Logger LOG = LoggerFactory.getLogger(BubblewrapBackend.class);
    /** Where launcher files (forwarder class, sockets) appear inside the sandbox. */
    public static final String RUN_DIR = "/run/tappass";
    /** HOME inside the sandbox (a private tmpfs directory). */
    public static final String SANDBOX_HOME = "/tmp/home";
    private static final List<String> ETC_ALLOW = List.of("ld.so.cache", "ld.so.conf", "ld.so.conf.d", "alternatives",
            "ssl", "ca-certificates", "ca-certificates.conf", "localtime", "timezone", "hosts", "host.conf", "resolv.conf",
            "nsswitch.conf", "gai.conf", "passwd", "group", "protocols", "services", "mime.types", "os-release", "profile.d");
    private static final List<String> PROC_READ_ONLY = List.of("/proc/sys", "/proc/sysrq-trigger", "/proc/irq", "/proc/bus",
            "/proc/fs", "/proc/acpi", "/proc/scsi");
    private static final List<String> ROOT_LINKS = List.of("bin", "sbin", "lib", "lib32", "lib64", "libx32");

    private final Path bwrap;
    private final Map<String, String> launcherEnv;
    private volatile Availability availability;

    /** Uses {@code bwrap} from {@code PATH}. */
    public BubblewrapBackend() {
        this(findOnPath("bwrap").orElse(Path.of("/usr/bin/bwrap")));
    }

    /** Uses the given {@code bwrap} executable. */
    public BubblewrapBackend(Path bwrap) {
        this(bwrap, null);
    }

    /**
     * Uses the given {@code bwrap} executable and takes inherited variables from {@code launcherEnvironment} instead of
     * {@link System#getenv()} (only those the policy allows are passed on).
     */
    public BubblewrapBackend(Path bwrap, Map<String, String> launcherEnvironment) {
        this.bwrap = bwrap;
        this.launcherEnv = launcherEnvironment == null ? null : Map.copyOf(launcherEnvironment);
    }

    @Override
    public String name() {
        return "bwrap";
    }

    @Override
    public Availability availability() {
        Availability a = availability;
        if (a == null) availability = a = probe();
        return a;
    }

    private Availability probe() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux"))
            return new Availability(false, "bubblewrap needs Linux");
        if (!Files.isExecutable(bwrap)) return new Availability(false, "bwrap not found (apt-get install bubblewrap)");
        try {
            String version = runQuick(List.of(bwrap.toString(), "--version")).trim();
            List<String> probe = List.of(bwrap.toString(), "--unshare-all", "--die-with-parent", "--ro-bind", "/", "/", "true");
            Process p = new ProcessBuilder(probe).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Availability(false, version + ": namespace probe timed out");
            }
            if (p.exitValue() != 0)
                return new Availability(false, version + ": cannot create namespaces (`bwrap --unshare-all --ro-bind / / true` said: "
                        + out + "); unprivileged user namespaces may be disabled (sysctl kernel.unprivileged_userns_clone / "
                        + "user.max_user_namespaces, or AppArmor's restrict_unprivileged_userns)");
            return new Availability(true, version);
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            return new Availability(false, "bwrap probe failed: " + e.getMessage());
        }
    }

    @Override
    public void check(SandboxPolicy policy) {
        for (FsGrant g : policy.grants())
            if (g.access() == Access.WRITE)
                throw new UnsupportedPolicyException("bubblewrap cannot enforce the write-only grant '" + g.path()
                        + "' (a bind mount is read-only or read-write); grant READ_WRITE explicitly or use the nono backend");
        if (policy.memoryLimitBytes().isPresent() && !Files.isExecutable(Path.of("/usr/bin/prlimit")))
            throw new UnsupportedPolicyException("the memory limit needs /usr/bin/prlimit (util-linux) for the bubblewrap backend");
    }

    @Override
    public SandboxResult run(SandboxPolicy policy, SandboxRequest request) {
        check(policy);
        Availability a = availability();
        if (!a.available()) throw new SandboxException("bubblewrap backend unavailable: " + a.detail());
        Path tmp;
        try {
            tmp = Files.createTempDirectory("tappass-bwrap-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new SandboxException("cannot create a temporary directory: " + e.getMessage(), e);
        }
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            Launch launch = prepare(policy, request, tmp, resources);
            ProcessBuilder pb = new ProcessBuilder(launch.argv);
            pb.environment().clear();
            pb.environment().putAll(launch.env);
            ProcessRunner.Raw raw = ProcessRunner.run(pb, request, policy.timeout());
            List<Denial> denials = new ArrayList<>();
            if (launch.proxy != null) denials.addAll(launch.proxy.drainDenials());
            ExitKind kind;
            int code = raw.exitCode();
            String stderr = raw.stderr();
            if (raw.timedOut()) {
                kind = ExitKind.TIMED_OUT;
                code = 137;
            } else if (code == 1 && stderr.startsWith("bwrap: ")) {
                if (stderr.startsWith("bwrap: execvp")) {
                    kind = ExitKind.COMMAND_NOT_FOUND;
                    code = 127;
                } else {
                    kind = ExitKind.SANDBOX_ERROR;
                }
            } else if (code == 127) {
                kind = ExitKind.COMMAND_NOT_FOUND;
            } else if (code > 128 && code <= 128 + 64) {
                kind = ExitKind.SIGNALED;
            } else {
                kind = ExitKind.EXITED;
            }
            denials.addAll(StderrDenials.parse(stderr));
            return new SandboxResult(code, kind, raw.stdout(), stderr, denials, name(), raw.elapsed());
        } finally {
            for (AutoCloseable c : resources) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // best effort
                }
            }
            deleteTree(tmp);
        }
    }

    /** The prepared command line and environment of one launch. */
    record Launch(List<String> argv, Map<String, String> env, EgressProxy proxy) {
    }

    /**
     * Renders the bwrap command line and child environment for {@code policy} (starting the proxy and relays it needs,
     * which are added to {@code resources}). Package-private for tests.
     */
    Launch prepare(SandboxPolicy policy, SandboxRequest request, Path tmp, List<AutoCloseable> resources) {
        PolicyPaths.Context ctx = PolicyPaths.Context.current(policy.workspace());
        List<String> cmd = new ArrayList<>();
        cmd.add(bwrap.toString());
        cmd.addAll(List.of("--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL", "--hostname", "sandbox"));
        if (policy.network() == NetworkMode.UNRESTRICTED) cmd.add("--share-net");
        List<Path> boundRoots = new ArrayList<>();
        if (policy.systemDefaults()) {
            cmd.addAll(List.of("--ro-bind", "/usr", "/usr"));
            boundRoots.add(Path.of("/usr"));
            for (String l : ROOT_LINKS) {
                Path p = Path.of("/" + l);
                if (Files.isSymbolicLink(p)) {
                    try {
                        cmd.addAll(List.of("--symlink", Files.readSymbolicLink(p).toString(), p.toString()));
                    } catch (IOException e) {
                        throw new SandboxException("cannot read symlink " + p + ": " + e.getMessage(), e);
                    }
                } else if (Files.isDirectory(p)) {
                    cmd.addAll(List.of("--ro-bind", p.toString(), p.toString()));
                    boundRoots.add(p);
                }
            }
            List<String> etc = new ArrayList<>(ETC_ALLOW);
            try (Stream<Path> s = Files.list(Path.of("/etc"))) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("java-")).sorted().forEach(etc::add);
            } catch (IOException ignored) {
                // no /etc listing
            }
            for (String e : etc) {
                Path p = Path.of("/etc", e);
                if (Files.exists(p)) {
                    cmd.addAll(List.of("--ro-bind", p.toString(), p.toString()));
                    boundRoots.add(p);
                }
            }
        }
        cmd.addAll(List.of("--proc", "/proc"));
        // Kernel knobs in /proc are guarded only by file modes: a launcher running as root (CI containers) would let
        // the sandbox write e.g. /proc/sys/kernel/* of the host. Cover them read-only (bwrap itself covers only some).
        for (String p : PROC_READ_ONLY) cmd.addAll(List.of("--ro-bind-try", p, p));
        cmd.addAll(List.of("--dev", "/dev", "--tmpfs", "/tmp", "--dir", SANDBOX_HOME));
        for (FsGrant g : policy.grants()) {
            Path p = PolicyPaths.expand(g.path(), ctx);
            if (!Files.exists(p)) {
                LOG.warn("sandbox grant {} does not exist and is skipped", g.path());
                continue;
            }
            Path real = realPath(p);
            cmd.addAll(List.of(g.access() == Access.READ ? "--ro-bind" : "--bind", real.toString(), real.toString()));
            boundRoots.add(real);
        }
        Path workdir = request.workdir().or(policy::workspace).orElse(Path.of("/tmp"));
        if (policy.workspace().isPresent()) {
            Path ws = policy.workspace().get();
            if (!Files.isDirectory(ws)) throw new SandboxException("workspace " + ws + " is not a directory; create it first");
            Path real = realPath(ws);
            cmd.addAll(List.of("--bind", real.toString(), real.toString()));
            boundRoots.add(real);
            if (workdir.equals(ws)) workdir = real;
        }
        List<String> masks = new ArrayList<>(policy.denied());
        if (policy.systemDefaults()) masks.addAll(SandboxPolicy.DEFAULT_DENIED);
        for (String d : masks) {
            Path p = PolicyPaths.expand(d, ctx);
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) continue;
            Path real = realPath(p);
            if (boundRoots.stream().noneMatch(real::startsWith)) continue;
            if (Files.isDirectory(real)) cmd.addAll(List.of("--tmpfs", real.toString()));
            else cmd.addAll(List.of("--ro-bind", "/dev/null", real.toString()));
        }

        // Network bridge.
        Map<Integer, String> mappings = new LinkedHashMap<>();
        EgressProxy proxy = null;
        Map<String, String> env = new LinkedHashMap<>();
        int proxyPort = -1;
        if (policy.network() != NetworkMode.UNRESTRICTED) {
            Path sockDir = tmp.resolve("sock");
            mkdirs(sockDir);
            for (int port : policy.localhostPorts()) {
                UnixRelay r = UnixRelay.start(sockDir.resolve("p" + port + ".sock"), port);
                resources.add(r);
                mappings.put(port, RUN_DIR + "/sock/p" + port + ".sock");
            }
            if (policy.network() == NetworkMode.PROXY) {
                EgressProxy.Builder pb = EgressProxy.builder().allowAll(policy.allowedDomains());
                policy.localhostPorts().forEach(pb::allowLocalhostPort);
                Map<String, String> placeholders = new LinkedHashMap<>();
                for (InjectedCredential c : policy.credentials()) {
                    String ph = ChildEnvironment.newPlaceholder();
                    placeholders.put(c.name(), ph);
                    pb.credential(c, ph);
                }
                proxy = pb.build().start();
                resources.add(0, proxy);
                proxyPort = proxy.port();
                UnixRelay r = UnixRelay.start(sockDir.resolve("proxy.sock"), proxyPort);
                resources.add(0, r);
                mappings.put(proxyPort, RUN_DIR + "/sock/proxy.sock");
                String url = "http://127.0.0.1:" + proxyPort;
                for (String k : List.of("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy")) env.put(k, url);
                for (InjectedCredential c : policy.credentials()) {
                    env.put(c.envVar(), placeholders.get(c.name()));
                    env.put(c.name().toUpperCase(java.util.Locale.ROOT) + "_BASE_URL", url + "/" + c.name());
                }
            }
            if (!mappings.isEmpty()) cmd.addAll(List.of("--ro-bind", sockDir.toString(), RUN_DIR + "/sock"));
        } else if (!policy.credentials().isEmpty()) {
            throw new UnsupportedPolicyException("injected credentials need NetworkMode.PROXY");
        }

        List<String> inner = new ArrayList<>();
        if (!mappings.isEmpty()) {
            Path cp = tmp.resolve("cp");
            writeForwarderClass(cp);
            Path javaHome = realPath(Path.of(System.getProperty("java.home")));
            if (!javaHome.startsWith("/usr") || !policy.systemDefaults())
                cmd.addAll(List.of("--ro-bind", javaHome.toString(), javaHome.toString()));
            cmd.addAll(List.of("--ro-bind", cp.toString(), RUN_DIR + "/cp"));
            inner.addAll(List.of(javaHome.resolve("bin/java").toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xmx24m", "-Xss512k", "-cp", RUN_DIR + "/cp",
                    InSandboxForwarder.class.getName()));
            mappings.forEach((port, sock) -> inner.add(port + "=" + sock));
            inner.add("--");
        }
        if (policy.memoryLimitBytes().isPresent())
            inner.addAll(List.of("/usr/bin/prlimit", "--as=" + policy.memoryLimitBytes().getAsLong(), "--"));
        List<String> argv = proxyPort > 0 ? JvmProxyArgs.apply(request.argv(), "127.0.0.1", proxyPort) : request.argv();
        inner.addAll(argv);
        final Path wd = workdir;
        if (boundRoots.stream().noneMatch(wd::startsWith)) cmd.addAll(List.of("--dir", wd.toString())); // like nono without CWD access: an empty directory
        // Last: the sandbox's own root (bwrap's tmpfs holding the mount points) becomes read-only too.
        cmd.addAll(List.of("--remount-ro", "/", "--chdir", workdir.toString()));
        cmd.add("--");
        cmd.addAll(inner);

        Map<String, String> childEnv = new LinkedHashMap<>(ChildEnvironment.inherited(policy.environment(), launcherEnv == null ? System.getenv() : launcherEnv));
        childEnv.put("PATH", "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin");
        childEnv.put("HOME", SANDBOX_HOME);
        childEnv.put("TMPDIR", "/tmp");
        childEnv.putIfAbsent("LANG", "C.UTF-8");
        Map<String, String> vars = Map.of("HOME", SANDBOX_HOME, "TMPDIR", "/tmp",
                "WORKDIR", policy.workspace().map(Path::toString).orElse(workdir.toString()));
        policy.environment().set().forEach((k, v) -> childEnv.put(k, ChildEnvironment.expand(v, vars)));
        childEnv.putAll(env);
        return new Launch(List.copyOf(cmd), childEnv, proxy);
    }

    private static void writeForwarderClass(Path cp) {
        String res = "/" + InSandboxForwarder.class.getName().replace('.', '/') + ".class";
        Path out = cp.resolve(res.substring(1));
        try (InputStream in = InSandboxForwarder.class.getResourceAsStream(res)) {
            if (in == null) throw new SandboxException("cannot find " + res + " on the class path");
            Files.createDirectories(out.getParent());
            Files.write(out, in.readAllBytes());
        } catch (IOException e) {
            throw new SandboxException("cannot write the sandbox forwarder class: " + e.getMessage(), e);
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new SandboxException("cannot resolve " + p + ": " + e.getMessage(), e);
        }
    }

    private static void mkdirs(Path p) {
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new SandboxException("cannot create " + p + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }

    static Optional<Path> findOnPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(":")) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, exe);
            if (Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    private static String runQuick(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }
}
