package io.tappass.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The {@code tappass} command-line tool ({@code java -jar samples/cli/target/tappass.jar COMMAND ...}).
 *
 * <p>Every command prints machine-readable output on stdout (JSON or JSON lines) and diagnostics on stderr, and
 * exits 0 on success, 1 when the command ran but found a problem (e.g. a broken audit chain), 2 on a usage error.
 */
public final class Main {

    static final String USAGE = String.join("\n",
            "usage: tappass COMMAND [options]",
            "",
            "commands:",
            "  scan    [--preset P | --config FILE] [--steps a,b] [--phase input|output] [--on-detection log]",
            "          JSON lines {\"id\",\"text\"} on stdin -> one verdict JSON line per input on stdout",
            "  bench   [--preset P | --config FILE] [--steps a,b] [--phase input|output] [--on-detection log] FILE.jsonl",
            "          throughput (MB/s), latency p50/p99 (us) and bytes allocated per input byte, as one JSON object",
            "  gateway [--port 9620] [--preset P | --config FILE] [--openai-base-url URL] [--anthropic-base-url URL]",
            "          [--agent tp_KEY=AGENT_ID ...]   OpenAI/Anthropic-compatible governance gateway (foreground)",
            "  replay  [--preset P | --config FILE] TRACE.jsonl",
            "          replays recorded agent traffic through a fresh pipeline: one decision JSON line per event",
            "  sandbox run --profile FILE.json [--backend auto|nono|bwrap] [--workdir DIR] -- ARGV...",
            "          runs ARGV under a nono profile (nono where installed, else bubblewrap); exit status is ARGV's",
            "  sandbox profile --policy FILE",
            "          prints the nono profile for an agent's governance policy",
            "  audit   verify FILE.jsonl",
            "          verifies a hash-chained audit trail and names the first broken or missing link",
            "  help    this text");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs a command; returns the exit status. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "scan":
                    return ScanCommand.run(rest, in, out, err);
                case "bench":
                    return BenchCommand.run(rest, in, out, err);
                case "gateway":
                    return GatewayCommand.run(rest, in, out, err);
                case "replay":
                    return ReplayCommand.run(rest, in, out, err);
                case "sandbox":
                    return SandboxCommand.run(rest, in, out, err);
                case "audit":
                    return AuditCommand.run(rest, in, out, err);
                case "help": case "--help": case "-h":
                    out.println(USAGE);
                    return 0;
                default:
                    err.println("tappass: unknown command '" + args[0] + "'\n" + USAGE);
                    return 2;
            }
        } catch (UsageException e) {
            err.println("tappass " + args[0] + ": " + e.getMessage());
            return 2;
        } catch (io.tappass.core.config.ConfigException e) {
            err.println("tappass " + args[0] + ": configuration error: " + e.getMessage());
            return 2;
        }
    }
}
