package io.tappass.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void hash64IsAFunctionOfTheCharacters() {
        String a = "x".repeat(5000) + "é";
        String b = new StringBuilder(a).toString();
        assertThat(Texts.hash64(a)).isEqualTo(Texts.hash64(b));
    }

    @Test
    void hash64SeparatesOneCharacterChangesAnywhereIncludingChunkBordersAndTails() {
        String base = "The quick brown fox jumps over the lazy dog. ".repeat(200); // 9,000 chars: several chunks
        Set<Long> seen = new HashSet<>();
        seen.add(Texts.hash64(base));
        int[] positions = {0, 1, 2, 3, 4, 2047, 2048, 2049, 4095, 4096, base.length() - 2, base.length() - 1};
        for (int p : positions) {
            char[] c = base.toCharArray();
            c[p] = c[p] == '#' ? '%' : '#';
            assertThat(seen.add(Texts.hash64(new String(c)))).as("change at " + p).isTrue();
        }
        assertThat(seen.add(Texts.hash64(base + " "))).as("one more char").isTrue();
        assertThat(seen.add(Texts.hash64(base.substring(1)))).as("one char less").isTrue();
        assertThat(seen.add(Texts.hash64(""))).isTrue();
        assertThat(Texts.hash64("ab")).isNotEqualTo(Texts.hash64("ba"));
        assertThat(Texts.hash64("\0")).isNotEqualTo(Texts.hash64(""));
    }

    @Test
    void hash64SeparatesChangesInTextsThatAreNotAscii() {
        String base = "Größe über Maß, ça va. ".repeat(400) + "中"; // Latin-1 and one CJK character: the char path
        Set<Long> seen = new HashSet<>();
        seen.add(Texts.hash64(base));
        for (int p : new int[] {0, 15, 16, 2047, 2048, base.length() - 2}) {
            char[] c = base.toCharArray();
            c[p] = c[p] == '#' ? '%' : '#';
            assertThat(seen.add(Texts.hash64(new String(c)))).as("change at " + p).isTrue();
        }
        // an ASCII text and the same text with one character widened beyond ASCII differ
        assertThat(Texts.hash64("plain text")).isNotEqualTo(Texts.hash64("plain téxt"));
    }

    @Test
    void hash64WithKnownAsciinessEqualsHash64() {
        for (String s : new String[] {"", "a", "ascii only ".repeat(1000), "café ".repeat(900), "中文"}) {
            assertThat(Texts.hash64(s, Texts.asciiPrefix(s) == s.length())).isEqualTo(Texts.hash64(s));
        }
    }

    @Test
    void asciiPrefixIsTheLeadingRunOfAsciiCharacters() {
        String ascii = "x".repeat(5000);
        assertThat(Texts.asciiPrefix("")).isZero();
        assertThat(Texts.asciiPrefix(ascii)).isEqualTo(5000);
        for (int p : new int[] {0, 1, 2047, 2048, 2049, 4095, 4999}) {
            for (char c : new char[] {'\u0080', '\u00E9', '\u00FF', '\u20AC', '\uD83D'}) {
                char[] chars = ascii.toCharArray();
                chars[p] = c;
                assertThat(Texts.asciiPrefix(new String(chars))).as("U+%04X at %d", (int) c, p).isEqualTo(p);
            }
        }
    }

    @Test
    void indexOfStopsAtTheLimit() {
        assertThat(Texts.indexOf("abcabc", "bc", 0, 6)).isEqualTo(1);
        assertThat(Texts.indexOf("abcabc", "bc", 2, 6)).isEqualTo(4);
        assertThat(Texts.indexOf("abcabc", "bc", 2, 4)).isEqualTo(-1);
    }

    @Test
    void findAgreesWithIndexOfOnEveryStartAndNeedle() {
        String text = "See arn:aws:iam::123:role/x and https://a.b/subscriptions/1, Secret: x ![img](u) -----BEGIN "
                + "ar arn arn: ::: //// !! SSecret sub://";
        String[] needles = {"arn:", "/subscriptions/", "Secret", "![", "://", "-----BEGIN ", "x", "\n---", "zzz",
            "ar", "See"};
        for (String needle : needles) {
            for (int from = -2; from <= text.length() + 1; from++) {
                assertThat(Texts.find(text, needle, from)).as(needle + " from " + from)
                        .isEqualTo(text.indexOf(needle, from));
            }
            assertThat(Texts.contains(text, needle)).isEqualTo(text.contains(needle));
        }
        assertThat(Texts.find("ab\u0100arn:", "arn:", 0)).isEqualTo(3); // a UTF-16 string
    }

    @Test
    void findIsLinearWhenTheAnchorCharacterIsEverywhere() {
        String colons = ":".repeat(1_000_000);
        long t0 = System.nanoTime();
        assertThat(Texts.find(colons, "arn:", 0)).isEqualTo(-1);
        assertThat(Texts.find(colons, ".iam.gserviceaccount.com", 0)).isEqualTo(-1);
        assertThat(System.nanoTime() - t0).as("generous bound; only superlinear behaviour breaks it")
                .isLessThan(5_000_000_000L);
    }

    @Test
    void findRejectsAnEmptyNeedle() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Texts.find("abc", "", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }
}
