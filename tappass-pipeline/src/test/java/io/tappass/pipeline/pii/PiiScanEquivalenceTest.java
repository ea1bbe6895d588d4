package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The fast run-splitting driver of {@link PiiDetector} hands each scanner only the runs that can hold one of its
 * trigger positions; it must find exactly what the reference driver (every scanner over every position) finds.
 */
class PiiScanEquivalenceTest {

    /** Fragments that exercise every scanner and its boundaries. */
    static final String[] FRAGMENTS = {
        "the", "report", "board", "delivery", "born", "born on", "DOB:", "geboren", "né le", "d.o.b.", "Geb.",
        "12/03/1985", "1985-03-12", "12 March 1985", "March 12, 1985", "1. Mai 1990", "Mr.", "Mrs", "Dr.", "Maria",
        "Gonzalez", "Jan", "de", "Vries", "van", "JOHN", "SMITH", "NAME:", "my name is", "mijn naam is", "jan",
        "Regards,", "regards", "Thanks,", "Yesterday", "The", "Please", "Ghent", "O'Brien", "Anne-Marie", "Ken N.",
        "said", "lives", "'s", "St.", "the White", "\"Hamlet\"", "Żaneta", "Łukasz", "Müller", "é", "ß",
        "Hoi", "Groetjes,", "Beneficiary:", "Nachname:", "last_name:", "From:", "mevrouw", "El", "Amrani", "S.r.l.",
        "Zhang", "Wei", "Nguyen", "Van", "An", "Park", "Ji-hoon", "Klantenservice", "2906", "daughter", "Palermo",
        "jane.doe@example.com", "a@b", "@", "x@y.co", "foo.bar@xn--p1ai.xn--p1ai", "a.@b.com", "-", ".", ":", "::",
        "+32 470 12 34 56", "+1 (415) 555-2671", "(020) 794 6095", "020 794 6095", "0612345678", "555-0100",
        "4111 1111 1111 1111", "4111-1111-1111-1111", "378282246310005", "078-05-1120", "123-45-6789", "123456789",
        "943 476 5919", "9434765919", "85.07.30-033.28", "85073003328", "12 345 678 901", "1 85 05 78 006 084 36",
        "111222333", "1112.22.333", "NL91ABNA0417164300", "GB82 WEST 1234 5698 7654 32", "ES91 2100 0418 4502 0005 1332",
        "GB82", "AB 12 34 56 C", "QQ123456C", "12345678Z", "X1234567L", "Y-1234567", "RSSMRA85T10A562S",
        "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        "0x52908400098527886E0F7030069857D2E4169EE7", "10.20.30.40", "192.168.0.1/24", "10.0.0.1:8080", "1.2.3.4",
        "2001:db8::ff00:42:8329", "::1", "fe80::1%eth0", "00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e", "0012.3456.789a",
        "arn:aws:kms:us-east-1:003084325827:key", "4839574813:AAE", "x123", "ext. 12", "10km", "2023", "48,000",
        "1,250.00", "v3.2", "INV-2024-0042", "invoice", "order", "phone", "tel:", "IBAN", "ssn", "card", "$", "€",
        "www.example.com", "a-b-c-d-e-f", "1 2 3 4 5 6 7 8 9", "(", ")", ",", ";", "\"", "'", "\u00a0", "_",
        "ich heiße", "ICH HEISSE", "je m'appelle", "me llamo", "mi chiamo", "mi nombre es", "name:", "\u0130s", "anna,",
        "born.", "dob,", "word.", "x:", "d.o.b",
        // structured records (CSV person columns, person keys, speaker labels)
        "first_name,last_name,email\n", "Name;Vorname;Nachname\n", "sku,name,price\n", "\"full_name\": \"",
        "{\"contact\": {\"name\": \"", "\"product_name\": \"", "customer_name=", "patient: ", "Agent:", "Sanjana:",
        "[09:12] Tuyet:", "Marisol", "Quintero", "Okafor\",", "Adaora,", "\nAgent: ok\n",
        // round 3 (comma order, particles before values, rows without a header, dashed NIE)
        "Y-5512390-V", "Papadakis, Eleni\"", "Osei, Abena", "de Vries;Lotte;", "van Leeuwen\"", "ADEBAYO, Tunde",
        "J. Smith", "Mr Nakamura", "says Becker.", "Gaetane, Hannah, Anthony", "Eklund, Michael and Hodge",
        // round 8 (sibling national numbers, snake_case context keys, the birth sign, joined dates, wrapped cards,
        // sentence ends after a value, named things, firms, titles and particles)
        "Steuer-ID", "95124844050", "89 697 348 277", "burgerservicenummer", "451763324", "7403.74.394", "\u00b0",
        "\u00b03/11/1950", "03-Jul-1951", "12-mrt-1980", "Kaartnummer:", "5425 2334", "3010 9903",
        "\"numero_securite_sociale\": \"", "291037511405280", "Die Nummer", "3 456 789", "yacht", "\"Lady",
        "Storm", "Studio", "& Fils", "Herr Kollege", "Dr. von", "Client : ", "1. ", "St. John", "the Oscar bed",
        "Herr Kollege Brenner", "drs. R.J. Hoogendoorn", "Eleanor St. John", "Achternaam: Op 't Veld",
        "Sr. de la Vega", "Client : Mathis Royer, rue", "Dr. von Arnim", "1. Cornelis Jan de Graaf",
    };
    static final String[] GAPS = {" ", " ", " ", "", "\n", "  ", "\t", ", ", ". ", "\u00a0", "-", "/", "\r\n"};

    static String randomText(Random r, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            sb.append(randomCase(r, FRAGMENTS[r.nextInt(FRAGMENTS.length)])).append(GAPS[r.nextInt(GAPS.length)]);
        }
        return sb.toString();
    }

    /** {@code f} in upper case one time in eight, else in lower case one time in eight, else as it is. */
    static String randomCase(Random r, String f) {
        if (r.nextInt(8) == 0) {
            return f.toUpperCase(java.util.Locale.ROOT);
        }
        return r.nextInt(8) == 0 ? f.toLowerCase(java.util.Locale.ROOT) : f;
    }

    static void assertSame(PiiDetector d, String text) {
        assertThat(d.scan(text)).as("fast driver vs reference on %s", text).isEqualTo(d.scanUnfiltered(text));
    }

    @Test
    void randomTextsGiveTheReferenceResult() {
        Random r = new Random(42);
        PiiDetector d = PiiDetector.defaults();
        PiiDetector personOnly = PiiDetector.builder().entities(List.of("PERSON")).build();
        PiiDetector dobOnly = PiiDetector.builder().entities(List.of("DATE_OF_BIRTH")).build();
        PiiDetector noContext = PiiDetector.builder().contextWindow(0).build();
        for (int k = 0; k < 4000; k++) {
            String text = randomText(r, 1 + r.nextInt(40));
            assertSame(d, text);
            if (k % 4 == 0) {
                assertSame(personOnly, text);
                assertSame(dobOnly, text);
                assertSame(noContext, text);
            }
        }
    }

    @Test
    void edgeTextsGiveTheReferenceResult() {
        PiiDetector d = PiiDetector.defaults();
        for (String text : new String[] {"", " ", "a", "1", "@", "my name is jan", "MY NAME IS jan", "born 12/03/1985",
            "xborn 12/03/1985", "is\tjan", "Name: jan", "x".repeat(30), "1 ".repeat(50), "Jan", "jan de Vries",
            "tel 020\n794 6095", "\u00a0born\u00a012/03/1985", "a\u00a0b Maria"}) {
            assertSame(d, text);
        }
    }

    /**
     * A lower-case word ending a clause ("date.", "cluster,") is decided by the filter of plain words (2026-11-27):
     * birth words with and without their dot ("geb.", "born.", "dob,"), chat cues before a comma or a dot ("thanks,
     * marco", "ask. priya"), strong introductions before such a run, near misses, at the text's start and across
     * the splitter's 2,048-character buffer, with every entity and with persons or dates of birth alone.
     */
    @Test
    void clauseEndsGiveTheReferenceResult() {
        PiiDetector[] detectors = {PiiDetector.defaults(), PiiDetector.builder().entities(List.of("PERSON")).build(),
            PiiDetector.builder().entities(List.of("DATE_OF_BIRTH")).build()};
        String[] words = {"geb.", "geb,", "born.", "born,", "dob.", "dob,", "nato.", "birth.", "date.", "thanks,",
            "thanks.", "ask,", "hi,", "hi.", "jan.", "jan,", "the,", "a.", "x,", "abcdefghijklmnopq.", "geboren.",
            "geburtsdatum.", "dateofbirth,", "d.o.b.", "mitigations."};
        String[] before = {"", "my name is ", "ich heisse ", "name: ", "please ", "12 "};
        String[] after = {" marco", " 12/03/1985", " priya!", " 1. Mai 1990", " 12 34 56", ""};
        Random r = new Random(27_11_2026);
        for (int k = 0; k < 3000; k++) {
            String pad = r.nextInt(3) == 0 ? "x ".repeat(1015 + r.nextInt(12)) : r.nextBoolean() ? "" : "x ";
            String text = pad + before[r.nextInt(before.length)] + words[r.nextInt(words.length)]
                    + after[r.nextInt(after.length)];
            for (PiiDetector d : detectors) {
                assertSame(d, text);
            }
        }
    }

    /**
     * Runs without letters are offered neither to the person heuristics nor, below seven characters, to the token
     * scanner (2026-11-27): identifiers that start or end in such runs ("1234567 Z", "AB 12 34 56 C", "Y-1234567-L",
     * "@123 lena") and names around them must be found as by the reference, with every entity and with one scanner's
     * entities alone.
     */
    @Test
    void runsWithoutLettersGiveTheReferenceResult() {
        PiiDetector[] detectors = {PiiDetector.defaults(),
            PiiDetector.builder().entities(List.of("ES_DNI_NIE", "UK_NINO", "CRYPTO")).build(),
            PiiDetector.builder().entities(List.of("PERSON", "DATE_OF_BIRTH")).build()};
        String[] pieces = {"1234567", "12345678", "123456", "+34", "-", "Z", "z", "X", "AB", "12", "34", "56", "C",
            "Y-1234567-L", "1234567-Z", "@123", "@", "lena", "Maria", "born", "12/03/1985", "my name is", "ask",
            "(12)", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "000000", "0x52908400098527886E0F7030069857D2E4169EE7"};
        Random r = new Random(27_11);
        for (int k = 0; k < 4000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int p = 0; p < 2 + r.nextInt(10); p++) {
                sb.append(pieces[r.nextInt(pieces.length)]).append(r.nextInt(4) == 0 ? "" : " ");
            }
            for (PiiDetector d : detectors) {
                assertSame(d, sb.toString());
            }
        }
    }

    /**
     * Lower-case chat cues ("ask priya", "hi marco", "thanks, joost") and strong introductions after words of every
     * ending the splitter's filter of plain lower-case runs looks at ("notes", "the", "please", "to", "is", "name:"),
     * with the run at the text's start, after padding and across the splitter's 2,048-character buffer: the fast
     * driver must find what the reference finds. (Before 2026-11-26 a cue after a word ending in "s" or "e", and a
     * two-letter cue such as "hi", were skipped.)
     */
    @Test
    void lowerCaseChatCuesGiveTheReferenceResult() {
        PiiDetector d = PiiDetector.defaults();
        PiiDetector personOnly = PiiDetector.builder().entities(List.of("PERSON")).build();
        String[] before = {"", "the notes", "we", "please", "go to", "it is", "name:", "ich heiße", "I", "(", "x\n",
            "mi chiamo", "ok,", "whiles", "be"};
        String[] cues = {"ask", "hi", "hey", "thanks", "thanks,", "thx", "ping", "tell", "dile a", "vraag even aan",
            "chiedi a", "hallo", "born", "dob"};
        String[] names = {"priya", "marco", "joost", "carlos", "the", "12"};
        int persons = 0;
        for (String pad : new String[] {"", "x".repeat(40) + " ", "y ".repeat(1018)}) {
            for (String b : before) {
                for (String c : cues) {
                    for (String nm : names) {
                        String text = pad + b + (b.isEmpty() ? "" : " ") + c + " " + nm + " about it";
                        List<PiiMatch> expected = d.scanUnfiltered(text);
                        assertThat(d.scan(text)).as("fast driver vs reference on %s", text).isEqualTo(expected);
                        assertSame(personOnly, text);
                        persons += (int) expected.stream().filter(m -> m.type().equals("PERSON")).count();
                    }
                }
            }
        }
        assertThat(persons).as("persons found (the cues must fire)").isGreaterThan(300);
        assertThat(d.scan("x".repeat(40) + " the notes ask priya about it")).extracting(PiiMatch::type)
                .containsExactly("PERSON");
        assertThat(d.scan("x".repeat(40) + " ok hi marco how are you")).extracting(PiiMatch::type)
                .containsExactly("PERSON");
    }

    /** Chat cues, mentions, introductions and lower-case names, for {@link #randomChatTextsGiveTheReferenceResult}. */
    private static final String[] CHAT = {"ask", "hi", "hey", "thanks", "thanks,", "thx", "ping", "tell", "dile a",
        "vraag even aan", "chiedi a", "hallo", "priya", "marco", "joost", "carlos", "@lena", "@", "lena", "the notes",
        "we", "please", "is", "es", "name:", "heiße", "heisse", "llamo", "chiamo", "appelle", "born", "dob", "geb.",
        "née", "nacido", "x".repeat(17), "ab 12 34 56 c", "12", "Draft", "Contact", "dr.", "fam.", "?", "!", "and", "a",
        "de", "van", "Smith", "Anna"};
    static final String[] CHAT_GAPS = {" ", " ", " ", "", "\n", "  ", "\t", ", ", ". ", "? ", "! ", "\u00a0",
        "-", "/", "\r\n", ": ", "("};

    /** {@code pad} times "z ", then {@code pieces} random chat fragments and {@link #FRAGMENTS} with random gaps. */
    static String chatText(Random r, int pad, int pieces) {
        StringBuilder sb = new StringBuilder("z ".repeat(pad));
        for (int i = 0; i < pieces; i++) {
            String f = r.nextBoolean() ? CHAT[r.nextInt(CHAT.length)] : FRAGMENTS[r.nextInt(FRAGMENTS.length)];
            sb.append(randomCase(r, f)).append(CHAT_GAPS[r.nextInt(CHAT_GAPS.length)]);
        }
        return sb.toString();
    }

    /**
     * Random texts dense in chat cues and mentions glued to punctuation ("chiamo(hi priya", "-thanks marco",
     * "x(@lena"), some after ~2,000 characters of padding (the splitter's buffer edge): the fast driver must find what
     * the reference finds. (Before 2026-11-26 a cue or mention inside a run, after punctuation, was skipped: 411 of
     * 60,000 scans differed.)
     */
    @Test
    void randomChatTextsGiveTheReferenceResult() {
        Random r = new Random(2026_11_26);
        PiiDetector d = PiiDetector.defaults();
        PiiDetector personOnly = PiiDetector.builder().entities(List.of("PERSON")).build();
        int persons = 0;
        for (int k = 0; k < 3000; k++) {
            String text = chatText(r, r.nextInt(3) == 0 ? r.nextInt(1100) : 0, 1 + r.nextInt(40));
            List<PiiMatch> expected = d.scanUnfiltered(text);
            assertThat(d.scan(text)).as("fast driver vs reference on %s", text).isEqualTo(expected);
            assertSame(personOnly, text);
            persons += (int) expected.stream().filter(m -> m.type().equals("PERSON")).count();
        }
        assertThat(persons).as("persons found (the texts must exercise the heuristics)").isGreaterThan(3000);
    }

    /**
     * The second look of the run filters (2026-11-27: four characters of a strong introduction before a run, a birth
     * word looked up or three of its letters): introductions in every case and with characters that fold onto ASCII
     * ("heiſſe", "ıs"), near misses ("please summarise", "anything is", "jane.doe@"), at the text's start and inside
     * the buffer. And birth keys in snake case starting with "f" ("amo fecha_nacimiento", "llamo:
     * fecha_nacimiento:"), with every entity and with dates of birth alone: until the twentieth session the first look
     * inside the buffer never sought an "f", so with dates of birth alone "my name is fecha_nacimiento: 1980-01-01"
     * found nothing where the reference finds the date.
     */
    @Test
    void runFiltersSecondLookGivesTheReferenceResult() {
        PiiDetector d = PiiDetector.defaults();
        PiiDetector dobOnly = PiiDetector.builder().entities(List.of("DATE_OF_BIRTH")).build();
        String[] before = {"my name is", "MIJN NAAM IS", "mi nombre es", "ich heiße", "ICH HEI\u1e9eE",
            "ich hei\u017f\u017fe", "je m'appelle", "me llamo", "mi chiamo", "Name:", "my name \u0131s",
            "please summarise", "anything is", "this is", "the whole", "amo:", "x is", "llamo:", "as, amo", "date.",
            "jane.doe@example.com", "board"};
        String[] runs = {"jan", "jan.", "born 12/03/1985", "dob: 1980-01-01", "doe.born 12/03/1985", "board",
            "birth", "billing", "date.", "geboren 1. Mai 1990", "data_nascita: 1980-01-01", "d.o.b. 1980-01-01"};
        for (int pad = 0; pad < 9; pad++) {
            for (String b : before) {
                for (String run : runs) {
                    String text = "x".repeat(pad) + (pad > 0 ? " " : "") + b + " " + run + " end";
                    assertSame(d, text);
                    assertSame(dobOnly, text);
                }
            }
        }
        for (String text : new String[] {"xx as, amo fecha_nacimiento  12/03/1985",
            "x".repeat(40) + " me llamo: fecha_nacimiento: 1980-01-01",
            "x".repeat(40) + " my name is fecha_nacimiento: 1980-01-01",
            "x".repeat(40) + " and fecha_de_nacimiento: 1980-01-01"}) {
            assertSame(d, text);
            assertSame(dobOnly, text);
            assertThat(d.scan(text)).extracting(PiiMatch::type).contains("DATE_OF_BIRTH");
            assertThat(dobOnly.scan(text)).as(text).extracting(PiiMatch::type).containsExactly("DATE_OF_BIRTH");
        }
    }

    /**
     * The run splitter's own edges (2026-11-29): its 2,048-character copy buffer cutting a run or the characters its
     * filter of plain lower-case runs reads around one (four before the run, up to nine after it), runs of spaces,
     * tabs and line breaks between runs, a run that ends the text, and text with characters past Latin-1 (a euro sign
     * in the filler) - for every neighbour test of the filter: user cues ("for aoife", "by rvasquez", "gebruiker
     * jdevries"), "key: " and a TSV cell before a name, a verb of telling after one ("jake just told me"), strong
     * introductions, chat cues and birth words; each phrase at every shift across the buffer's edge.
     */
    @Test
    void splitterEdgesGiveTheReferenceResult() {
        PiiDetector d = PiiDetector.defaults();
        PiiDetector personOnly = PiiDetector.builder().entities(List.of("PERSON")).build();
        String[] phrases = {"for aoife from", "by rvasquez", "user: kenji", "login okafor", "gebruiker jdevries",
            "benutzer mkoch", "jake just told me", "priya said", "id\tmarco\tok", "my name is jan",
            "ich heiße anna", "thanks, joost", "ask priya", "born 12/03/1985", "geb. 1. Mai 1990", "the board",
            "cluster, date.", "ab 12 34 56 c", "abcdefghijklmnopqrs"};
        String[] gaps = {" ", "  ", "\t", "\n", "\r\n", " \u00a0 ", "   \t "};
        String[] fillers = {"ab ", "z ", "\u20ac "};
        Random r = new Random(2026_11_29);
        int persons = 0;
        for (String filler : fillers) {
            String fill = filler.repeat(2030 / filler.length());
            for (String phrase : phrases) {
                for (int shift = 0; shift < 24; shift++) {
                    String gap = gaps[r.nextInt(gaps.length)];
                    String body = "x".repeat(shift) + gap + phrase.replace(" ", gap);
                    for (String text : new String[] {fill + body + gap + "end", fill + body}) {
                        List<PiiMatch> expected = d.scanUnfiltered(text);
                        assertThat(d.scan(text)).as("fast driver vs reference on %s", text).isEqualTo(expected);
                        assertSame(personOnly, text);
                        persons += (int) expected.stream().filter(m -> m.type().equals("PERSON")).count();
                    }
                }
            }
        }
        assertThat(persons).as("persons found (the neighbour tests must fire)").isGreaterThan(150);
    }

    @Test
    void corpusTextsGiveTheReferenceResult() throws Exception {
        Path data = PiiQualityTest.findData();
        Assumptions.assumeTrue(data != null, "PII corpora not found next to the repository; skipping");
        ObjectMapper json = new ObjectMapper();
        PiiDetector d = PiiDetector.defaults();
        List<String> texts = new ArrayList<>();
        for (JsonNode rec : json.readTree(data.resolve("pii/presidio_research_synth_dataset_v2.json").toFile())) {
            texts.add(rec.get("full_text").asText());
        }
        for (String line : Files.readAllLines(data.resolve("pii/presidio_recognizer_cases.jsonl"),
                StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                texts.add(json.readTree(line).path("text").asText(""));
            }
        }
        for (String t : texts) {
            assertSame(d, t);
        }
        assertThat(texts).hasSizeGreaterThan(100);
    }
}
