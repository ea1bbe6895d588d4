package io.tappass.core.governance;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parsing of the lower-case wire names of the enums in this package. */
final class WireEnums {
    private WireEnums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String what, String value) {
        if (value != null) {
            String v = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v)) {
                    return e;
                }
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + value + "': expected one of "
                + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")));
    }
}
