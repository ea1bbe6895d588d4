package io.tappass.pipeline;

import io.tappass.core.config.ConfigException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * The step factories available by name: everything registered through {@link ServiceLoader} under
 * {@code META-INF/services/io.tappass.pipeline.StepFactory}, plus factories added explicitly. Immutable.
 */
public final class StepRegistry {

    /**
     * TapPass steps that this SDK deliberately does not implement as pipeline steps, with the reason. Naming one in
     * a configuration is an error that says so, never a silent skip.
     */
    static final Map<String, String> NOT_IMPLEMENTED = Map.ofEntries(
            Map.entry("call_llm", "in TapPass for Java the governed client (tappass-client) performs the call; "
                    + "remove it from the configuration"),
            Map.entry("call_tool", "tools run in your application; govern them with Pipeline.govern(...) and the "
                    + "tool steps; remove it from the configuration"),
            Map.entry("model_routing", "not implemented yet; remove it or disable it with enabled: false"),
            Map.entry("detect_tool_poison", "not implemented yet; remove it or disable it with enabled: false"),
            Map.entry("detect_memory_poison", "not implemented yet; remove it or disable it with enabled: false"),
            Map.entry("detect_insider_threat", "not implemented yet; remove it or disable it with enabled: false"),
            Map.entry("verify_artifact", "not implemented yet; remove it or disable it with enabled: false"),
            Map.entry("output_constraints", "not implemented yet; remove it or disable it with enabled: false"),
            Map.entry("debug_logging", "not implemented: TapPass for Java never logs prompts; remove it"),
            Map.entry("detect_code_exec", "use scan_tool_calls, which covers shell commands, eval and reverse "
                    + "shells"));

    private static volatile StepRegistry defaults;

    private final Map<String, StepFactory> byName;
    private final Map<String, String> aliases;

    private StepRegistry(Collection<StepFactory> factories) {
        Map<String, StepFactory> names = new LinkedHashMap<>();
        Map<String, String> alias = new LinkedHashMap<>();
        for (StepFactory f : factories) {
            StepFactory previous = names.put(f.name(), f);
            if (previous != null && previous.getClass() != f.getClass()) {
                throw new IllegalStateException("two step factories are registered for '" + f.name() + "': "
                        + previous.getClass().getName() + " and " + f.getClass().getName());
            }
            for (String a : f.aliases()) {
                alias.put(a, f.name());
            }
        }
        this.byName = Map.copyOf(names);
        this.aliases = Map.copyOf(alias);
    }

    /** The factories found on the class path of this library (cached). */
    public static StepRegistry defaults() {
        StepRegistry r = defaults;
        if (r == null) {
            synchronized (StepRegistry.class) {
                r = defaults;
                if (r == null) {
                    r = load(StepRegistry.class.getClassLoader());
                    defaults = r;
                }
            }
        }
        return r;
    }

    /** The factories visible to {@code loader}. */
    public static StepRegistry load(ClassLoader loader) {
        List<StepFactory> found = new ArrayList<>();
        for (StepFactory f : ServiceLoader.load(StepFactory.class, loader)) {
            found.add(f);
        }
        return new StepRegistry(found);
    }

    /** Exactly these factories. */
    public static StepRegistry of(StepFactory... factories) {
        return new StepRegistry(List.of(factories));
    }

    /** A copy with more factories (a factory with an existing name replaces it). */
    public StepRegistry with(StepFactory... more) {
        Map<String, StepFactory> all = new LinkedHashMap<>(byName);
        for (StepFactory f : more) {
            all.put(f.name(), f);
        }
        return new StepRegistry(all.values());
    }

    /** The canonical name for a name as written (resolves TapPass aliases such as {@code unicode_attack}). */
    public String canonicalName(String name) {
        return aliases.getOrDefault(name, name);
    }

    /** Whether a step of that name (or alias) is available. */
    public boolean contains(String name) {
        return byName.containsKey(canonicalName(name));
    }

    /** The canonical names of all available steps, sorted. */
    public Set<String> names() {
        return new TreeSet<>(byName.keySet());
    }

    /**
     * The factory for {@code name}.
     *
     * @param source  the configuration origin, for the error message
     * @param keyPath the key path naming the step, for the error message
     * @throws ConfigException when no factory provides the step, saying why and how to fix it
     */
    public StepFactory require(String name, String source, String keyPath) {
        StepFactory f = byName.get(canonicalName(name));
        if (f != null) {
            return f;
        }
        String why = NOT_IMPLEMENTED.get(name);
        if (why != null) {
            throw new ConfigException(source, keyPath, "step '" + name + "' is a TapPass step that TapPass for "
                    + "Java does not provide: " + why);
        }
        throw new ConfigException(source, keyPath, "unknown step '" + name + "': no StepFactory on the class "
                + "path provides it. Known steps: " + String.join(", ", names()) + ". A third-party step must be "
                + "registered in META-INF/services/" + StepFactory.class.getName());
    }
}
