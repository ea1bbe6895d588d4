package io.tappass.cli;

import io.tappass.core.governance.OnDetection;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The pipeline options shared by {@code scan} and {@code bench}: {@code --preset}, {@code --config},
 * {@code --steps}, {@code --phase}, {@code --on-detection}; other arguments are returned as positional.
 */
final class PipelineOptions {

    /**
     * Steps that count calls per agent or session. Each line of a scan is an independent text, so these are
     * switched off unless {@code --steps} names them.
     */
    static final List<String> STATEFUL = List.of("rate_limit", "budget", "loop_guard", "dedup", "cost_tracking");

    String preset;
    Path config;
    List<String> steps;
    Phase phase = Phase.INPUT;
    OnDetection onDetection;
    final List<String> positional = new ArrayList<>();

    static PipelineOptions parse(String[] args) {
        PipelineOptions o = new PipelineOptions();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--preset":
                    o.preset = value(args, ++i, a);
                    break;
                case "--config":
                    o.config = Path.of(value(args, ++i, a));
                    if (!Files.isRegularFile(o.config)) {
                        throw new UsageException("--config " + o.config + ": no such file");
                    }
                    break;
                case "--steps":
                    o.steps = Arrays.stream(value(args, ++i, a).split(",")).map(String::trim)
                            .filter(s -> !s.isEmpty()).toList();
                    if (o.steps.isEmpty()) {
                        throw new UsageException("--steps needs a comma-separated list of step names");
                    }
                    break;
                case "--phase":
                    String p = value(args, ++i, a);
                    if (!p.equals("input") && !p.equals("output")) {
                        throw new UsageException("--phase must be input or output, got '" + p + "'");
                    }
                    o.phase = Phase.parse(p);
                    break;
                case "--on-detection":
                    String d = value(args, ++i, a);
                    try {
                        o.onDetection = OnDetection.parse(d);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--on-detection: " + e.getMessage());
                    }
                    break;
                default:
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option " + a);
                    }
                    o.positional.add(a);
            }
        }
        if (o.preset != null && o.config != null) {
            throw new UsageException("give either --preset or --config, not both");
        }
        return o;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    Pipeline build() {
        Pipeline.Builder b = Pipeline.builder();
        if (config != null) {
            b.config(config);
        } else {
            b.preset(preset != null ? preset : "standard");
        }
        if (steps != null) {
            b.onlySteps(steps);
        } else {
            b.without(STATEFUL);
        }
        if (onDetection != null) {
            b.forceOnDetection(onDetection);
        }
        return b.build();
    }
}
