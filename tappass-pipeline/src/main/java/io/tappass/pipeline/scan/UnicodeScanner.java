package io.tappass.pipeline.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds Unicode-based obfuscation in raw text, in one linear pass: invisible characters (zero-width spaces,
 * word joiners, soft hyphens, BOMs inside text), bidi controls (Trojan Source: embeddings, overrides, isolates),
 * Unicode tag characters (U+E0000 block, used to smuggle ASCII instructions), runs of variation selectors beyond
 * emoji use, and words that mix Latin letters with Cyrillic/Greek look-alikes (homoglyph spoofing).
 * Thread-safe (stateless).
 */
public final class UnicodeScanner {

    /** The {@link TextPart#analysis} key of the default scan. */
    public static final Object KEY = new Object() {
        @Override
        public String toString() {
            return "UnicodeScanner.KEY";
        }
    };

    /** Finding types. */
    public static final String INVISIBLE = "INVISIBLE_CHARACTER";
    /** Bidi embedding/override/isolate controls. */
    public static final String BIDI = "BIDI_CONTROL";
    /** Unicode tag characters. */
    public static final String TAGS = "TAG_CHARACTERS";
    /** Variation selectors used as a covert channel. */
    public static final String VARIATION = "VARIATION_SELECTORS";
    /** A word mixing Latin and Cyrillic/Greek look-alikes. */
    public static final String HOMOGLYPH = "MIXED_SCRIPT_HOMOGLYPH";

    /**
     * One finding.
     *
     * @param type        one of the type constants
     * @param start       start offset (inclusive)
     * @param end         end offset (exclusive)
     * @param count       how many suspicious code points the run contains
     * @param replacement the neutralised text for the span ("" for removable characters, the ASCII-folded word
     *                    for homoglyphs)
     * @param score       confidence 0..1
     */
    public record Match(String type, int start, int end, int count, String replacement, double score) {
    }

    private UnicodeScanner() {
    }

    /** Scans a part's current text, cached per part. */
    public static List<Match> of(TextPart part) {
        // every finding needs a character >= U+0080: an ASCII part (known without a rescan, see CharStats) has none
        return CharStats.of(part).ascii() ? List.of() : part.analysis(KEY, UnicodeScanner::scan);
    }

    /** Scans {@code text}. */
    public static List<Match> scan(String text) {
        int n = text.length();
        // Fast path: every finding needs a character >= U+0080; plain ASCII text is done after one tight loop.
        int i = 0;
        while (i < n && text.charAt(i) < 0x80) {
            i++;
        }
        if (i == n) {
            return List.of();
        }
        List<Match> out = new ArrayList<>(0); // allocates no array until the first match
        i = 0;
        // Pass 1: invisible, bidi, tags, variation selectors (runs of the same type merge).
        while (i < n) {
            char ch = text.charAt(i);
            if (ch < 0xAD) {
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            String type = classify(cp, text, i);
            if (type == null) {
                i += Character.charCount(cp);
                continue;
            }
            int s = i;
            int count = 0;
            while (i < n) {
                int c = text.codePointAt(i);
                if (!type.equals(classify(c, text, i))) {
                    break;
                }
                count++;
                i += Character.charCount(c);
            }
            if (type.equals(VARIATION) && count < 3) {
                continue; // an emoji presentation selector or two is normal
            }
            double score;
            if (type.equals(TAGS)) {
                score = 0.95;
            } else if (type.equals(BIDI)) {
                // Embeddings/overrides/isolates are Trojan Source material; a lone LRM/RLM is common in RTL text.
                int first = text.codePointAt(s);
                score = count == 1 && (first == 0x200E || first == 0x200F || first == 0x061C) ? 0.55 : 0.95;
            } else if (type.equals(VARIATION)) {
                score = 0.8;
            } else {
                // A run, or one invisible character splitting a word ("pay\u200Bpal"), is obfuscation; a lone
                // zero-width space or soft hyphen next to a space is usually copy-paste residue.
                boolean inWord = s > 0 && i < n && Character.isLetterOrDigit(text.codePointBefore(s))
                        && Character.isLetterOrDigit(text.codePointAt(i));
                int first = text.codePointAt(s);
                score = count >= 2 ? 0.85 : inWord && first != 0x00AD ? 0.85 : 0.55;
            }
            out.add(new Match(type, s, i, count, "", score));
        }
        // Pass 2: mixed-script words. ASCII is handled without code point lookups: an ASCII letter is Latin, and a
        // word can only have a Greek/Cyrillic lookalike when it contains a character >= U+0370.
        i = 0;
        while (i < n) {
            char ch = text.charAt(i);
            if (ch < 0x80) {
                if (!isAsciiLetter(ch)) {
                    i++;
                    continue;
                }
                int p = i + 1;
                while (p < n && isAsciiLetter(text.charAt(p))) {
                    p++;
                }
                if (p == n || text.charAt(p) < 0x80) {
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
            while (i < n) {
                char c0 = text.charAt(i);
                if (c0 < 0x80) {
                    if (!isAsciiLetter(c0)) {
                        break;
                    }
                    latin = true;
                    i++;
                    continue;
                }
                int c = text.codePointAt(i);
                if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                    break;
                }
                Character.UnicodeScript sc = Character.UnicodeScript.of(c);
                if (sc == Character.UnicodeScript.LATIN) {
                    latin = true;
                } else if (sc == Character.UnicodeScript.CYRILLIC || sc == Character.UnicodeScript.GREEK) {
                    if (FoldTable.isConfusable(c)) {
                        lookalikes++;
                    } else {
                        otherScript = true;
                    }
                }
                i += Character.charCount(c);
            }
            if (latin && lookalikes > 0) {
                out.add(new Match(HOMOGLYPH, s, i, lookalikes, fold(text, s, i), otherScript ? 0.7 : 0.9));
            }
        }
        if (out.isEmpty()) {
            return List.of();
        }
        out.sort(java.util.Comparator.comparingInt(Match::start));
        return out;
    }

    private static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    private static String classify(int cp, String text, int at) {
        if (cp >= 0xE0000 && cp <= 0xE007F) {
            return TAGS;
        }
        if (cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069) {
            return BIDI;
        }
        if (cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF) {
            return VARIATION;
        }
        if (cp == 0x200D || cp == 0x200C) {
            // Joiners are legitimate inside emoji sequences and in Indic/Arabic-script words.
            int prev = at > 0 ? text.codePointBefore(at) : -1;
            return prev >= 0 && prev < 0x80 && Character.isLetterOrDigit(prev) ? INVISIBLE : null;
        }
        if (cp == 0xFEFF) {
            return at == 0 ? null : INVISIBLE;
        }
        if (cp == 0x200E || cp == 0x200F || cp == 0x061C) {
            return BIDI;
        }
        if (cp == 0x00AD || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x17B4 || cp == 0x17B5
                || cp >= 0x180B && cp <= 0x180E || cp == 0x200B || cp >= 0x2060 && cp <= 0x2064
                || cp >= 0x206A && cp <= 0x206F || cp == 0x3164 || cp == 0xFFA0 || cp >= 0x1BCA0 && cp <= 0x1BCA3
                || cp >= 0x1D173 && cp <= 0x1D17A) {
            return INVISIBLE;
        }
        return null;
    }

    private static String fold(String text, int s, int e) {
        StringBuilder sb = new StringBuilder(e - s);
        for (int i = s; i < e; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            String f = FoldTable.isConfusable(c) ? FoldTable.fold(c) : null;
            if (f != null && f.length() == 1) {
                sb.append(Character.isUpperCase(c) ? Character.toUpperCase(f.charAt(0)) : f.charAt(0));
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }
}
