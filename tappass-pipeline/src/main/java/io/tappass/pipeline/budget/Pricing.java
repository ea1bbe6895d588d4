package io.tappass.pipeline.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tappass.core.Usage;
import io.tappass.core.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Model prices in USD per million tokens. {@link #defaults()} is the table shipped as the resource
 * {@code io/tappass/pipeline/budget/pricing.json} (current OpenAI and Anthropic models); override entries with
 * {@link #withOverrides} or load a whole table with {@link #fromFile}. The steps {@code budget} and
 * {@code cost_tracking} accept the same overrides as options {@code pricing} ({@code {model: {input, output,
 * cached_input}}}) and {@code pricing_file}. Models match by the longest prefix of the lower-cased id, after dropping
 * a {@code provider/} prefix ({@code gpt-4o-2024-08-06} costs what {@code gpt-4o} costs); unknown models cost
 * {@code default}. Immutable and thread-safe.
 */
public final class Pricing {

    /** The resource holding the shipped table. */
    public static final String RESOURCE = "/io/tappass/pipeline/budget/pricing.json";

    /**
     * The price of one model, USD per million tokens.
     *
     * @param input       prompt tokens
     * @param output      completion tokens
     * @param cachedInput prompt tokens served from the provider's cache, or null to charge them as input
     */
    public record ModelPrice(double input, double output, Double cachedInput) {
        public ModelPrice {
            if (!(input >= 0) || !(output >= 0) || (cachedInput != null && !(cachedInput >= 0))) {
                throw new IllegalArgumentException("prices must be >= 0, got input=" + input + " output=" + output
                        + " cached_input=" + cachedInput);
            }
        }
    }

    private static final Pricing DEFAULTS = load();

    private final Map<String, ModelPrice> models;
    private final ModelPrice fallback;
    /** Model id -> longest matching table entry (empty when none): the prefix scan runs once per model name. */
    private final com.github.benmanes.caffeine.cache.Cache<String, java.util.Optional<ModelPrice>> resolved =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(1024).build();

    private Pricing(Map<String, ModelPrice> models, ModelPrice fallback) {
        this.models = Map.copyOf(models);
        this.fallback = fallback;
    }

    /** The shipped table. */
    public static Pricing defaults() {
        return DEFAULTS;
    }

    private static Pricing load() {
        try (InputStream in = Pricing.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("pricing table " + RESOURCE + " is missing from the class path");
            }
            return parse(JsonMapper.builder().build().readTree(in), "<resource " + RESOURCE + ">");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /** A table read from a JSON file of the shipped format ({@code default} and {@code models}). */
    public static Pricing fromFile(Path file) {
        try {
            return parse(JsonMapper.builder().build().readTree(Files.readAllBytes(file)), file.toString());
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "", "cannot read the pricing file: " + e.getMessage());
        }
    }

    static Pricing parse(JsonNode root, String source) {
        if (root == null || !root.isObject()) {
            throw new ConfigException(source, "", "expected an object with 'default' and 'models'");
        }
        ModelPrice fallback = root.has("default") ? price(root.get("default"), source, "default")
                : new ModelPrice(1.0, 3.0, null);
        Map<String, ModelPrice> models = new LinkedHashMap<>();
        JsonNode m = root.get("models");
        if (m != null) {
            for (Map.Entry<String, JsonNode> e : m.properties()) {
                models.put(e.getKey().toLowerCase(Locale.ROOT), price(e.getValue(), source, "models." + e.getKey()));
            }
        }
        return new Pricing(models, fallback);
    }

    private static ModelPrice price(JsonNode n, String source, String path) {
        if (n == null || !n.isObject() || !n.path("input").isNumber() || !n.path("output").isNumber()) {
            throw new ConfigException(source, path, "expected {input: USD per 1M tokens, output: ..., "
                    + "cached_input: optional}");
        }
        try {
            return new ModelPrice(n.get("input").asDouble(), n.get("output").asDouble(),
                    n.path("cached_input").isNumber() ? n.get("cached_input").asDouble() : null);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source, path, e.getMessage());
        }
    }

    /** A copy with these entries added or replaced (keys are model-id prefixes). */
    public Pricing withOverrides(Map<String, ModelPrice> overrides) {
        Map<String, ModelPrice> m = new LinkedHashMap<>(models);
        overrides.forEach((k, v) -> m.put(k.toLowerCase(Locale.ROOT), Objects.requireNonNull(v, k)));
        return new Pricing(m, fallback);
    }

    /** A copy with another price for unknown models. */
    public Pricing withDefault(ModelPrice price) {
        return new Pricing(models, Objects.requireNonNull(price, "price"));
    }

    /** Whether {@code model} has an entry (by prefix). */
    public boolean knows(String model) {
        return lookup(model) != null;
    }

    /** The price of {@code model} (the default when unknown or null). */
    public ModelPrice price(String model) {
        ModelPrice p = lookup(model);
        return p != null ? p : fallback;
    }

    private ModelPrice lookup(String model) {
        if (model == null) {
            return null;
        }
        return resolved.get(model, m -> java.util.Optional.ofNullable(scan(m))).orElse(null);
    }

    private ModelPrice scan(String model) {
        String id = model.toLowerCase(Locale.ROOT);
        int slash = id.lastIndexOf('/');
        if (slash >= 0) {
            id = id.substring(slash + 1);
        }
        ModelPrice best = null;
        int bestLen = -1;
        for (Map.Entry<String, ModelPrice> e : models.entrySet()) {
            String k = e.getKey();
            if (k.length() > bestLen && id.startsWith(k)
                    && (id.length() == k.length() || !Character.isLetterOrDigit(id.charAt(k.length()))
                    || Character.isDigit(id.charAt(k.length())) && !Character.isDigit(k.charAt(k.length() - 1)))) {
                best = e.getValue();
                bestLen = k.length();
            }
        }
        return best;
    }

    /** The cost in USD of {@code usage} on {@code model} (cached tokens are part of the input tokens). */
    public double cost(String model, Usage usage) {
        ModelPrice p = price(model);
        long cached = Math.min(usage.cachedTokens(), usage.inputTokens());
        double cachedRate = p.cachedInput() != null ? p.cachedInput() : p.input();
        return ((usage.inputTokens() - cached) * p.input() + cached * cachedRate + usage.outputTokens() * p.output())
                / 1_000_000.0;
    }

    /** Reads a {@code pricing} option map ({@code {model: {input, output, cached_input}}}). */
    static Map<String, ModelPrice> overrides(Map<String, Object> option, io.tappass.pipeline.StepConfig config) {
        Map<String, ModelPrice> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : option.entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> m) || !(m.get("input") instanceof Number in)
                    || !(m.get("output") instanceof Number outp)) {
                throw config.error("pricing." + e.getKey(), "expected {input: USD per 1M tokens, output: ..., "
                        + "cached_input: optional}");
            }
            Object c = m.get("cached_input");
            try {
                out.put(e.getKey(), new ModelPrice(in.doubleValue(), outp.doubleValue(),
                        c instanceof Number cn ? cn.doubleValue() : null));
            } catch (IllegalArgumentException ex) {
                throw config.error("pricing." + e.getKey(), ex.getMessage());
            }
        }
        return out;
    }

    /** The table configured by a step's {@code pricing_file} and {@code pricing} options. */
    static Pricing fromConfig(io.tappass.pipeline.StepConfig config) {
        Pricing p = defaults();
        String file = config.stringOption("pricing_file", null);
        if (file != null) {
            p = fromFile(Path.of(file));
        }
        Map<String, ModelPrice> o = overrides(config.mapOption("pricing"), config);
        return o.isEmpty() ? p : p.withOverrides(o);
    }
}
