package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TrigramIndex#find} against the obvious search (every keyword compared at every position, ASCII letters
 * case-insensitively): the per-pair masks of third codes, the anchors chosen by {@link TrigramSample} and the
 * chunked copy must report exactly the occurrences the obvious search finds, with the rules' keywords and with
 * random ones, on random text dense with keyword characters, code collisions ({@code 0}/{@code p}, {@code -}/{@code m}
 * share a code), non-ASCII characters and keywords across the 8192-character chunk boundaries.
 */
class TrigramIndexTest {

    /** Characters that random texts and keywords are made of: letters of both cases, digits, punctuation, others. */
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + " _-.:/=\"'$!@`{|}~\n\tpqrstuvwxy" + "éüß€密码钥パスワードпароль\u0100\u0120\u2020";

    /** The occurrences {@code find} reports, as sorted {@code "rule start end"} strings. */
    private static List<String> found(TrigramIndex index, String text) {
        List<String> hits = new ArrayList<>();
        index.find(text, (rule, start, end) -> hits.add(rule + " " + start + " " + end));
        hits.sort(null);
        return hits;
    }

    /** The same by comparing every keyword at every position (one report per keyword occurrence). */
    private static List<String> expected(List<String[]> keywords, String text) {
        List<String> hits = new ArrayList<>();
        for (int rule = 0; rule < keywords.size(); rule++) {
            for (String kw : distinctLowerCase(keywords.get(rule))) {
                for (int start = 0; start + kw.length() <= text.length(); start++) {
                    if (matches(text, start, kw)) {
                        hits.add(rule + " " + start + " " + (start + kw.length()));
                    }
                }
            }
        }
        hits.sort(null);
        return hits;
    }

    /** A rule's keywords in lower case, each once (the index lists a keyword once per rule). */
    private static List<String> distinctLowerCase(String[] keywords) {
        List<String> out = new ArrayList<>();
        for (String kw : keywords) {
            StringBuilder b = new StringBuilder();
            for (char c : kw.toCharArray()) {
                b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
            if (!out.contains(b.toString())) {
                out.add(b.toString());
            }
        }
        return out;
    }

    private static boolean matches(String text, int start, String lowerKeyword) {
        for (int j = 0; j < lowerKeyword.length(); j++) {
            char c = text.charAt(start + j);
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            if (c != lowerKeyword.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static String random(Random r, int n) {
        return random(r, n, ALPHABET);
    }

    private static String random(Random r, int n, String alphabet) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Flips ASCII letters of {@code s} to upper case at random. */
    private static String randomCase(Random r, String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= 'a' && c <= 'z' && r.nextBoolean() ? (char) (c - 32) : c);
        }
        return sb.toString();
    }

    /**
     * A text of about {@code n} characters: random characters with the keywords planted in random case, some right
     * before, across and after the chunk boundaries (multiples of 8192) and at both ends of the text.
     */
    private static String planted(Random r, List<String[]> keywords, int n) {
        StringBuilder sb = new StringBuilder(n + 64);
        while (sb.length() < n) {
            String[] kws = keywords.get(r.nextInt(keywords.size()));
            String kw = randomCase(r, kws[r.nextInt(kws.length)]);
            int boundary = (sb.length() / 8192 + 1) * 8192;
            if (boundary - sb.length() < 80 && r.nextInt(3) == 0) { // end the keyword at, across or past a boundary
                int pad = Math.max(0, boundary - sb.length() - kw.length() + r.nextInt(kw.length() + 3) - 1);
                sb.append(random(r, pad));
            } else {
                sb.append(random(r, r.nextInt(40)));
            }
            sb.append(kw);
        }
        return sb.toString();
    }

    @Test
    void theRulesKeywordsAreFoundExactlyWhereTheyOccur() {
        List<String[]> keywords = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            keywords.add(rule.keywords);
        }
        List<String[]> plantable = keywords.stream().filter(k -> k.length > 0).toList();
        TrigramIndex index = new TrigramIndex(keywords);
        Random r = new Random(37);
        for (int size : new int[] {0, 1, 2, 3, 40, 1000, 8191, 8192, 8193, 20_000, 40_000}) {
            String text = planted(r, plantable, size);
            assertThat(found(index, text)).as("planted text of %d characters", text.length())
                    .isEqualTo(expected(keywords, text));
        }
        // ordinary words: the windows the sample text anchors keywords away from are still searched exactly
        String prose = "Please ask the user whether the password reset will work; the postman accessed the server"
                + " via SSH and the Twilio account token expired. Der Schlüssel, le mot de passe, la contraseña, 密码.";
        assertThat(found(index, prose.repeat(150))).isEqualTo(expected(keywords, prose.repeat(150)));
    }

    @Test
    void randomKeywordsOnRandomTextMatchTheObviousSearch() {
        Random r = new Random(2037);
        for (int round = 0; round < 60; round++) {
            // every other round a short alphabet: keyword windows and partial matches at most positions
            String alphabet = round % 2 == 0 ? ALPHABET : "abcAB01 -m";
            List<String[]> keywords = new ArrayList<>();
            int rules = 1 + r.nextInt(12);
            for (int k = 0; k < rules; k++) {
                List<String> kws = new ArrayList<>();
                for (int j = 1 + r.nextInt(3); j > 0; j--) {
                    String kw = random(r, 1 + r.nextInt(r.nextInt(4) == 0 ? 40 : 6), alphabet);
                    if (!distinctLowerCase(kws.toArray(new String[0])).contains(distinctLowerCase(new String[] {kw})
                            .get(0))) { // a rule lists each keyword once
                        kws.add(kw);
                    }
                }
                keywords.add(kws.toArray(new String[0]));
            }
            TrigramIndex index = new TrigramIndex(keywords);
            String text = r.nextBoolean() ? planted(r, keywords, 1 + r.nextInt(20_000))
                    : random(r, 1 + r.nextInt(20_000), alphabet);
            assertThat(found(index, text)).as("round %d, keywords %s", round, keywords.stream()
                    .map(List::of).toList()).isEqualTo(expected(keywords, text));
        }
    }

    @Test
    void everyCodeTripleIsAWindowOfItsOwn() {
        // one keyword per window of three letters whose codes all differ: each is found where planted, and no other
        Random r = new Random(7);
        List<String[]> keywords = new ArrayList<>();
        String letters = "abcdefghijklmnopqrstuvwxyz";
        for (int k = 0; k < 200; k++) {
            keywords.add(new String[] {"" + letters.charAt(r.nextInt(26)) + letters.charAt(r.nextInt(26))
                    + letters.charAt(r.nextInt(26))});
        }
        TrigramIndex index = new TrigramIndex(keywords);
        String text = random(r, 50_000);
        assertThat(found(index, text)).isEqualTo(expected(keywords, text));
    }
}
