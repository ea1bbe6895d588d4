package io.tappass.pipeline.pii;

import io.tappass.pipeline.CustomPattern;
import io.tappass.pipeline.StepConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** Reads the PII options shared by {@code detect_pii} and {@code pii_tokenize} from a {@link StepConfig}. */
final class PiiOptions {

    /** Detector options. */
    static final Set<String> DETECTOR = Set.of("entities", "score_threshold", "allow_list", "context_window",
            "custom_patterns", "languages", "recognizers", "scan_system", "public_figures");

    private PiiOptions() {
    }

    static PiiDetector detector(StepConfig config) {
        PiiDetector.Builder b = PiiDetector.builder();
        List<String> entities = config.stringListOption("entities");
        for (int i = 0; i < entities.size(); i++) {
            String e = entities.get(i).trim();
            if (PiiEntity.of(e) == null && !e.equalsIgnoreCase("EMAIL") && !e.equalsIgnoreCase("PHONE")
                    && PiiDetector.ServiceRecognizers.ALL.stream().noneMatch(r -> r.entities().contains(e))) {
                throw config.error("entities[" + i + "]", "unknown entity \"" + e + "\": expected one of "
                        + java.util.Arrays.toString(PiiEntity.values()) + " or an entity of a registered recognizer");
            }
        }
        if (!entities.isEmpty()) {
            b.entities(entities);
        }
        b.allowList(config.stringListOption("allow_list"));
        b.publicFigures(config.boolOption("public_figures", true));
        try {
            b.contextWindow(config.intOption("context_window", PiiDetector.DEFAULT_CONTEXT_WINDOW, 0));
            b.languages(config.stringListOption("languages"));
            if (config.has("recognizers")) {
                b.serviceRecognizers(config.stringListOption("recognizers"));
            }
        } catch (IllegalArgumentException e) {
            String key = e.getMessage().contains("language") ? "languages"
                    : e.getMessage().contains("recognizer") ? "recognizers" : "context_window";
            throw config.error(key, e.getMessage());
        }
        for (CustomPattern p : config.customPatternsOption("custom_patterns")) {
            b.customPattern(new PiiDetector.CustomPattern(p.name(), p.pattern(), p.level()));
        }
        return b.build();
    }

    /** The score threshold: option {@code score_threshold}, else the step's {@code threshold}, else 0.5. */
    static double threshold(StepConfig config) {
        double t = config.doubleOption("score_threshold",
                config.threshold() != null ? config.threshold() : PiiDetector.DEFAULT_THRESHOLD);
        if (!(t >= 0.0 && t <= 1.0)) {
            throw config.error("score_threshold", "expected a number between 0 and 1, got " + t);
        }
        return t;
    }

    static RedactionStrategy strategy(StepConfig config, String defaultName, Function<String, String> env) {
        String name = config.stringOption("strategy", defaultName).trim().toLowerCase(Locale.ROOT);
        switch (name) {
            case "mask":
                return RedactionStrategy.mask();
            case "partial":
                return RedactionStrategy.partial(config.intOption("partial_keep", 4, 0));
            case "token":
                return RedactionStrategy.token();
            case "hash": {
                String key = config.stringOption("hash_key", null);
                String envName = config.stringOption("hash_key_env", RedactionStrategy.DEFAULT_HASH_KEY_ENV);
                if (key == null) {
                    key = env.apply(envName);
                }
                if (key == null || key.isEmpty()) {
                    throw config.error("hash_key", "strategy hash needs a secret key: set option hash_key (e.g. "
                            + "${ENV_VAR} in the policy) or the environment variable " + envName
                            + " to at least 16 random bytes, e.g. `openssl rand -hex 32`");
                }
                byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
                if (bytes.length < 16) {
                    throw config.error("hash_key", "the hash key must be at least 16 bytes long, got "
                            + bytes.length);
                }
                return RedactionStrategy.hmac(bytes);
            }
            default:
                throw config.error("strategy", "unknown strategy \"" + name + "\": expected mask, partial, hash "
                        + "or token");
        }
    }
}
