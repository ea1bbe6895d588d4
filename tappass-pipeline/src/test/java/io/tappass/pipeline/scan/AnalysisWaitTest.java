package io.tappass.pipeline.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.internal.Lending;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A thread that asks for an analysis another thread of the call is computing takes the parts that computation lent
 * before it sleeps ({@link Lending#helpUntil}), and still gets the one result.
 */
class AnalysisWaitTest {

    /** The lender of one call: a queue both threads can take from. */
    private static final class Queue implements Lending.Lender {
        final ConcurrentLinkedQueue<Runnable> queued = new ConcurrentLinkedQueue<>();

        @Override
        public void execute(Runnable work) {
            queued.add(work);
        }

        @Override
        public Runnable poll() {
            return queued.poll();
        }
    }

    private final Object key = new Object();
    private final Queue call = new Queue();
    private final CountDownLatch computing = new CountDownLatch(1);
    private final ExecutorService other = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopTheOtherThread() {
        other.shutdownNow();
    }

    @Test
    void aWaitingThreadRunsThePartsTheComputingThreadLent() throws Exception {
        TextPart part = new TextPart("p", TextPart.Source.USER, 0, 0, "some text");
        AtomicReference<String> ranOn = new AtomicReference<>();
        Future<String> first = other.submit(() -> Lending.with(call, () -> part.analysis(key, text -> {
            CountDownLatch partDone = new CountDownLatch(1);
            Lending.Fork fork = new Lending.Fork(() -> {
                ranOn.set(Thread.currentThread().getName());
                partDone.countDown();
            });
            Lending.current().execute(fork);
            computing.countDown();
            try {
                // the part is left to the waiting thread (joined only if it never comes)
                if (!partDone.await(10, TimeUnit.SECONDS)) {
                    fork.join();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return text.toUpperCase(java.util.Locale.ROOT);
        })));
        assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
        String here = Thread.currentThread().getName();
        String second = Lending.with(call, () -> part.analysis(key, text -> "computed twice"));
        assertThat(second).isEqualTo("SOME TEXT");
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("SOME TEXT");
        assertThat(ranOn.get()).as("the lent part ran on the waiting thread").isEqualTo(here);
        assertThat(call.queued).isEmpty();
    }

    @Test
    void outsideACallTheWaitingThreadOnlyWaits() throws Exception {
        TextPart part = new TextPart("p", TextPart.Source.USER, 0, 0, "x");
        CountDownLatch release = new CountDownLatch(1);
        Future<Integer> first = other.submit(() -> Lending.with(call, () -> part.analysis(key, text -> {
            call.execute(() -> { });
            computing.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 42;
        })));
        assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
        Thread waiter = Thread.currentThread();
        Thread releaser = new Thread(() -> {
            // release the computation once this thread sleeps in the analysis wait (not before: it must wait)
            while (waiter.getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            release.countDown();
        });
        releaser.start();
        Integer got = part.analysis(key, text -> -1);
        assertThat(got).isEqualTo(42); // no Lending.current(): nothing taken
        assertThat(call.queued).hasSize(1);
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(42);
        releaser.join();
    }
}
