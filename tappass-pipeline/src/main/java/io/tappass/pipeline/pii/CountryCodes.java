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
    static boolean valid(String digits) {
        if (digits.isEmpty()) {
            return false;
        }
        char c = digits.charAt(0);
        if (c == '1' || c == '7') {
            return true;
        }
        if (digits.length() < 3) {
            return false;
        }
        String two = digits.substring(0, 2);
        return TWO.contains(two) || THREE_PREFIX.contains(two);
    }
}
