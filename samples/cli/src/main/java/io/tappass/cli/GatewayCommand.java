package io.tappass.cli;

import io.tappass.client.gateway.AgentKey;
import io.tappass.client.gateway.Gateway;
import io.tappass.core.config.ConfigException;
import io.tappass.pipeline.Pipeline;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code tappass gateway [--port 9620] [--host 127.0.0.1] [--preset P | --config FILE] [--openai-base-url URL]
 * [--anthropic-base-url URL] [--agent tp_KEY=AGENT_ID ...] [--max-body-bytes N]}: runs the governance gateway in
 * the foreground. Provider keys come from {@code OPENAI_API_KEY} and {@code ANTHROPIC_API_KEY}. Logs one line
 * when ready; stops cleanly on SIGTERM / Ctrl-C (shutdown hook).
 */
public final class GatewayCommand {

    static final String USAGE = "usage: tappass gateway [--port 9620] [--host 127.0.0.1] [--preset P | --config FILE]\n"
            + "                       [--openai-base-url URL] [--anthropic-base-url URL]\n"
            + "                       [--agent tp_KEY=AGENT_ID ...] [--max-body-bytes N]\n"
            + "  provider keys are read from OPENAI_API_KEY and ANTHROPIC_API_KEY";

    private GatewayCommand() {
    }

    /** Entry point for running the command alone (the CLI's Main dispatches to {@link #run}). */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs the gateway until the JVM receives SIGTERM/SIGINT.
     *
     * @return the exit code: 0 after a clean stop, 2 for bad arguments, 1 when the gateway cannot start
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        int port = Gateway.DEFAULT_PORT;
        String host = "127.0.0.1";
        String preset = null;
        Path config = null;
        String openAi = null;
        String anthropic = null;
        long maxBody = Gateway.DEFAULT_MAX_BODY;
        List<AgentKey> agents = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String v = null;
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0 && !a.startsWith("--agent=")) {
                    v = a.substring(eq + 1);
                    a = a.substring(0, eq);
                } else if (a.startsWith("--agent=")) {
                    v = a.substring("--agent=".length());
                    a = "--agent";
                }
                switch (a) {
                    case "-h":
                    case "--help":
                        out.println(USAGE);
                        return 0;
                    case "--port":
                        port = parsePort(v != null ? v : value(args, ++i, a));
                        break;
                    case "--host":
                        host = v != null ? v : value(args, ++i, a);
                        break;
                    case "--preset":
                        preset = v != null ? v : value(args, ++i, a);
                        break;
                    case "--config":
                        config = Path.of(v != null ? v : value(args, ++i, a));
                        break;
                    case "--openai-base-url":
                        openAi = v != null ? v : value(args, ++i, a);
                        break;
                    case "--anthropic-base-url":
                        anthropic = v != null ? v : value(args, ++i, a);
                        break;
                    case "--max-body-bytes":
                        maxBody = Long.parseLong(v != null ? v : value(args, ++i, a));
                        break;
                    case "--agent": {
                        String spec = v != null ? v : value(args, ++i, a);
                        int at = spec.indexOf('=');
                        if (at <= 0 || at == spec.length() - 1) {
                            throw new IllegalArgumentException("--agent expects tp_KEY=AGENT_ID, got '"
                                    + maskSpec(spec) + "'");
                        }
                        agents.add(AgentKey.of(spec.substring(0, at), spec.substring(at + 1)));
                        break;
                    }
                    default:
                        throw new IllegalArgumentException("unknown option '" + a + "'");
                }
            }
            if (preset != null && config != null) {
                throw new IllegalArgumentException("--preset and --config are exclusive");
            }
            if (config != null && !Files.isRegularFile(config)) {
                throw new IllegalArgumentException("--config: no such file " + config);
            }
        } catch (IllegalArgumentException e) {
            err.println("tappass gateway: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Pipeline pipeline;
        try {
            pipeline = config != null ? Pipeline.fromFile(config) : Pipeline.ofPreset(preset != null ? preset : "standard");
        } catch (ConfigException | IllegalArgumentException e) {
            err.println("tappass gateway: invalid policy: " + e.getMessage());
            return 2;
        }
        Gateway.Builder b = Gateway.builder().port(port).host(host).pipeline(pipeline).maxBodyBytes(maxBody)
                .openAiApiKey(System.getenv("OPENAI_API_KEY")).anthropicApiKey(System.getenv("ANTHROPIC_API_KEY"));
        try {
            if (openAi != null) {
                b.openAiBaseUrl(openAi);
            }
            if (anthropic != null) {
                b.anthropicBaseUrl(anthropic);
            }
            agents.forEach(b::agent);
        } catch (IllegalArgumentException e) {
            err.println("tappass gateway: " + e.getMessage());
            return 2;
        }
        if (agents.isEmpty()) {
            err.println("tappass gateway: warning: no --agent keys configured; every call will be rejected with 401");
        }
        java.util.concurrent.atomic.AtomicReference<Gateway> started = new java.util.concurrent.atomic.AtomicReference<>();
        if (config != null) {
            b.route(SandboxPolicyRoute.CONTEXT, new SandboxPolicyRoute(config, started::get));
        }
        Gateway gateway;
        try {
            gateway = b.start();
            started.set(gateway);
        } catch (java.io.IOException e) {
            err.println("tappass gateway: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            gateway.stop(1);
            out.println("tappass gateway stopped");
            out.flush();
            stopped.countDown();
        }, "tappass-gateway-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("tappass gateway ready on " + gateway.baseUri() + " (agents: " + agents.size() + ", policy: "
                + (config != null ? config.getFileName() : "preset " + (preset != null ? preset : "standard"))
                + ", mode: " + pipeline.mode().wireName() + ")");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            gateway.stop(0);
        }
        return 0;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int parsePort(String v) {
        try {
            int p = Integer.parseInt(v);
            if (p < 0 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port expects 0..65535, got '" + v + "'");
        }
    }

    private static String maskSpec(String spec) {
        return spec.length() <= 6 ? "****" : spec.substring(0, 3) + "****";
    }
}
