package io.tappass.pipeline.scan;

import java.util.List;

/**
 * {@link UnicodeScanner}'s mixed-script pass as it was before it skipped to the characters at or above U+0370: one
 * word at a time, every word classified. The reference {@code UnicodeScannerEquivalenceTest} compares the scanner
 * with ({@code UnicodeScanner.scan(text, UnicodeScannerReference::mixedScriptWords)}). Not used otherwise.
 */
final class UnicodeScannerReference {

    private UnicodeScannerReference() {
    }

    static List<UnicodeScanner.Match> scan(String text) {
        return UnicodeScanner.scan(text, UnicodeScannerReference::mixedScriptWords);
    }

    private static void mixedScriptWords(String text, char[] a, int n, List<UnicodeScanner.Match> out) {
        int cjk = 0; // 0 unknown, 1 the text has CJK/kana/Hangul, -1 it has none
        // Pass 2: mixed-script words. ASCII is handled without code point lookups: an ASCII letter is Latin, and a
        // word can only have a Greek/Cyrillic lookalike when it contains a character >= U+0370.
        int i = 0;
        while (i < n) {
            char ch = a[i];
            if (ch < 0x80) {
                if (!UnicodeScanner.isAsciiLetter(ch)) {
                    i++;
                    continue;
                }
                int p = i + 1;
                while (p < n && UnicodeScanner.isAsciiLetter(a[p])) {
                    p++;
                }
                if (p == n || a[p] < 0x80) {
                    i = p; // a pure ASCII word
                    continue;
                }
                // the word continues with non-ASCII characters: classify it code point by code point
            }
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int s = i;
            boolean latin = false;
            int lookalikes = 0;
            boolean otherScript = false;
            int letters = 0;
            int fullwidth = 0;
            boolean greekFirst = false;
            while (i < n) {
                char c0 = a[i];
                if (c0 < 0x80) {
                    if (!UnicodeScanner.isAsciiLetter(c0)) {
                        break;
                    }
                    latin = true;
                    letters++;
                    i++;
                    continue;
                }
                int c = text.codePointAt(i);
                if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                    break;
                }
                letters++;
                // accented Latin letters (U+00C0-U+024F) are all of the Latin script: no table search for them
                Character.UnicodeScript sc = c >= 0xC0 && c < 0x250 ? Character.UnicodeScript.LATIN
                        : Character.UnicodeScript.of(c);
                if (sc == Character.UnicodeScript.LATIN) {
                    latin = true;
                    if (c >= 0xFF21 && c <= 0xFF5A) {
                        fullwidth++;
                    }
                } else if (sc == Character.UnicodeScript.CYRILLIC || sc == Character.UnicodeScript.GREEK) {
                    if (FoldTable.isConfusable(c)) {
                        lookalikes++;
                        greekFirst |= i == s && sc == Character.UnicodeScript.GREEK;
                    } else {
                        otherScript = true;
                    }
                }
                i += Character.charCount(c);
            }
            if (latin && lookalikes > 0) {
                // "μg", "πr", "Δx": a Greek letter as a unit prefix or a variable before one or two Latin letters
                boolean notation = greekFirst && lookalikes == 1 && letters <= 3;
                if (!notation) {
                    out.add(new UnicodeScanner.Match(UnicodeScanner.HOMOGLYPH, s, i, lookalikes, UnicodeScanner.fold(text, s, i), otherScript ? 0.7 : 0.9));
                }
            } else if (!latin && !otherScript && lookalikes >= 3 && lookalikes == letters
                    && UnicodeScanner.latinWordAround(text, s, i)) {
                // a word spelled entirely with Cyrillic/Greek look-alikes between Latin words ("the раураl button")
                out.add(new UnicodeScanner.Match(UnicodeScanner.HOMOGLYPH, s, i, lookalikes, UnicodeScanner.fold(text, s, i), 0.8));
            } else if (fullwidth >= 4 && fullwidth == letters) {
                if (cjk == 0) {
                    cjk = UnicodeScanner.hasCjk(text) ? 1 : -1;
                }
                if (cjk < 0) {
                    // fullwidth Latin outside East Asian text: written to slip past word filters
                    out.add(new UnicodeScanner.Match(UnicodeScanner.HOMOGLYPH, s, i, fullwidth, UnicodeScanner.foldFullwidth(text, s, i), 0.8));
                }
            }
        }
    }
}
