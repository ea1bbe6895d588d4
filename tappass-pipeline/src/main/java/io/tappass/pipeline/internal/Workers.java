package io.tappass.pipeline.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that help large calls by default: one pool per JVM, created at the first large call, with one daemon
 * thread less than there are processors (the calling thread works too) but at most {@link #MAX_SIZE}, named
 * {@code tappass-worker-N}. The cap bounds memory: each thread keeps the detectors' scratch buffers (a few MB after a
 * 1 MiB text), and a call rarely has work for more than a few helpers (a wave holds about seven steps; the long
 * scans split in two).
 *
 * <p>Not {@link ForkJoinPool#commonPool()}: its workers erase their thread-locals after every task, and the
 * detectors keep their scratch buffers in thread-locals, so each helped call would allocate them again (measured:
 * 2.3x the allocation of a sequential call on a 1 MiB text). Not an API.
 */
public final class Workers {

    private Workers() {
    }

    /** The most threads the shared pool has. */
    public static final int MAX_SIZE = 3;

    /** How many helper threads the shared pool has (0 on a single processor: calls then run alone). */
    public static int size() {
        return Math.max(0, Math.min(MAX_SIZE, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** The shared pool, created on first use. */
    public static ForkJoinPool shared() {
        return Holder.POOL;
    }

    private static final class Holder {
        static final ForkJoinPool POOL = create();

        private static ForkJoinPool create() {
            AtomicInteger count = new AtomicInteger();
            return new ForkJoinPool(Math.max(1, size()), pool -> {
                ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                t.setName("tappass-worker-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            }, null, true);
        }
    }
}
