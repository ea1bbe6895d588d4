package io.tappass.pipeline.internal;

import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Lets a detector split its own work on a large text with the other threads of the pipeline call it runs in.
 *
 * <p>While the engine runs a step concurrently with others ({@code Wave}), {@link #current()} returns an executor
 * whose tasks are run by the call's threads when they would otherwise wait. Nothing guarantees that another thread
 * takes a task, so work is handed out as a {@link Fork}: whoever comes first runs it, and the detector
 * {@linkplain Fork#join() joins} it, running it itself when nobody took it. Outside such a call {@link #current()}
 * is null and detectors run alone. Not an API: the engine and the built-in detectors use it.
 */
public final class Lending {

    private static final ThreadLocal<Executor> CURRENT = new ThreadLocal<>();

    /**
     * The shortest text a detector splits (64 Ki characters): below it a split costs more than it saves. Splitting
     * only happens while {@link #current()} is set.
     */
    public static final int MIN_SPLIT_CHARS = 64 * 1024;

    private Lending() {
    }

    /** The executor of the call this thread works for, or null. */
    public static Executor current() {
        return CURRENT.get();
    }

    /**
     * An executor of split-off work whose queued tasks a thread of the call can also take while it waits
     * ({@link #helpUntil}).
     */
    public interface Lender extends Executor {
        /** Takes the oldest queued task nobody took yet, or returns null. */
        Runnable poll();
    }

    /**
     * Runs split-off work queued for the call this thread works for until {@code done} holds or nothing is queued.
     * Called by a thread about to wait for a result another thread of the call is computing: that thread may have
     * lent parts of the very computation waited for (it joins them, running the ones nobody took), so the waiting
     * thread does some of them instead of sleeping. Does nothing outside such a call.
     */
    public static void helpUntil(java.util.function.BooleanSupplier done) {
        if (CURRENT.get() instanceof Lender lender) {
            Runnable work;
            while (!done.getAsBoolean() && (work = lender.poll()) != null) {
                runLent(work);
            }
        }
    }

    /** Runs a piece of lent work, dropping its failure: a {@link Fork} keeps it for the thread that joins it. */
    public static void runLent(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            // other work has nobody to report to
        }
    }

    /**
     * Waits on {@code monitor}, whose lock the caller holds, until {@code done} holds; an interrupt does not end the
     * wait (the awaited work is short and must finish) but is kept for the caller.
     */
    public static void await(Object monitor, java.util.function.BooleanSupplier done) {
        boolean interrupted = false;
        while (!done.getAsBoolean()) {
            try {
                monitor.wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Where to cut a text of {@code n} characters into {@code parts} parts of about equal length: for each even share
     * {@code n * p / parts}, the first position at or after it (and after the previous cut), within 4,096 characters,
     * where {@code cutAt} holds (it is asked for positions 1 to {@code n - 2}); ascending, fewer when a share has no
     * such position near it, null when none has.
     */
    public static int[] cutsNear(int n, int parts, java.util.function.IntPredicate cutAt) {
        int[] cuts = new int[parts - 1];
        int k = 0;
        for (int p = 1; p < parts; p++) {
            int at = (int) ((long) n * p / parts);
            int limit = Math.min(n - 1, at + 4096);
            for (int q = Math.max(at, k == 0 ? 1 : cuts[k - 1] + 1); q < limit; q++) {
                if (cutAt.test(q)) {
                    cuts[k++] = q;
                    break;
                }
            }
        }
        return k == 0 ? null : k == cuts.length ? cuts : java.util.Arrays.copyOf(cuts, k);
    }

    /** Runs {@code work} with {@code executor} as {@link #current()}. */
    public static <T> T with(Executor executor, Supplier<T> work) {
        Executor before = CURRENT.get();
        CURRENT.set(executor);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    /**
     * Runs the parts of a split computation: lends all but the first to {@code lend}, the last first (another thread
     * takes the parts from the end), runs them here in order unless taken, and waits for every one of them, also when
     * one failed; the first failure is rethrown.
     */
    public static void runInOrder(Fork[] forks, Executor lend) {
        try {
            for (int p = forks.length - 1; p >= 1; p--) {
                lend.execute(forks[p]);
            }
            for (Fork fork : forks) {
                fork.run(); // unless taken
            }
        } finally {
            RuntimeException failed = null;
            for (Fork fork : forks) {
                try {
                    fork.join();
                } catch (RuntimeException e) {
                    failed = failed == null ? e : failed;
                }
            }
            if (failed != null) {
                throw failed;
            }
        }
    }

    /** A piece of work that runs once, on whichever thread comes first. */
    public static final class Fork implements Runnable {
        private static final int NEW = 0;
        private static final int RUNNING = 1;
        private static final int DONE = 2;

        private final Runnable work;
        private int state;
        private Throwable failure;

        public Fork(Runnable work) {
            this.work = work;
        }

        /** Runs the work unless a thread already took it. */
        @Override
        public void run() {
            synchronized (this) {
                if (state != NEW) {
                    return;
                }
                state = RUNNING;
            }
            Throwable failed = null;
            try {
                work.run();
            } catch (Throwable t) {
                failed = t;
            }
            synchronized (this) {
                failure = failed;
                state = DONE;
                notifyAll();
            }
        }

        /** Runs the work here unless another thread took it, waits for it, and rethrows its failure. */
        public void join() {
            run();
            Throwable failed;
            synchronized (this) {
                await(this, () -> state == DONE);
                failed = failure;
            }
            if (failed instanceof RuntimeException r) {
                throw r;
            }
            if (failed instanceof Error e) {
                throw e;
            }
            if (failed != null) {
                throw new IllegalStateException(failed);
            }
        }
    }
}
