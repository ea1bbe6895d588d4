package io.tappass.pipeline.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A per-thread scratch object (buffers a scan reuses instead of allocating them anew), lent to one user at a time:
 * while it is taken, a user nested in that one on the same thread (a scan of a decoded value, lent work run while
 * waiting) gets a new object instead of overwriting the taken one. Not an API: the built-in detectors use it.
 *
 * @param <T> the scratch type
 */
public final class ThreadScratch<T> {

    private final ThreadLocal<T> kept = new ThreadLocal<>();
    private final Supplier<T> make;

    /** Scratch made by {@code make} when the thread has none to lend. */
    public ThreadScratch(Supplier<T> make) {
        this.make = Objects.requireNonNull(make, "make");
    }

    /** The thread's kept scratch, now lent out; a new one when none is kept (or it is lent out already). */
    public T take() {
        T t = kept.get();
        if (t == null) {
            return make.get();
        }
        kept.set(null);
        return t;
    }

    /** Keeps {@code t} for the thread's next {@link #take}: its user has ended, nobody reads it any more. */
    public void giveBack(T t) {
        kept.set(t);
    }
}
