package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.scan.TextPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link PiiDetector#rebase} carries a scan across a rewrite by rescanning only windows around the edits; its
 * result must equal a fresh scan of the rewritten text, for redactions of the detector's own findings (what
 * {@code detect_pii} then {@code pii_tokenize} do) and for arbitrary edits.
 */
class PiiRebaseTest {

    private static final String[] MASKS = {"[MASKED_EMAIL]", "<PERSON_1>", "", "x", "[REDACTED]", " ", "\n",
        "jane@example.com", "+32 470 12 34 56", "Maria", "born", "12", "@", ":"};

    /** Rewrites the part and returns the detector's (rebased) scan next to a fresh scan. */
    private static void rewriteAndCompare(PiiDetector d, TextPart part, int[] starts, int[] ends, String[] repl,
                                          AtomicInteger rebased) {
        Object key = new Object();
        part.analysis(key, d::result, (o, ot, nt, ed) -> null);
        part.rewrite(starts, ends, repl);
        PiiDetector.Result r = part.analysis(key, d::result, (old, ot, nt, ed) -> {
            PiiDetector.Result x = d.rebase(old, ot, nt, ed);
            if (x != null) {
                rebased.incrementAndGet();
            }
            return x;
        });
        assertThat(r.matches).as("rebased scan of %s", part.text()).isEqualTo(d.scan(part.text()));
        // the bookkeeping must stay valid for a further rebase
        // (the trigger array may be longer than the candidates: it is not trimmed)
        assertThat(r.trig.length).isGreaterThanOrEqualTo(r.candidates.size());
        assertThat(r.reachCount).isLessThanOrEqualTo(r.reach.length);
        assertThat(r.crossCount).isLessThanOrEqualTo(r.cross.length);
    }

    private static String text(Random r, int pieces) {
        return PiiScanEquivalenceTest.randomText(r, pieces);
    }

    @Test
    void redactingTheFindingsGivesAFreshScan() {
        Random r = new Random(7);
        PiiDetector d = PiiDetector.defaults();
        AtomicInteger rebased = new AtomicInteger();
        for (int k = 0; k < 600; k++) {
            String t = text(r, 20 + r.nextInt(300));
            TextPart part = new TextPart("p", TextPart.Source.USER, 0, 0, t);
            List<PiiMatch> ms = d.scan(part);
            List<PiiMatch> chosen = new ArrayList<>();
            for (PiiMatch m : ms) {
                if (m.score() >= 0.5 || r.nextBoolean()) {
                    chosen.add(m);
                }
            }
            int[] s = new int[chosen.size()];
            int[] e = new int[chosen.size()];
            String[] rep = new String[chosen.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = chosen.get(i).start();
                e[i] = chosen.get(i).end();
                rep[i] = "[MASKED_" + chosen.get(i).type() + "]";
            }
            rewriteAndCompare(d, part, s, e, rep, rebased);
            // and once more on the rebased state (chained rewrites)
            randomEdits(r, d, part, rebased);
        }
        assertThat(rebased.get()).as("rebases that did not fall back to a full scan").isGreaterThan(300);
    }

    @Test
    void arbitraryEditsGiveAFreshScan() {
        Random r = new Random(11);
        AtomicInteger rebased = new AtomicInteger();
        PiiDetector[] ds = {PiiDetector.defaults(), PiiDetector.builder().contextWindow(0).build(),
            PiiDetector.builder().contextWindow(200).build(),
            PiiDetector.builder().entities(List.of("PERSON", "DATE_OF_BIRTH")).build()};
        for (int k = 0; k < 500; k++) {
            PiiDetector d = ds[k % ds.length];
            String t = text(r, 5 + r.nextInt(300));
            TextPart part = new TextPart("p", TextPart.Source.USER, 0, 0, t);
            for (int round = 0; round < 3; round++) {
                randomEdits(r, d, part, rebased);
            }
        }
        assertThat(rebased.get()).isGreaterThan(200);
    }

    /** Arbitrary edits of texts dense in chat cues and mentions glued to punctuation ("(hi priya", "x(@lena"). */
    @Test
    void editsOfChatTextsGiveAFreshScan() {
        Random r = new Random(2026_11_26);
        AtomicInteger rebased = new AtomicInteger();
        PiiDetector[] ds = {PiiDetector.defaults(), PiiDetector.builder().entities(List.of("PERSON")).build()};
        for (int k = 0; k < Integer.getInteger("tappass.rebaseChatTexts", 400); k++) {
            PiiDetector d = ds[k % ds.length];
            TextPart part = new TextPart("p", TextPart.Source.USER, 0, 0,
                    PiiScanEquivalenceTest.chatText(r, 0, 5 + r.nextInt(200)));
            for (int round = 0; round < 3; round++) {
                randomEdits(r, d, part, rebased);
            }
        }
        assertThat(rebased.get()).as("rebases that did not fall back to a full scan").isGreaterThan(200);
    }

    @Test
    void longRunsAndEdgeEdits() {
        PiiDetector d = PiiDetector.defaults();
        AtomicInteger rebased = new AtomicInteger();
        String[] texts = {"1 ".repeat(3000), "4111 ".repeat(1000) + " call me", "a".repeat(5000) + "@example.com x",
            ("born " + "a".repeat(300) + " ").repeat(10), "John Smith ".repeat(500), "Mr. ".repeat(1000),
            "x ".repeat(2000) + "jane.doe@example.com" + " y".repeat(2000), "+(1".repeat(1000),
            "GB82 ".repeat(800), "prose " .repeat(1000) + "born 12   March 1985 " + "prose ".repeat(1000)};
        Random r = new Random(3);
        for (String t : texts) {
            for (int k = 0; k < 20; k++) {
                TextPart part = new TextPart("p", TextPart.Source.USER, 0, 0, t);
                randomEdits(r, d, part, rebased);
                randomEdits(r, d, part, rebased);
            }
        }
    }

    /**
     * Edits inside the phrases and words that steps after them read back (introductions up to 16 characters before
     * a name, context words before a number, identifier fields before digits), at every offset: the window after an
     * edit must reach every step that reads it.
     */
    @Test
    void editsInsideWhatLaterStepsReadBack() {
        String[] texts = {"follow up with Maria Gonzalez today", "thanks, the note is from Jan de Vries",
            "il mio nome è Anna Rossi", "mein name ist jan", "mi nombre es maria lopez", "Mr. John Smith wrote",
            "please call my phone 020 794 6095 now", "regards, Zoe Young", "born on 12 March 1985",
            "arn:aws:kms:us-east-1:003084325827:key", "telephone number +32 470 12 34 56",
            "the St. John Street", "in 1317 Kimberly Way", "\"Hamlet\" by William Shakespeare",
            "social security number 078-05-1120", "my name is jan and I live here"};
        String[] inserts = {"", "x", "xxxxxxxxxxxx", " ", "Maria ", "phone", ":", ".", "name is "};
        PiiDetector[] ds = {PiiDetector.defaults(), PiiDetector.builder().contextWindow(0).build(),
            PiiDetector.builder().contextWindow(200).build()};
        int rebased = editEveryOffset(ds, texts, "lorem ipsum dolor sit amet ", " ", "consectetur adipiscing elit",
                "a much longerwordthanusual ", inserts);
        assertThat(rebased).isGreaterThan(1000);
    }

    /**
     * Edits at every offset of structured records (CSV headers, record keys, speaker labels): a person decided by a
     * header or key far before it (or by the lines around a speaker label) must be rescanned when those change.
     */
    @Test
    void editsInHeadersKeysAndSpeakerLines() {
        String[] texts = {"first_name,last_name,email\nMarisol,Quintero,m@x.io\nAdaora,Okafor,a@y.io",
            "{\"full_name\": \"Adaora Okafor\", \"id\": 7}", "Sanjana: hi there\nAgent: hello\nSanjana: thanks",
            "{\"contact\": {\"name\": \"Tiihonen Aleksi\"}}", "patient: Ifeoma Obiora\nward: B",
            "sku,name,price\nA-1,Blue Mug,9.90", "Tuyet: are we on\nRavindra: yes\nTuyet: great",
            "id,customer_name,total\n1,Bronwyn Tallis,4\n2,Ignatius Mbeki,5",
            "note x\nfirst_name,last_name\nMarisol,Quintero\nAdaora,Okafor", "config:\n  assignee: Kwabena Osei\n",
            "[09:12] Thandiwe: hi\n[09:13] Eero: ok\n[09:20] Eero: done", "level=info  requested_by=\"Ysolde M\"",
            "Okonkwo,Ngozi,n@x.io\nSchröder;Annegret;Kiel", "{\"achternaam\": \"van Leeuwen\"}",
            "Participants: Yamamoto, Haruki; Lindqvist, Sara", "NIE Y-5512390-V ok", "bel mevrouw de Vries morgen",
            "They had 6: Gaetane, Hannah, Anthony and Derek.", "Michael, Eklundssonnnnnnnnnnn and Hodgesonnnnnnnnnnn.",
            "Hodgesonnnnnnnnnnn, Eklundssonnnnnnnnnnn and Michael.",
            "\"So it goes,\" says Becker.",
            "Ubul: What a wife.\nNicole: Remember me?", "Signed by A. B. Okafor", "Hello Mr Nakamura",
            "Marisa Alves\nLegistorm Worldwide Holdings\nAccounts Receivable Dept\n09457 Vana-Viru 25"};
        String[] inserts = {"", "x", "_name", "\n", ",", "Agent", ":", "\"", "Summary: Done\n"};
        PiiDetector[] ds = {PiiDetector.defaults(), PiiDetector.builder().contextWindow(0).build()};
        int rebased = editEveryOffset(ds, texts, "lorem ipsum dolor\n", "\n", "consectetur adipiscing elit",
                "a much longerwordthanusual and more words\n", inserts);
        assertThat(rebased).isGreaterThan(1000);
    }

    /** Round 4: edits at every offset of texts whose decisions read keys, stamps, cues and labels around a value. */
    @Test
    void editsAroundRound4Shapes() {
        String[] texts = {"{\"apellido\": \"Villa\", \"nombre\": \"Araceli\", \"movil\": \"x\"}",
            "<client><nom>Le Bris</nom></client>", "BEGIN:VCARD\nFN:Gunhild Oberreiter\nEND:VCARD",
            "ORGANIZER;CN=Mireille Chevalier:mailto:m@x.fr", "| Name | Phone |\n|---|---|\n| Priscila Moraes | 1 |",
            "[08.05.24, 18:40:11] Svenja Albers: da\n[08.05.24, 18:41:02] Malte Ehlers: ok",
            "04/06/2024, 21:05 - Kofi Boateng: hi\n04/06/2024, 21:07 - Abena Owusu: yes",
            "Reviewed-by: Anneliese Krug <a.krug@posteo.de>", "ask priya about it, @lena and dile a carlos que",
            "vraag even aan joost of", "thanks, marco!", "owner Benedikt Hauser, due", "Apologies: Maren Lindahl",
            "huisarts dr. Roelofs.", "rue Victor Hugo et", "bij de Albert Heijn in", "the Tommy Hilfiger store",
            "signed off by Hartmann after", "Volgens Bosman is", "Telefon 030/2754 8810", "Bestellnummer 0171-2233-48",
            "part number 0452-118-09", "Firmware 2.4.10.1; upgrade from 2.4.9.3", "D.O.B.: 12 Sept 1990",
            "[04/Jun/2024:10:12:09"};
        String[] inserts = {"", "x", "\n", ",", ":", "\"", "<", "|", "de "};
        PiiDetector[] ds = {PiiDetector.defaults(), PiiDetector.builder().contextWindow(0).build()};
        int rebased = editEveryOffset(ds, texts, "lorem ipsum dolor\n", "\n", "consectetur adipiscing elit",
                "a much longerwordthanusual and more words\n", inserts);
        assertThat(rebased).isGreaterThan(1000);
    }

    /**
     * Edits at every offset of lines that are one whitespace-free run (JSON and key=value logs): steps triggered at
     * the line's start read far into it (a dotted DNI, a dashed NIE, a key before a value, an IP address's
     * context); reads within 16 characters past the trigger's run are not recorded, so the window must still
     * reach every such step.
     */
    @Test
    void editsInsideOneRunLines() {
        String[] texts = {
            "{\"ts\":\"2026-11-26T05:11:20.684Z\",\"ip\":\"10.156.150.2\",\"dni\":\"27.384.915-B\",\"u\":\"a@b.es\"}",
            "{\"nie\":\"Y-5512390-V\",\"nhsNumber\":\"610-352-9476\",\"dni\":\"1.234.567 L\"}",
            "<row><nhsNumber>610-352-9476</nhsNumber><dni>27.384.915B</dni><ip>81.204.17.93</ip></row>",
            "dni=27.384.915B;tel=+34612345678;ip=192.168.1.20;dob=1985-03-12;nir=1850375123456"};
        String[] inserts = {"", "x", " ", "\n", ".", "-", "\"", "9"};
        PiiDetector[] ds = {PiiDetector.defaults(), PiiDetector.builder().contextWindow(0).build()};
        int rebased = editEveryOffset(ds, texts, "lorem ipsum dolor\n", "\n", "consectetur adipiscing elit",
                "a much longerwordthanusual and more words\n", inserts);
        assertThat(rebased).isGreaterThan(1000);
    }

    /**
     * Log lines dense with addresses: the windows around their redactions would cover most of the text, so the rebase
     * gives up (a fresh scan) while it builds them, before rescanning anything; the same lines spread through prose
     * are still rebased. Either way the scan equals a fresh one.
     */
    @Test
    void denseRedactionsFallBackToAFreshScan() {
        PiiDetector d = PiiDetector.defaults();
        StringBuilder dense = new StringBuilder();
        StringBuilder sparse = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            String line = "{\"ts\":\"2024-03-0" + (i % 9 + 1) + "T10:00:00Z\",\"user\":\"user" + i
                    + "@corp.example.net\",\"event\":\"login\"}\n";
            dense.append(line);
            sparse.append(line);
            for (int k = 0; k < 12; k++) {
                sparse.append("The report lists the steps of the migration and the risks we found last week.\n");
            }
        }
        assertThat(redactAll(d, dense.toString())).as("dense redactions rebased").isFalse();
        assertThat(redactAll(d, sparse.toString())).as("sparse redactions rebased").isTrue();
    }

    /** Redacts every finding of {@code t} with its mask, compares the scan after with a fresh one: rebased? */
    private static boolean redactAll(PiiDetector d, String t) {
        TextPart part = new TextPart("p", TextPart.Source.USER, 0, 0, t);
        List<PiiMatch> ms = d.scan(part);
        assertThat(ms).hasSizeGreaterThanOrEqualTo(200);
        int[] s = new int[ms.size()];
        int[] e = new int[ms.size()];
        String[] rep = new String[ms.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = ms.get(i).start();
            e[i] = ms.get(i).end();
            rep[i] = RedactionStrategies.MASK.replacement(ms.get(i).type(), null, null);
        }
        AtomicInteger rebased = new AtomicInteger();
        rewriteAndCompare(d, part, s, e, rep, rebased);
        return rebased.get() == 1;
    }

    private static void randomEdits(Random r, PiiDetector d, TextPart part, AtomicInteger rebased) {
        String t = part.text();
        int n = t.length();
        int count = r.nextInt(6);
        List<int[]> spans = new ArrayList<>();
        int pos = 0;
        for (int i = 0; i < count && pos <= n; i++) {
            int s = pos + r.nextInt(Math.max(1, (n - pos) / Math.max(1, count - i) + 1));
            if (s > n) {
                break;
            }
            int e = Math.min(n, s + (r.nextInt(4) == 0 ? 0 : r.nextInt(r.nextBoolean() ? 8 : 60)));
            spans.add(new int[] {s, e});
            pos = e + (r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(20));
        }
        int[] s = new int[spans.size()];
        int[] e = new int[spans.size()];
        String[] rep = new String[spans.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = spans.get(i)[0];
            e[i] = spans.get(i)[1];
            rep[i] = r.nextInt(3) == 0 ? PiiScanEquivalenceTest.FRAGMENTS[r.nextInt(
                    PiiScanEquivalenceTest.FRAGMENTS.length)] : MASKS[r.nextInt(MASKS.length)];
        }
        rewriteAndCompare(d, part, s, e, rep, rebased);
    }

    /**
     * Puts each core text between {@code before} and {@code after} (once plain, once with {@code pad} around it),
     * replaces 0 or 2 characters at every offset with one of {@code inserts} and compares the rebased scan with a
     * fresh one; returns how many scans were rebased.
     */
    private static int editEveryOffset(PiiDetector[] ds, String[] texts, String before, String sep, String after,
                                       String pad, String[] inserts) {
        AtomicInteger rebased = new AtomicInteger();
        for (PiiDetector d : ds) {
            for (String core : texts) {
                for (String p : new String[] {"", pad}) {
                    String t = before + p + core + sep + p + after;
                    for (int at = 0; at <= t.length(); at++) {
                        for (int len : new int[] {0, 2}) {
                            if (at + len > t.length()) {
                                continue;
                            }
                            String ins = inserts[(at + len) % inserts.length];
                            TextPart part = new TextPart("p", TextPart.Source.USER, 0, 0, t);
                            rewriteAndCompare(d, part, new int[] {at}, new int[] {at + len}, new String[] {ins},
                                    rebased);
                        }
                    }
                }
            }
        }
        return rebased.get();
    }
}
