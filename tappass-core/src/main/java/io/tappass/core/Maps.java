package io.tappass.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive-copy helpers shared by the records of this package. */
final class Maps {
    private Maps() {
    }

    /** An unmodifiable, insertion-ordered copy that tolerates {@code null} values (JSON nulls survive). */
    static Map<String, Object> copy(Map<String, ?> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
