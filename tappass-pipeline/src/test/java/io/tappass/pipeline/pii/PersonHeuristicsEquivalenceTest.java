package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The optimised {@link PersonHeuristics} (early decisions for single unknown capitalised words, word keys shared
 * by several word lists) must report exactly what the reference implementation reports: the same person spans and
 * scores, the same birth-word ends, and the same stop position, on random texts and random sub-ranges.
 */
class PersonHeuristicsEquivalenceTest {

    /** Extra name-shaped fragments, so that capitalised runs, introductions and particles meet often. */
    private static final String[] NAMEISH = {"Draft", "Contact", "List", "Translate", "Our", "Thursday", "Ghent",
        "Dutch", "John", "Smith", "Maria", "van der", "Berg", "von", "B.", "N", "K", "Anna-Lena", "O'Neil",
        "Dear", "dear", "named", "called", "Sincerely,", "regards,", "hello", "I'm", "i am", "this is", "with",
        "ich heiße", "je m'appelle", "me llamo", "mi chiamo", "name:", "Name:", "is", "es", "appelle", "St.", "San",
        "1317", "the", "a", "\"", "«", "Ltd", "Street", "Inc", "Smithson", "Kowalski", "Ivanova", "Müller",
        "İstanbul", "ÖZTÜRK", "JOHN SMITH", "MARIA", "GONZALEZ", "Prof.", "Mr", "Mrs.", "Sr.", "señor", "Señora",
        "wrote", "said", "'s", "’s", "born", "Born", "DOB", "d.o.b.", "geb.", "née", "Née", "nata", "nacido",
        "Yesterday", "Maria Gonzalez", "Jay Pearce lives", "Zoe Young's", "Elita B Desaulniers", "Ken N. Fukuda",
        "Dyan van Gijn", "translate", "list", "ß", "ẞ", "heiße", "heisse", "HEISSE", "llamo", "chiamo", "\u212a",
        // cue words, family names, particles, legal forms and streets (2026-11 blind-set rules)
        "Hoi", "Hallo", "Caro", "Dear", "Groetjes,", "Best,\n", "Gruß", "Cheers", "Beneficiary:", "Nachname:",
        "Nom :", "last_name:", "Full name:", "From:", "Cc:", "mevrouw", "heer", "Herr", "madame", "daughter", "my son",
        "Van", "De", "El", "Di", "La", "den", "Luca", "Amrani", "Berg", "S.r.l.", "B.V.", "GmbH", "SAS", "AG",
        "2906", "St.", "Street", "Mall", "Zhang", "Wang", "Liu", "Nguyen", "Tran", "Thi", "An", "Park", "Moon",
        "Ji-hoon", "Co-op", "Min-seo", "Adeyemi", "Olusegun", "McAllister", "O'Connor", "Al-Farsi", "Jean-Luc",
        "Anna-Lena", "Klantenservice", "Ufficio", "Ops", "Team", "Berlin", "Palermo", "Sevilla", "of", "on behalf of",
        "Wiśniewska", "Yılmaz", "Öztürk", "Çelik", "Nguyễn", "Thị",
        // structured records (2026-11 structured-field rules)
        "first_name,last_name\n", "nom;prénom\n", "sku,name,price\n", "Name,Email\n", "\"full_name\": \"",
        "{\"contact\": {\"name\": \"", "\"product_name\": \"", "user_name=", "assignee: ", "\"", ",", ";", "\t",
        "Agent:", "Sanjana:", "Faizan: not yet", "[09:12] ", "Summary:", "\n", "Quintero", "Le Bihan\"",
        // round 3: family name first with a comma, capitals, particles before values, rows without a header
        "KACZMAREK,", "Osei, Abena", ", ", "Yamamoto, Haruki;", "Lindqvist, Sara", "NGUYEN THI MAI", "OKAFOR CHIAMAKA",
        "\"achternaam\": \"van Leeuwen\"", "mevrouw de Vries", "de La Rochefoucauld", "van 't Hof", "ter Horst",
        "Anneke", "Okonkwo,Ngozi,", "Le Goff;Yannick;", "Eriksson Bridge", "\"description\": \"", "Alta de María José",
        "Fernández", "'t", "Thanks, Anna", "J.", "J. Smith", "A. B. Okafor", "M. van der Berg", "Mr Nakamura", "Mr",
        "Cheriton Dr Reuqu", "Dear Dr Pryce", "Dr", "Last name: OKAFOR", "Nachname: MÜLLER", "says", "said Carla to",
        "Gaetane, Hannah, Anthony", ", and ", " & ", " and ", "founders: Eklund, Michael and Hodge",
        "Ubul: What a wife.\nNicole: ok\n", "named him", "my kid", "\nMarisa Alves\nLegistorm\n09457 Vana-Viru 25",
        ">Rolando Lettiere\n>Caspio\n>03220 Augsburger", "\n\n", ">", "41086 Kiannonkatu",
        // round 4: role nouns, minutes labels, dotted titles, venues, articles, XML, tables, calendars, stamps,
        // lower-case chat cues, action phrases, dates in logs
        "owner", "Teilnehmer", "Patient", "sindaco", "Apologies:", "Driver:", "Kundin:", "dr.", "fam.", "mevr.",
        "rue", "lycée", "aéroport", "Aeroporto", "store", "Filiale", "Koch-Institut", "bij de", "de", "der", "la",
        "<lastName>", "</lastName>", "<nom>", "<client>", "| ", " |", "|---|", "FN:", ";CN=", ":mailto:",
        "[08.05.24, 18:40:11] ", "04/06/2024, 21:05 - ", "Reviewed-by:", "<a@b.de>", "ask", "thanks", "dile a",
        "priya", "marco", "@lena", "@", "signed off by", "approved by", "agreed with", "Volgens", "Laut", "d'après",
        "Hartmann", "Bosman", "[04/Jun/2024:", "/", "Jun", "\"nombre\": \"", "\"apellido\": \"", "{", "}",
        // round 8: named things (storms, vessels, dishes, cars, quoted names after them, English product order,
        // Romance compound nouns, shop words inside a run)
        "yacht", "Sturmtief", "tosti", "Renault", "the Oscar", "floor lamp", "bed", "lampada da", "terra", "de pie",
        "Eetcafe", "l'uragano", "\u201e", "\u201c", "'", "abuela", "Lady", "Studio", "& Associati", "et Fils",
        "en", "Zonen", "Kanzlei", "Installatiebedrijf", "Logistics", "Bouw", "Client : ", ", rue", " - NIF",
        "Objekt:", "U.O.", "Cardiologie", "Servicio de", "Kollege", "Kollegin", "Herr", "le Maire", "de los",
        "Op 't Veld", "K.L.", "drs.", "1. ", "\n2. ", "St. Clair", "St.", "Wer den", "Ben je", "boek ik", "Dan",
        "Beitrag von Lars", "Messaggio di", "Name: Okafor\n", "First name:", "it's", "Hier ist", "technician,",
        "Orrin,", "l'utilisateur", "usuario", "43 426 784 599"};

    private static String text(Random r, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            String f = r.nextInt(3) == 0
                    ? PiiScanEquivalenceTest.FRAGMENTS[r.nextInt(PiiScanEquivalenceTest.FRAGMENTS.length)]
                    : NAMEISH[r.nextInt(NAMEISH.length)];
            if (r.nextInt(10) == 0) {
                f = f.toUpperCase(java.util.Locale.ROOT);
            } else if (r.nextInt(10) == 0) {
                f = f.toLowerCase(java.util.Locale.ROOT);
            }
            sb.append(f).append(PiiScanEquivalenceTest.GAPS[r.nextInt(PiiScanEquivalenceTest.GAPS.length)]);
        }
        return sb.toString();
    }

    private static List<String> run(boolean reference, String text, int from, int to, boolean persons,
                                    boolean births) {
        List<String> out = new ArrayList<>();
        PersonHeuristics.Sink sink = persons ? (s, e, score) -> out.add("P" + s + "-" + e + "@" + score) : null;
        PersonHeuristics.BirthSink birth = births ? e -> out.add("B" + e) : null;
        int stop = reference ? PersonHeuristicsReference.scan(text, from, to, sink, birth)
                : PersonHeuristics.scan(text, from, to, sink, birth);
        out.add("stop " + stop);
        return out;
    }

    @Test
    void randomTextsGiveTheReferenceResult() {
        Random r = new Random(20261125);
        int persons = 0;
        for (int k = 0; k < 6000; k++) {
            String t = text(r, 1 + r.nextInt(30));
            int n = t.length();
            int from = r.nextInt(4) == 0 ? r.nextInt(n + 1) : 0;
            int to = r.nextInt(4) == 0 ? from + r.nextInt(n - from + 1) : n;
            boolean p = r.nextInt(5) != 0;
            boolean b = r.nextBoolean();
            List<String> expected = run(true, t, from, to, p, b);
            assertThat(run(false, t, from, to, p, b)).as("person heuristics on [%s] [%d, %d)", t, from, to)
                    .isEqualTo(expected);
            persons += (int) expected.stream().filter(x -> x.startsWith("P")).count();
        }
        assertThat(persons).as("person spans seen (the texts must exercise the heuristics)").isGreaterThan(3000);
    }

    /**
     * Random texts mixing the name-shaped fragments, the PII fragments and the chat fragments of
     * {@link PiiScanEquivalenceTest} with its chat gaps ("? ", "! ", ": ", "("): the same result as the reference.
     */
    @Test
    void randomChatTextsGiveTheReferenceResult() {
        Random r = new Random(2026_11_26);
        int persons = 0;
        for (int k = 0; k < 6000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, pieces = 1 + r.nextInt(40); i < pieces; i++) {
                int source = r.nextInt(3);
                String f = source == 0 ? NAMEISH[r.nextInt(NAMEISH.length)]
                        : PiiScanEquivalenceTest.chatText(r, 0, 1).strip();
                if (r.nextInt(10) == 0) {
                    f = f.toUpperCase(java.util.Locale.ROOT);
                }
                sb.append(f).append(PiiScanEquivalenceTest.CHAT_GAPS[r.nextInt(PiiScanEquivalenceTest.CHAT_GAPS.length)]);
            }
            String t = sb.toString();
            boolean b = r.nextBoolean();
            List<String> expected = run(true, t, 0, t.length(), true, b);
            assertThat(run(false, t, 0, t.length(), true, b)).as("person heuristics on [%s]", t).isEqualTo(expected);
            persons += (int) expected.stream().filter(x -> x.startsWith("P")).count();
        }
        assertThat(persons).as("person spans seen").isGreaterThan(5000);
    }

    /**
     * The early skip of a sentence-initial word ({@link PersonHeuristics#plainSentenceStart}): every combination of
     * what stands before a capitalised word (sentence ends, dotted titles, cue words, introductions, list items,
     * numbers, place prefixes), the word (unknown, a known given or family name, a venue or place word, a particle)
     * and what follows it (lower-case words, "and", particles, "&", legal forms, streets, punctuation) gives the
     * reference result, and the skip is taken in many of them.
     */
    @Test
    void sentenceStartsGiveTheReferenceResult() {
        String[] before = {"", "Done. ", "Done? ", "Done! ", "See dr. ", "Visit fam. ", "(mevr. ", "Thanks. ",
            "Hello? ", "Regards. ", "he says. ", "my name is. ", "Name: x. ", "Regards,\n", "Anna, Tom. ", "Hi? ",
            "Call 1317. ", "St. ", "ok.  ", "ok.\n", "Anna? ", "approved by. ", "mevrouw. ", "Q3. ", "x.", ". ",
            "Anna, Tom, ", "Hi Anna, ", "Regards, ", "Thanks! ", "Hallo! ", "Dear ", "says ", "volgens ", "Driver:! ",
            "Apologies:? ", "Driver:. ", "Nachname:. "};
        String[] words = {"Draft", "Becker", "Anna", "Store", "Berlin", "Smith", "List", "McAllister", "O'Connor",
            "Van", "Park", "Ji-hoon", "Klantenservice", "Translate"};
        String[] after = {" a reply.", " and Tom", " and", " andere", " de Vries", " van der Berg", " & Co", ",",
            " said", " the", " \u00e9t\u00e9", " a", "", " ", " 12", " Street", " Ltd", " S.r.l.", "  the", ": hi",
            " van", " a.", " b Smith", " : hi", " (CEO)", " - ok", " Anna"};
        int skipped = 0;
        int persons = 0;
        for (String b : before) {
            for (String w : words) {
                for (String a : after) {
                    String t = b + w + a;
                    int i = b.length();
                    if (PersonHeuristics.plainSentenceStart(t, i, PersonHeuristics.wordEnd(t, i))) {
                        skipped++;
                    }
                    for (boolean births : new boolean[] {false, true}) {
                        List<String> expected = run(true, t, 0, t.length(), true, births);
                        assertThat(run(false, t, 0, t.length(), true, births)).as("person heuristics on [%s]", t)
                                .isEqualTo(expected);
                        persons += (int) expected.stream().filter(x -> x.startsWith("P")).count();
                    }
                }
            }
        }
        assertThat(skipped).as("sentence starts the early skip takes").isGreaterThan(500);
        assertThat(persons).as("person spans seen").isGreaterThan(2000);
    }

    /**
     * The merged lookup of the capitalised cascade ({@link PersonHeuristics#CAPITALS}) and the early skip of words
     * it knows only as common words or places ({@link PersonHeuristics#plainCapital}): every word of the ten lists it
     * merges, capitalised or in capitals, after and before what can make it a name, a date, a brand or a cue, gives
     * the reference result (which asks each list on its own, in the old order), and the skip is taken in many.
     */
    @Test
    void listWordsGiveTheReferenceResult() {
        WordSet[] lists = {Lexicon.BRAND_FIRST, Lexicon.TITLES, Lexicon.MONTHS, Lexicon.NOT_NAMES, Lexicon.PLACES,
            Lexicon.ROLE_NOUNS, Lexicon.FIRST_NAMES, Lexicon.PARTICLES, Lexicon.KOREAN_SURNAMES,
            Lexicon.LOWER_NAME_CUES};
        String[] contexts = {"Done. %s the report.", "Hi %s, thanks", "[04/%s/2024:10:12] x", "on %s 12, 2024",
            "%s Smith said", "%s-adres van Noor", "\"%s Grace\" ok", "a,%s,3.49", "Regards,\n%s", "%s van der Berg",
            "%s. Anna"};
        int skipped = 0;
        int k = 0;
        for (WordSet list : lists) {
            for (String w : list.words()) {
                if (w.isEmpty() || (k++ % 3 != 0 && list == Lexicon.FIRST_NAMES)) {
                    continue; // a third of the given names (8,000) keeps the test short
                }
                String cap = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                if (PersonHeuristics.plainCapital(PersonHeuristics.CAPITALS.of(cap, 0, cap.length(),
                        WordSet.key(cap, 0, cap.length())))) {
                    skipped++;
                }
                for (String form : new String[] {cap, w.toUpperCase(java.util.Locale.ROOT)}) {
                    for (String c : contexts) {
                        String t = String.format(c, form);
                        assertThat(run(false, t, 0, t.length(), true, true)).as("person heuristics on [%s]", t)
                                .isEqualTo(run(true, t, 0, t.length(), true, true));
                    }
                }
            }
        }
        assertThat(skipped).as("list words the early skip takes").isGreaterThan(500);
    }

    /**
     * The scan's table memo ({@link PersonHeuristics.Sink#tableMemo}) is a cache: random tables (headers, rows,
     * blank lines, other separators, quoted cells) give the same persons with and without it, and a name far below
     * its header is found.
     */
    @Test
    void tableMemoIsOnlyACache() {
        String[] headers = {"first_name,last_name,email", "sku,name,price", "Name;Vorname;Nachname", "id,customer,total",
            "\"employee_name\",\"dept\"", "a,b,c"};
        String[] cells = {"Marisol", "Quintero", "Blue Mug", "x@y.io", "12", "\"Kalani Akana\"", "Ilka", "Team Ops", ""};
        char[] seps = {',', ';', ','};
        Random r = new Random(42);
        int persons = 0;
        for (int k = 0; k < 400; k++) {
            StringBuilder sb = new StringBuilder();
            for (int b = 0; b < 1 + r.nextInt(3); b++) {
                sb.append(headers[r.nextInt(headers.length)]).append('\n');
                for (int row = 0; row < r.nextInt(40); row++) {
                    int cols = 1 + r.nextInt(4);
                    char sep = seps[r.nextInt(seps.length)];
                    for (int c = 0; c < cols; c++) {
                        if (c > 0) {
                            sb.append(sep);
                        }
                        sb.append(cells[r.nextInt(cells.length)]);
                    }
                    sb.append(r.nextInt(20) == 0 ? "\n\n" : "\n");
                }
            }
            String t = sb.toString();
            List<String> plain = new ArrayList<>();
            PersonHeuristics.scan(t, (s, e, score) -> plain.add(s + "-" + e + "@" + score), null);
            List<String> memo = new ArrayList<>();
            PersonHeuristics.scan(t, new Recorder(memo, new int[StructuredFields.MEMO_LENGTH], false), null);
            assertThat(memo).as("persons with the table memo in [%s]", t).isEqualTo(plain);
            persons += plain.size();
        }
        assertThat(persons).isGreaterThan(1000);
        assertThat(rowsWithAndWithoutMemo(new Random(7), 400)).isGreaterThan(600);
        StringBuilder tall = new StringBuilder("first_name,last_name,email\n");
        for (int row = 0; row < 300; row++) {
            tall.append("Ab").append((char) ('a' + row % 26)).append((char) ('a' + row / 26)).append(",x,y@z.io\n");
        }
        tall.append("Quillon,Ashby,q@a.io\n");
        String t = tall.toString();
        List<String> found = new ArrayList<>();
        PiiDetector.builder().entities(List.of("PERSON")).build().scan(t)
                .forEach(m -> found.add(m.value(t)));
        assertThat(found).contains("Quillon", "Ashby");
    }
    /**
     * The table memo is a cache for every cell, numeric or not and in any order, not only for the person cells a scan
     * meets in text order: random tables whose rows hold two tables at once (a ',' and a ';' table in the same lines,
     * so cells alternate separators), quoted cells with separators, CRLF, blank lines, lines about the line limit,
     * headers with digits or '@', rows breaking a block. For every cell and each separator beside it (the numeric
     * path's whole cells among them), {@link StructuredFields#tableHeader}'s answer, header line, column and range
     * read are the same with and without the memo, looked up in text order and in random order.
     */
    @Test
    void tableHeaderMemoIsOnlyACacheForEveryCell() {
        String[] patterns = {",;,", ";,;", ",,", ";", "\t\t", "|,|", ";;,"};
        String[] heads = {"bsn", "voornaam", "telefoon", "\"nhs, number\"", "naam", "x@y", "nr 1", "geboortedatum", ""};
        String[] cells = {"474128283", "0612345678", "Jan", "\"Smith, John\"", "\"a;b\"", "", "x@y.io", "Quintero",
            "12", "\"\"\"q\"\"\""};
        Random r = new Random(2027);
        int headers = 0;
        int lookups = 0;
        for (int k = 0; k < 300; k++) {
            StringBuilder sb = new StringBuilder(r.nextBoolean() ? "" : "some prose, first\n");
            String nl = r.nextBoolean() ? "\r\n" : "\n";
            for (int b = 0; b < 1 + r.nextInt(3); b++) {
                String pattern = patterns[r.nextInt(patterns.length)];
                appendRow(sb, pattern, r.nextInt(4) == 0 ? cells : heads, r);
                sb.append(nl);
                int rows = r.nextInt(30);
                for (int row = 0; row < rows; row++) {
                    appendRow(sb, r.nextInt(12) == 0 ? patterns[r.nextInt(patterns.length)] : pattern, cells, r);
                    if (r.nextInt(15) == 0) {
                        sb.append(pattern.charAt(0)).append("x".repeat(560 + r.nextInt(80))); // about the line limit
                    }
                    sb.append(r.nextInt(20) == 0 ? nl + nl : r.nextInt(25) == 0 ? "\n" : nl);
                }
            }
            String t = sb.toString();
            List<int[]> looks = new ArrayList<>(); // cell start, cell end, separator
            for (int cs = 0; cs <= t.length(); ) {
                int ce = cs;
                while (ce < t.length() && ",;\t|\r\n".indexOf(t.charAt(ce)) < 0) {
                    ce++;
                }
                if (ce > cs) {
                    for (char sep : new char[] {cs > 0 ? t.charAt(cs - 1) : 0, ce < t.length() ? t.charAt(ce) : 0}) {
                        if (",;\t|".indexOf(sep) >= 0 && sep != 0) {
                            looks.add(new int[] {cs, ce, sep});
                        }
                    }
                }
                cs = ce + 1;
            }
            List<String> plain = lookUp(t, looks, null);
            assertThat(lookUp(t, looks, new int[StructuredFields.MEMO_LENGTH])).as("in text order in [%s]", t)
                    .isEqualTo(plain);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < looks.size(); i++) {
                order.add(i);
            }
            java.util.Collections.shuffle(order, r);
            int[] memo = new int[StructuredFields.MEMO_LENGTH];
            for (int i : order) {
                List<String> one = lookUp(t, List.of(looks.get(i)), memo);
                assertThat(one.get(0)).as("in random order in [%s]", t).isEqualTo(plain.get(i));
            }
            headers += (int) plain.stream().filter(x -> x.startsWith("2 ")).count();
            lookups += looks.size();
        }
        assertThat(headers).isGreaterThan(3000);
        assertThat(lookups).isGreaterThan(3 * headers);
    }

    /** Appends a row of cells (quoted ones among them) separated as {@code pattern} says, one cell more than it. */
    private static void appendRow(StringBuilder sb, String pattern, String[] cells, Random r) {
        sb.append(cells[r.nextInt(cells.length)]);
        for (int i = 0; i < pattern.length(); i++) {
            sb.append(pattern.charAt(i)).append(cells[r.nextInt(cells.length)]);
        }
    }

    /** {@link StructuredFields#tableHeader}'s answer and out array for each look (cell start, end, separator). */
    private static List<String> lookUp(String t, List<int[]> looks, int[] memo) {
        List<String> out = new ArrayList<>();
        for (int[] look : looks) {
            int[] o = new int[StructuredFields.TABLE_OUT];
            int found = StructuredFields.tableHeader(t, look[0], look[1], (char) look[2], memo, o);
            out.add(found + " " + java.util.Arrays.toString(o));
        }
        return out;
    }

    /**
     * Random tables whose rows the memo's row end lets a scan skip (the row above a row is the memo's row): CRLF and
     * LF line ends, quoted cells holding separators, blank lines, lines near and past the line limit, rows with
     * another separator count. The persons and the positions read must be the same with and without the memo.
     * Returns the persons found.
     */
    private static int rowsWithAndWithoutMemo(Random r, int tables) {
        String[] headers = {"first_name,last_name,note", "name;vorname;ort", "\"employee_name\",\"dept\"",
            "sku,name,price", "act,prompt"};
        String[] cells = {"Marisol", "Quintero", "\"Kalani Akana\"", "Blue Mug", "\"Ilka, Team Ops\"", "\"a;b\"",
            "Linux Terminal", "12", "\"He said \"\"Hi\"\"\"", "x@y.io", ""};
        char[] seps = {',', ';', ','};
        int persons = 0;
        for (int k = 0; k < tables; k++) {
            StringBuilder sb = new StringBuilder();
            String nl = r.nextBoolean() ? "\r\n" : "\n";
            sb.append(headers[r.nextInt(headers.length)]).append(nl);
            int rows = r.nextInt(30);
            for (int row = 0; row < rows; row++) {
                int cols = 1 + r.nextInt(r.nextInt(8) == 0 ? 5 : 3);
                char sep = seps[r.nextInt(seps.length)];
                for (int c = 0; c < cols; c++) {
                    if (c > 0) {
                        sb.append(sep);
                    }
                    sb.append(cells[r.nextInt(cells.length)]);
                }
                if (r.nextInt(15) == 0) {
                    sb.append(sep).append("x".repeat(560 + r.nextInt(80))); // about the line limit
                }
                sb.append(r.nextInt(25) == 0 ? nl + nl : r.nextInt(25) == 0 ? "\n" : nl);
            }
            String t = sb.toString();
            List<String> plain = new ArrayList<>();
            PersonHeuristics.scan(t, new Recorder(plain, null, true), null);
            List<String> memo = new ArrayList<>();
            PersonHeuristics.scan(t, new Recorder(memo, new int[StructuredFields.MEMO_LENGTH], true), null);
            assertThat(memo).as("persons and reads with the table memo in [%s]", t).isEqualTo(plain);
            persons += (int) plain.stream().filter(x -> !x.startsWith("reads")).count();
        }
        return persons;
    }

    /** Records persons (and, with {@code reads}, the positions read) as strings; with {@code memo}, a CSV table memo. */
    private static final class Recorder implements PersonHeuristics.Sink {
        private final List<String> out;
        private final int[] memo;
        private final boolean reads;

        Recorder(List<String> out, int[] memo, boolean reads) {
            this.out = out;
            this.memo = memo;
            this.reads = reads;
        }

        @Override
        public void person(int s, int e, double score) {
            out.add(s + "-" + e + "@" + score);
        }

        @Override
        public void reads(int lo, int hi) {
            if (reads) {
                out.add("reads " + lo + "-" + hi);
            }
        }

        @Override
        public int[] tableMemo() {
            return memo;
        }
    }
}
