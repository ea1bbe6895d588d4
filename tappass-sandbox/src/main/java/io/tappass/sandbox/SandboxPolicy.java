package io.tappass.sandbox;

import io.tappass.sandbox.proxy.CredentialSource;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sandboxed process may touch on the OS, independent of the backend that enforces it (nono or bubblewrap).
 * Immutable and thread-safe; build one with {@link #builder()}:
 *
 * <pre>{@code
 * SandboxPolicy policy = SandboxPolicy.builder()
 *     .workspace(Path.of("/srv/agent/work"))           // read-write, and the working directory
 *     .read("/opt/models")
 *     .deny("~/.ssh")
 *     .network(NetworkMode.PROXY).allowDomain("api.openai.com")
 *     .allowLocalhostPort(9620)                          // the TapPass gateway
 *     .inheritEnv("LANG", "TZ")
 *     .timeout(Duration.ofMinutes(5))
 *     .build();
 * }</pre>
 *
 * <p>Defaults fail closed: no filesystem grants besides the system directories, network blocked, a clean
 * environment. {@link Builder#build()} rejects policies nono would refuse on Linux (a denied path inside a granted
 * directory, a grant over nono's own state directory), relative paths and unknown path variables.
 */
public final class SandboxPolicy {
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern ENV_PATTERN = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*\\*?|\\*)");
    private static final Pattern DOMAIN = Pattern.compile("(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*(:[0-9]{1,5})?");
    private static final Pattern SET_VAR_REF = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");
    /** nono's state roots; granting them or a parent is refused by nono on Linux ({@code protected_paths.rs}). */
    /**
     * nono's {@code deny_credentials} group (v0.66 {@code policy.json}), part of its {@code default} profile. Backends
     * keep these hidden whenever {@link #systemDefaults()} is on.
     */
    public static final List<String> DEFAULT_DENIED = List.of("~/.ssh", "~/.gnupg", "~/.aws", "~/.azure", "~/.config/gcloud",
            "~/.gcloud", "~/.kube", "~/.docker", "~/.git-credentials", "~/.netrc", "~/.npmrc", "~/.vault-token",
            "~/.credentials", "~/.secrets", "~/.keys", "~/.pki", "~/.terraform.d", "~/.config/op");
    public static final List<String> NONO_STATE_ROOTS = List.of("~/.nono", "$XDG_STATE_HOME/nono", "$XDG_CONFIG_HOME/nono");

    private final String name;
    private final List<FsGrant> grants;
    private final List<String> denied;
    private final Optional<Path> workspace;
    private final NetworkMode network;
    private final List<String> allowedDomains;
    private final Set<Integer> localhostPorts;
    private final EnvironmentPolicy environment;
    private final List<InjectedCredential> credentials;
    private final Optional<Duration> timeout;
    private final OptionalLong memoryLimitBytes;
    private final boolean systemDefaults;

    private SandboxPolicy(Builder b) {
        this.name = b.name;
        this.grants = List.copyOf(b.grants);
        this.denied = List.copyOf(b.denied);
        this.workspace = Optional.ofNullable(b.workspace);
        this.network = b.network;
        this.allowedDomains = List.copyOf(b.allowedDomains);
        this.localhostPorts = java.util.Collections.unmodifiableSet(new TreeSet<>(b.localhostPorts));
        this.environment = new EnvironmentPolicy(b.envAllow, b.envDeny, b.envSet);
        this.credentials = List.copyOf(b.credentials.values());
        this.timeout = Optional.ofNullable(b.timeout);
        this.memoryLimitBytes = b.memory == null ? OptionalLong.empty() : OptionalLong.of(b.memory);
        this.systemDefaults = b.systemDefaults;
    }

    /** A new builder with fail-closed defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this policy, to derive a modified copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.grants.addAll(grants);
        b.denied.addAll(denied);
        b.workspace = workspace.orElse(null);
        b.network = network;
        b.allowedDomains.addAll(allowedDomains);
        b.localhostPorts.addAll(localhostPorts);
        b.envAllow.addAll(environment.allow());
        b.envDeny.addAll(environment.deny());
        b.envSet.putAll(environment.set());
        credentials.forEach(c -> b.credentials.put(c.name(), c));
        b.timeout = timeout.orElse(null);
        b.memory = memoryLimitBytes.isPresent() ? memoryLimitBytes.getAsLong() : null;
        b.systemDefaults = systemDefaults;
        return b;
    }

    /** A short name for the policy (nono {@code meta.name}). */
    public String name() { return name; }
    /** Filesystem grants in the order they were added (the workspace is not included; see {@link #workspace()}). */
    public List<FsGrant> grants() { return grants; }
    /** Paths that are never accessible. */
    public List<String> denied() { return denied; }
    /** The agent's workspace: read-write and the working directory of the process. */
    public Optional<Path> workspace() { return workspace; }
    /** The network mode. */
    public NetworkMode network() { return network; }
    /** Allowed domains ({@code example.com}, {@code *.example.com}) and endpoints ({@code host:port}); {@link NetworkMode#PROXY} only. */
    public List<String> allowedDomains() { return allowedDomains; }
    /** Localhost TCP ports the process may connect to in any network mode, e.g. the gateway's 9620. */
    public Set<Integer> localhostPorts() { return localhostPorts; }
    /** The environment policy (clean by default). */
    public EnvironmentPolicy environment() { return environment; }
    /** Credentials injected by the egress proxy. */
    public List<InjectedCredential> credentials() { return credentials; }
    /** Wall-clock limit after which the process tree is killed. */
    public Optional<Duration> timeout() { return timeout; }
    /** Address-space limit of the process, in bytes. */
    public OptionalLong memoryLimitBytes() { return memoryLimitBytes; }
    /**
     * Whether the platform's read-only system directories (and, for nono, its default deny groups via
     * {@code extends: "default"}) are part of the policy. Default {@code true}.
     */
    public boolean systemDefaults() { return systemDefaults; }

    @Override
    public boolean equals(Object o) {
        return o instanceof SandboxPolicy p && name.equals(p.name) && grants.equals(p.grants) && denied.equals(p.denied)
                && workspace.equals(p.workspace) && network == p.network && allowedDomains.equals(p.allowedDomains)
                && localhostPorts.equals(p.localhostPorts) && environment.equals(p.environment)
                && credentials.equals(p.credentials) && timeout.equals(p.timeout)
                && memoryLimitBytes.equals(p.memoryLimitBytes) && systemDefaults == p.systemDefaults;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, grants, denied, workspace, network, allowedDomains, localhostPorts, environment, credentials);
    }

    @Override
    public String toString() {
        return "SandboxPolicy[" + name + ", workspace=" + workspace.map(Path::toString).orElse("-") + ", grants=" + grants
                + ", denied=" + denied + ", network=" + network + " " + allowedDomains + ", localhostPorts=" + localhostPorts
                + ", env(allow=" + environment.allow() + ", deny=" + environment.deny() + ", set=" + environment.set().keySet()
                + "), credentials=" + credentials + "]";
    }

    /** Mutable, single-threaded builder of {@link SandboxPolicy}; {@link #build()} validates. */
    public static final class Builder {
        private String name = "tappass-sandbox";
        private final List<FsGrant> grants = new ArrayList<>();
        private final List<String> denied = new ArrayList<>();
        private Path workspace;
        private NetworkMode network = NetworkMode.BLOCKED;
        private final List<String> allowedDomains = new ArrayList<>();
        private final Set<Integer> localhostPorts = new TreeSet<>();
        private final List<String> envAllow = new ArrayList<>();
        private final List<String> envDeny = new ArrayList<>();
        private final Map<String, String> envSet = new LinkedHashMap<>();
        private final Map<String, InjectedCredential> credentials = new LinkedHashMap<>();
        private Duration timeout;
        private Long memory;
        private boolean systemDefaults = true;

        private Builder() {
        }

        /** Sets the policy name (nono {@code meta.name}). */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** Adds a grant. */
        public Builder grant(FsGrant grant) {
            grants.add(Objects.requireNonNull(grant, "grant"));
            return this;
        }

        /** Read-only access to a directory (recursive). */
        public Builder read(String dir) { return grant(new FsGrant(dir, Access.READ, false)); }
        /** Read-only access to a directory (recursive). */
        public Builder read(Path dir) { return read(dir.toString()); }
        /** Write-only access to a directory (not enforceable by bubblewrap). */
        public Builder write(String dir) { return grant(new FsGrant(dir, Access.WRITE, false)); }
        /** Read-write access to a directory (recursive). */
        public Builder readWrite(String dir) { return grant(new FsGrant(dir, Access.READ_WRITE, false)); }
        /** Read-write access to a directory (recursive). */
        public Builder readWrite(Path dir) { return readWrite(dir.toString()); }
        /** Read-only access to a single file. */
        public Builder readFile(String file) { return grant(new FsGrant(file, Access.READ, true)); }
        /** Write-only access to a single file. */
        public Builder writeFile(String file) { return grant(new FsGrant(file, Access.WRITE, true)); }
        /** Read-write access to a single file. */
        public Builder readWriteFile(String file) { return grant(new FsGrant(file, Access.READ_WRITE, true)); }

        /** A path that must never be accessible (it must not lie inside a granted directory, see {@link #build()}). */
        public Builder deny(String path) {
            denied.add(Objects.requireNonNull(path, "path"));
            return this;
        }

        /** The workspace directory: granted read-write and used as the working directory. Must be absolute. */
        public Builder workspace(Path dir) {
            this.workspace = dir;
            return this;
        }

        /** The network mode (default {@link NetworkMode#BLOCKED}). */
        public Builder network(NetworkMode mode) {
            this.network = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Allows a domain ({@code api.example.com}), a wildcard suffix ({@code *.example.com}, not the apex) or one
         * endpoint ({@code host:port}) through the egress proxy. Needs {@link NetworkMode#PROXY}.
         */
        public Builder allowDomain(String domain) {
            allowedDomains.add(Objects.requireNonNull(domain, "domain").toLowerCase(java.util.Locale.ROOT));
            return this;
        }

        /** Allows connecting to {@code 127.0.0.1:port} (e.g. the TapPass gateway) in every network mode. */
        public Builder allowLocalhostPort(int port) {
            localhostPorts.add(port);
            return this;
        }

        /** Inherits the named variables (exact names or prefixes ending in {@code *}) from the launcher. */
        public Builder inheritEnv(String... patterns) {
            envAllow.addAll(List.of(patterns));
            return this;
        }

        /** Never inherits the named variables, even when {@link #inheritEnv} matches them. */
        public Builder denyEnv(String... patterns) {
            envDeny.addAll(List.of(patterns));
            return this;
        }

        /** Sets a variable to a fixed value inside the sandbox ({@code PATH} and {@code NONO_*} are reserved). */
        public Builder setEnv(String name, String value) {
            envSet.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Adds an injected credential (replaces one with the same name). */
        public Builder credential(InjectedCredential credential) {
            credentials.put(credential.name(), credential);
            return this;
        }

        /** Shorthand for a bearer-token credential in {@code Authorization}. */
        public Builder bearerCredential(String name, URI upstream, String envVar, CredentialSource source) {
            return credential(InjectedCredential.bearer(name, upstream, envVar, source));
        }

        /** Kills the process tree after this wall-clock time. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** Limits the address space of the process (bytes). */
        public Builder memoryLimitBytes(long bytes) {
            this.memory = bytes;
            return this;
        }

        /** Whether system directories / nono's default profile are included (default {@code true}). */
        public Builder systemDefaults(boolean include) {
            this.systemDefaults = include;
            return this;
        }

        /**
         * Validates and builds the policy.
         *
         * @throws SandboxPolicyException naming the offending entry and the fix
         */
        public SandboxPolicy build() {
            if (!name.matches("[A-Za-z0-9._-]{1,64}"))
                throw new SandboxPolicyException("name '" + name + "' must match [A-Za-z0-9._-]{1,64}");
            for (int i = 0; i < grants.size(); i++) PolicyPaths.validate("grant[" + i + "] " + grants.get(i).path(), grants.get(i).path());
            for (int i = 0; i < denied.size(); i++) PolicyPaths.validate("deny[" + i + "]", denied.get(i));
            if (workspace != null && !workspace.isAbsolute())
                throw new SandboxPolicyException("workspace '" + workspace + "' is relative; give an absolute path");
            if (workspace != null) workspace = workspace.normalize();
            checkDenyOverlaps();
            checkNonoStateRoots();
            checkNetwork();
            checkEnvironment();
            if (timeout != null && (timeout.isNegative() || timeout.isZero()))
                throw new SandboxPolicyException("timeout must be positive, got " + timeout);
            if (memory != null && memory < 1024 * 1024)
                throw new SandboxPolicyException("memory limit must be at least 1 MiB, got " + memory + " bytes");
            return new SandboxPolicy(this);
        }

        private PolicyPaths.Context lintContext() {
            // Symbolic context: overlaps are decided on the path expressions, independent of the machine.
            return new PolicyPaths.Context(Map.of("HOME", "/@home", "TMPDIR", "/@tmp", "WORKDIR", "/@workdir",
                    "XDG_CONFIG_HOME", "/@home/.config", "XDG_DATA_HOME", "/@home/.local/share",
                    "XDG_STATE_HOME", "/@home/.local/state", "XDG_CACHE_HOME", "/@home/.cache",
                    "XDG_RUNTIME_DIR", "/@run"));
        }

        private void checkDenyOverlaps() {
            PolicyPaths.Context ctx = lintContext();
            List<String[]> dirs = new ArrayList<>();
            for (FsGrant g : grants) if (!g.file()) dirs.add(new String[]{g.path(), PolicyPaths.expand(g.path(), ctx).toString()});
            if (workspace != null) dirs.add(new String[]{"workspace " + workspace, workspace.toString()});
            for (String d : denied) {
                Path dp = PolicyPaths.expand(d, ctx);
                for (String[] dir : dirs) {
                    if (dp.startsWith(Path.of(dir[1])))
                        throw new SandboxPolicyException("denied path '" + d + "' lies inside the granted directory '" + dir[0]
                                + "'; Landlock cannot deny inside an allowed directory, so nono refuses such a policy on Linux."
                                + " Grant narrower subdirectories instead of the parent, or drop the deny");
                }
                for (FsGrant g : grants) {
                    if (g.file() && PolicyPaths.expand(g.path(), ctx).startsWith(dp))
                        throw new SandboxPolicyException("file grant '" + g.path() + "' lies inside the denied path '" + d + "'; remove one of them");
                }
            }
        }

        private void checkNonoStateRoots() {
            if (workspace != null) {
                PolicyPaths.Context here = PolicyPaths.Context.current(java.util.Optional.empty());
                for (String root : NONO_STATE_ROOTS) {
                    Path rp = PolicyPaths.expand(root, here);
                    if (rp.startsWith(workspace))
                        throw new SandboxPolicyException("workspace '" + workspace + "' contains nono's state directory " + rp
                                + "; nono refuses to start with it on Linux. Use a dedicated directory as the workspace");
                }
            }
            PolicyPaths.Context ctx = lintContext();
            for (FsGrant g : grants) {
                Path gp = PolicyPaths.expand(g.path(), ctx);
                for (String root : NONO_STATE_ROOTS) {
                    Path rp = PolicyPaths.expand(root, ctx);
                    if (rp.startsWith(gp) || gp.startsWith(rp))
                        throw new SandboxPolicyException("grant '" + g.path() + "' overlaps nono's state directory " + root
                                + "; nono refuses to start with it on Linux. Grant specific subdirectories (e.g. ~/projects) instead");
                }
            }
        }

        private void checkNetwork() {
            for (int p : localhostPorts)
                if (p < 1 || p > 65535) throw new SandboxPolicyException("localhost port " + p + " is outside 1..65535");
            for (String d : allowedDomains) {
                Matcher m = DOMAIN.matcher(d);
                if (!m.matches())
                    throw new SandboxPolicyException("allowed domain '" + d + "' is not a host name, *.suffix or host:port");
                if (m.group(5) != null) {
                    int port = Integer.parseInt(m.group(5).substring(1));
                    if (port < 1 || port > 65535) throw new SandboxPolicyException("allowed endpoint '" + d + "': port outside 1..65535");
                }
            }
            if (network != NetworkMode.PROXY && !allowedDomains.isEmpty())
                throw new SandboxPolicyException("allowed domains " + allowedDomains + " need network(NetworkMode.PROXY); the mode is " + network);
            if (network != NetworkMode.PROXY && !credentials.isEmpty())
                throw new SandboxPolicyException("injected credentials " + credentials.keySet()
                        + " are swapped in by the egress proxy and need network(NetworkMode.PROXY); the mode is " + network);
        }

        private void checkEnvironment() {
            for (String p : envAllow)
                if (!ENV_PATTERN.matcher(p).matches())
                    throw new SandboxPolicyException("environment allow pattern '" + p + "' must be a variable name, optionally ending in *");
            for (String p : envDeny)
                if (!ENV_PATTERN.matcher(p).matches())
                    throw new SandboxPolicyException("environment deny pattern '" + p + "' must be a variable name, optionally ending in *");
            for (Map.Entry<String, String> e : envSet.entrySet()) {
                String k = e.getKey();
                if (!ENV_NAME.matcher(k).matches()) throw new SandboxPolicyException("environment variable name '" + k + "' is invalid");
                if (k.equals("PATH") || k.startsWith("NONO_"))
                    throw new SandboxPolicyException("environment variable " + k + " is reserved (PATH and NONO_* cannot be set; nono rejects them)");
                Matcher m = SET_VAR_REF.matcher(e.getValue());
                while (m.find())
                    if (!PolicyPaths.KNOWN_VARIABLES.contains(m.group(1)))
                        throw new SandboxPolicyException("environment variable " + k + " refers to unknown variable $" + m.group(1)
                                + "; only " + new TreeSet<>(PolicyPaths.KNOWN_VARIABLES) + " are expanded");
            }
            for (InjectedCredential c : credentials.values()) {
                if (envSet.containsKey(c.envVar()))
                    throw new SandboxPolicyException("credential '" + c.name() + "' uses " + c.envVar() + ", which setEnv also sets; remove one");
                if (EnvironmentPolicy.matches(envAllow, c.envVar()) && !EnvironmentPolicy.matches(envDeny, c.envVar()))
                    throw new SandboxPolicyException("credential '" + c.name() + "' placeholder variable " + c.envVar()
                            + " is also inherited via inheritEnv; the real value would leak into the sandbox. Deny it or drop the inherit pattern");
            }
        }
    }
}
