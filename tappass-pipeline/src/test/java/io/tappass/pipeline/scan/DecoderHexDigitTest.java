package io.tappass.pipeline.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Decoders#hexVal} reads a table: the value of every character is that of the range tests it replaced. */
class DecoderHexDigitTest {

    private static int reference(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    @Test
    void everyCharacterHasItsHexValue() {
        int digits = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Decoders.hexVal((char) c)).as("U+%04X", c).isEqualTo(reference((char) c));
            digits += Decoders.hexVal((char) c) >= 0 ? 1 : 0;
        }
        assertThat(digits).isEqualTo(22);
    }
}
