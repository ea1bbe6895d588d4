package io.tappass.cli;

import io.tappass.core.TapPassException;
import io.tappass.sandbox.AgentSandboxPolicies;
import io.tappass.sandbox.Denial;
import io.tappass.sandbox.ExitKind;
import io.tappass.sandbox.Sandbox;
import io.tappass.sandbox.SandboxBackend;
import io.tappass.sandbox.SandboxPolicy;
import io.tappass.sandbox.SandboxRequest;
import io.tappass.sandbox.SandboxResult;
import io.tappass.sandbox.nono.NonoBackend;
import io.tappass.sandbox.nono.NonoProfiles;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code tappass sandbox ...}: run a command under a nono profile, or print the nono profile of an agent policy.
 *
 * <pre>
 * tappass sandbox run --profile FILE.json [--backend auto|nono|bwrap] [--workdir DIR] -- ARGV...
 * tappass sandbox profile --policy FILE [--manifest]
 * </pre>
 * {@code run} uses nono where it is installed, else bubblewrap (which accepts nono profiles and refuses keys it cannot
 * enforce). The exit status is the child's; denials are printed to stderr. Launcher failures exit with
 * {@value #EXIT_SETUP} (the profile cannot be enforced, no backend), usage errors with {@value #EXIT_USAGE}.
 */
public final class SandboxCommand {
    /** Usage error. */
    public static final int EXIT_USAGE = 2;
    /** The sandbox could not be set up (invalid or unenforceable profile, backend unavailable). */
    public static final int EXIT_SETUP = 125;

    static final String USAGE = """
            usage: tappass sandbox run --profile FILE.json [--backend auto|nono|bwrap] [--workdir DIR] -- ARGV...
                   tappass sandbox profile --policy FILE [--manifest]
            """;

    private SandboxCommand() {
    }

    /**
     * Runs the command; {@code args} are the words after {@code sandbox}.
     *
     * @return the process exit status
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? EXIT_USAGE : 0;
        }
        try {
            return switch (args[0]) {
                case "run" -> runCommand(Arrays.copyOfRange(args, 1, args.length), in, out, err);
                case "profile" -> profileCommand(Arrays.copyOfRange(args, 1, args.length), out, err);
                default -> usage(err, "unknown sandbox command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            return usage(err, e.getMessage());
        }
    }

    private static int runCommand(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Path profile = null;
        String backend = "auto";
        Path workdir = null;
        int i = 0;
        for (; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) break;
            switch (a) {
                case "--profile" -> profile = Path.of(value(args, ++i, a));
                case "--backend" -> backend = value(args, ++i, a);
                case "--workdir" -> workdir = Path.of(value(args, ++i, a)).toAbsolutePath().normalize();
                default -> throw new UsageException("unknown option '" + a + "' (put the command after --)");
            }
        }
        if (profile == null) throw new UsageException("--profile FILE.json is required");
        if (i >= args.length - 1) throw new UsageException("give the command to run after --");
        if (!List.of("auto", "nono", "bwrap").contains(backend)) throw new UsageException("--backend must be auto, nono or bwrap");
        if (!Files.isRegularFile(profile)) return fail(err, "profile " + profile + " does not exist");
        List<String> argv = List.of(Arrays.copyOfRange(args, i + 1, args.length));
        SandboxRequest request = SandboxRequest.of(argv).withStdin(in).withSinks(out, err);
        if (workdir != null) request = request.withWorkdir(workdir);
        try {
            SandboxBackend b = Sandbox.backend(backend);
            SandboxResult r;
            if (b instanceof NonoBackend nono) {
                r = nono.runProfile(profile.toAbsolutePath().normalize(), request, Optional.empty());
            } else {
                SandboxPolicy policy = NonoProfiles.parse(profile, Optional.ofNullable(workdir));
                r = b.run(policy, request);
            }
            out.flush();
            for (Denial d : r.denials()) err.println("tappass sandbox: " + d.describe());
            if (r.kind() != ExitKind.EXITED)
                err.println("tappass sandbox: " + r.backend() + ": " + r.kind().name().toLowerCase().replace('_', ' ') + " (exit " + r.exitCode() + ")");
            return r.exitCode();
        } catch (TapPassException e) {
            return fail(err, e.getMessage());
        }
    }

    private static int profileCommand(String[] args, PrintStream out, PrintStream err) {
        Path policy = null;
        boolean manifest = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--policy" -> policy = Path.of(value(args, ++i, "--policy"));
                case "--manifest" -> manifest = true;
                default -> throw new UsageException("unknown option '" + args[i] + "'");
            }
        }
        if (policy == null) throw new UsageException("--policy FILE is required");
        try {
            SandboxPolicy p = AgentSandboxPolicies.fromPolicyFile(policy);
            out.print(manifest ? NonoProfiles.toManifestJson(p) : NonoProfiles.toJson(p));
            out.flush();
            return 0;
        } catch (TapPassException e) {
            return fail(err, e.getMessage());
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].equals("--")) throw new UsageException(option + " needs a value");
        return args[i];
    }

    private static int fail(PrintStream err, String message) {
        err.println("tappass sandbox: " + message);
        return EXIT_SETUP;
    }

    private static int usage(PrintStream err, String message) {
        err.println("tappass sandbox: " + message);
        err.print(USAGE);
        return EXIT_USAGE;
    }

    private static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
