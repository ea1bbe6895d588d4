package io.tappass.pipeline;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a computation on a new thread: for tests of per-thread buffers, whose results must equal those of a thread
 * that has never run a scan (and so owns fresh buffers).
 */
public final class FreshThread {

    private FreshThread() {
    }

    /** The value {@code work} returns on a new thread; what it throws is rethrown here. */
    public static <T> T get(Supplier<T> work) throws InterruptedException {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                out.set(work.get());
            } catch (Throwable e) {
                failed.set(e);
            }
        });
        t.start();
        t.join();
        if (failed.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failed.get() instanceof Error e) {
            throw e;
        }
        return out.get();
    }
}
