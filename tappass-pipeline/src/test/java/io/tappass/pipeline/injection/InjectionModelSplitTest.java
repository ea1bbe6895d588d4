package io.tappass.pipeline.injection;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.internal.Lending;
import java.util.ArrayList;
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
 * A long Latin-1 text's tokens are fed to the model in parts that other threads of the call may take
 * ({@link Lending}); each head's best window (its logit and its range) must be exactly that of one pass, wherever the
 * cuts fall, whoever runs the parts, and also when equal windows repeat (the first of them counts).
 */
class InjectionModelSplitTest {

    private static ExecutorService pool;

    @BeforeAll
    static void start() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    private static final String[] WORDS = {"the", "report", "quarterly", "ignore", "previous", "instructions", "you",
        "are", "now", "a", "système", "règles", "über", "straße", "x", "2026", "admin", "mode", "reveal", "prompt",
        "please", "summarise", "meeting", "señor", "ça", "q3", "deployment", "rules", "no", "longer", "apply", "sudo", "root", "grant", "upload", "webhook", "personal", "gmail"};

    /** Random words, punctuation and now and then a very long token (across several 64-byte blocks). */
    private static String randomText(Random r, int length) {
        StringBuilder sb = new StringBuilder(length + 200);
        while (sb.length() < length) {
            int k = r.nextInt(100);
            if (k < 2) {
                for (int i = 70 + r.nextInt(200); i > 0; i--) {
                    sb.append((char) ('a' + r.nextInt(26)));
                }
            } else if (k < 4) {
                sb.append(InjectionModelTest.PARAPHRASE);
            } else {
                sb.append(WORDS[r.nextInt(WORDS.length)]);
            }
            sb.append(k % 7 == 0 ? ". " : k % 11 == 0 ? ",\n" : k % 13 == 0 ? " -- " : " ");
        }
        return sb.toString();
    }

    /** Runs lent work on the pool, counting it. */
    private static final class Counting implements Executor {
        final AtomicInteger lent = new AtomicInteger();

        @Override
        public void execute(Runnable r) {
            lent.incrementAndGet();
            pool.execute(r);
        }
    }

    private static void assertPartsEqualOnePass(String text, Executor lend) {
        InjectionModel m = InjectionModel.standard();
        double[][] one = m.heads(text, true);
        double[][] parts = Lending.with(lend, () -> m.heads(text, true));
        for (int h = 0; h < InjectionModel.HEADS; h++) {
            assertThat(parts[h]).as("head %d, text of %d chars", h, text.length()).containsExactly(one[h]);
        }
    }

    @Test
    void randomLongTextsGiveTheOnePassWindow() {
        Counting lend = new Counting();
        Random r = new Random(20261129);
        for (int i = 0; i < 24; i++) {
            String text = randomText(r, 2 * Lending.MIN_SPLIT_CHARS + r.nextInt(500_000));
            assertPartsEqualOnePass(text, lend);
        }
        assertThat(lend.lent.get()).as("every text was fed in parts").isGreaterThanOrEqualTo(24);
    }

    @Test
    void repeatedProseKeepsTheFirstOfEqualWindows() {
        // every window of a repeated sentence scores alike: the first one must win, as in one pass
        String filler = "Please summarise the attached quarterly report for the board meeting on Thursday. ";
        for (int extra = 0; extra < 400; extra += 37) {
            String text = filler.repeat(1 + (2 * Lending.MIN_SPLIT_CHARS + extra * 1000) / filler.length());
            Counting lend = new Counting();
            assertPartsEqualOnePass(text, lend);
            assertThat(lend.lent.get()).isPositive();
        }
    }

    @Test
    void theBestWindowMayStraddleACut() {
        // an attack moved across the whole text: somewhere it lies across each cut
        String filler = "The logistics team expects the new warehouse to open in spring after the permits are signed. ";
        String base = filler.repeat(3 * Lending.MIN_SPLIT_CHARS / filler.length());
        String attack = (InjectionModelTest.PARAPHRASE + ' ').repeat(4);
        Counting lend = new Counting();
        for (int at = 0; at < base.length(); at += 3_001) {
            int cut = base.lastIndexOf(' ', at) + 1;
            assertPartsEqualOnePass(base.substring(0, cut) + attack + base.substring(cut), lend);
        }
        assertThat(lend.lent.get()).isPositive();
    }

    @Test
    void whateverRunsThePartsTheResultIsTheSame() {
        String text = randomText(new Random(5), 3 * Lending.MIN_SPLIT_CHARS);
        List<Runnable> dropped = new ArrayList<>();
        Executor never = dropped::add;   // nobody takes them: the owner runs every part itself
        Executor inline = Runnable::run; // each part runs as it is lent, before the first
        for (Executor e : List.of(never, inline, (Executor) pool)) {
            assertPartsEqualOnePass(text, e);
        }
        assertThat(dropped).as("the later parts were lent").hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void textsOfEveryLatin1CharacterGiveTheOnePassWindow() {
        // the byte reading's letter test (a-z once the 0x20 bit is set) on every byte value, in parts and in one
        Counting lend = new Counting();
        Random r = new Random(3801);
        for (int i = 0; i < 4; i++) {
            StringBuilder sb = new StringBuilder(randomText(r, 2 * Lending.MIN_SPLIT_CHARS));
            for (int k = 0; k < sb.length(); k += 1 + r.nextInt(6)) {
                sb.setCharAt(k, (char) (1 + r.nextInt(0xFF)));
            }
            assertPartsEqualOnePass(sb.toString(), lend);
        }
        assertThat(lend.lent.get()).isPositive();
    }

    @Test
    void shortTextsAreReadInOnePass() {
        Counting lend = new Counting();
        String text = randomText(new Random(9), Lending.MIN_SPLIT_CHARS);
        assertPartsEqualOnePass(text, lend);
        assertThat(lend.lent.get()).isZero();
    }
}
