package io.tappass.sandbox.nono;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detected {@code nono} binary.
 *
 * @param executable the binary
 * @param version    the version from {@code nono --version} ({@code nono 0.66.0} gives {@code 0.66.0})
 * @param supported  whether {@code nono setup --check-only} exited 0 (the kernel supports the sandbox)
 * @param detail     a human-readable summary (version, support, compatibility warning)
 */
public record NonoInstallation(Path executable, String version, boolean supported, String detail) {
    private static final Pattern VERSION = Pattern.compile("nono\\s+v?(\\d+)\\.(\\d+)\\.(\\d+)");
    /** Oldest compatible release: {@code --diagnostics-json} appeared in 0.64. */
    public static final int MIN_MINOR = 64;
    /** First incompatible release: 0.77 removed the {@code undo} alias and changed the profile schema. */
    public static final int MAX_MINOR_EXCLUSIVE = 77;

    /** Parses {@code nono X.Y.Z} from {@code --version} output. */
    public static Optional<int[]> parseVersion(String output) {
        Matcher m = VERSION.matcher(output);
        if (!m.find()) return Optional.empty();
        return Optional.of(new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))});
    }

    /** Whether the generator (pinned to nono {@value NonoProfiles#TARGET_VERSION}) can drive version {@code v}. */
    public static boolean compatible(int[] v) {
        return v[0] == 0 && v[1] >= MIN_MINOR && v[1] < MAX_MINOR_EXCLUSIVE;
    }

    /** Whether this installation can be used: a compatible version on a supported kernel. */
    public boolean usable() {
        Optional<int[]> v = parseVersion("nono " + version);
        return supported && v.isPresent() && compatible(v.get());
    }

    /** Finds {@code nono} on {@code PATH} and probes it; empty when absent. */
    public static Optional<NonoInstallation> detect() {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(":")) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, "nono");
            if (Files.isExecutable(p)) return Optional.of(probe(p));
        }
        return Optional.empty();
    }

    /** Probes a given binary with {@code --version} and {@code setup --check-only}. */
    public static NonoInstallation probe(Path nono) {
        String out = run(List.of(nono.toString(), "--version"))[1];
        Optional<int[]> v = parseVersion(out);
        String version = v.map(a -> a[0] + "." + a[1] + "." + a[2]).orElse("unknown");
        boolean supported = "0".equals(run(List.of(nono.toString(), "setup", "--check-only"))[0]);
        String detail = "nono " + version + (supported ? "" : ", sandbox not supported on this kernel (nono setup --check-only failed)")
                + (v.isPresent() && !compatible(v.get()) ? ", incompatible with the profiles TapPass generates (tested with "
                + NonoProfiles.TARGET_VERSION + ", accepts 0." + MIN_MINOR + "-0." + (MAX_MINOR_EXCLUSIVE - 1) + ")" : "")
                + (v.isEmpty() ? ", unrecognised --version output" : "");
        return new NonoInstallation(nono, version, supported, detail);
    }

    private static String[] run(List<String> cmd) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            env.keySet().removeIf(k -> k.startsWith("NONO_"));
            env.putAll(NonoBackend.FORCED_ENV);
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new String[]{"timeout", out};
            }
            return new String[]{String.valueOf(p.exitValue()), out};
        } catch (IOException e) {
            return new String[]{"error", e.getMessage()};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new String[]{"interrupted", ""};
        }
    }
}
