package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Format conformance of {@code detect_pii} on values it has never seen: every entity the issue names, generated from
 * the published format facts (lengths, prefixes, national layouts) with a seeded random source and placed in the
 * contexts real prompts carry them in (a labelled form field, prose, JSON, CSV, a log line). A case passes when the
 * detector reports the expected type with exactly the value's span at the default threshold.
 *
 * <p>Check digits are completed by trying each candidate against the detector's own validator ({@link Checksums}):
 * this suite tests recognition in context, not the checksum algorithms, which {@code ChecksumsTest} pins to
 * published reference values. Negatives are look-alikes that must not be reported: failing check digits, invalid
 * ranges, and numbers of other kinds (ISBNs, UUIDs, versions, timestamps, prices, tracking and order numbers).
 *
 * <p>The per-format table is printed; floors sit a little below the measured rates so a regression fails.
 */
class PiiFormatsConformanceTest {

    private static final PiiDetector DET = PiiDetector.defaults();
    private static final Random RND = new Random(20261126L);

    /** A generated value in a context: the text, and the expected type and span (null type = must find nothing). */
    private record Case(String family, String type, String text, int start, int end) {
    }

    private static final List<Case> POSITIVES = new ArrayList<>();
    private static final List<Case> NEGATIVES = new ArrayList<>();

    // ------------------------------------------------------------------ generators

    private static String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + RND.nextInt(10)));
        }
        return b.toString();
    }

    private static String letters(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('A' + RND.nextInt(26)));
        }
        return b.toString();
    }

    private static String pick(String... options) {
        return options[RND.nextInt(options.length)];
    }

    /** The first completion of {@code prefix} by one character of {@code alphabet} accepted by {@code valid}. */
    private static String complete(String prefix, String alphabet, Predicate<String> valid) {
        for (int i = 0; i < alphabet.length(); i++) {
            String s = prefix + alphabet.charAt(i);
            if (valid.test(s)) {
                return s;
            }
        }
        return null;
    }

    /** Draws until {@code make} returns a non-null value. */
    private static String draw(Supplier<String> make) {
        for (int i = 0; i < 1000; i++) {
            String s = make.get();
            if (s != null) {
                return s;
            }
        }
        throw new IllegalStateException("generator found no valid value");
    }

    private static String group(String s, int... sizes) {
        StringBuilder b = new StringBuilder();
        int p = 0;
        for (int size : sizes) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(s, p, Math.min(s.length(), p + size));
            p += size;
        }
        if (p < s.length()) {
            b.append(' ').append(s.substring(p));
        }
        return b.toString();
    }

    private static String luhnCard(String prefix, int length) {
        return draw(() -> complete(prefix + digits(length - prefix.length() - 1), "0123456789", Checksums::luhn));
    }

    private static String iban(String country, String bban) {
        for (int check = 2; check <= 98; check++) {
            String s = country + String.format(Locale.ROOT, "%02d", check) + bban;
            if (Checksums.iban(s)) {
                return s;
            }
        }
        throw new IllegalStateException("no IBAN check digits for " + country + bban);
    }

    private static String ibanGrouped(String compact) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < compact.length(); i += 4) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(compact, i, Math.min(compact.length(), i + 4));
        }
        return b.toString();
    }

    private static String base58Check(int version) {
        byte[] payload = new byte[21];
        payload[0] = (byte) version;
        for (int i = 1; i < 21; i++) {
            payload[i] = (byte) RND.nextInt(256);
        }
        return io.tappass.pipeline.Base58CheckEncoder.encode(payload);
    }

    /** An Ethereum address with its EIP-55 mixed-case checksum. */
    private static String eip55() {
        String hex = Long.toHexString(RND.nextLong() | Long.MIN_VALUE).substring(0, 16)
                + Long.toHexString(RND.nextLong() | Long.MIN_VALUE).substring(0, 16)
                + Long.toHexString(RND.nextLong() | Long.MIN_VALUE).substring(0, 8);
        byte[] hash = Keccak.keccak256(hex.getBytes(StandardCharsets.US_ASCII));
        StringBuilder b = new StringBuilder("0x");
        for (int i = 0; i < 40; i++) {
            char c = hex.charAt(i);
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
            b.append(Character.isLetter(c) && nibble >= 8 ? Character.toUpperCase(c) : c);
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ contexts

    /** Adds the value in several contexts; {@code label} is how a form or a person would name it. */
    private static void positive(String family, String type, String value, String label, String jsonKey) {
        add(POSITIVES, family + " / form", type, label + ": ", value, "");
        add(POSITIVES, family + " / prose", type, pick("Please update the file: my ", "For the record, my ",
                "Can you check whether my ") + label.toLowerCase(Locale.ROOT) + " is ", value,
                pick(" and let me know.", ".", ", thanks!"));
        add(POSITIVES, family + " / json", type, "{\"customer_id\": 4821, \"" + jsonKey + "\": \"", value,
                "\", \"status\": \"active\"}");
        add(POSITIVES, family + " / csv", type, "id,name,city," + jsonKey + "\n1042,Jane Roe,Ghent,", value, "\n");
        add(POSITIVES, family + " / log", type, "2026-11-20T09:14:03Z INFO profile updated " + jsonKey + "=",
                value, " source=web");
    }

    private static void add(List<Case> list, String family, String type, String before, String value, String after) {
        list.add(new Case(family, type, before + value + after, before.length(), before.length() + value.length()));
    }

    private static void negative(String family, String text) {
        NEGATIVES.add(new Case(family, null, text, -1, -1));
    }

    @BeforeAll
    static void generate() {
        // E-mail addresses: ordinary, plus-tags, subdomains, digits and underscores, upper case, apostrophes.
        for (int i = 0; i < 4; i++) {
            String first = pick("anna", "li.wei", "o'brien", "j_smith", "MARCO", "noor");
            String domain = pick("acme-corp.com", "mail.example.org", "uni-gent.be", "post.cz", "company.co.uk");
            positive("EMAIL", "EMAIL_ADDRESS", first + pick("", ".r", "+billing", "42") + "@" + domain,
                    "Email", "email");
        }
        // Phone numbers, national and international formats of the eight countries the issue names.
        String[][] phones = {
            {"US", "(212) " + (200 + RND.nextInt(700)) + "-" + digits(4)},
            {"US", "312-" + (200 + RND.nextInt(700)) + "-" + digits(4)},
            {"US", "+1 415 " + (200 + RND.nextInt(700)) + " " + digits(4)},
            {"UK", "020 7" + digits(3) + " " + digits(4)},
            {"UK", "07911 " + digits(6)},
            {"UK", "+44 20 7" + digits(3) + " " + digits(4)},
            {"UK", "+44 7911 " + digits(6)},
            {"DE", "030 " + digits(8)},
            {"DE", "0151 " + digits(8)},
            {"DE", "+49 89 " + digits(7)},
            {"DE", "+49 151 " + digits(8)},
            {"FR", "01 " + group(digits(8), 2, 2, 2, 2)},
            {"FR", "06 " + group(digits(8), 2, 2, 2, 2)},
            {"FR", "+33 6 " + group(digits(8), 2, 2, 2, 2)},
            {"NL", "020 " + digits(3) + " " + digits(4)},
            {"NL", "06 " + digits(8)},
            {"NL", "+31 6 " + digits(8)},
            {"BE", "02 " + digits(3) + " " + digits(2) + " " + digits(2)},
            {"BE", "0470 " + group(digits(6), 2, 2, 2)},
            {"BE", "+32 470 " + group(digits(6), 2, 2, 2)},
            {"ES", "91" + digits(1) + " " + digits(3) + " " + digits(3)},
            {"ES", "6" + digits(2) + " " + digits(3) + " " + digits(3)},
            {"ES", "+34 6" + digits(2) + " " + digits(3) + " " + digits(3)},
            {"IT", "06 " + digits(4) + " " + digits(4)},
            {"IT", "347 " + digits(3) + " " + digits(4)},
            {"IT", "+39 347 " + digits(3) + " " + digits(4)},
        };
        for (String[] p : phones) {
            positive("PHONE " + p[0], "PHONE_NUMBER", p[1], "Phone", "phone");
        }
        // Payment cards by network (issuer prefix and length), grouped as printed and compact.
        String[][] cards = {{"visa", "4", "16"}, {"mastercard", "5" + (1 + RND.nextInt(5)), "16"},
            {"mastercard 2-series", "2" + (221 + RND.nextInt(400)), "16"}, {"amex", "37", "15"},
            {"discover", "6011", "16"}, {"jcb", "35" + (28 + RND.nextInt(60)), "16"}, {"diners", "36", "14"},
            {"unionpay", "62" + (2126 + RND.nextInt(700)), "16"}};
        for (String[] c : cards) {
            String pan = luhnCard(c[1], Integer.parseInt(c[2]));
            String printed = pan.length() == 15 ? group(pan, 4, 6, 5) : pan.length() == 14 ? group(pan, 4, 6, 4)
                    : group(pan, 4, 4, 4, 4);
            positive("CARD " + c[0], "CREDIT_CARD", printed, "Card number", "card_number");
            positive("CARD " + c[0] + " compact", "CREDIT_CARD", pan, "Card number", "card_number");
        }
        // IBANs: national BBAN layouts (letters where the registry has a bank code of letters).
        String[][] bbans = {{"DE", digits(18)}, {"GB", letters(4) + digits(14)}, {"FR", digits(10) + digits(11) + digits(2)},
            {"NL", letters(4) + digits(10)}, {"BE", digits(12)}, {"ES", digits(20)},
            {"IT", letters(1) + digits(10) + digits(12)}, {"CH", digits(17)}, {"AT", digits(16)}, {"PL", digits(24)},
            {"PT", digits(21)}, {"IE", letters(4) + digits(14)}, {"LU", digits(16)}, {"SE", digits(20)},
            {"DK", digits(14)}, {"NO", digits(11)}, {"FI", digits(14)}};
        for (String[] b : bbans) {
            String compact = iban(b[0], b[1]);
            positive("IBAN " + b[0], "IBAN_CODE", ibanGrouped(compact), "IBAN", "iban");
            positive("IBAN " + b[0] + " compact", "IBAN_CODE", compact, "IBAN", "iban");
        }
        // National identifiers.
        for (int i = 0; i < 3; i++) {
            int area = pick(1, 665, 667, 899);
            String ssn = String.format(Locale.ROOT, "%03d-%02d-%04d", area, 1 + RND.nextInt(99), 1 + RND.nextInt(9999));
            positive("US_SSN", "US_SSN", ssn, "SSN", "ssn");
        }
        for (int i = 0; i < 3; i++) {
            String nino = pick("AB", "CE", "JK", "PR", "WX") + digits(6) + pick("A", "B", "C", "D");
            positive("UK_NINO", "UK_NINO", group(nino, 2, 2, 2, 2, 1), "National Insurance number", "ni_number");
        }
        for (int i = 0; i < 3; i++) {
            String nhs = draw(() -> complete(digits(9), "0123456789", Checksums::ukNhs));
            positive("UK_NHS", "UK_NHS", group(nhs, 3, 3, 4), "NHS number", "nhs_number");
        }
        for (int i = 0; i < 3; i++) {
            String bsn = draw(() -> complete(digits(8), "0123456789", Checksums::nlBsn));
            positive("NL_BSN", "NL_BSN", bsn, "BSN", "bsn");
        }
        for (int i = 0; i < 3; i++) {
            String base = String.format(Locale.ROOT, "%02d%02d%02d%03d", 50 + RND.nextInt(49), 1 + RND.nextInt(12),
                    1 + RND.nextInt(28), 1 + RND.nextInt(997));
            String nrn = draw(() -> {
                String d = base + String.format(Locale.ROOT, "%02d", RND.nextInt(100));
                return Checksums.beNationalNumber(d) ? d : null;
            });
            String printed = nrn.substring(0, 2) + "." + nrn.substring(2, 4) + "." + nrn.substring(4, 6) + "-"
                    + nrn.substring(6, 9) + "." + nrn.substring(9);
            positive("BE_NATIONAL_NUMBER", "BE_NATIONAL_NUMBER", printed, "Rijksregisternummer", "national_number");
        }
        for (int i = 0; i < 3; i++) {
            String tin = draw(() -> complete((1 + RND.nextInt(9)) + digits(9), "0123456789", Checksums::deTaxId));
            positive("DE_TAX_ID", "DE_TAX_ID", group(tin, 2, 3, 3, 3), "Steuer-ID", "steuer_id");
        }
        for (int i = 0; i < 3; i++) {
            String body = pick("1", "2") + String.format(Locale.ROOT, "%02d%02d", RND.nextInt(100), 1 + RND.nextInt(12))
                    + String.format(Locale.ROOT, "%02d", 1 + RND.nextInt(95)) + digits(3) + digits(3);
            String nir = draw(() -> {
                String d = body + String.format(Locale.ROOT, "%02d", RND.nextInt(100));
                return Checksums.frNir(d) ? d : null;
            });
            positive("FR_NIR", "FR_NIR", group(nir, 1, 2, 2, 2, 3, 3, 2), "Numéro de sécurité sociale", "nir");
        }
        for (int i = 0; i < 3; i++) {
            String dni = complete(digits(8), "TRWAGMYFPDXBNJZSQVHLCKE", Checksums::esDniNie);
            positive("ES_DNI", "ES_DNI_NIE", dni, "DNI", "dni");
            String nie = complete(pick("X", "Y", "Z") + digits(7), "TRWAGMYFPDXBNJZSQVHLCKE", Checksums::esDniNie);
            positive("ES_NIE", "ES_DNI_NIE", nie, "NIE", "nie");
        }
        for (int i = 0; i < 3; i++) {
            String cf = draw(() -> complete(letters(6) + digits(2) + pick("A", "B", "C", "D", "E", "H", "L", "M", "P", "R",
                    "S", "T") + String.format(Locale.ROOT, "%02d", 1 + RND.nextInt(28)) + letters(1) + digits(3),
                    "ABCDEFGHIJKLMNOPQRSTUVWXYZ", Checksums::itFiscalCode));
            positive("IT_FISCAL_CODE", "IT_FISCAL_CODE", cf, "Codice fiscale", "codice_fiscale");
        }
        // Network and crypto identifiers.
        for (int i = 0; i < 3; i++) {
            positive("IPV4", "IP_ADDRESS", (11 + RND.nextInt(180)) + "." + RND.nextInt(256) + "." + RND.nextInt(256)
                    + "." + (1 + RND.nextInt(254)), "IP address", "ip");
        }
        positive("IPV6", "IP_ADDRESS", "2a02:1810:" + Integer.toHexString(RND.nextInt(65536)) + ":"
                + Integer.toHexString(RND.nextInt(65536)) + "::" + Integer.toHexString(1 + RND.nextInt(65535)),
                "IP address", "ip");
        positive("IPV6 full", "IP_ADDRESS", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "IP address", "ip");
        positive("MAC", "MAC_ADDRESS", "3c:22:fb:" + String.format(Locale.ROOT, "%02x:%02x:%02x", RND.nextInt(256),
                RND.nextInt(256), RND.nextInt(256)), "MAC address", "mac");
        positive("MAC dashes", "MAC_ADDRESS", String.format(Locale.ROOT, "00-1B-63-%02X-%02X-%02X", RND.nextInt(256),
                RND.nextInt(256), RND.nextInt(256)), "MAC address", "mac");
        positive("BTC base58", "CRYPTO", base58Check(0), "Bitcoin address", "btc_address");
        positive("BTC p2sh", "CRYPTO", base58Check(5), "Bitcoin address", "btc_address");
        positive("ETH eip55", "CRYPTO", eip55(), "Wallet", "wallet");
        // Dates of birth with their context in the six languages.
        String[][] births = {{"Date of birth", "1987-04-23"}, {"Born on", "23 April 1987"}, {"DOB", "04/23/1987"},
            {"Geboren am", "23.04.1987"}, {"Né le", "23/04/1987"}, {"Fecha de nacimiento", "23/04/1987"},
            {"Data di nascita", "23/04/1987"}, {"Geboortedatum", "23-04-1987"}};
        for (String[] b : births) {
            add(POSITIVES, "DATE_OF_BIRTH / form", "DATE_OF_BIRTH", b[0] + ": ", b[1], "");
            add(POSITIVES, "DATE_OF_BIRTH / prose", "DATE_OF_BIRTH", "Patient record. " + b[0] + " ", b[1],
                    ", allergies: none.");
        }
        // Person names from several cultures, introduced the way prompts introduce people.
        String[] names = {"Aisha Okonkwo", "Hiroshi Tanaka", "Lars Eriksson", "Priya Raman", "Mateo Fernández",
            "Chloé Dubois", "Pieter van den Berg", "Siobhan O'Neill", "Dmitri Volkov", "Fatima Zahra Benali"};
        String[][] intros = {{"My name is ", "."}, {"Please send the contract to ", " by Friday."},
            {"Dear ", ",\nthank you for your message."}, {"Kind regards,\n", ""},
            {"The patient, ", ", was admitted on Monday."}};
        for (int i = 0; i < names.length; i++) {
            String[] intro = intros[i % intros.length];
            add(POSITIVES, "PERSON / intro", "PERSON", intro[0], names[i], intro[1]);
            add(POSITIVES, "PERSON / form", "PERSON", "Name: ", names[i], "");
        }

        // ---------------------------------------------------------------- negatives
        String pan = luhnCard("4", 16);
        String badPan = pan.substring(0, 15) + (char) ('0' + (pan.charAt(15) - '0' + 1) % 10);
        negative("card failing Luhn", "Card number: " + group(badPan, 4, 4, 4, 4));
        String good = iban("DE", digits(18));
        String badIban = good.substring(0, 2) + String.format(Locale.ROOT, "%02d",
                (Integer.parseInt(good.substring(2, 4)) + 1) % 100) + good.substring(4);
        negative("IBAN failing mod 97", "IBAN: " + ibanGrouped(badIban));
        negative("SSN invalid area", "SSN: 666-12-3456");
        negative("SSN invalid area 9xx", "SSN: 912-34-5678");
        negative("SSN zero group", "SSN: 123-00-4567");
        String nhs = draw(() -> complete(digits(9), "0123456789", Checksums::ukNhs));
        negative("NHS failing mod 11", "NHS number " + nhs.substring(0, 9) + (char) ('0' + (nhs.charAt(9) - '0' + 1) % 10));
        negative("ISBN-13", "ISBN 978-3-16-148410-0, second edition");
        negative("UUID", "request id 3f2b8c1e-9a4d-4e6f-8b2a-7c9d0e1f2a3b failed");
        negative("git SHA", "commit 9fceb02d0ae598e95dc970b74767f19372d61af8 fixed it");
        negative("timestamp", "2026-11-20 09:14:03.123 INFO started in 1234 ms");
        negative("semantic version", "Upgrade to 10.24.3 and then 2.0.0-rc.1");
        negative("price", "Total: EUR 1,234,567.89 incl. VAT");
        negative("UPS tracking", "Tracking: 1Z999AA10123456784");
        negative("order number", "Order #100-4729-3381 shipped");
        negative("postal codes", "Ship to 1012 AB Amsterdam or SW1A 1AA London or 75008 Paris");
        negative("hex colour", "Use #FF5733 for the button and #00AEEF for links");
        negative("port and pid", "listening on port 8080, pid 48213");
        negative("invoice date", "Invoice date: 23/04/1987, due in 30 days");
        negative("math", "pi is about 3.14159265358979 and e about 2.71828182845904");
        negative("product names", "We compared Visual Studio Code, Google Cloud Platform and Microsoft Teams.");
        negative("days and months", "Monday March meeting moved to Tuesday April");
        negative("capitalised headings", "Quarterly Revenue Report\nExecutive Summary\nKey Risks And Mitigations");
        negative("file hash", "sha256: 2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");
        negative("phone-length id", "Ticket 2026112012345 was closed");
    }

    /**
     * Values in running text without a field label, the way chat prompts carry them: {@code [[...]]} marks the
     * expected span, {@code TYPE:} prefixes the text.
     */
    private static final String[] RUNNING_TEXT = {
        "PHONE_NUMBER:Call me on [[06 12345678]] after five, I am in meetings until then.",
        "PHONE_NUMBER:You can reach the front desk on [[+44 20 7946 0321]] during office hours.",
        "EMAIL_ADDRESS:Forward the invoice to <[[billing@acme-corp.com]]> and copy me.",
        "EMAIL_ADDRESS:Click mailto:[[anna.lee@uni-gent.be]] to write to the organiser.",
        "EMAIL_ADDRESS:Any questions? ([[support.team@post.cz]])",
        "IBAN_CODE:The refund went to [[NL91 ABNA 0417 1643 00]] yesterday, please confirm.",
        "CREDIT_CARD:Charge [[4111 1111 1111 1111]] for the deposit and send a receipt.",
        "PERSON:I spoke with [[Anne-Marie Dupont]] this morning about the renewal.",
        "PERSON:[[Zhang Wei]] will present the roadmap on Thursday.",
        "PERSON:The contract was signed by [[Nguyen Van An]] and countersigned by the CFO.",
        "PERSON:Can you draft a thank-you note to [[Olusegun Adeyemi]] for the referral?",
        "PERSON:Our new hire, [[Ingrid Johansson]], starts on Monday.",
        "IP_ADDRESS:The login came from [[185.199.108.153]], which is not one of our offices.",
        "DATE_OF_BIRTH:She was born on [[14 February 1992]] in Lyon.",
        "US_SSN:His social security number is [[536-22-8726]], please keep it private.",
    };

    // ------------------------------------------------------------------ measurement

    private static boolean exact(Case c) {
        return DET.scan(c.text()).stream().anyMatch(m -> m.score() >= PiiDetector.DEFAULT_THRESHOLD
                && m.type().equals(c.type()) && m.start() == c.start() && m.end() == c.end());
    }

    private static String reported(String text) {
        return DET.scan(text).stream().filter(m -> m.score() >= PiiDetector.DEFAULT_THRESHOLD)
                .map(m -> m.type() + " '" + m.value(text) + "'").toList().toString();
    }

    @Test
    void recognisesEveryFormatInEveryContext() {
        Map<String, int[]> byFamily = new TreeMap<>();
        Map<String, int[]> byContext = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int hit = 0;
        for (Case c : POSITIVES) {
            boolean ok = exact(c);
            hit += ok ? 1 : 0;
            String entity = c.family().contains(" / ") ? c.family().substring(0, c.family().indexOf(" / "))
                    : c.family();
            String context = c.family().contains(" / ") ? c.family().substring(c.family().indexOf(" / ") + 3) : "-";
            tally(byFamily, c.type(), ok);
            tally(byContext, context, ok);
            if (!ok) {
                misses.add(entity + " [" + context + "] expected " + c.type() + " '"
                        + c.text().substring(c.start(), c.end()) + "' got " + reported(c.text()));
            }
        }
        StringBuilder report = new StringBuilder("PII format conformance (exact type and span)\n");
        byFamily.forEach((k, v) -> report.append(String.format(Locale.ROOT, "  %-20s %3d/%3d%n", k, v[0], v[1])));
        report.append("by context\n");
        byContext.forEach((k, v) -> report.append(String.format(Locale.ROOT, "  %-20s %3d/%3d%n", k, v[0], v[1])));
        report.append(String.format(Locale.ROOT, "overall %d/%d = %.3f%nmisses:%n", hit, POSITIVES.size(),
                hit / (double) POSITIVES.size()));
        misses.forEach(m -> report.append("  ").append(m.replace("\n", "\\n")).append('\n'));
        System.out.println(report);
        assertThat(hit / (double) POSITIVES.size()).as(report.toString()).isGreaterThanOrEqualTo(0.995);
    }

    @Test
    void reportsNothingOnLookAlikes() {
        List<String> hits = new ArrayList<>();
        for (Case c : NEGATIVES) {
            String r = reported(c.text());
            if (!r.equals("[]")) {
                hits.add(c.family() + ": " + r);
            }
        }
        System.out.println("PII look-alikes reported: " + hits.size() + "/" + NEGATIVES.size() + "\n  "
                + String.join("\n  ", hits));
        assertThat(hits).as("look-alikes reported").isEmpty();
    }

    @Test
    void recognisesValuesInRunningText() {
        List<String> misses = new ArrayList<>();
        for (String spec : RUNNING_TEXT) {
            String type = spec.substring(0, spec.indexOf(':'));
            String marked = spec.substring(spec.indexOf(':') + 1);
            int start = marked.indexOf("[[");
            int end = marked.indexOf("]]") - 2;
            String text = marked.replace("[[", "").replace("]]", "");
            if (!exact(new Case("running", type, text, start, end))) {
                misses.add(type + " '" + text.substring(start, end) + "' in \"" + text + "\" got " + reported(text));
            }
        }
        System.out.println("PII in running text: " + (RUNNING_TEXT.length - misses.size()) + "/" + RUNNING_TEXT.length
                + "\n  " + String.join("\n  ", misses));
        assertThat(misses.size()).as(String.join("\n", misses)).isLessThanOrEqualTo(1);
    }

    private static void tally(Map<String, int[]> m, String key, boolean ok) {
        int[] v = m.computeIfAbsent(key, k -> new int[2]);
        v[0] += ok ? 1 : 0;
        v[1]++;
    }

    private static int pick(int... options) {
        return options[RND.nextInt(options.length)];
    }
}
