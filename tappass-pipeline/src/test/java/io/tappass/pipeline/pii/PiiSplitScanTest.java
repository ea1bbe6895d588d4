package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.internal.Lending;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A long text is scanned in parts when another thread of the call can take them ({@link Lending}; texts up to 3 x
 * 64 Ki characters in two); the result, including the bookkeeping a later rebase reads, must be exactly that of one
 * pass, wherever the cuts fall and whoever runs the parts.
 */
class PiiSplitScanTest {

    private static ExecutorService pool;

    @BeforeAll
    static void start() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    /** Runs lent work on a pool thread, counting it. */
    static final class Counting implements Executor {
        final AtomicInteger lent = new AtomicInteger();
        private final Executor delegate;

        Counting(Executor delegate) {
            this.delegate = delegate;
        }

        @Override
        public void execute(Runnable r) {
            lent.incrementAndGet();
            delegate.execute(r);
        }
    }

    static void assertSplitEqualsOnePass(PiiDetector d, String text, Executor lend) {
        assertSplitEqualsOnePass(d, text, lend, PiiDetector.SPLIT_PART_CHARS);
    }

    static void assertSplitEqualsOnePass(PiiDetector d, String text, Executor lend, int partChars) {
        PiiDetector.Result one = d.result(text);
        PiiDetector.Result split = Lending.with(lend, () -> d.result(text, partChars));
        String where = "text of " + text.length() + " chars in parts of " + partChars;
        assertThat(split.matches).as(where).isEqualTo(one.matches);
        assertThat(split.candidates).as(where).isEqualTo(one.candidates);
        int c = one.candidates.size();
        assertThat(Arrays.copyOf(split.trig, c)).as(where).isEqualTo(Arrays.copyOf(one.trig, c));
        assertThat(Arrays.copyOf(split.reach, split.reachCount)).as(where)
                .isEqualTo(Arrays.copyOf(one.reach, one.reachCount));
        assertThat(Arrays.copyOf(split.cross, split.crossCount)).as(where)
                .isEqualTo(Arrays.copyOf(one.cross, one.crossCount));
        assertThat(Arrays.copyOf(split.back, split.backCount)).as(where)
                .isEqualTo(Arrays.copyOf(one.back, one.backCount));
        assertThat(split.rebasable).isEqualTo(one.rebasable);
    }

    @Test
    void randomFragmentTextsSplitAnywhere() {
        PiiDetector d = PiiDetector.defaults();
        Counting lend = new Counting(pool);
        Random r = new Random(20261126);
        int found = 0;
        for (int i = 0; i < 40; i++) {
            String text = PiiScanEquivalenceTest.randomText(r, 9000 + r.nextInt(400));
            assertThat(text.length()).isGreaterThanOrEqualTo(Lending.MIN_SPLIT_CHARS);
            assertSplitEqualsOnePass(d, text, lend);
            found += d.result(text).matches.size();
        }
        assertThat(lend.lent.get()).isEqualTo(40);
        assertThat(found).isGreaterThan(40 * 1000); // dense: every cut lands among candidates
    }

    @Test
    void theCutSweepsAcrossEntitiesThatSpanSeveralRuns() {
        PiiDetector d = PiiDetector.defaults();
        Executor lend = new Counting(pool);
        String[] spanning = {"call +32 470 12 34 56 now", "Mr. Pieter van den Berg signed",
                "IBAN GB82 WEST 1234 5698 7654 32 ok", "born on 12 March 1985 in", "card 4111 1111 1111 1111 x",
                "NINO AB 12 34 56 C here", "BE 85.07.30-033.28 and", "mail jane.doe@example.com please",
                "Regards,\nMaria Gonzalez\n+1 (415) 555-2671"};
        String filler = "Please summarise the attached quarterly report for the board meeting on Thursday. ";
        for (String entity : spanning) {
            for (int shift = 0; shift < entity.length() + 4; shift++) {
                // the cut is the first blank at or after the middle: move the middle across the entity
                StringBuilder sb = new StringBuilder();
                while (sb.length() < 40_000) {
                    sb.append(filler);
                }
                int left = sb.length() + shift;
                sb.append(entity).append(' ');
                int right = 2 * left - sb.length(); // makes n / 2 == left
                StringBuilder tail = new StringBuilder();
                while (tail.length() < right) {
                    tail.append(filler);
                }
                tail.setLength(Math.max(0, right));
                String text = sb.append(tail).toString();
                assertSplitEqualsOnePass(d, text, lend);
            }
        }
    }

    @Test
    void whateverRunsTheSecondHalfTheResultIsTheSame() {
        PiiDetector d = PiiDetector.defaults();
        String text = PiiScanEquivalenceTest.randomText(new Random(7), 9500);
        List<Runnable> dropped = new ArrayList<>();
        Executor never = dropped::add;            // nobody takes it: the scan runs it itself when it joins
        Executor inline = Runnable::run;          // runs before the first part
        for (Executor e : List.of(never, inline, (Executor) pool)) {
            assertSplitEqualsOnePass(d, text, e);
        }
        assertThat(dropped).hasSize(1); // the split scan lent its second part once; the one pass lends nothing
    }

    @Test
    void shortTextsAndCustomConfigurationsAreNotSplitOrStayExact() {
        Counting lend = new Counting(pool);
        PiiDetector d = PiiDetector.defaults();
        Lending.with(lend, () -> d.result("a short text with jane.doe@example.com"));
        assertThat(lend.lent.get()).isZero();
        String text = PiiScanEquivalenceTest.randomText(new Random(11), 9500);
        // fewer entities, a wider context window, and a custom pattern (run after the halves are merged)
        PiiDetector custom = PiiDetector.builder().entities(List.of("PERSON", "PHONE_NUMBER", "DATE_OF_BIRTH"))
                .contextWindow(80).build();
        assertSplitEqualsOnePass(custom, text, lend);
        PiiDetector withPattern = PiiDetector.builder().customPattern(new PiiDetector.CustomPattern("TICKET",
                java.util.regex.Pattern.compile("INV-\\d{4}-\\d{4}"),
                io.tappass.core.governance.Classification.INTERNAL)).build();
        assertSplitEqualsOnePass(withPattern, text, lend);
    }

    /**
     * Tables cut near the middle: the second part looks up its first rows' headers with a cold table memo where one
     * pass has a warm one (and finds the header far above the cut), so the numeric cells' header context and the
     * person cells' cues, with the ranges they read, must not depend on the memo. Rows hold a ';' and a ',' table at
     * once (the BSN and phone cells are bounded by different separators), some break their block, some end in CRLF.
     */
    @Test
    void tablesSplitAnywhere() {
        PiiDetector d = PiiDetector.defaults();
        Counting lend = new Counting(pool);
        Random r = new Random(17);
        String[] names = {"Jan,Jansen", "Sanne,de Vries", "Pieter,Bakker", "Fleur,Visser", "\"Smit, Daan\",x"};
        int bsn = 0;
        for (int i = 0; i < 12; i++) {
            StringBuilder sb = new StringBuilder("x ".repeat(r.nextInt(60))).append('\n');
            String header = r.nextBoolean() ? "bsn;voornaam,achternaam;notitie,telefoon" : "1;2,3;4,5";
            sb.append(header).append('\n');
            int length = Lending.MIN_SPLIT_CHARS + 2000 + r.nextInt(6000);
            while (sb.length() < length) {
                sb.append(validBsn(r)).append(';').append(names[r.nextInt(names.length)]).append(";x,0")
                        .append(600000000 + r.nextInt(99999999));
                sb.append(r.nextInt(1000) == 0 ? ";extra" : "").append(r.nextInt(3) == 0 ? "\r\n" : "\n");
                if (r.nextInt(300) == 0) {
                    sb.append('\n').append(header).append('\n'); // a blank line and the header again
                }
            }
            String text = sb.toString();
            assertSplitEqualsOnePass(d, text, lend);
            bsn += (int) PiiQualityTest.above(d.scan(text), PiiDetector.DEFAULT_THRESHOLD).stream()
                    .filter(m -> m.type().equals("NL_BSN")).count();
        }
        assertThat(lend.lent.get()).isEqualTo(12);
        assertThat(bsn).isGreaterThan(9000); // the "bsn" header gave the BSN cells their context (9,765)
    }

    /**
     * A long text is cut into up to sixteen parts: every cut must join exactly, whichever thread runs which part and
     * whether a part finds the state of the scan before it (dense random fragments often do not within a short
     * part: the scan before it then scans that part too).
     */
    @Test
    void manyPartsJoinExactlyWhoeverRunsThem() {
        PiiDetector d = PiiDetector.defaults();
        Random r = new Random(20261129);
        List<Runnable> dropped = new ArrayList<>();
        Executor never = dropped::add;
        Executor inline = Runnable::run;
        Counting pooled = new Counting(pool);
        for (int i = 0; i < 12; i++) {
            String text = PiiScanEquivalenceTest.randomText(r, 9000 + r.nextInt(2000));
            int partChars = 2000 + r.nextInt(12_000);
            for (Executor e : List.of(never, inline, (Executor) pooled)) {
                assertSplitEqualsOnePass(d, text, e, partChars);
            }
        }
        assertThat(dropped).hasSizeGreaterThan(12 * 4); // parts were lent (and run by the splitting scan itself)
        assertThat(pooled.lent.get()).isEqualTo(dropped.size());
    }

    /**
     * Stretches that one scanner reads as a whole across many cuts (digit groups, a long list of capitalised names,
     * dotted numbers): no part finds the state of the scan before it, which then scans part after part itself.
     */
    @Test
    void stretchesReadAcrossManyCutsJoinExactly() {
        PiiDetector d = PiiDetector.defaults();
        String filler = "Please summarise the attached quarterly report for the board meeting on Thursday. ";
        List<Runnable> dropped = new ArrayList<>();
        for (String unit : new String[] {"12 ", "1234 ", "Jan Piet Klaas ", "12.34.56 ", "+31 6 ", "a-b.c:d "}) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < 20_000) {
                sb.append(filler);
            }
            while (sb.length() < 60_000) {
                sb.append(unit);
            }
            while (sb.length() < 80_000) {
                sb.append(filler);
            }
            String text = sb.toString();
            for (Executor e : List.of((Executor) dropped::add, Runnable::run, pool)) {
                assertSplitEqualsOnePass(d, text, e, 5000);
            }
        }
        assertThat(dropped).hasSize(6 * 15);
    }

    /** Prose with PII every few lines (the benchmark's kind of text), cut into parts of every size. */
    @Test
    void prosePartsOfEverySizeJoinExactly() {
        PiiDetector d = PiiDetector.defaults();
        Counting lend = new Counting(pool);
        String[] lines = {"Please call Maria Gonzalez on +31 6 12345678 before Friday.",
                "Her IBAN is NL91 ABNA 0417 1643 00 and her e-mail maria.gonzalez@example.org.",
                "Mr. Pieter van den Berg (born 12 March 1985) lives at Keizersgracht 12, Amsterdam.",
                "Card 4111 1111 1111 1111, expiry 04/29; SSN 123-45-6789 was on the form.",
                "The meeting notes are attached; nothing else of note happened this week."};
        Random r = new Random(5);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 3 * Lending.MIN_SPLIT_CHARS) {
            sb.append(lines[r.nextInt(lines.length)]).append(r.nextInt(4) == 0 ? "\n\n" : r.nextBoolean() ? "\n" : " ");
        }
        String text = sb.toString();
        for (int partChars : new int[] {1000, 3333, 8192, 16_384, 40_000, PiiDetector.SPLIT_PART_CHARS}) {
            assertSplitEqualsOnePass(d, text, lend, partChars);
        }
        assertThat(d.result(text).matches.size()).isGreaterThan(2000);
    }

    /** A random 9-digit number passing the BSN eleven test. */
    private static String validBsn(Random r) {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            d[0] = 1 + r.nextInt(9);
            for (int k = 0; k < 8; k++) {
                d[k] = k == 0 ? d[0] : r.nextInt(10);
                sum += d[k] * (9 - k);
            }
            d[8] = sum % 11;
            if (d[8] < 10) {
                StringBuilder sb = new StringBuilder();
                for (int x : d) {
                    sb.append(x);
                }
                return sb.toString();
            }
        }
    }
}
