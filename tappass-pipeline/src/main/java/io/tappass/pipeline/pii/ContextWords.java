package io.tappass.pipeline.pii;

import java.util.ArrayList;
import java.util.List;

/** Context words of one entity: single words (hash lookups) and a few multi-word phrases. Allocation-free search. */
final class ContextWords {

    static final ContextWords NONE = new ContextWords(new String[0]);

    private final WordSet singles;
    private final String[] phrases;
    private final boolean currency;
    private final boolean empty;
    /** Bits (lower-case ASCII first character & 63) of the phrases' first characters; all bits for non-ASCII. */
    private final long phraseFirst;
    /** The first two characters of each phrase, ASCII in lower case (a phrase has a space: two characters or more). */
    private final char[] phraseStarts;

    ContextWords(String[] words) {
        List<String> s = new ArrayList<>();
        List<String> p = new ArrayList<>();
        boolean cur = false;
        for (String w : words) {
            if (w.equals("$") || w.equals("€") || w.equals("£")) {
                cur = true;
            } else if (w.indexOf(' ') >= 0) {
                p.add(w);
            } else {
                s.add(w);
            }
        }
        singles = new WordSet(s);
        phrases = p.toArray(new String[0]);
        long bits = 0;
        for (String ph : phrases) {
            char c = Character.toLowerCase(ph.charAt(0));
            bits |= c < 128 ? 1L << (c & 63) : -1L;
        }
        phraseFirst = bits;
        phraseStarts = new char[2 * phrases.length];
        for (int k = 0; k < 2 * phrases.length; k++) {
            char c = phrases[k / 2].charAt(k % 2);
            phraseStarts[k] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        currency = cur;
        empty = words.length == 0;
    }

    // the tokeniser's ASCII classes (one table read per character; other characters are tested as before)
    private static final byte LD = 1; // letter or digit: starts a token, and is part of one
    private static final byte TOKEN = 2; // part of a token: a letter, a digit, '.', '-', '#' or '\''
    private static final byte LETTER = 4;
    private static final byte CURRENCY = 8; // '$' ('€' and '£' are tested apart)
    private static final byte[] ASCII = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            int f = 0;
            if (Chars.letterOrDigit((char) c)) {
                f |= LD | TOKEN;
            }
            if (c == '.' || c == '-' || c == '#' || c == '\'') {
                f |= TOKEN;
            }
            if (Chars.letter((char) c)) {
                f |= LETTER;
            }
            if (c == '$') {
                f |= CURRENCY;
            }
            ASCII[c] = (byte) f;
        }
    }

    private static boolean isTrailing(char c) {
        return c == '.' || c == '-' || c == '\'';
    }

    /** Whether a context word or phrase starts within text[from, to). */
    boolean in(String text, int from, int to) {
        return scan(text, from, to, this, null) != 0;
    }

    /**
     * Tokenises text[from, to) once and checks each token against both sets.
     *
     * @return bit 1 when {@code positive} matched, bit 2 when {@code negative} (may be null) matched
     */
    static int scan(String text, int from, int to, ContextWords positive, ContextWords negative) {
        return scan(text, from, to, positive, negative, 0);
    }

    /**
     * {@link #scan(String, int, int, ContextWords, ContextWords)} of a window after another one (the context
     * after a candidate, once the context before it is known): {@code found} holds the bits of the first window,
     * and a set that matched there is not looked up again (nothing at all when every set matched).
     *
     * @return {@code found} with the bits of this window
     */
    static int scan(String text, int from, int to, ContextWords positive, ContextWords negative, int found) {
        if (from >= to || (positive.empty && (negative == null || negative.empty)) || complete(found, negative)) {
            return found;
        }
        int n = text.length();
        int i = from;
        if (i > 0 && Chars.letterOrDigit(text.charAt(i - 1))) {
            while (i < to && Chars.letterOrDigit(text.charAt(i))) {
                i++; // skip a partial word at the window start
            }
        }
        while (i < to) {
            char c = text.charAt(i);
            int f = c < 128 ? ASCII[c] : c == '\u20ac' || c == '\u00a3' ? CURRENCY
                    : Character.isLetter(c) ? LD | TOKEN | LETTER
                    : Character.isLetterOrDigit(c) ? LD | TOKEN : 0;
            if ((f & LD) == 0) {
                if (f == CURRENCY) {
                    found |= positive.currency ? 1 : 0;
                    found |= negative != null && negative.currency ? 2 : 0;
                }
                i++;
                continue;
            }
            // the token: up to 40 token characters from c (itself one)
            int e = i + 1;
            int limit = Math.min(n, i + 40);
            while (e < limit) {
                char d = text.charAt(e);
                if (d < 128 ? (ASCII[d] & TOKEN) == 0 : !Chars.letterOrDigit(d)) {
                    break;
                }
                e++;
            }
            if ((f & LETTER) != 0) {
                int e2 = e;
                while (e2 > i && isTrailing(text.charAt(e2 - 1))) {
                    e2--;
                }
                if ((found & 1) == 0 && positive.matches(text, i, e2, e)) {
                    found |= 1;
                }
                if ((found & 2) == 0 && negative != null && negative.matches(text, i, e2, e)) {
                    found |= 2;
                }
                if (complete(found, negative)) {
                    return found;
                }
                if (e2 - i >= 6) {
                    found = hyphenParts(text, i, e2, positive, negative, found);
                    if (complete(found, negative)) {
                        return found;
                    }
                }
            }
            i = e;
        }
        return found;
    }

    /**
     * The parts of a hyphenated compound token [i, e) that no set matched whole: its first and its last part
     * ("Steuer-Identifikationsnummer", "NHS-Nummer", "GSM-nummer", "Sozialversicherungs-Nr."), each looked up as a
     * word of its own (twenty-fourth session). A token without a hyphen costs one pass over its characters.
     */
    private static int hyphenParts(String text, int i, int e, ContextWords positive, ContextWords negative,
                                   int found) {
        int first = -1;
        int last = -1;
        for (int k = i + 1; k < e - 1; k++) {
            if (text.charAt(k) == '-') {
                if (first < 0) {
                    first = k;
                }
                last = k;
            }
        }
        if (first < 0) {
            return found;
        }
        if ((found & 1) == 0 && (positive.singles.contains(text, i, first)
                || positive.singles.contains(text, last + 1, e))) {
            found |= 1;
        }
        if ((found & 2) == 0 && negative != null && (negative.singles.contains(text, i, first)
                || negative.singles.contains(text, last + 1, e))) {
            found |= 2;
        }
        return found;
    }

    /** Whether every set of a scan has matched: then no other token can change its answer. */
    private static boolean complete(int found, ContextWords negative) {
        return found == 3 || (found == 1 && negative == null);
    }

    /** Whether the token [i, e) (or [i, e2) without trailing punctuation) matches. */
    boolean matches(String text, int i, int e2, int e) {
        // the set's length and first/last-character filters reject most tokens before their key is computed
        if (singles.contains(text, i, e2) || (e2 < e && singles.contains(text, i, e))) {
            return true;
        }
        if (phraseFirst == 0) {
            return false;
        }
        char c = text.charAt(i);
        if (c < 128 && (phraseFirst & (1L << ((c >= 'A' && c <= 'Z' ? c + 32 : c) & 63))) == 0) {
            return false;
        }
        int n = text.length();
        for (int k = 0; k < phrases.length; k++) {
            String ph = phrases[k];
            int len = ph.length();
            // the first two characters before the whole comparison ("the" of a window is no "text me")
            if (i + len <= n && Chars.asciiMatch(c, phraseStarts[2 * k])
                    && Chars.asciiMatch(text.charAt(i + 1), phraseStarts[2 * k + 1])
                    && (text.regionMatches(true, i, ph, 0, len) || snakeMatch(text, i, ph))
                    && (i + len == n || !Chars.letter(text.charAt(i + len)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether text at i spells the phrase with '_' or '-' for its spaces, as record keys write it
     * ("numero_securite_sociale", "social-security", "codice_fiscale": twenty-fifth session).
     */
    private static boolean snakeMatch(String text, int i, String ph) {
        int len = ph.length();
        boolean joined = false;
        for (int k = 0; k < len; k++) {
            char p = ph.charAt(k);
            char t = text.charAt(i + k);
            if (p == ' ') {
                if (t != '_' && t != '-') {
                    return false;
                }
                joined = true;
            } else if (t != p && Character.toLowerCase(t) != p && Character.toUpperCase(t) != Character.toUpperCase(p)) {
                return false;
            }
        }
        return joined;
    }
}
