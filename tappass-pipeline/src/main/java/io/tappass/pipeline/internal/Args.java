package io.tappass.pipeline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Walks decoded tool arguments. Not public API. */
public final class Args {

    private Args() {
    }

    /** A string value found in the arguments, with its path ({@code command}, {@code files[2].path}). */
    public record Value(String path, String text) {
    }

    /** Every string value in the arguments (depth-first, at most 10,000), with its path. */
    public static List<Value> strings(Map<String, ?> arguments) {
        List<Value> out = new ArrayList<>();
        walk("", arguments, out, 0);
        return out;
    }

    private static void walk(String path, Object v, List<Value> out, int depth) {
        if (out.size() >= 10_000 || depth > 64) {
            return;
        }
        if (v instanceof String s) {
            out.add(new Value(path, s));
        } else if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                walk(path.isEmpty() ? String.valueOf(e.getKey()) : path + "." + e.getKey(), e.getValue(), out,
                        depth + 1);
            }
        } else if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                walk(path + "[" + i + "]", l.get(i), out, depth + 1);
            }
        }
    }
}
