package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ContextWords#scan} tokenises with ASCII tables: on random texts (context words, phrases, currency signs,
 * non-ASCII letters and digits, token punctuation, long tokens) and random windows it must answer exactly like a
 * character-by-character tokeniser using {@link Chars}.
 */
class ContextWordsTest {

    private static final String[] PIECES = {"phone", "Tel.", "call", "mobile", "order", "invoice", "part no",
        "part", "no", "ref#", "o'neil", "e-mail", "email", "Mail:", "$", "\u20ac", "\u00a3", "\u00e9t\u00e9",
        "stra\u00dfe", "\u03a9mega", "\u0663\u0664", "12", "3.5", "-", ".", "#", "'", "x".repeat(45), " ", " ", "\n",
        ",", "(", "\u2019", "\u00a0", "ID", "IBAN", "ssn", "born", "dob", "telefon", "numéro"};

    @Test
    void answersLikeACharacterByCharacterTokeniser() {
        Random r = new Random(11);
        ContextWords[] sets = {new ContextWords(Lexicon.contextWords(PiiEntity.PHONE_NUMBER, Set.of())),
            new ContextWords(Lexicon.NEGATIVE), new ContextWords(Lexicon.contextWords(PiiEntity.CREDIT_CARD, Set.of())),
            new ContextWords(Lexicon.contextWords(PiiEntity.US_SSN, Set.of())), ContextWords.NONE};
        int hits = 0;
        for (int round = 0; round < 8000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 1 + r.nextInt(25); k++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
                if (r.nextInt(3) > 0) {
                    sb.append(' ');
                }
            }
            String t = sb.toString();
            int from = r.nextInt(t.length() + 1);
            int to = from + r.nextInt(t.length() - from + 1);
            ContextWords pos = sets[r.nextInt(sets.length)];
            ContextWords neg = r.nextBoolean() ? null : sets[r.nextInt(sets.length)];
            int expected = reference(t, from, to, pos, neg);
            assertThat(ContextWords.scan(t, from, to, pos, neg)).as("[%s] [%d, %d)", t, from, to).isEqualTo(expected);
            hits += expected != 0 ? 1 : 0;
        }
        assertThat(hits).as("windows with a context word").isGreaterThan(400);
    }

    /**
     * A window scanned after another one with the other's bits (the context after a candidate, given the context
     * before it) answers the union of the two windows' scans, whether or not the first already found every set.
     */
    @Test
    void aSecondWindowAddsToTheFirstWindowsBits() {
        Random r = new Random(27);
        ContextWords[] sets = {new ContextWords(Lexicon.contextWords(PiiEntity.PHONE_NUMBER, Set.of())),
            new ContextWords(Lexicon.NEGATIVE), new ContextWords(Lexicon.contextWords(PiiEntity.EMAIL_ADDRESS, Set.of())),
            ContextWords.NONE};
        int complete = 0;
        for (int round = 0; round < 8000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 1 + r.nextInt(25); k++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(3) > 0 ? " " : "");
            }
            String t = sb.toString();
            int a = r.nextInt(t.length() + 1);
            int b = a + r.nextInt(t.length() - a + 1);
            int c = b + r.nextInt(t.length() - b + 1);
            ContextWords pos = sets[r.nextInt(sets.length)];
            ContextWords neg = r.nextBoolean() ? null : sets[r.nextInt(sets.length)];
            int first = ContextWords.scan(t, a, b, pos, neg);
            int expected = first | ContextWords.scan(t, b, c, pos, neg);
            assertThat(ContextWords.scan(t, b, c, pos, neg, first)).as("[%s] [%d, %d) then [%d, %d)", t, a, b, b, c)
                    .isEqualTo(expected);
            complete += first == 3 || (first == 1 && neg == null) ? 1 : 0;
        }
        assertThat(complete).as("first windows in which every set matched").isGreaterThan(400);
    }

    /** The tokeniser as it was written before the tables (2026-11): Chars tests per character. */
    private static int reference(String text, int from, int to, ContextWords positive, ContextWords negative) {
        if (from >= to || (positive == ContextWords.NONE && (negative == null || negative == ContextWords.NONE))) {
            return 0;
        }
        int n = text.length();
        int found = 0;
        int i = from;
        if (i > 0 && Chars.letterOrDigit(text.charAt(i - 1))) {
            while (i < to && Chars.letterOrDigit(text.charAt(i))) {
                i++;
            }
        }
        while (i < to) {
            char c = text.charAt(i);
            if (c == '$' || c == '\u20ac' || c == '\u00a3') {
                found |= positive.in("$", 0, 1) ? 1 : 0; // the set's currency flag
                found |= negative != null && negative.in("$", 0, 1) ? 2 : 0;
                i++;
                continue;
            }
            if (!Chars.letterOrDigit(c)) {
                i++;
                continue;
            }
            int e = i;
            while (e < n && e - i < 40 && (Chars.letterOrDigit(text.charAt(e)) || ".-#'".indexOf(text.charAt(e)) >= 0)) {
                e++;
            }
            if (Chars.letter(c)) {
                int e2 = e;
                while (e2 > i && ".-'".indexOf(text.charAt(e2 - 1)) >= 0) {
                    e2--;
                }
                if (positive.matches(text, i, e2, e)) {
                    found |= 1;
                }
                if (negative != null && negative.matches(text, i, e2, e)) {
                    found |= 2;
                }
            }
            i = e;
        }
        return found;
    }
}
