package io.tappass.pipeline.budget;

/**
 * An exact sliding-window counter: remembers the last {@code max} admission times in a ring, so a call is admitted
 * when fewer than {@code max} calls were admitted within the window. O(1) per call, {@code max} longs of memory.
 * Atomic under its own monitor.
 */
final class SlidingWindow {

    private final long[] ring;
    private int next;
    private int size;

    SlidingWindow(int max) {
        this.ring = new long[max];
    }

    /** Admits a call at {@code nowMillis} if fewer than max calls happened after {@code nowMillis - windowMillis}. */
    synchronized boolean tryAcquire(long nowMillis, long windowMillis) {
        if (size == ring.length) {
            long oldest = ring[next];
            if (oldest > nowMillis - windowMillis) {
                return false;
            }
        } else {
            size++;
        }
        ring[next] = nowMillis;
        next = (next + 1) % ring.length;
        return true;
    }

    /** The calls admitted within the window. */
    synchronized int count(long nowMillis, long windowMillis) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (ring[i] > nowMillis - windowMillis) {
                n++;
            }
        }
        return n;
    }
}
