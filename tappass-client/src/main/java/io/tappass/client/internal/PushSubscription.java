package io.tappass.client.internal;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Flow;

/**
 * Pushes byte buffers produced by one thread into a {@link java.net.http.HttpResponse.BodySubscriber}, honouring
 * its demand. The producer blocks in {@link #offer} while more than {@code limit} buffers wait (back-pressure).
 */
public final class PushSubscription implements Flow.Subscription {

    private final Flow.Subscriber<? super List<ByteBuffer>> subscriber;
    private final ArrayDeque<List<ByteBuffer>> queue = new ArrayDeque<>();
    private final int limit;
    private long demand;
    private boolean done;
    private Throwable error;
    private boolean terminated;
    private volatile boolean cancelled;
    private boolean draining;

    /** @param subscriber the caller's body subscriber; @param limit max queued buffers */
    public PushSubscription(Flow.Subscriber<? super List<ByteBuffer>> subscriber, int limit) {
        this.subscriber = subscriber;
        this.limit = limit;
    }

    /** Calls {@code onSubscribe}. */
    public PushSubscription start() {
        subscriber.onSubscribe(this);
        return this;
    }

    /** Whether the subscriber cancelled. */
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void request(long n) {
        synchronized (this) {
            if (n <= 0) {
                error = new IllegalArgumentException("non-positive request " + n);
                done = true;
            } else {
                demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
            }
        }
        drain();
    }

    @Override
    public void cancel() {
        cancelled = true;
        synchronized (this) {
            queue.clear();
            notifyAll();
        }
    }

    /** Queues one buffer (blocks while the queue is full); returns false when cancelled. */
    public boolean offer(ByteBuffer buffer) throws InterruptedException {
        synchronized (this) {
            while (queue.size() >= limit && !cancelled) {
                wait();
            }
            if (cancelled) {
                return false;
            }
            queue.add(List.of(buffer));
        }
        drain();
        return !cancelled;
    }

    /** Completes the body after the queued buffers. */
    public void complete() {
        synchronized (this) {
            done = true;
        }
        drain();
    }

    /** Fails the body after the queued buffers. */
    public void fail(Throwable t) {
        synchronized (this) {
            error = t;
            done = true;
        }
        drain();
    }

    private void drain() {
        synchronized (this) {
            if (draining) {
                return;
            }
            draining = true;
        }
        while (true) {
            List<ByteBuffer> next = null;
            boolean finish = false;
            Throwable err = null;
            synchronized (this) {
                if (cancelled || terminated) {
                    draining = false;
                    return;
                }
                if (demand > 0 && !queue.isEmpty()) {
                    next = queue.poll();
                    demand--;
                    notifyAll();
                } else if (queue.isEmpty() && done) {
                    terminated = true;
                    finish = true;
                    err = error;
                } else {
                    draining = false;
                    return;
                }
            }
            if (next != null) {
                subscriber.onNext(next);
            } else if (finish) {
                if (err != null) {
                    subscriber.onError(err);
                } else {
                    subscriber.onComplete();
                }
                synchronized (this) {
                    draining = false;
                }
                return;
            }
        }
    }
}
