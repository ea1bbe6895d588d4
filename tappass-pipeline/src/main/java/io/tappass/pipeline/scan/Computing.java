package io.tappass.pipeline.scan;

/**
 * A cached analysis being computed: the first thread to ask computes it, the others wait here for the result
 * instead of computing it again ({@link TextPart#analysis}, {@link NormalizedText#memo}).
 */
final class Computing {
    private final Thread owner = Thread.currentThread();
    private Object value;
    private boolean done;

    /** Fails when the computing thread asks for the analysis it is computing (it would wait forever). */
    void checkNotOwner(Object key) {
        if (owner == Thread.currentThread()) {
            throw new IllegalStateException("analysis " + key
                    + " needs itself: an analysis must not ask for its own key while it is computed");
        }
    }

    synchronized void complete(Object result) {
        value = result;
        done = true;
        notifyAll();
    }

    /**
     * The result, or null when the computation failed (the caller then computes it itself). Before it sleeps, the
     * waiting thread takes parts of the call's split-off work (the computing thread may have lent parts of this very
     * computation).
     */
    Object await() {
        io.tappass.pipeline.internal.Lending.helpUntil(this::isDone);
        synchronized (this) {
            io.tappass.pipeline.internal.Lending.await(this, () -> done);
            return value;
        }
    }

    private synchronized boolean isDone() {
        return done;
    }
}
