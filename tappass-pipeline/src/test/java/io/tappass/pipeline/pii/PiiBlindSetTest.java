package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.CpuTime;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Quality of {@code detect_pii} on hand-written sets in the style of public PII corpora (letters, e-mails, support
 * chats, forms, log lines, CSV rows and contracts in six languages, names from many cultures), written before the
 * detector was tuned on them: {@code blind-set.txt} (the development set) and {@code holdout-set.txt} (written after
 * the first tuning pass and measured once untuned). Expected values are marked inline as {@code [[TYPE:value]]};
 * lines without markup are benign and must stay (nearly) empty. Matching is the relaxed rule of
 * {@link PiiQualityTest} (same type, overlap covering half of both spans); exact-span F1 is printed alongside.
 *
 * <p>Per-entity tables and the misses are printed; floors sit a little below the measured values
 * (docs/quality-pii.md).
 */
class PiiBlindSetTest {

    /** A parsed case: language, kind, plain text and gold spans. */
    record Case(String lang, String kind, String text, List<PiiQualityTest.Span> gold) {
        boolean benign() {
            return gold.isEmpty();
        }
    }

    static List<Case> load(String resource) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = PiiBlindSetTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("test resource %s", resource).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.indexOf(" | ");
                String[] head = line.substring(0, bar).split(" ");
                cases.add(parse(head[0], head[1], line.substring(bar + 3).replace("\\n", "\n")));
            }
        }
        return cases;
    }

    static Case parse(String lang, String kind, String marked) {
        StringBuilder text = new StringBuilder();
        List<PiiQualityTest.Span> gold = new ArrayList<>();
        int i = 0;
        while (i < marked.length()) {
            int open = marked.indexOf("[[", i);
            if (open < 0) {
                text.append(marked, i, marked.length());
                break;
            }
            while (marked.startsWith("[[[", open)) {
                open++; // a literal '[' right before the markup (an IPv6 address in brackets: [[[IP_ADDRESS:...]]])
            }
            text.append(marked, i, open);
            int colon = marked.indexOf(':', open);
            int close = marked.indexOf("]]", colon);
            String type = marked.substring(open + 2, colon);
            String value = marked.substring(colon + 1, close);
            gold.add(new PiiQualityTest.Span(type, text.length(), text.length() + value.length()));
            text.append(value);
            i = close + 2;
        }
        return new Case(lang, kind, text.toString(), gold);
    }

    /** Scores a set: per-entity counts over the positive texts, benign findings by type, and a list of misses. */
    record Result(Map<String, PiiQualityTest.Score> scores, Map<String, Integer> benignByType, List<String> misses,
            int positives, int benign) {
    }

    static Result evaluate(List<Case> cases) {
        PiiDetector det = PiiDetector.defaults();
        Set<String> all = new java.util.HashSet<>();
        for (PiiEntity e : PiiEntity.values()) {
            all.add(e.name());
        }
        Map<String, PiiQualityTest.Score> scores = new TreeMap<>();
        Map<String, Integer> benign = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int positives = 0;
        int benignCount = 0;
        for (Case c : cases) {
            List<PiiMatch> pred = PiiQualityTest.above(det.scan(c.text()), PiiDetector.DEFAULT_THRESHOLD);
            if (c.benign()) {
                benignCount++;
                for (PiiMatch m : pred) {
                    benign.merge(m.type(), 1, Integer::sum);
                    misses.add("benign FP " + m.type() + " '" + m.value(c.text()) + "' in: " + oneLine(c.text()));
                }
                continue;
            }
            positives++;
            PiiQualityTest.score(scores, c.gold(), pred, all);
            for (PiiQualityTest.Span g : c.gold()) {
                boolean found = pred.stream().anyMatch(m -> m.type().equals(g.type()) && PiiQualityTest.relaxed(g, m));
                if (!found) {
                    misses.add("FN " + g.type() + " '" + c.text().substring(g.start(), g.end()) + "' in: "
                            + oneLine(c.text()));
                }
            }
            for (PiiMatch m : pred) {
                boolean hit = c.gold().stream().anyMatch(g -> g.type().equals(m.type()) && PiiQualityTest.relaxed(g, m));
                if (!hit) {
                    misses.add("FP " + m.type() + " '" + m.value(c.text()) + "' in: " + oneLine(c.text()));
                }
            }
        }
        return new Result(scores, benign, misses, positives, benignCount);
    }

    private static String oneLine(String s) {
        return s.replace("\n", " / ");
    }

    static PiiQualityTest.Score total(Map<String, PiiQualityTest.Score> scores) {
        PiiQualityTest.Score t = new PiiQualityTest.Score();
        for (PiiQualityTest.Score s : scores.values()) {
            t.tp += s.tp;
            t.fp += s.fp;
            t.fn += s.fn;
            t.exactTp += s.exactTp;
        }
        return t;
    }

    static Result report(String resource) throws IOException {
        Result r = evaluate(load(resource));
        Map<String, PiiQualityTest.Score> withTotal = new TreeMap<>(r.scores());
        withTotal.put("~ALL", total(r.scores()));
        System.out.println(PiiQualityTest.table(resource + ": " + r.positives() + " texts with PII, default threshold",
                withTotal));
        System.out.printf(Locale.ROOT, "%s: %d benign texts, reported matches by type %s%n", resource, r.benign(),
                r.benignByType());
        r.misses().forEach(m -> System.out.println("  " + m));
        return r;
    }

    @Test
    void blindSetIsWellFormed() throws IOException {
        List<Case> cases = load("blind-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(120);
        assertThat(cases.stream().filter(Case::benign).count()).isGreaterThanOrEqualTo(40);
        assertThat(cases.stream().map(Case::lang).distinct()).containsExactlyInAnyOrder("en", "de", "fr", "it",
                "es", "nl");
        checkValues(cases);
    }

    /** Every gold value of a checksummed type passes its published check (the set itself holds valid values). */
    static void checkValues(List<Case> cases) {
        for (Case c : cases) {
            for (PiiQualityTest.Span g : c.gold()) {
                assertThat(PiiEntity.of(g.type())).as("known type %s", g.type()).isNotNull();
                String v = c.text().substring(g.start(), g.end());
                String compact = v.replaceAll("[\\s.\\-/]", "").toUpperCase(Locale.ROOT);
                boolean ok = switch (g.type()) {
                    case "CREDIT_CARD" -> Checksums.luhn(compact);
                    case "IBAN_CODE" -> Checksums.iban(compact);
                    case "UK_NHS" -> Checksums.ukNhs(compact);
                    case "NL_BSN" -> Checksums.nlBsn(compact);
                    case "BE_NATIONAL_NUMBER" -> Checksums.beNationalNumber(compact);
                    case "DE_TAX_ID" -> Checksums.deTaxId(compact);
                    case "FR_NIR" -> Checksums.frNir(compact);
                    case "ES_DNI_NIE" -> Checksums.esDniNie(compact);
                    case "IT_FISCAL_CODE" -> Checksums.itFiscalCode(compact);
                    case "US_SSN" -> Checksums.usSsn(compact);
                    case "UK_NINO" -> Checksums.ukNino(compact);
                    default -> true;
                };
                assertThat(ok).as("%s value '%s' passes its check", g.type(), v).isTrue();
            }
        }
    }

    @Test
    void blindSetQuality() throws IOException {
        // floors a little below the measured values (docs/quality-pii.md); the set was tuned on
        Result r = assertSet("blind-set.txt", 0.97, 0.98, 1);
        for (String type : r.scores().keySet()) {
            assertFloor(r, type, type.equals("PERSON") ? 0.97 : 0.98);
        }
    }

    /** The set's PERSON and overall F1 floors and the most matches allowed in its benign texts. */
    static Result assertSet(String file, double person, double all, int maxBenign) throws IOException {
        Result r = report(file);
        assertFloor(r, "PERSON", person);
        assertFloor(r, "~ALL", all);
        assertThat(r.benignByType().values().stream().mapToInt(Integer::intValue).sum())
                .as("matches in the benign texts of %s: %s", file, r.benignByType()).isLessThanOrEqualTo(maxBenign);
        return r;
    }

    static void assertFloor(Result r, String type, double floor) {
        PiiQualityTest.Score s = type.equals("~ALL") ? total(r.scores()) : r.scores().get(type);
        assertThat(s).as("scores of %s", type).isNotNull();
        assertThat(s.f1()).as("F1 of %s (P=%.3f R=%.3f)", type, s.p(), s.r()).isGreaterThanOrEqualTo(floor);
    }

    /** One case per mechanism: the expected PERSON spans (and none in the negatives). */
    @Test
    void nameCuesAndShapes() {
        Map<String, List<String>> cases = new java.util.LinkedHashMap<>();
        cases.put("Zhang Wei will present the roadmap.", List.of("Zhang Wei"));
        cases.put("The contract was signed by Nguyen Van An yesterday.", List.of("Nguyen Van An"));
        cases.put("Can you draft a note to Olusegun Adeyemi for the referral?", List.of("Olusegun Adeyemi"));
        cases.put("Beste Anouk,\nde sleutels liggen klaar.\nGroetjes,\nWout", List.of("Anouk", "Wout"));
        cases.put("Nachname: Benali\nVorname: Fatima", List.of("Benali", "Fatima"));
        cases.put("last_name: Obi", List.of("Obi"));
        cases.put("bedankt mevrouw Kowalska, tot ziens", List.of("Kowalska"));
        cases.put("Geachte heer Van den Berg,", List.of("Van den Berg"));
        cases.put("Saluti da Alessandro De Luca e Noor El Idrissi.", List.of("Alessandro De Luca", "Noor El Idrissi"));
        cases.put("My daughter Aaliyah starts school in May.", List.of("Aaliyah"));
        cases.put("Hallo Anna-Lena, hier ist Jean-Luc.", List.of("Anna-Lena", "Jean-Luc"));
        cases.put("Park Ji-hoon joins the call.", List.of("Park Ji-hoon"));
        cases.put("From: Oluwakemi Bamidele\nTo: Accounts Payable", List.of("Oluwakemi Bamidele"));
        cases.put("Paid on behalf of Jakub Wróblewski.", List.of("Jakub Wróblewski"));
        // negatives: companies, streets, departments, places, greetings to groups
        cases.put("Tra la società Aurora S.r.l. e il fornitore.", List.of());
        cases.put("He lives on the north side of Joaquin Suarez 2906.", List.of());
        cases.put("Met vriendelijke groet,\nKlantenservice", List.of());
        cases.put("Cordiali saluti,\nUfficio Amministrazione", List.of());
        cases.put("Entrega en Correos de Sevilla antes del lunes.", List.of());
        cases.put("Hi Team,\nthe doc is in the Shared Drive.\nCheers,\nOps", List.of());
        cases.put("Bitte überweisen Sie den Betrag bis Freitag.", List.of());
        assertPersons(cases);
    }

    @Test
    void holdoutSetIsWellFormed() throws IOException {
        List<Case> cases = load("holdout-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(40);
        checkValues(cases);
    }

    /**
     * Measured once untuned (PERSON F1 0.911, 4 benign matches) before the fixes described in docs/quality-pii.md;
     * these floors guard the state after them.
     */
    @Test
    void holdoutSetQuality() throws IOException {
        assertSet("holdout-set.txt", 0.95, 0.97, 1);
    }

    @Test
    void secondHoldoutQuality() throws IOException {
        List<Case> cases = load("holdout2-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(40);
        checkValues(cases);
        // measured once untuned: PERSON F1 0.898, 1 benign match; floors guard the state after the fixes
        assertSet("holdout2-set.txt", 0.90, 0.93, 1);
    }

    /**
     * PII in structured records (CSV columns under a person header, JSON/YAML/log fields whose key names a person,
     * chat speaker labels): measured once untuned (PERSON P 0.969 R 0.403 F1 0.569, 4 benign matches; see
     * docs/quality-pii.md); floors guard the state after the structured-field rules.
     */
    @Test
    void structuredSetQuality() throws IOException {
        List<Case> cases = load("structured-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(40);
        assertThat(cases.stream().filter(Case::benign).count()).isGreaterThanOrEqualTo(20);
        checkValues(cases);
        assertSet("structured-set.txt", 0.97, 0.97, 1);
    }

    /** Round 3 (third blind round): written before the round's tuning; see docs/quality-pii.md. */
    @Test
    void round3SetQuality() throws IOException {
        List<Case> cases = load("round3-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(120);
        assertThat(cases.stream().filter(Case::benign).count()).isGreaterThanOrEqualTo(35);
        checkValues(cases);
        // untuned: PERSON P 0.920 R 0.860 F1 0.889, ES_DNI_NIE 0.857, 4 benign matches; floors guard the state after
        Result r = assertSet("round3-set.txt", 0.97, 0.97, 2);
        for (String type : r.scores().keySet()) {
            assertFloor(r, type, 0.95);
        }
    }

    /** Round-3 holdout: written with the round-3 set, measured once untuned at the end of the round. */
    @Test
    void round3HoldoutQuality() throws IOException {
        List<Case> cases = load("round3-holdout-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(45);
        checkValues(cases);
        // untuned: every entity 1.000 (PERSON 45 TP, 0 FP, 0 FN), 1 benign match ("team:\n  name: Platform
        // Reliability"), fixed after the measurement
        Result r = assertSet("round3-holdout-set.txt", 0.95, 0.97, 0);
        for (String type : r.scores().keySet()) {
            assertFloor(r, type, 0.95);
        }
    }

    /** Round 4 (fourth blind round): written before the round's tuning; see docs/quality-pii.md. */
    @Test
    void round4SetQuality() throws IOException {
        List<Case> cases = load("round4-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(100);
        assertThat(cases.stream().filter(Case::benign).count()).isGreaterThanOrEqualTo(30);
        checkValues(cases);
        // untuned: PERSON P 0.906 R 0.653 F1 0.759, PHONE 0.951, DOB 0.938, 27 benign matches; tuned on: PERSON 0.961,
        // all 0.977, 12 benign matches (shops and brands named after people); floors a little below
        Result r = assertSet("round4-set.txt", 0.94, 0.96, 12);
        for (String type : r.scores().keySet()) {
            if (!type.equals("PERSON")) {
                assertFloor(r, type, 0.95);
            }
        }
    }

    /**
     * Round 5 (sixteenth session): written by a helper session that did not read the detector, every structured value
     * checked by its own script (Luhn, mod-97, mod-11, national check characters, EIP-55, bech32); see
     * docs/quality-pii.md. Untuned: all 0.983 (PERSON 0.982, NHS 0.750, BSN 0.909, DOB 0.943), 9 benign matches; after
     * the round (table-header context, snake_case birth keys, street names, codes before a number, release notes):
     * all 0.990 (NHS 0.889, BSN 1.000, DOB 0.982), 4 benign matches. Floors a little below.
     */
    @Test
    void round5SetQuality() throws IOException {
        List<Case> cases = load("round5-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(100);
        assertThat(cases.stream().filter(Case::benign).count()).isGreaterThanOrEqualTo(30);
        checkValues(cases);
        Result r = assertSet("round5-set.txt", 0.97, 0.98, 4);
        for (String type : r.scores().keySet()) {
            if (!type.equals("PERSON") && !type.equals("UK_NHS")) {
                assertFloor(r, type, 0.95);
            }
        }
    }

    /**
     * Round-5 holdout: written with the round-5 set by the same helper, measured at the start of the round and once at
     * the end, never tuned on: all 0.989 (PERSON 0.980, NHS 0.667 = 1 of 2) before and after, 3 -> 2 benign matches
     * (dotted version numbers read as IPv4 addresses).
     */
    @Test
    void round5HoldoutQuality() throws IOException {
        List<Case> cases = load("round5-holdout-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(40);
        checkValues(cases);
        assertSet("round5-holdout-set.txt", 0.96, 0.98, 2);
    }

    /**
     * Round 6 (twenty-third session): written by a helper who did not read the detector (95 texts, seven document
     * shapes in six languages and Belgian Dutch/French), used as development data. Untuned: all 0.974 (PERSON 0.955:
     * form labels, a job title, a clinic, a syslog month as names; UK_NHS, DE_TAX_ID, ES_DNI_NIE 1 miss each, DOB 2),
     * 0 benign matches. Floors a little below the values after the round (docs/quality-pii.md).
     */
    @Test
    void round6SetQuality() throws IOException {
        List<Case> cases = load("round6-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(70);
        assertThat(cases.stream().filter(Case::benign).count()).isGreaterThanOrEqualTo(15);
        checkValues(cases);
        Result r = assertSet("round6-set.txt", 0.99, 0.99, 0);
        for (String type : r.scores().keySet()) {
            assertFloor(r, type, 0.97);
        }
    }

    /**
     * Round 7: written in the twenty-third session by another helper who read neither the detector nor any set, while
     * round 6 was tuned on (95 texts: 70 with 333 PII values of all 18 types, 25 benign; the same document shapes plus
     * YAML, markdown tables and call transcripts; values grouped many ways). A holdout in that session (all 0.961 ->
     * 0.979, PERSON 0.943 -> 0.977, 4 benign PERSON matches: product names "Aria" and "Jasper", a shop "Tabac de la
     * Gare"), <b>released as development data</b> in the twenty-fourth session and tuned on by class (products and
     * shops, the French "M.", a title after a particle, Korean given names first, a NIR that also passes as a UATP
     * card, hyphenated context compounds, calling-back words, camelCase birth keys; cases in {@link
     * #round7Mechanisms}): all 0.997, PERSON 1.000, 0 benign matches. Floors a little below (docs/quality-pii.md).
     * The resource keeps its file name.
     */
    @Test
    void round7SetQuality() throws IOException {
        List<Case> cases = load("round7-holdout-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(70);
        checkValues(cases);
        Result r = assertSet("round7-holdout-set.txt", 0.99, 0.99, 0);
        for (String type : r.scores().keySet()) {
            if (!type.equals("UK_NHS")) {
                assertFloor(r, type, 0.98);
            }
        }
    }

    /**
     * Round 8: written in the twenty-fourth session by a helper who read neither the detector nor any set, while
     * round 7 was tuned on (114 texts: 83 with 495 PII values of all 18 types, 31 benign traps: furniture and cars
     * with given names, boats and storms, shops and firms named after people, near-miss numbers that fail their
     * checks; letters, forms, payslips, contracts, medical notes, CSV, JSON, XML, logs and transcripts in seven
     * languages). A holdout in that session, never tuned on there: all F1 0.959, PERSON 0.926, 20 benign matches with
     * its starting rules; 0.961, 0.929 and 15 after round 7's classes. <b>Released and tuned on in the twenty-fifth
     * session</b>, by class (things and firms that carry names, forms and departments, particles, initials and
     * titles, sentence starts of the other languages, cues that name a person, sibling national numbers, key
     * phrases, sentence-bound context, wrapped card numbers, joined dates, the birth sign; cases in {@link
     * #round8Mechanisms}): all F1 0.961 -> 0.997, PERSON 0.929 -> 0.995, benign matches 15 -> 1. Floors a little
     * below (docs/quality-pii.md).
     */
    @Test
    void round8HoldoutQuality() throws IOException {
        List<Case> cases = load("round8-holdout-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(80);
        checkValues(cases);
        Result r = assertSet("round8-holdout-set.txt", 0.99, 0.99, 1);
        for (String type : r.scores().keySet()) {
            assertFloor(r, type, type.equals("BE_NATIONAL_NUMBER") ? 0.95 : 0.98);
        }
    }

    /**
     * Round 9: written in the twenty-fifth session by a helper who read neither the detector nor any set and was
     * given types, formats and trap categories only, while round 8 was tuned on (162 texts: 117 with 428 PII values of
     * all 18 types, 45 benign traps dense with capitalised words and numbers: brands that are surnames, storms and
     * hurricanes, ships, dishes, cafés and shops, streets and venues named after people (left unmarked: they name
     * places), numbers that fail their checks; about 25 kinds of document in six languages, values split over lines
     * or after their label's line). A holdout, never tuned on: all F1 0.954, PERSON 0.900, 17 benign matches with the
     * session's starting rules; 0.958, 0.907 and 14 after round 8's tuning (the writer's {@code ES_DNI} renamed to
     * this project's {@code ES_DNI_NIE}). Misses and false matches: docs/quality-pii.md, "Ninth blind round".
     * <b>Released and tuned on in the twenty-sixth session</b>, by class (lower-case chat speakers and message
     * openers, Irish family names in lower case, feminine Italian titles, months as given names after a greeting,
     * name columns with the family name first, firms after "&amp;" or before sector words and legal forms, offices
     * by their endings, account labels, shop and lodging words, brands after a title, noun-acronym compounds, towns
     * before a US state, document titles; NIRs in brackets and the NIR layout never a phone, dotted or dashed
     * national numbers, contact abbreviations; cases in {@link PiiRound9ClassesTest}): all F1 0.958 -> 0.989,
     * PERSON 0.907 -> 0.973, benign matches 14 -> 6. Floors a little below.
     */
    @Test
    void round9HoldoutQuality() throws IOException {
        List<Case> cases = load("round9-holdout-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(110);
        checkValues(cases);
        Result r = assertSet("round9-holdout-set.txt", 0.965, 0.985, 6);
        for (String type : r.scores().keySet()) {
            assertFloor(r, type, 0.965);
        }
    }

    /**
     * Round 10: written in the twenty-sixth session by a helper who read neither the detector nor any set and was
     * given types, formats and trap categories only (174 texts: 129 with 493 PII values of all 18 types, 185 of them
     * PERSON, many in chats with lower-case speakers, CSV rows and split name fields; 45 benign traps: brands,
     * companies, places and streets named after people, numbers that look like ids). A holdout, never tuned on: all F1
     * 0.948, PERSON 0.875 (precision 0.944, recall 0.816), 10 benign matches (all PERSON) with the session's starting
     * rules; 0.954, PERSON 0.895 (0.946 / 0.849), 10 benign matches after that session's tuning on round 9.
     * <b>Released and tuned on in the twenty-seventh session</b>, by class (lower-case chat speakers with a spaced
     * colon or a given name that is also a word beside a named speaker, frequent given names and chat short forms,
     * family names first before ", Given" or in capitals before a given name in a cell, firms named after their
     * founders, foundation compounds, two names joined into a venue, product nouns in record cells, plural name
     * labels, initials before a double-barrelled name, callers naming themselves and where they call from; dashed
     * ids in brackets, dashed BSNs, abbreviated national-number labels; cases in {@link PiiRound10ClassesTest}): all
     * F1 0.954 -> 0.987, PERSON 0.895 -> 0.973 (0.989 / 0.957), benign matches 10 -> 2. Floors a little below.
     */
    @Test
    void round10HoldoutQuality() throws IOException {
        List<Case> cases = load("round10-holdout-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(125);
        checkValues(cases);
        Result r = assertSet("round10-holdout-set.txt", 0.965, 0.98, 3);
        for (String type : r.scores().keySet()) {
            assertFloor(r, type, 0.93);
        }
    }

    /**
     * Round 11: written in the twenty-seventh session by a helper who read neither the detector nor any set and was
     * given types, formats and trap categories only (175 texts in six languages: 130 with 411 PII values of all 18
     * types, 168 of them PERSON, many lower-case in chats, surname-first in forms, with particles and accents; 45
     * benign traps: products, places, companies, streets and events named after people, numbers that fail their
     * checks). A holdout, never tuned on: all F1 0.963, PERSON 0.913 (precision 0.961, recall 0.869), 7 benign
     * matches (6 PERSON, 1 PHONE_NUMBER) with the session's starting rules; 0.973, PERSON 0.938 (0.981 / 0.899), 7
     * benign matches after that session's tuning on round 10.
     * <b>Released and tuned on in the twenty-eighth session</b>, by class (lower-case given names after chat hails,
     * self-naming words, "du" and nouns of contact or payment data with "of", or before a possessive "'s";
     * capitalised hails at a line start before a lower-case name; lower-case particles starting a "Family, Given"
     * item, file nouns before one and a colon ending it; bare initials after a label; role-qualified name labels
     * and account, card or policy holders; missing given names; arenas, wings and food makers, observance days and
     * streets with a suffix named after people, compounds ending in a product noun, possessive determiners at a
     * sentence start; abbreviated birth labels; phone-shaped numbers counting up from 1; cases in
     * {@link PiiRound11ClassesTest}): all F1 0.973 ->
     * 0.996, PERSON 0.938 -> 0.994 (1.000 / 0.988), benign matches 7 -> 0. Floors a little below.
     */
    @Test
    void round11HoldoutQuality() throws IOException {
        List<Case> cases = load("round11-holdout-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(125);
        checkValues(cases);
        Result r = assertSet("round11-holdout-set.txt", 0.985, 0.99, 1);
        for (String type : r.scores().keySet()) {
            assertFloor(r, type, 0.88);
        }
    }

    /**
     * Round 12: written in the twenty-eighth session by a helper who read neither the detector nor any set and was
     * given types, formats and trap categories only (176 texts in six languages: 125 with 366 PII values of all 18
     * types, 168 of them PERSON; 51 benign traps: companies, products, streets and places named after people, dates
     * that are not birthdays, order numbers and ids that fail their checks, documentation placeholders). A holdout,
     * never tuned on: all F1 0.943 (precision 0.991, recall 0.899), PERSON 0.879 (0.978 / 0.798), DATE_OF_BIRTH 0.949,
     * every other type 1.000, 6 benign PERSON matches (a café, a metro station, a fashion brand, three product names)
     * with the session's starting rules. Of the 34 PERSON misses about half are chat handles and user names
     * ({@code tomasz_k}, {@code mike.r}, {@code lkowalski}), which the writer counted as names. After the same session's
     * tuning on round 11: all 0.940, PERSON 0.872 (0.971 / 0.792), 6 benign matches. The one line that moved is a
     * convention: "Name: von Bülow, Friedrich" is now one span, "Family, Given", as rounds 10 and 11 mark it, where
     * this writer marked two names.
     * <b>Released and tuned on in the twenty-ninth session</b>, by class (user names built from a person's name as
     * chat speakers, as values of user keys and columns and after "for", "by" or a user noun in logs, role accounts
     * left out; an unknown lower-case speaker beside a named one; chat short forms of given names; a lower-case given
     * name before a verb of telling; writers naming themselves at a message's opening and dash signatures; a title
     * before initials; a document noun, a preposition and a full name; a name after a number that ended a sentence;
     * a doctor named by the family name; a bare name key beside a national number or birth key, also in a script's
     * object; product columns, transport stops and eateries named after people; "bday" and birth words after the
     * date; Corsican NIRs; cases in {@link PiiRound12ClassesTest}): all F1 0.940 -> 0.985, PERSON 0.872 -> 0.967
     * (0.988 / 0.946), DATE_OF_BIRTH 0.949 -> 1.000, benign matches 6 -> 2 (a bar and a fashion brand). Floors a
     * little below.
     */
    @Test
    void round12HoldoutQuality() throws IOException {
        List<Case> cases = load("round12-holdout-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(125);
        checkValues(cases);
        Result r = assertSet("round12-holdout-set.txt", 0.96, 0.98, 2);
        for (String type : r.scores().keySet()) {
            assertFloor(r, type, 0.95);
        }
    }

    /**
     * One case per round-7 class (own names, values and wording, in several of the languages), with the look-alike
     * each must leave alone.
     */
    @Test
    void round7Mechanisms() {
        Map<String, List<String>> persons = new java.util.LinkedHashMap<>();
        // a capitalised word right after a product noun or a product-kind word names the product
        persons.put("Bestelling: 2x Hanglamp Fenna, 1x vloerkleed 160x230", List.of());
        persons.put("Artikel: Stehlampe Greta, Farbe Messing", List.of());
        persons.put("Article : canapé Capucine 3 places, coloris sable", List.of());
        persons.put("Producto: lámpara Lucía de pie, blanco", List.of());
        persons.put("Prodotto: Sedia Matilde in rovere, 4 pezzi", List.of());
        persons.put("Order: desk Oliver, oak, 140 cm", List.of());
        persons.put("sku;omschrijving;aantal\nK-12;Fauteuil Sientje grijs;2", List.of());
        // ... but not a name after the noun's sentence has moved on
        persons.put("Ik heb de lamp aan Jasper gegeven.", List.of("Jasper"));
        persons.put("Die Lampe hat Greta gestern repariert.", List.of("Greta"));
        // shops and eateries named after their owner: the shop word first; a profession noun names a person
        persons.put("Wir holen Brötchen bei der Bäckerei Vogelsang am Markt.", List.of());
        persons.put("Rendez-vous au Bar Mathieu à 19h, puis dîner Chez Antoine.", List.of());
        persons.put("Ophalen bij Slagerij Verhoeven, daarna naar Bakkerij Dekker.", List.of());
        persons.put("Ci vediamo alla Pasticceria Bianchi alle 10.", List.of());
        persons.put("Quedamos en la Panadería Herrera a las nueve.", List.of());
        persons.put("Je dîne chez Antoine ce soir.", List.of("Antoine"));
        // the French "M." inside a sentence or after a label is "Monsieur"; a list letter heading a line is not
        persons.put("Merci de contacter M. Fabien Lemaire demain.", List.of("Fabien Lemaire"));
        persons.put("Votre dossier est suivi par M. Delcourt depuis lundi.", List.of("Delcourt"));
        persons.put("Titulaire : M. Yannick Perrot", List.of("Yannick Perrot"));
        persons.put("M. Overview of the plan", List.of());
        persons.put("Signed by M. Smith today.", List.of("M. Smith"));
        // a title after a particle-like word starts the name ("du" is German "you" here)
        persons.put("Kannst du Herrn Okafor anrufen?", List.of("Okafor"));
        persons.put("Kannst du Frau Lindqvist fragen?", List.of("Lindqvist"));
        persons.put("Le dossier du Dr Morel est complet.", List.of("Morel"));
        // Korean given names written first, before the family name
        persons.put("{\"display_name\": \"Seo-yeon Choi\"}", List.of("Seo-yeon Choi"));
        persons.put("Meeting with Min-jun Lee tomorrow.", List.of("Min-jun Lee"));
        persons.put("Co-op Park is open.", List.of());
        // form labels are no names
        persons.put("Número de Pasaporte: X1234567", List.of());
        persons.put("Numéro de Sécurité Sociale : voir la carte", List.of());
        assertPersons(persons);

        // a 15-digit number that passes the NIR key is a NIR under NIR context, a card only under card context
        assertThat(found("nom;prenom;nir\nVidal;Bastien;184126912613347"))
                .contains("FR_NIR:184126912613347").noneMatch(f -> f.startsWith("CREDIT_CARD"));
        assertThat(found("Carte bancaire UATP 184126912613347")).contains("CREDIT_CARD:184126912613347");
        assertThat(found("carte UATP 150000000000008 acceptée")).contains("CREDIT_CARD:150000000000008");
        // hyphenated compounds carry their parts' context; a compound of calling back labels a phone
        assertThat(found("Steuer-Identifikationsnummer: 65821903674")).contains("DE_TAX_ID:65821903674");
        assertThat(found("NHS-Nummer: 943 476 5919")).contains("UK_NHS:943 476 5919");
        assertThat(found("Rückrufnummer: +4915112345678")).contains("PHONE_NUMBER:+4915112345678");
        assertThat(found("Rücksendenummer: 0176 2231 4455")).noneMatch(f -> f.startsWith("PHONE_NUMBER"));
        assertThat(found("Bel me terug op 03 289 45 12, het gaat over de factuur."))
                .contains("PHONE_NUMBER:03 289 45 12");
        // birth keys in camelCase (XML elements, JSON keys); another date key stays empty
        assertThat(found("<dateNaissance>1987-04-12</dateNaissance>")).contains("DATE_OF_BIRTH:1987-04-12");
        assertThat(found("{\"fechaNacimiento\": \"1990-11-02\"}")).contains("DATE_OF_BIRTH:1990-11-02");
        assertThat(found("<dataFattura>05/06/2024</dataFattura>")).isEmpty();
    }

    /**
     * One case per round-8 class (own names, values and wording, in several of the six languages), with the
     * look-alike each must leave alone.
     */
    @Test
    void round8Mechanisms() {
        Map<String, List<String>> persons = new java.util.LinkedHashMap<>();
        // storms, vessels, dishes and car models carry given names: the noun before names the thing
        persons.put("Hurricane Delia weakened overnight; Sturmtief Xaver zieht nach Osten.", List.of());
        persons.put("La borrasca Elena dej\u00f3 nieve; l'uragano Sofia si allontana.", List.of());
        persons.put("We chartered the yacht Henrietta; het schip Willem ligt in Harlingen.", List.of());
        persons.put("Menu: pizza Giulia, toastie Frank, soep Karin, croque Hugo.", List.of());
        persons.put("Ik rijd een Skoda Julia, zij een Renault Emma.", List.of());
        // ... a quoted name after such a noun names the thing, whatever its words
        persons.put("Ligplaats 3: motorboot \"Koning Willem\", zeilboot \"Mevrouw Anna\"", List.of());
        persons.put("Sessel \u201eFriedrich\u201c in Grau, Kommode \u201eHelene\u201c in Eiche", List.of());
        persons.put("He wrote \"Tobias called\" in the log.", List.of("Tobias"));
        // English order: an article, the name, then the product noun
        persons.put("The spring range adds the Harriet armchair and a Felix floor lamp.", List.of());
        persons.put("Please tell Felix lamp 3 is broken.", List.of("Felix"));
        // a Romance compound noun of a thing before the name; a person after a kinship word or a title
        persons.put("Novit\u00e0: lampada da tavolo Rebecca e tavolo da pranzo Paolo.", List.of());
        persons.put("La l\u00e1mpara de mi abuela: se la dej\u00f3 la t\u00eda Remedios.", List.of("Remedios"));
        // a shop word inside a capitalised heading run: the rest names the shop
        persons.put("Mittagskarte Gasthaus Klaus Berger: Schnitzel 14 EUR", List.of());
        persons.put("Reservierung: Gasthaus Zum Hirschen, Tisch f\u00fcr Jonas Weber", List.of("Jonas Weber"));
        // firms named after people: a trade heading the name, partners after it, a sector word ending it
        persons.put("Auftragnehmer: Kanzlei Hoffmann, Ansprechpartner Jonas Weber", List.of("Jonas Weber"));
        persons.put("Factura de Talleres G\u00f3mez y Asociados, atendida por Luc\u00eda P\u00e9rez",
                List.of("Luc\u00eda P\u00e9rez"));
        persons.put("Ritirare presso Carrozzeria Rossi e Figli, chiedere di Marco", List.of("Marco"));
        persons.put("Offerte van Installatiebedrijf Van Dam en Zonen; contactpersoon Sanne de Groot",
                List.of("Sanne de Groot"));
        persons.put("Devis : Menuiserie Lef\u00e8vre, signé par Claire Dubois", List.of("Claire Dubois"));
        persons.put("Please contact Hartley Logistics or Ferraro Costruzioni today.", List.of());
        persons.put("Anna & Tom Smith arrived; Anna and partner left.", List.of("Anna", "Tom Smith", "Anna"));
        // a person field whose name is followed by its details is a form, not a chat: the labels under it are
        // no speakers, and the name is the field's value (also after a French spaced colon)
        persons.put("Kunde: Ilse Brandauer, Lindenweg 4, 8010 Graz\nObjekt: Dachsanierung\nSumme: 4.300 EUR",
                List.of("Ilse Brandauer"));
        persons.put("Cliente: Renata Solano - CIF B12345678\nEncargo: reforma de cocina", List.of("Renata Solano"));
        persons.put("Client : Mathis Royer, 12 rue des Lilas, 44000 Nantes\nChantier : isolation des combles",
                List.of("Mathis Royer"));
        persons.put("Cliente: S\u00ec, sono io.\nOperatore: Grazie.", List.of());
        // hospital departments and specialties are no names
        persons.put("LETTERA DI DIMISSIONE - U.O.C. Chirurgia Generale\nPaziente: Antonio Russo",
                List.of("Antonio Russo"));
        persons.put("Servicio de Neumolog\u00eda, Hospital del Mar\nPaciente: Rosa Vidal", List.of("Rosa Vidal"));
        persons.put("Unit\u00e9 de G\u00e9riatrie, Dr Morel", List.of("Morel"));
        persons.put("Reparto di Psichiatria: visita del 3 maggio", List.of());
        // nouns of address after a title are no names; the name after them or after the next title is
        persons.put("Sehr geehrte Frau Kollegin Prof. van der Linde,", List.of("van der Linde"));
        persons.put("Sehr geehrte Frau Kollegin, vielen Dank.", List.of());
        persons.put("Herr Kollege Brenner hat angerufen.", List.of("Brenner"));
        persons.put("Monsieur le Maire, Madame la Juge, Monsieur le Ministre", List.of());
        // lower-case particles after a title, "'t" and the Spanish plural articles inside family names
        persons.put("Bonjour Mme de Villepin, merci au Sr. de la Vega.", List.of("de Villepin", "de la Vega"));
        persons.put("Achternaam: Op 't Veld\nVoornaam: Femke", List.of("Op 't Veld", "Femke"));
        persons.put("Primer apellido: de las Heras\nNombre: Inmaculada", List.of("de las Heras", "Inmaculada"));
        persons.put("Die Sitzung des Vorstands findet am Dienstag statt.", List.of());
        // initials and a family name after a title or a sign-off; a list number is no house number
        persons.put("Met vriendelijke groet,\nir. K.L. Bosma\nAfdeling Vergunningen", List.of("K.L. Bosma"));
        persons.put("Partijen:\n1. Willemijn Sterk, wonende te Zwolle;\n2. Ruud Oosterhof, wonende te Kampen",
                List.of("Willemijn Sterk", "Ruud Oosterhof"));
        persons.put("1. Overview\n2. Results", List.of());
        persons.put("A. Overview of the plan", List.of());
        // "St." before a capitalised name is part of a family name; a street or a place otherwise
        persons.put("Kind regards,\nGemma St. Clair", List.of("Gemma St. Clair"));
        persons.put("We flew to St. Louis with Anna.", List.of("Anna"));
        persons.put("Meet me at Martinez Mall St. tomorrow.", List.of());
        // question words of the other languages start no name; a subject pronoun after a sentence's first word
        // makes it a verb or an adverb (Dutch and German word order), a conjunction keeps the name
        persons.put("Wer den Bericht schreibt, bekommt Kuchen. Wie de Sleutel heeft, mag blijven.", List.of());
        persons.put("Ben je morgen thuis? Dan kom ik langs.", List.of());
        persons.put("Dan and I went home. Dan sent me the file.", List.of("Dan", "Dan"));
        persons.put("Jan en ik gaan morgen.", List.of("Jan"));
        // a noun, a preposition and a given name: the given name is the person
        persons.put("Nachricht von Greta: bin gleich da. Messaggio di Giulia: arrivo alle 5.",
                List.of("Greta", "Giulia"));
        persons.put("Bericht van Sanne, 14:02", List.of("Sanne"));
        persons.put("Contract met Xander de Vries getekend.", List.of("Xander de Vries"));
        // a bare "Name:" line beside a given-name line is a family-name field; YAML's "name:" is not
        persons.put("Name: Okafor\nFirst name: Adaeze\nDate of birth: 02/02/1990", List.of("Okafor", "Adaeze"));
        persons.put("name: nginx\nimage: nginx:1.25", List.of());
        // callers and writers naming themselves
        persons.put("CALLER: Hi, it's Orrin Vale. I need help.", List.of("Orrin Vale"));
        persons.put("Hier ist Jolanda Breit, ich rufe wegen der Rechnung an.", List.of("Jolanda Breit"));
        persons.put("It's Black Friday tomorrow.", List.of());
        // a name between commas after a person noun (not after nouns that also name firms)
        persons.put("Our technician, Orrin, will call. Ma voisine, Odile, a les cl\u00e9s. Onze bezorger, Sjaak, belt.",
                List.of("Orrin", "Odile", "Sjaak"));
        persons.put("The client, Acme, pays. Our supplier, Bosch, delivers.", List.of());
        // the user of an account in logs (after an elided article too); English documentation's labels are no names
        persons.put("Acceso del usuario Quique Arana; ajout pour l'utilisateur Orrin Vale.",
                List.of("Quique Arana", "Orrin Vale"));
        persons.put("Please open the user Profile Page.", List.of());
        // a number in three groups after a name is an identifier or phone number, not a house number
        persons.put("Haar echtgenote Agnieszka 0176 2231 4455 belt terug.", List.of("Agnieszka"));
        persons.put("Joaquin Suarez 2906 11800 Montevideo", List.of());
        assertPersons(persons);

        // a snake_case or hyphenated key spells a context phrase ("securite_sociale", "social_security")
        assertThat(found("{\"patient\": {\"nom\": \"Lambert\", \"numero_securite_sociale\": \"291037511405280\"}}"))
                .contains("FR_NIR:291037511405280").noneMatch(f -> f.startsWith("PHONE_NUMBER"));
        assertThat(found("{\"social_security_number\": \"536221741\"}")).contains("US_SSN:536221741");
        // a national number listed after a labelled one of the same kind takes its label
        assertThat(found("Ihre Steuer-ID lautet 95124844050; f\u00fcr Ihren Ehemann J\u00fcrgen haben wir die "
                + "89 697 348 277 notiert.")).contains("DE_TAX_ID:95124844050", "DE_TAX_ID:89 697 348 277");
        assertThat(found("Uw burgerservicenummer 451763324 staat goed; die van uw dochter Lotte, 7403.74.394, ook."))
                .contains("NL_BSN:7403.74.394").noneMatch(f -> f.startsWith("PHONE_NUMBER"));
        assertThat(found("Uw burgerservicenummer 451763324 staat goed. Bel ons op 0612345678 of 799233596."))
                .contains("PHONE_NUMBER:0612345678").doesNotContain("NL_BSN:799233596");
        // a word of the next sentence is no context; a word for any number does not make a quantity a phone
        assertThat(found("Rufen Sie uns an: 030 2754 8810. Rechnung Nr. 4471-2290."))
                .contains("PHONE_NUMBER:030 2754 8810");
        assertThat(found("Die Nummer 3 456 789 auf dem Z\u00e4hler ist kein Anschluss.")).isEmpty();
        assertThat(found("Telefonnummer 3 456 789")).contains("PHONE_NUMBER:3 456 789");
        // a card number wrapped over two lines, with card context only
        assertThat(found("Kaartnummer: 5425 2334\n3010 9903 - vervalt 04/27"))
                .contains("CREDIT_CARD:5425 2334\n3010 9903");
        assertThat(found("Betrag 4294 7184\n8293 5511\nSumme")).noneMatch(f -> f.startsWith("CREDIT_CARD"));
        // a day and a month word joined by dashes or slashes; the birth sign '°'
        assertThat(found("geboren 12-mrt-1980; N\u00e9 le 07-juil-1962; DOB 3/Oct/1975")).containsExactly(
                "DATE_OF_BIRTH:12-mrt-1980", "DATE_OF_BIRTH:07-juil-1962", "DATE_OF_BIRTH:3/Oct/1975");
        assertThat(found("Rechnung vom 12-Mar-2024")).isEmpty();
        assertThat(found("Jozef Peeters, \u00b03/11/1950, Mechelen")).contains("DATE_OF_BIRTH:3/11/1950");
        assertThat(found("Dossier N\u00b0 12/05/2024 ouvert.")).isEmpty();
    }

    /** Every value at the default threshold as TYPE:value, in order (the class tests share it). */
    static List<String> found(String text) {
        return PiiQualityTest.above(PiiDetector.defaults().scan(text), PiiDetector.DEFAULT_THRESHOLD).stream()
                .map(m -> m.type() + ":" + m.value(text)).toList();
    }

    /** One case per round-5 mechanism, with the look-alike each must leave alone. */
    @Test
    void round5Mechanisms() {
        // a table column's header gives every row its context (not only the row the context window reaches)
        assertThat(found("id;name;bsn\n1;Ruud;474128283\n2;Lotte;674032111\n3;Sem;123456782"))
                .contains("NL_BSN:474128283", "NL_BSN:674032111", "NL_BSN:123456782");
        assertThat(found("name,email,nhs_number\nAbigail Thornton,abi@example.org,758 826 3660"))
                .contains("UK_NHS:758 826 3660").doesNotContain("PHONE_NUMBER:758 826 3660");
        // no header (the first line of the run has digits), or no table: a bare 9-digit number stays below
        assertThat(found("1;474128283\n2;674032111")).doesNotContain("NL_BSN:674032111");
        assertThat(found("reference 674032111 was paid")).doesNotContain("NL_BSN:674032111");
        // snake_case keys of a birth date
        assertThat(found("{\"nome\": \"Alessandro Bruno\", \"data_nascita\": \"1983-03-17\"}"))
                .contains("DATE_OF_BIRTH:1983-03-17");
        assertThat(found("{\"fecha_de_nacimiento\": \"12/04/1990\"}")).contains("DATE_OF_BIRTH:12/04/1990");
        assertThat(found("{\"data_fattura\": \"2024-03-17\"}")).isEmpty();
        // streets fused to a person's name; fused surnames stay persons
        assertThat(found("Boodschappen halen aan de Jan van Galenstraat, daarna naar huis."))
                .noneMatch(f -> f.startsWith("PERSON:"));
        assertThat(found("Meet me at the station, then take the Elizabeth line to Canary Wharf."))
                .noneMatch(f -> f.startsWith("PERSON:Elizabeth"));
        assertThat(found("Ik heb gisteren met Pieter Vanderlaan gebeld.")).contains("PERSON:Pieter Vanderlaan");
        // a number continuing a code of capitals and digits is not a phone; after a word it still is
        assertThat(found("Your parcel 1Z 4F8 E27 03 9183 2215 is out for delivery.")).isEmpty();
        assertThat(found("Call me on 020 7946 0018 tomorrow.")).contains("PHONE_NUMBER:020 7946 0018");
        // release notes name a version
        assertThat(found("Release notes 3.12.0.4: fixes the memory leak.")).isEmpty();
        assertThat(found("Blocked login from 3.12.0.4 at 09:14.")).contains("IP_ADDRESS:3.12.0.4");
    }

    /** One case per round-6 mechanism (own names, values and wording), with the look-alike each must leave alone. */
    @Test
    void round6Mechanisms() {
        Map<String, List<String>> persons = new java.util.LinkedHashMap<>();
        // a role label next to a line makes a transcript only when it carries a message, not a form field's value
        persons.put("Client: Tamsin Okoro-Hale\nTopic: refund for the second order", List.of("Tamsin Okoro-Hale"));
        persons.put("Agent: how can I help?\nMirabel: my parcel is lost", List.of("Mirabel"));
        persons.put("Agent: Good Morning\nMirabel: my parcel is lost", List.of("Mirabel"));
        // a label whose value is a number or date is a field, not a speaker
        persons.put("Klant: Joris Hendriks\nVerzonden: 14-02-2024", List.of("Joris Hendriks"));
        persons.put("Support: when did it arrive?\nOdalys: 14-02 i think", List.of("Odalys"));
        // form labels in the six languages and label compounds ("-datum", "-nummer", "-betrag")
        persons.put("Kunde: Volker Amsel\nLieferdatum: morgen früh", List.of("Volker Amsel"));
        persons.put("Cliente: Graziella Fumagalli\nDescrizione: non funziona il modem", List.of("Graziella Fumagalli"));
        // a job title beside a name is no name; document titles heading a form neither
        persons.put("Helena Brandvold | Deputy Counsel", List.of("Helena Brandvold"));
        persons.put("Aanvraag Parkeervergunning\nNaam: Femke de Boer", List.of("Femke de Boer"));
        // (the span is the name alone since the thirty-sixth session, whose given-name list knows "Ernesto")
        persons.put("Richiesta di Ernesto Capuano: rimborso", List.of("Ernesto Capuano"));
        // an institution named by a compound after a role label; a person after it still is one
        persons.put("Huisarts: Medisch Centrum Zuidhorn", List.of());
        persons.put("Huisarts: Gezondheidscentrum Hoogkerk", List.of());
        persons.put("Huisarts: Wietske Hoekstra", List.of("Wietske Hoekstra"));
        // a month before a padded day in a log line; a given name that is also a month, before a name, stays one
        persons.put("Jun  9 18:22:31 gw01 cron[77]: job done", List.of());
        persons.put("Mar 14, 2024: quarterly close", List.of());
        persons.put("Jan Bakker belt om 3 uur terug", List.of("Jan Bakker"));
        // an acronym compound ("PDF-bestand") takes no name after it
        persons.put("stuur het PDF-bestand van Femke door", List.of("Femke"));
        persons.put("het IBAN-nummer van Sjoerd klopt niet", List.of("Sjoerd"));
        assertPersons(persons);

        // structured values: the grouping and dots of each national form, an element's camelCase name, table columns
        assertThat(found("Steuer-ID: 658 219 036 74")).contains("DE_TAX_ID:658 219 036 74");
        assertThat(found("Steuer-ID: 65 821 903 674")).contains("DE_TAX_ID:65 821 903 674");
        assertThat(found("Lagerplatz 658 219 036 74")).noneMatch(f -> f.startsWith("DE_TAX_ID"));
        assertThat(found("DNI 53.194.826-N")).contains("ES_DNI_NIE:53.194.826-N");
        assertThat(found("DNI 4.719.385 S")).contains("ES_DNI_NIE:4.719.385 S");
        assertThat(found("DNI 53.194.826-P")).noneMatch(f -> f.startsWith("ES_DNI_NIE")); // wrong letter
        assertThat(found("build 2.53.194.826-N")).noneMatch(f -> f.startsWith("ES_DNI_NIE"));
        assertThat(found("<record><nhsNo>482-915-7364</nhsNo></record>")).contains("UK_NHS:482-915-7364");
        assertThat(found("{\"patientNhsNumber\": \"731 204 9583\"}")).contains("UK_NHS:731 204 9583");
        assertThat(found("<orderRef>482-915-7364</orderRef>")).noneMatch(f -> f.startsWith("UK_NHS"));
        assertThat(found("id|name|geburtsdatum\n1|Sietske|12-03-1990\n2|Hidde|04-11-1987\n3|Jelmer|30-06-1979"))
                .contains("DATE_OF_BIRTH:12-03-1990", "DATE_OF_BIRTH:04-11-1987", "DATE_OF_BIRTH:30-06-1979");
        assertThat(found("id,name,date_of_birth\n1,Amara Osei,1990-03-12\n2,Kojo Mensah,1987-11-04"))
                .contains("DATE_OF_BIRTH:1990-03-12", "DATE_OF_BIRTH:1987-11-04");
        assertThat(found("id;naam;vervaldatum\n1;Sietske;12-03-1990\n2;Hidde;04-11-1987"))
                .noneMatch(f -> f.startsWith("DATE_OF_BIRTH"));
    }

    /**
     * Header context reaches every row of a long table (here 2,000 rows, ~40 KB), and a megabyte of rows whose cells
     * alternate two separators (each a run of its own) stays linear: the generous bound only catches a walk up to the
     * header per value.
     */
    @Test
    void tableHeadersReachLongTablesAndStayLinear() {
        StringBuilder sb = new StringBuilder("id;naam;bsn\n");
        for (int i = 0; i < 2000; i++) {
            sb.append(i).append(";Jan;").append(i == 1999 ? "674032111" : "12345").append('\n');
        }
        assertThat(found(sb.toString())).contains("NL_BSN:674032111");
        StringBuilder alt = new StringBuilder("id,naam;bsn,telefoon\n");
        java.util.Random r = new java.util.Random(7);
        while (alt.length() < (1 << 20)) {
            alt.append(r.nextInt(1000)).append(",Jan;").append(100000000 + r.nextInt(899999999)).append(",0")
                    .append(600000000 + r.nextInt(99999999)).append('\n');
        }
        String text = alt.toString();
        CpuTime.assertWithin(java.time.Duration.ofSeconds(20), () -> PiiDetector.defaults().scan(text));
    }

    /**
     * A megabyte of rows in which both the person cells and the numeric cells alternate two separators within every
     * row ({@code bsn;voornaam,achternaam;notitie,telefoon}: the BSN cell is bounded by ';', the phone cell by ',',
     * "voornaam" is bounded by ',' and "achternaam" by ';'), so each path looks up a header under two separators per
     * row. A header memo of one block would lose it at every cell and walk up to the header again (quadratic); one
     * block per separator keeps the scan linear. The generous bound only catches a walk per value. The header also
     * counts a megabyte below itself: the last row's BSN gets the column's context.
     */
    @Test
    void tableHeadersStayLinearWhenCellsAlternateSeparators() {
        String[] first = {"Jan", "Sanne", "Pieter", "Fleur", "Daan", "Lotte", "Bram", "Noor"};
        String[] last = {"Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos"};
        StringBuilder sb = new StringBuilder("bsn;voornaam,achternaam;notitie,telefoon\n");
        java.util.Random r = new java.util.Random(11);
        while (sb.length() < (1 << 20)) {
            sb.append(100000000 + r.nextInt(899999999)).append(';').append(first[r.nextInt(first.length)]).append(',')
                    .append(last[r.nextInt(last.length)]).append(";x,0").append(600000000 + r.nextInt(99999999))
                    .append('\n');
        }
        sb.append("674032111;Quillon,Ashby;x,0612345678\n");
        String text = sb.toString();
        List<PiiMatch> ms = CpuTime.supplyWithin(java.time.Duration.ofSeconds(20),
                () -> PiiDetector.defaults().scan(text));
        List<String> found = PiiQualityTest.above(ms, PiiDetector.DEFAULT_THRESHOLD).stream()
                .map(m -> m.type() + ":" + m.value(text)).toList();
        assertThat(found).contains("NL_BSN:674032111", "PERSON:Quillon", "PERSON:Ashby");
    }

    /**
     * Birth-date columns reach the last row of a megabyte table, and the look stays linear when the date cells
     * alternate two separators and the headers repeat birth columns (each cell walks to its header through the memo).
     */
    @Test
    void birthDateColumnsStayLinear() {
        StringBuilder sb = new StringBuilder("id;geboortedatum;geburtsdatum,date_of_birth;dob\n");
        java.util.Random r = new java.util.Random(23);
        while (sb.length() < (1 << 20)) {
            sb.append(r.nextInt(1000)).append(';').append(String.format(Locale.ROOT, "%02d-%02d-19%02d",
                    1 + r.nextInt(28), 1 + r.nextInt(12), r.nextInt(100))).append(';')
                    .append(String.format(Locale.ROOT, "%02d.%02d.19%02d", 1 + r.nextInt(28), 1 + r.nextInt(12),
                            r.nextInt(100))).append(',').append("1990-01-0").append(1 + r.nextInt(9)).append(";x\n");
        }
        sb.append("7;17-03-1961;x,y;z\n");
        String text = sb.toString();
        List<PiiMatch> ms = CpuTime.supplyWithin(java.time.Duration.ofSeconds(20),
                () -> PiiDetector.defaults().scan(text));
        assertThat(PiiQualityTest.above(ms, PiiDetector.DEFAULT_THRESHOLD).stream()
                .map(m -> m.type() + ":" + m.value(text))).contains("DATE_OF_BIRTH:17-03-1961");
    }

    /** Round-4 holdout: written with the round-4 set, measured untuned at the start and once at the end. */
    @Test
    void round4HoldoutQuality() throws IOException {
        List<Case> cases = load("round4-holdout-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(35);
        checkValues(cases);
        // untuned: PERSON P 0.941 R 0.696 F1 0.800, PHONE 0.957, all 0.870, 12 benign matches; at the end of the round
        // (not tuned on): PERSON 1.000 / 0.870 / 0.930, every other entity 1.000, all 0.957, 3 benign matches
        Result r = assertSet("round4-holdout-set.txt", 0.91, 0.94, 3);
        for (String type : r.scores().keySet()) {
            if (!type.equals("PERSON")) {
                assertFloor(r, type, 0.95);
            }
        }
    }

    /** One case per round-3 mechanism: the expected PERSON spans (and none in the negatives). */
    @Test
    void round3Mechanisms() {
        Map<String, List<String>> cases = new java.util.LinkedHashMap<>();
        cases.put("Applicant: NOWAK, Zofia", List.of("NOWAK, Zofia"));
        cases.put("Attendees: Tanaka, Yuki; Fischer, Emma", List.of("Tanaka, Yuki", "Fischer, Emma"));
        cases.put("Thanks, Anna", List.of("Anna"));
        cases.put("Signed by J. Smith today.", List.of("J. Smith"));
        cases.put("Hello Mr Nakamura, welcome.", List.of("Nakamura"));
        cases.put("Last name: OKAFOR", List.of("OKAFOR"));
        cases.put("BENEFICIARY NGUYEN VAN AN", List.of("NGUYEN VAN AN"));
        cases.put("{\"achternaam\": \"van Dijk\"}", List.of("van Dijk"));
        cases.put("Okoro,Chiamaka,c@x.io", List.of("Okoro", "Chiamaka"));
        cases.put("\"I see,\" says Whitfield.", List.of("Whitfield"));
        cases.put("They invited Ifunanya, Hannah and Sophie.", List.of("Ifunanya", "Hannah", "Sophie"));
        cases.put("Anneke ter Horst tekent vandaag.", List.of("Anneke ter Horst"));
        cases.put("Alta de María José Fernández de la Torre.", List.of("María José Fernández de la Torre"));
        cases.put("The keynote is by Thibault de La Rochefoucauld.", List.of("Thibault de La Rochefoucauld"));
        cases.put("Ubul: What a wife.\nNicole: Remember me?", List.of("Ubul", "Nicole"));
        cases.put("Marisa Alves\nLegistorm\n09457 Vana-Viru 25", List.of("Marisa Alves"));
        // negatives: headings, products, teams, companies, programming languages
        cases.put("A. Overview of the plan", List.of());
        cases.put("We use Python, Java and Ruby.", List.of());
        cases.put("sku,description,price\nA-1,Aurora Desk Lamp,9.90", List.of());
        cases.put("team:\n  name: Platform Reliability", List.of());
        cases.put("Amazon, Google and Banco Santander signed.", List.of());
        assertPersons(cases);
    }

    /**
     * One case per round-4 person mechanism, written apart from the round-4 sets (other names, places and shapes):
     * the expected PERSON spans, and none in the negatives.
     */
    @Test
    void round4PersonMechanisms() {
        Map<String, List<String>> cases = new java.util.LinkedHashMap<>();
        // role nouns and minutes labels before a name; capitalised role nouns are not part of it
        cases.put("Ticket 7 has owner Radomir Kostov since May.", List.of("Radomir Kostov"));
        cases.put("Mieterin Ortrud Blanke zahlt pünktlich.", List.of("Ortrud Blanke"));
        cases.put("Lo ha confermato la portavoce Ilaria Fenzi.", List.of("Ilaria Fenzi"));
        cases.put("Absent: Ottoline Parris", List.of("Ottoline Parris"));
        // lower-case titles with a full stop
        cases.put("overleg met dhr. Wagenaar morgen", List.of("Wagenaar"));
        cases.put("bezoek van fam. Oudshoorn", List.of("Oudshoorn"));
        // the Romance "de" keeps the name
        cases.put("Es la casa de María García.", List.of("María García"));
        // XML elements, markdown cells, vCard and iCalendar names
        cases.put("<row><achternaam>Tjoelker</achternaam></row>", List.of("Tjoelker"));
        cases.put("| Contact | Email |\n|---|---|\n| Ingmar Solvik | i@s.no |", List.of("Ingmar Solvik"));
        cases.put("BEGIN:VCARD\nFN:Aurelio Bastianich\nEND:VCARD", List.of("Aurelio Bastianich"));
        cases.put("ATTENDEE;CN=Ysolde Krane:mailto:y@k.io", List.of("Ysolde Krane"));
        // a bare name key beside a key naming a part of a name; a git trailer before an address
        cases.put("{\"nombre\": \"Xiomara\", \"apellidos\": \"Quiroga Peña\"}", List.of("Xiomara", "Quiroga Peña"));
        cases.put("{\"nom\": \"Le Meur\", \"prenom\": \"Gwenola\"}", List.of("Le Meur", "Gwenola"));
        cases.put("Acked-by: Lorcan Breathnach <lorcan@x.ie>", List.of("Lorcan Breathnach"));
        // messenger exports
        cases.put("[03/02/2024, 10:15:02] Ines Pardo: klaar?\n[03/02/2024, 10:16:40] Tjerk Hiddes: ja",
                List.of("Ines Pardo", "Tjerk Hiddes"));
        cases.put("3/2/24, 10:15 - Ines Pardo: ok\n3/2/24, 10:16 - Tjerk Hiddes: top",
                List.of("Ines Pardo", "Tjerk Hiddes"));
        // lower-case names after chat cues and in mentions
        cases.put("can you ask sophie for the keys", List.of("sophie"));
        cases.put("@nadia pls check the deploy", List.of("nadia"));
        cases.put("grazie, paolo", List.of("paolo"));
        // single names after verbs of acting with someone and attributions
        cases.put("The invoice was approved by Wojtaszek yesterday.", List.of("Wojtaszek"));
        cases.put("Selon Duvernoy, rien ne change.", List.of("Duvernoy"));
        cases.put("Ich habe mit Brückner gesprochen.", List.of());
        // negatives: a company after a role, venues and shops named after people, an article before a shop,
        // things in XML and JSON, log lines with stamps, lower-case words, departments, a month in a date
        cases.put("Our client Nike renewed the deal.", List.of());
        cases.put("Wir treffen uns am Flughafen Konrad Adenauer.", List.of());
        cases.put("La cita es en el hospital Ramón y Cajal.", List.of());
        cases.put("I bought it at the Karl Lagerfeld boutique.", List.of());
        cases.put("Das Fritz Haber-Institut liegt in Dahlem.", List.of());
        cases.put("Ik haal brood bij de Jan Smit om de hoek.", List.of());
        cases.put("<item><name>Steel Kettle</name></item>", List.of());
        cases.put("{\"name\": \"Steel Kettle\", \"owner\": \"Ops Team\"}", List.of());
        cases.put("[2024-02-03 10:15:02] Cache Warmer: started\n[2024-02-03 10:15:03] Cache Warmer: done", List.of());
        cases.put("ask them and thanks again, hi all", List.of());
        cases.put("The report was approved by Finance yesterday.", List.of());
        cases.put("10.0.0.1 - - [07/Jun/2024:10:00:00 +0000] \"GET / HTTP/1.1\" 200", List.of());
        cases.put("Kundin: Guten Tag, ich habe eine Frage.", List.of());
        // "A & B" of single words is a firm unless both are known given names
        cases.put("Ernst & Young audited it; Simon & Schuster printed it.", List.of());
        cases.put("Anna & Tom are coming to dinner.", List.of("Anna", "Tom"));
        assertPersons(cases);
    }

    /** One case per round-4 mechanism for structured entities, written apart from the round-4 sets. */
    @Test
    void round4StructuredMechanisms() {
        PiiDetector det = PiiDetector.defaults();
        Map<String, List<String>> cases = new java.util.LinkedHashMap<>();
        // a slash after the area code only
        cases.put("Tel. 089/4412 7730", List.of("PHONE_NUMBER:089/4412 7730"));
        cases.put("gsm 0471/23.45.67", List.of("PHONE_NUMBER:0471/23.45.67"));
        cases.put("Büro 069 / 7410 2290", List.of("PHONE_NUMBER:069 / 7410 2290"));
        cases.put("Lieferung 0301/44/82 folgt", List.of());
        // Spanish groupings of nine digits
        cases.put("Oficina: 915 22 41 07", List.of("PHONE_NUMBER:915 22 41 07"));
        cases.put("Oficina: 93 415 22 07", List.of("PHONE_NUMBER:93 415 22 07"));
        // a label naming another kind of number before a phone shape
        cases.put("Kundennummer 0176 2231 4455", List.of());
        cases.put("Telefonnummer 0176 2231 4455", List.of("PHONE_NUMBER:0176 2231 4455"));
        cases.put("Handynr. 0176 2231 4455", List.of("PHONE_NUMBER:0176 2231 4455"));
        cases.put("order number 0612-778-41 is late", List.of());
        cases.put("my number is 0612-778-41", List.of("PHONE_NUMBER:0612-778-41"));
        cases.put("codice articolo 0331-228-91", List.of());
        // version numbers are not addresses
        cases.put("firmware 4.12.0.3 is out", List.of());
        cases.put("upgrade from 4.12.0.3 to 4.13.1.0 tonight", List.of());
        cases.put("app_version=7.20.1.15 ok", List.of());
        cases.put("connection from 10.1.2.3 refused", List.of("IP_ADDRESS:10.1.2.3"));
        // dates of birth after "D.O.B." and "Geburtstag"
        cases.put("D.O.B.: 4 Jan 1971", List.of("DATE_OF_BIRTH:4 Jan 1971"));
        cases.put("Geburtstag: 3. März 1958", List.of("DATE_OF_BIRTH:3. März 1958"));
        for (Map.Entry<String, List<String>> c : cases.entrySet()) {
            String text = c.getKey();
            List<String> found = PiiQualityTest.above(det.scan(text), PiiDetector.DEFAULT_THRESHOLD).stream()
                    .filter(m -> !m.type().equals("PERSON")).map(m -> m.type() + ":" + m.value(text)).toList();
            assertThat(found).as("entities in [%s]", text).isEqualTo(c.getValue());
        }
    }

    /** One case per structured-record mechanism: the expected PERSON spans (and none in the negatives). */
    @Test
    void structuredFieldsAndSpeakerLabels() {
        Map<String, List<String>> cases = new java.util.LinkedHashMap<>();
        cases.put("first_name,last_name,email\nMarisol,Quintero,m@q.io", List.of("Marisol", "Quintero"));
        cases.put("Name;Vorname;Nachname\nBrockhaus;Ilka;Brockhaus", List.of("Brockhaus", "Ilka", "Brockhaus"));
        cases.put("\"employee_name\",\"dept\"\n\"Kalani Akana\",\"Finance\"", List.of("Kalani Akana"));
        cases.put("{\"full_name\": \"Adaora Okafor\"}", List.of("Adaora Okafor"));
        cases.put("{\"contact\": {\"name\": \"Tiihonen Aleksi\"}}", List.of("Tiihonen Aleksi"));
        cases.put("{\"lastName\": \"Chukwuma\"}", List.of("Chukwuma"));
        cases.put("level=info requested_by=\"Ysolde Marchetti\" rows=3", List.of("Ysolde Marchetti"));
        cases.put("customer_name=Rosalind Achterberg ip=x", List.of("Rosalind Achterberg"));
        cases.put("assignee: Kwabena Osei\nstatus: open", List.of("Kwabena Osei"));
        cases.put("Sanjana: hi, my order never came\nAgent: Sorry!", List.of("Sanjana"));
        cases.put("Tuyet: on for Friday?\nRavindra: yes\nTuyet: great", List.of("Tuyet", "Ravindra", "Tuyet"));
        cases.put("Sanjana: did it ship?\nFaizan: not yet", List.of("Sanjana", "Faizan"));
        // negatives: things, teams, headings, field labels, roles
        cases.put("sku,name,price\nA-100,Blue Mug,9.90", List.of());
        cases.put("{\"product_name\": \"Aurora Lamp\"}", List.of());
        cases.put("product,owner,region\nWidget Pro,Platform Team,EMEA", List.of());
        cases.put("{\"name\": \"Quarterly Report\", \"owner\": \"Finance Team\"}", List.of());
        cases.put("Summary: Deploy failed\nStatus: Resolved\nOwner: team-platform", List.of());
        cases.put("Question: What is it?\nAnswer: Paris.\nQuestion: And?\nAnswer: Rome.", List.of());
        cases.put("System: be brief\nUser: hi\nAssistant: hello", List.of());
        cases.put("Pros: fast\nCons: pricey", List.of());
        assertPersons(cases);
    }

    /** Each text's PERSON values at the default threshold, in order, equal the expected ones. */
    static void assertPersons(Map<String, List<String>> cases) {
        PiiDetector det = PiiDetector.builder().entities(List.of("PERSON")).build();
        for (Map.Entry<String, List<String>> c : cases.entrySet()) {
            String text = c.getKey();
            List<String> found = PiiQualityTest.above(det.scan(text), PiiDetector.DEFAULT_THRESHOLD).stream()
                    .map(m -> m.value(text)).toList();
            assertThat(found).as("PERSON in [%s]", text).isEqualTo(c.getValue());
        }
    }

    /**
     * Round 13: written in the twenty-ninth session by a helper who read neither the detector nor any set and was
     * given types, formats, the span conventions (no titles inside a name; "Family, Given" is one span; handles built
     * from a name count, role accounts do not) and trap categories only (175 texts in six languages: 125 with 366 PII
     * values of all 18 types, 162 of them PERSON; 50 benign traps). A holdout, never tuned on: all F1 0.959 (precision
     * 0.983, recall 0.937), PERSON 0.919 (0.966 / 0.877; 20 misses, most of them chat handles and user names),
     * DATE_OF_BIRTH 0.987, PHONE_NUMBER 0.986, FR_NIR and BE_NATIONAL_NUMBER 0.857 (a Corsican NIR with "2A"; a
     * Belgian NISS read as a phone), every other type 1.000; 4 benign texts with a match (a holiday named after a
     * person, a meeting room, a case number as a phone, an IBAN placeholder's digits as a card) with the session's
     * starting rules. After the same session's tuning on round 12 (user names and chat handles, self-introductions,
     * Corsican NIRs, ...): <b>all F1 0.977, PERSON 0.956</b> (0.968 / 0.944), FR_NIR 1.000, the same 4 benign texts.
     * Floors a little below the latter.
     */
    @Test
    void round13HoldoutQuality() throws IOException {
        List<Case> cases = load("round13-holdout-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(125);
        checkValues(cases);
        assertSet("round13-holdout-set.txt", 0.95, 0.97, 4);
    }

    /**
     * Round 14: written in the thirtieth session by a helper who read neither the detector nor any set and was given
     * types, formats, the span conventions and trap categories only (180 texts in six languages: 130 with 391 PII
     * values of all 18 types, 153 of them PERSON; 50 benign traps: documentation placeholders, case and tracking
     * numbers, rooms, streets and holidays named after people). A holdout, never tuned on: with the session's starting
     * rules all F1 <b>0.957</b> (precision 0.979, recall 0.936), PERSON <b>0.908</b> (0.950 / 0.869; most misses
     * lower-case names and handles in chat, the rest user names in config values), BE_NATIONAL_NUMBER 0.909, DE_TAX_ID
     * and NL_BSN 0.923 (a number whose only cue is a lower-case word or a log key), UK_NHS 0.857 (an NHS number in a
     * German sentence read as a phone), PHONE_NUMBER 0.986, every other type 1.000 but DATE_OF_BIRTH 0.989; 18
     * matches in the benign texts (5 e-mail addresses: the documentation examples at {@code example.com} and
     * {@code example.org}, which the detector reports as addresses; 5 case, tracking and placeholder numbers read as
     * phones; 8 people's names on rooms, boulevards and holidays).
     *
     * <p>Released and tuned on by class in the thirty-first session ({@link Round14PiiClassesTest}): numbers whose
     * last six digits are zeros and "+1" numbers without ten digits are no phones; file, case and shipment numbers
     * ("dossier", "pratica", "seguimiento") are no phones; rooms, halls and buildings named after people ("aula",
     * "sala", "auditorio", "Saal" before the name, "-gebouw", "-saal" compounds after it, "Boulevard" and "Avenue" after a
     * full name); an institution after "de la" / "van de" ends a name; German abstract nouns after "laut"; "sig.ra"
     * and "sig.na" as titles; a month after a preposition of time ("in Jan,"); departments signing a message
     * ("-administratie", "-abteilung"). After: all F1 0.957 -> <b>0.965</b>, PERSON 0.908 -> <b>0.928</b> (precision
     * 0.950 -> 0.978), benign matches <b>18 -> 8</b> (5 documentation e-mail addresses, a holiday, a brand of two
     * given names). Left: lower-case chat names and handles, lower-case family names after titles. Floors just under
     * the tuned numbers.
     */
    @Test
    void round14HoldoutQuality() throws IOException {
        List<Case> cases = load("round14-holdout-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(130);
        checkValues(cases);
        assertSet("round14-holdout-set.txt", 0.92, 0.96, 8);
    }

    /**
     * Round 15: written in the thirty-first session by a helper who read neither the detector nor any set and was given
     * types, formats and trap categories only (180 texts in six languages: 132 with 520 values of all 18 types, 225 of
     * them PERSON; 48 benign traps: companies named after their founders, tracking and order numbers, hashes, version
     * numbers, masked values, dates that are not birth dates, job titles). A holdout, never tuned on: with the
     * session's starting rules all F1 <b>0.972</b> (precision 0.979, recall 0.965), PERSON <b>0.951</b> (0.955 /
     * 0.947), DE_TAX_ID 0.750 and UK_NHS 0.800 (a number whose label is a paragraph away or absent), NL_BSN 0.941,
     * DATE_OF_BIRTH 0.971, PHONE_NUMBER 0.993, every other type 1.000; 5 matches in the benign texts. After the
     * session's round-14 tuning: all F1 0.974, PERSON 0.955, 4 benign matches. <b>Released and tuned on in the
     * thirty-second session</b>, by class (letter headers and contact fields that are no chat speakers, noun phrases
     * joined by a particle, abbreviated weekdays, professional titles and particles after initials, SQL values and
     * their columns, national numbers whose label is a sentence or a paragraph away, lower-case names after chat
     * greetings and German titles, short forms of given names, sudo's user; cases in {@link Round15PiiClassesTest}):
     * all F1 0.974 -> 0.997, PERSON 0.955 -> 0.993, DE_TAX_ID, UK_NHS, NL_BSN and DATE_OF_BIRTH 1.000, benign
     * matches 4 -> 0. Floors a little below (docs/quality-pii.md).
     */
    @Test
    void round15HoldoutQuality() throws IOException {
        List<Case> cases = load("round15-holdout-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(132);
        checkValues(cases);
        Result r = assertSet("round15-holdout-set.txt", 0.99, 0.995, 0);
        for (String type : r.scores().keySet()) {
            assertFloor(r, type, 0.98);
        }
    }

    /**
     * Round 16: written at the end of the thirty-first session, after its tuning on round 14, from the brief of round
     * 15 by another helper who read neither the detector nor any set (180 texts in six languages: 132 with 433 values
     * of all 18 types, 187 of them PERSON; 48 benign traps, among them companies named after their founders). A
     * holdout, never tuned on: all F1 <b>0.980</b> (precision 0.995, recall 0.965), PERSON <b>0.970</b> (1.000 /
     * 0.941) with the session's starting and final builds alike; 3 matches in the benign texts at the start, 2 at the
     * end; all F1 0.982, PERSON 0.970, 1 benign match after the thirty-second session. <b>Released and tuned on in the
     * thirty-third session</b>, by class (lower-case given names after contact nouns, contact verbs and street hails;
     * a user key's initial and a family name that is also a word; offices that sign a message; particle surnames
     * after a file noun; the social-security words of five languages for the French number; a national number
     * beside a person's name in a record; thin given-name groups; cases in {@link Round16PiiClassesTest}): all F1
     * 0.982 -> 0.998, PERSON 0.970 -> 0.997, NL_BSN 0.857 -> 1.000, FR_NIR 0.923 -> 1.000, benign matches 1 -> 0.
     * Left: IP_ADDRESS 0.966 (a private destination address the set does not mark while it marks another private
     * one) and "ale" as a chat opener (an English word). Floors a little below (docs/quality-pii.md).
     */
    @Test
    void round16HoldoutQuality() throws IOException {
        List<Case> cases = load("round16-holdout-set.txt");
        assertThat(cases.stream().filter(c -> !c.benign()).count()).isGreaterThanOrEqualTo(132);
        checkValues(cases);
        Result r = assertSet("round16-holdout-set.txt", 0.99, 0.995, 0);
        for (String type : r.scores().keySet()) {
            assertFloor(r, type, 0.95);
        }
    }
}
