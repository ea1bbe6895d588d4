package io.tappass.pipeline.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds Unicode-based obfuscation in raw text, in one linear pass: invisible characters (zero-width spaces,
 * word joiners, soft hyphens, BOMs inside text), bidi controls (Trojan Source: embeddings, overrides, isolates),
 * Unicode tag characters (U+E0000 block, used to smuggle ASCII instructions), runs of variation selectors beyond
 * emoji use, and words that mix Latin letters with Cyrillic/Greek look-alikes (homoglyph spoofing), words spelled
 * entirely with look-alikes between Latin words, and fullwidth Latin outside East Asian text. Emoji subdivision
 * flags, single joiners in emoji and Indic/Arabic words, Mongolian variation selectors and Greek unit notation
 * ({@code 5μg}) are legitimate; a Hangul filler is an invisible letter outside Korean text.
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
    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[256]);

    public static List<Match> scan(String text) {
        return scan(text, UnicodeScanner::mixedScriptWords);
    }

    /** The mixed-script pass over a text and its character copy {@code a} (tests plug in a reference). */
    interface WordPass {
        void run(String text, char[] a, int n, List<Match> out);
    }

    /** {@link #scan(String)} with {@code words} as its mixed-script pass. */
    static List<Match> scan(String text, WordPass words) {
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
        // both passes read a copy of the characters: String.charAt checks the coder and the index on every call
        char[] a = CHARS.get();
        if (a.length < n) {
            a = new char[n];
            if (n <= 1 << 20) {
                CHARS.set(a);
            }
        }
        text.getChars(0, n, a, 0);
        i = 0;
        // Pass 1: invisible, bidi, tags, variation selectors (runs of the same type merge).
        while (i < n) {
            char ch = a[i];
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
            if (type.equals(TAGS) && isFlagTagSequence(text, s, i, count)) {
                continue; // a subdivision flag (England, Scotland, Wales): black flag + tag letters + cancel tag
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
                score = count >= 2 ? 0.85 : hangulFiller(first) ? (besideHangul(text, s, i) ? 0.55 : 0.85)
                        : inWord && first != 0x00AD ? 0.85 : 0.55;
                if (score < 0.7 && !hangulFiller(first) && inAddress(text, s, i)) {
                    score = 0.85; // "billing@acme\u200B-pay.com": an address that no longer matches its look-alike
                }
            }
            out.add(new Match(type, s, i, count, "", score));
        }
        if (out.size() >= 3) {
            splitWords(text, out);
        }
        if (!out.isEmpty()) {
            splitPhrase(text, out);
        }
        words.run(text, a, n, out);
        if (out.isEmpty()) {
            return List.of();
        }
        out.sort(java.util.Comparator.comparingInt(Match::start));
        return out;
    }

    /**
     * Pass 2: mixed-script words. A finding needs a Cyrillic/Greek look-alike or a fullwidth Latin letter, both at or
     * above U+0370: the characters below are passed over in a tight loop, and a word holding such a character is read
     * from its first letter (the word a character-by-character walk would have started there: words are runs of
     * ASCII letters, other letters and non-spacing marks, starting at a letter).
     */
    private static void mixedScriptWords(String text, char[] a, int n, List<Match> out) {
        int cjk = 0; // 0 unknown, 1 the text has CJK/kana/Hangul, -1 it has none
        int i = 0;
        while (i < n) {
            int q = i;
            while (q < n && a[q] < 0x370) {
                q++;
            }
            if (q == n) {
                break;
            }
            int r = q;
            while (r > i) {
                int before = text.codePointBefore(r);
                if (!wordPart(before)) {
                    break;
                }
                r -= Character.charCount(before);
            }
            while (r < n) { // a word starts at a letter: leading marks are passed over
                int c = text.codePointAt(r);
                if (!wordPart(c) || Character.isLetter(c)) {
                    break;
                }
                r += Character.charCount(c);
            }
            if (r >= n) {
                break;
            }
            if (r > q || r == q && !wordPart(text.codePointAt(q))) {
                i = r > q ? r : q + Character.charCount(text.codePointAt(q));
                continue; // not in a word, or a run of marks: nothing to read up to here
            }
            i = r;
            char ch = a[i];
            if (ch < 0x80) {
                if (!isAsciiLetter(ch)) {
                    i++;
                    continue;
                }
                int p = i + 1;
                while (p < n && isAsciiLetter(a[p])) {
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
                    if (!isAsciiLetter(c0)) {
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
                    out.add(new Match(HOMOGLYPH, s, i, lookalikes, fold(text, s, i), otherScript ? 0.7 : 0.9));
                }
            } else if (!latin && !otherScript && lookalikes >= 3 && lookalikes == letters
                    && latinWordAround(text, s, i)) {
                // a word spelled entirely with Cyrillic/Greek look-alikes between Latin words ("the раураl button")
                out.add(new Match(HOMOGLYPH, s, i, lookalikes, fold(text, s, i), 0.8));
            } else if (fullwidth >= 4 && fullwidth == letters) {
                if (cjk == 0) {
                    cjk = hasCjk(text) ? 1 : -1;
                }
                if (cjk < 0) {
                    // fullwidth Latin outside East Asian text: written to slip past word filters
                    out.add(new Match(HOMOGLYPH, s, i, fullwidth, foldFullwidth(text, s, i), 0.8));
                }
            }
        }
    }

    /** 🏴 (U+1F3F4), two to six tag letters/digits, then CANCEL TAG (U+E007F): an emoji subdivision flag. */
    private static boolean isFlagTagSequence(String text, int s, int e, int count) {
        if (count < 3 || count > 7 || s < 2 || text.codePointBefore(s) != 0x1F3F4 || text.codePointBefore(e) != 0xE007F) {
            return false;
        }
        for (int p = s; p < e - 2; p += 2) {
            int c = text.codePointAt(p) - 0xE0000;
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Raises single invisible characters that split one word into pieces of one or two letters ("i\u00ADg\u00ADn..."):
     * three or more in a chain are obfuscation, while hyphenation hints ("Donau\u00ADdampf\u00ADschiff") separate
     * syllables and stay at their copy-paste score.
     */
    private static void splitWords(String text, List<Match> out) {
        int runStart = 0;
        for (int k = 1; k <= out.size(); k++) {
            boolean chained = k < out.size() && chainable(out.get(k - 1)) && chainable(out.get(k))
                    && shortLetterGap(text, out.get(k - 1).end(), out.get(k).start());
            if (!chained) {
                if (k - runStart >= 3) {
                    for (int j = runStart; j < k; j++) {
                        Match m = out.get(j);
                        out.set(j, new Match(m.type(), m.start(), m.end(), m.count(), m.replacement(), 0.85));
                    }
                }
                runStart = k;
            }
        }
    }

    /**
     * Whether the invisible character at [s, e) sits inside an e-mail address, a URL's host or a bare domain: a
     * whitespace-free token of letters, digits and {@code . - _ @ / :} around it (at most 80 characters each way)
     * that holds an "@" followed by a dotted domain, or "://", or a dot followed by a two-letter-or-longer top-level
     * domain at its end. Such a character makes an address look like one it is not ("pay\u200B-pal.com") and defeats
     * allow-lists; hyphenation hints and copy-paste residue sit in words, not in addresses.
     */
    static boolean inAddress(String text, int s, int e) {
        int n = text.length();
        if (s == 0 || e >= n || !addressChar(text.charAt(s - 1)) || !addressChar(text.charAt(e))
                || !Character.isLetterOrDigit(text.charAt(s - 1)) && !Character.isLetterOrDigit(text.charAt(e))) {
            return false;
        }
        int b = s;
        while (b > 0 && s - b < 80 && (addressChar(text.charAt(b - 1)) || isInvisibleBmp(text.charAt(b - 1)))) {
            b--;
        }
        int a = e;
        while (a < n && a - e < 80 && (addressChar(text.charAt(a)) || isInvisibleBmp(text.charAt(a)))) {
            a++;
        }
        while (a > e && ".:/-_".indexOf(text.charAt(a - 1)) >= 0) {
            a--; // a sentence's full stop or a trailing slash
        }
        // every search stays inside the token [b, a) (at most 161 characters): a flood stays linear
        int at = indexIn(text, '@', b, a);
        if (at >= 0) {
            int dot = indexIn(text, '.', at, a);
            return dot > at + 1 && dot < a - 2;
        }
        int scheme = indexIn(text, ':', b, a);
        if (scheme >= 0 && scheme + 2 < a && text.charAt(scheme + 1) == '/' && text.charAt(scheme + 2) == '/') {
            int slash = indexIn(text, '/', scheme + 3, a);
            return s > scheme && (slash < 0 || s < slash); // in the host, not in the path
        }
        int lastDot = -1;
        for (int p = a - 1; p > s; p--) {
            if (text.charAt(p) == '.') {
                lastDot = p;
                break;
            }
        }
        if (lastDot <= s || a - lastDot - 1 < 2 || a - lastDot - 1 > 6) {
            return false;
        }
        for (int p = lastDot + 1; p < a; p++) {
            if (!(text.charAt(p) >= 'a' && text.charAt(p) <= 'z')) {
                return false;
            }
        }
        return true;
    }

    /** The first index of {@code c} in [from, to), or -1. */
    private static int indexIn(String text, char c, int from, int to) {
        for (int p = from; p < to; p++) {
            if (text.charAt(p) == c) {
                return p;
            }
        }
        return -1;
    }

    private static boolean addressChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || ".-_@/:".indexOf(c) >= 0);
    }

    private static boolean isInvisibleBmp(char c) {
        return c == 0x00AD || c == 0x200B || c >= 0x2060 && c <= 0x2064 || c == 0x200C || c == 0x200D || c == 0xFEFF;
    }

    /** Verbs that open an instruction to disclose or to drop instructions (lower case, no invisible characters). */
    private static final java.util.regex.Pattern TRIGGER_PHRASE = java.util.regex.Pattern.compile(
            "\\b(ignore|disregard|forget|override|bypass|reveal|print|show|repeat|output|dump|leak|expose|ignora"
                    + "|ignoriere|ignorier|vergiss|zeige|zeig|verrate|ignorez|oublie|r\u00e9v\u00e8le|affiche|olvida"
                    + "|revela|muestra|negeer|vergeet|toon|onthul|dimentica|rivela|mostra)\\b[^.!?\n]{0,60}?"
                    + "\\b(system ?prompt|prompt|instructions?|instrucciones|anweisungen|instruktionen|consignes"
                    + "|istruzioni|instructies|rules|regeln|reglas|regole|password|passwort|contrase\u00f1a"
                    + "|wachtwoord|secrets?|credentials?)\\b");

    /**
     * Raises the soft hyphens and other single in-word invisible characters that split the words of an instruction
     * to disclose a prompt or drop instructions ("re\u00ADveal your sys\u00ADtem pro\u00ADmpt"): the text without
     * them reads as such an instruction whose verb or object they split, so they serve to slip it past a filter.
     * Hyphenation hints in ordinary prose (a German compound, a product description) read as no such instruction.
     * Runs only when a finding is below the default threshold; one pass over a copy without the characters.
     */
    private static void splitPhrase(String text, List<Match> out) {
        boolean low = false;
        for (Match m : out) {
            low |= m.type().equals(INVISIBLE) && m.score() < 0.7;
        }
        if (!low) {
            return;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int[] at = new int[text.length() + 1];
        for (int p = 0; p < text.length(); p++) {
            char c = text.charAt(p);
            if (!isInvisibleBmp(c)) {
                at[sb.length()] = p;
                sb.append(Character.toLowerCase(c));
            }
        }
        at[sb.length()] = text.length();
        java.util.regex.Matcher m0 = TRIGGER_PHRASE.matcher(sb);
        boolean split = false;
        while (!split && m0.find()) {
            // the verb or the object was split: its characters lie further apart in the text than in the copy
            split = at[m0.end(1) - 1] - at[m0.start(1)] >= m0.end(1) - m0.start(1)
                    || at[m0.end(2) - 1] - at[m0.start(2)] >= m0.end(2) - m0.start(2);
        }
        if (!split) {
            return;
        }
        for (int j = 0; j < out.size(); j++) {
            Match m = out.get(j);
            if (m.type().equals(INVISIBLE) && m.score() < 0.7 && m.start() > 0 && m.end() < text.length()
                    && Character.isLetter(text.charAt(m.start() - 1)) && Character.isLetter(text.charAt(m.end()))) {
                out.set(j, new Match(m.type(), m.start(), m.end(), m.count(), m.replacement(), 0.85));
            }
        }
    }

    private static boolean chainable(Match m) {
        return m.type().equals(INVISIBLE) && m.count() == 1;
    }

    private static boolean shortLetterGap(String text, int from, int to) {
        if (to - from < 1 || to - from > 2) {
            return false;
        }
        for (int p = from; p < to; p++) {
            if (!Character.isLetter(text.charAt(p))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word [s, e) has a Latin (ASCII) word right before or right after it, across one separator run. */
    static boolean latinWordAround(String text, int s, int e) {
        int b = s;
        while (b > 0 && s - b < 3 && !Character.isLetterOrDigit(text.charAt(b - 1))) {
            b--;
        }
        boolean before = b < s && b > 0 && isAsciiLetter(text.charAt(b - 1));
        int a = e;
        while (a < text.length() && a - e < 3 && !Character.isLetterOrDigit(text.charAt(a))) {
            a++;
        }
        boolean after = a > e && a < text.length() && isAsciiLetter(text.charAt(a));
        return before && after;
    }

    /** Whether the text has a CJK ideograph, kana, Hangul or CJK punctuation character. */
    static boolean hasCjk(String text) {
        for (int p = 0; p < text.length(); p++) {
            char c = text.charAt(p);
            if (c >= 0x3000 && c < 0xA000 || c >= 0xAC00 && c < 0xD7B0 || c >= 0xFF61 && c <= 0xFF9F) {
                return true;
            }
        }
        return false;
    }

    static String foldFullwidth(String text, int s, int e) {
        StringBuilder sb = new StringBuilder(e - s);
        for (int p = s; p < e; p++) {
            char c = text.charAt(p);
            sb.append(c >= 0xFF21 && c <= 0xFF5A ? (char) (c - 0xFF21 + 'A') : c);
        }
        return sb.toString();
    }

    /** Whether code point {@code c} continues a word of the mixed-script pass (a letter or a non-spacing mark). */
    private static boolean wordPart(int c) {
        return c < 0x80 ? isAsciiLetter((char) c) : Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    /**
     * Hangul fillers (U+3164, U+FFA0, U+115F, U+1160) render as a blank but are letters: outside Korean text they name
     * invisible variables ("const { timeout,\u3164} = req.query") and look-alike accounts ("admin\u3164"); beside
     * Hangul they are left to the ordinary rules of a single invisible character.
     */
    private static boolean hangulFiller(int cp) {
        return cp == 0x3164 || cp == 0xFFA0 || cp == 0x115F || cp == 0x1160;
    }

    private static boolean besideHangul(String text, int s, int e) {
        return s > 0 && hangul(text.codePointBefore(s)) || e < text.length() && hangul(text.codePointAt(e));
    }

    private static boolean hangul(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL && !hangulFiller(cp);
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
            // Joiners are legitimate inside emoji sequences and in Indic/Arabic-script words, one at a time: two in a
            // row join nothing (a zero-width binary code).
            int prev = at > 0 ? text.codePointBefore(at) : -1;
            if (prev >= 0 && prev < 0x80 && Character.isLetterOrDigit(prev) || prev == 0x200D || prev == 0x200C) {
                return INVISIBLE;
            }
            int next = at + 1 < text.length() ? text.charAt(at + 1) : -1;
            return next == 0x200D || next == 0x200C ? INVISIBLE : null;
        }
        if (cp >= 0x180B && cp <= 0x180E && at > 0) {
            // Mongolian free variation selectors and the vowel separator belong after Mongolian letters
            int prev = text.codePointBefore(at);
            if (prev >= 0x1820 && prev <= 0x18AF) {
                return null;
            }
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

    static String fold(String text, int s, int e) {
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
