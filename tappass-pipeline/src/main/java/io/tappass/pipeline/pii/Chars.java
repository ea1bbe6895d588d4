package io.tappass.pipeline.pii;

/** Character classes with an ASCII lookup table (the hot loops call these once per input character). */
final class Chars {

    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte UPPER = 4;
    private static final byte LOWER = 8;
    private static final byte[] TABLE = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            byte b = 0;
            if (c >= '0' && c <= '9') {
                b |= DIGIT;
            }
            if (c >= 'A' && c <= 'Z') {
                b |= LETTER | UPPER;
            }
            if (c >= 'a' && c <= 'z') {
                b |= LETTER | LOWER;
            }
            TABLE[c] = b;
        }
    }

    private Chars() {
    }

    static boolean letter(char c) {
        return c < 128 ? (TABLE[c] & LETTER) != 0 : Character.isLetter(c);
    }

    static boolean letterOrDigit(char c) {
        return c < 128 ? (TABLE[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
    }

    static boolean upper(char c) {
        return c < 128 ? (TABLE[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    static boolean lower(char c) {
        return c < 128 ? (TABLE[c] & LOWER) != 0 : Character.isLowerCase(c);
    }

    /**
     * False only when both characters are ASCII and differ ignoring case (else the full comparison decides): a
     * necessary condition of {@code regionMatches(true, ...)} per character, which may fold a character past ASCII
     * onto an ASCII letter ('ſ' onto 's').
     */
    static boolean asciiMatch(char c, char lowerPhraseChar) {
        if (c >= 128 || lowerPhraseChar >= 128) {
            return true;
        }
        return (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) == lowerPhraseChar;
    }
}
