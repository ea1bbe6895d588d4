package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free parsers that read a range of the scanned text in place ({@link NetParse}'s range forms,
 * {@link Checksums#ibanLength}, {@link Checksums#iban(char[], int)}, the German tax id's digit count) must decide
 * exactly what straightforward substring-based reference implementations decide, on random and adversarial input.
 */
class InPlaceParsersTest {

    private static final String NET_ALPHABET = "0123456789abcdefABCDEFxz:.:-/%1...::255256";

    private static String random(Random r, String alphabet, int maxLen) {
        int len = r.nextInt(maxLen + 1);
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Random strings, biased towards near-valid addresses (pieces of real ones glued together). */
    private static String netCandidate(Random r) {
        String[] pieces = {"192.168.0.1", "10.0.0.1", "::", "::1", "2001:db8::ff00:42:8329", "fe80::1", "/24", "/128",
            ":8080", "%eth0", "00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e", "0012.3456.789a", "ffff.ffff.ffff",
            "00:00:00:00:00:00", "FF:FF:FF:FF:FF:FF", "::ffff:192.0.2.1", "1.2.3.4", "256.1.1.1", ":", ".", "-"};
        StringBuilder sb = new StringBuilder();
        int k = 1 + r.nextInt(3);
        for (int i = 0; i < k; i++) {
            sb.append(r.nextBoolean() ? pieces[r.nextInt(pieces.length)] : random(r, NET_ALPHABET, 6));
        }
        return sb.toString();
    }

    @Test
    void netParseRangesEqualTheSubstringForms() {
        Random r = new Random(11);
        for (int k = 0; k < 60_000; k++) {
            String run = netCandidate(r);
            String pre = random(r, NET_ALPHABET, 3);
            String post = random(r, NET_ALPHABET, 3);
            String text = pre + run + post;
            int from = pre.length();
            int to = from + run.length();
            int v4 = NetParse.ipv4Prefix(run, 0);
            assertThat(NetParse.ipv4Prefix(text, from, to)).as(run).isEqualTo(v4);
            assertThat(NetParse.ipv6(text, from, to)).as(run).isEqualTo(NetParse.ipv6(run));
            assertThat(NetParse.mac(text, from, to)).as(run).isEqualTo(referenceMac(run));
            assertThat(NetParse.prefixLength(text, from, to, 32)).as(run).isEqualTo(NetParse.prefixLength(run, 32));
            assertThat(NetParse.prefixLength(text, from, to, 128)).as(run).isEqualTo(NetParse.prefixLength(run, 128));
            if (v4 > 0) {
                assertThat(NetParse.allOctetsSingleDigit(text, from, from + v4))
                        .isEqualTo(NetParse.allOctetsSingleDigit(run.substring(0, v4)));
            }
        }
    }

    /** The MAC check as first written: the hex digits collected into a string, upper-cased and compared. */
    private static boolean referenceMac(String s) {
        String hex;
        if (s.length() == 17) {
            char sep = s.charAt(2);
            if (sep != ':' && sep != '-') {
                return false;
            }
            StringBuilder h = new StringBuilder(12);
            for (int i = 0; i < 17; i++) {
                char c = s.charAt(i);
                if (i % 3 == 2) {
                    if (c != sep) {
                        return false;
                    }
                } else if (!PiiDetector.isHex(c)) {
                    return false;
                } else {
                    h.append(c);
                }
            }
            hex = h.toString();
        } else if (s.length() == 14 && s.charAt(4) == '.' && s.charAt(9) == '.') {
            hex = s.substring(0, 4) + s.substring(5, 9) + s.substring(10);
            for (int i = 0; i < 12; i++) {
                if (!PiiDetector.isHex(hex.charAt(i))) {
                    return false;
                }
            }
        } else {
            return false;
        }
        String up = hex.toUpperCase(Locale.ROOT);
        return !up.equals("000000000000") && !up.equals("FFFFFFFFFFFF");
    }

    @Test
    void ibanLengthTableEqualsTheMap() {
        for (char a = 0; a < 200; a++) {
            for (char b = 0; b < 200; b++) {
                boolean letters = a < 128 && b < 128 && Character.isLetter(a) && Character.isLetter(b);
                Integer want = letters ? Checksums.IBAN_LENGTHS.get(("" + a + b).toUpperCase(Locale.ROOT)) : null;
                assertThat(Checksums.ibanLength(a, b)).as("%s%s", a, b).isEqualTo(want == null ? 0 : want);
            }
        }
    }

    @Test
    void ibanOnArraysEqualsIbanOnStrings() {
        Random r = new Random(5);
        String[] valid = {"NL91ABNA0417164300", "GB82WEST12345698765432", "ES9121000418450200051332",
            "DE89370400440532013000", "BE68539007547034", "NO9386011117947", "MT84MALT011000012345MTLCAST001S"};
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZab -";
        for (int k = 0; k < 200_000; k++) {
            String s;
            if (r.nextInt(3) == 0) {
                s = random(r, alphabet, 36);
            } else {
                char[] c = valid[r.nextInt(valid.length)].toCharArray();
                int flips = r.nextInt(3);
                for (int f = 0; f < flips; f++) {
                    c[r.nextInt(c.length)] = alphabet.charAt(r.nextInt(alphabet.length()));
                }
                s = new String(c);
            }
            char[] arr = java.util.Arrays.copyOf(s.toCharArray(), 40);
            assertThat(Checksums.iban(arr, s.length())).as(s).isEqualTo(Checksums.iban(s));
        }
        for (String v : valid) {
            assertThat(Checksums.iban(v.toCharArray(), v.length())).as(v).isTrue();
        }
    }

    @Test
    void germanTaxIdEqualsTheCountingReference() {
        Random r = new Random(3);
        int valid = 0;
        for (int k = 0; k < 300_000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = 10 + r.nextInt(3);
            int digits = 2 + r.nextInt(9); // few distinct digits: many repeats, the case the count rejects
            for (int i = 0; i < len; i++) {
                sb.append((char) ('0' + r.nextInt(digits)));
            }
            String d = sb.toString();
            boolean got = Checksums.deTaxId(d);
            assertThat(got).as(d).isEqualTo(referenceDeTaxId(d));
            valid += got ? 1 : 0;
        }
        assertThat(valid).isPositive();
    }

    /** The German tax id check as first written (digit counts in an array). */
    private static boolean referenceDeTaxId(CharSequence d) {
        if (d.length() != 11 || !Checksums.allDigits(d) || d.charAt(0) == '0') {
            return false;
        }
        int[] counts = new int[10];
        for (int i = 0; i < 10; i++) {
            counts[d.charAt(i) - '0']++;
        }
        for (int c : counts) {
            if (c > 3) {
                return false;
            }
        }
        for (int i = 0; i + 2 < 10; i++) {
            if (d.charAt(i) == d.charAt(i + 1) && d.charAt(i) == d.charAt(i + 2)) {
                return false;
            }
        }
        int product = 10;
        for (int i = 0; i < 10; i++) {
            int sum = (d.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (sum * 2) % 11;
        }
        int check = 11 - product;
        if (check == 10) {
            check = 0;
        }
        return check == d.charAt(10) - '0';
    }

    @Test
    void surnameEndingFilterKeepsEveryEnding() {
        // the last-character filter must never reject a word the full ending test accepts
        String[] words = {"Johnson", "JOHNSON", "Petrović", "PETROVIĆ", "Dvořák", "Nováková", "Papadopoulos",
            "Öztürkoğlu", "Jónsdóttir", "Lindqvist", "Rodríguez", "Ivanova", "Kowalski", "Wachowska", "Bernstein",
            "Virtanen", "Hosseinzadeh", "Hamidullah", "Maxwell", "Ferrari", "Smith", "Anna", "Ki", "", "x"};
        for (String w : words) {
            String text = "Dear " + w;
            assertThat(PersonHeuristics.surnameLike(text, text.length())).as(w)
                    .isEqualTo(referenceSurnameLike(text, text.length()));
        }
        Random r = new Random(9);
        String alphabet = "aeinosvzkyAEINOSVZKYćĆáÁğtdrlmhu";
        for (int k = 0; k < 100_000; k++) {
            String text = random(r, alphabet, 12);
            assertThat(PersonHeuristics.surnameLike(text, text.length())).as(text)
                    .isEqualTo(referenceSurnameLike(text, text.length()));
        }
    }

    private static final String[] ENDINGS = {"son", "sen", "sson", "ez", "ov", "ova", "ev", "eva",
        "ina", "ski", "ska", "sky", "cki", "cka", "ić", "vić", "enko", "escu", "ini", "elli", "etti", "ato",
        "otti", "berg", "stein", "mann", "ek", "ák", "ová", "idis", "akis", "oglu", "oğlu", "yan", "ian", "dóttir",
        "dottir", "ley", "ford", "well", "wood", "opoulos", "ides", "shvili", "adze", "idze", "zadeh", "ullah",
        "uddin", "nathan", "aswamy", "krishnan", "ayya", "appa", "eanu", "ović", "qvist", "kvist", "ström",
        "strom", "gren", "iou", "opoulou", "akou", "poulos", "inen"};

    /** The ending test without the last-character filter (a copy of the endings list at the time of writing). */
    private static boolean referenceSurnameLike(String text, int end) {
        int s = end;
        while (s > 0 && Chars.letter(text.charAt(s - 1))) {
            s--;
        }
        for (String suffix : ENDINGS) {
            int len = suffix.length();
            if (end - s > len + 1 && text.regionMatches(true, end - len, suffix, 0, len)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void keyKindInPlaceEqualsTheGeneralForm() {
        String[] words = {"name", "Name", "NAME", "first", "last", "firstName", "last_name", "full", "user", "by",
            "requested", "patient", "author", "owner", "description", "product", "kind", "image", "apiVersion", "nom",
            "prénom", "Vorname", "klantnaam", "surname", "company", "value", "title"};
        String alphabet = "abnmeAZ_-1 .\u00e9";
        Random r = new Random(17);
        for (int k = 0; k < 200_000; k++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + r.nextInt(3);
            for (int i = 0; i < pieces; i++) {
                if (r.nextInt(3) > 0) {
                    String w = words[r.nextInt(words.length)];
                    sb.append(r.nextInt(5) == 0 ? w.toUpperCase(Locale.ROOT) : w);
                } else {
                    sb.append(random(r, alphabet, 4));
                }
                if (r.nextBoolean()) {
                    sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            String key = sb.toString();
            String text = "{\"" + key + "\": ";
            int ks = 2;
            int ke = 2 + key.length();
            assertThat(StructuredFields.keyKind(text, ks, ke)).as(key)
                    .isEqualTo(StructuredFields.keyKindOfParts(StructuredFields.parts(text, ks, ke)));
        }
    }
}
