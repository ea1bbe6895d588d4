package io.tappass.pipeline.pii;

import java.util.Set;

/** ITU-T E.164 country calling code prefixes (public ITU list, condensed). */
final class CountryCodes {

    private static final Set<String> TWO = Set.of("20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41",
            "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61",
            "62", "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98");
    private static final Set<String> THREE_PREFIX = Set.of("21", "22", "23", "24", "25", "26", "29", "35", "37",
            "38", "42", "50", "59", "67", "68", "69", "85", "87", "88", "96", "97", "99");

    private CountryCodes() {
    }

    /** Whether the digits start with a valid country calling code. */
    static boolean valid(CharSequence digits, int off) {
        if (digits.length() <= off) {
            return false;
        }
        char c = digits.charAt(off);
        if (c == '1' || c == '7') {
            return true;
        }
        if (digits.length() < off + 3) {
            return false;
        }
        int two = (c - '0') * 10 + (digits.charAt(off + 1) - '0');
        return TWO_CODES[two] || THREE_CODES[two];
    }

    private static final boolean[] TWO_CODES = table(TWO);
    private static final boolean[] THREE_CODES = table(THREE_PREFIX);

    private static boolean[] table(Set<String> codes) {
        boolean[] t = new boolean[100];
        for (String c : codes) {
            t[Integer.parseInt(c)] = true;
        }
        return t;
    }
}
