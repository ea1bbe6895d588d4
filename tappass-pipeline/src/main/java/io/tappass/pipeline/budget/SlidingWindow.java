package io.tappass.pipeline.budget;

/**
 * An exact sliding-window counter: the admission times still inside the window, in a primitive ring that grows on
 * demand (up to {@code max} entries), so a call is admitted when fewer than {@code max} calls were admitted within
 * the window. Memory is proportional to the calls actually inside the window, never to a large {@code max}.
 * Amortised O(1) per call; atomic under its own monitor.
 */
final class SlidingWindow {

    private final int max;
    private long[] ring = new long[8];
    private int head;
    private int size;

    SlidingWindow(int max) {
        this.max = max;
    }

    /** Admits a call at {@code nowMillis} if fewer than max calls happened after {@code nowMillis - windowMillis}. */
    synchronized boolean tryAcquire(long nowMillis, long windowMillis) {
        evict(nowMillis - windowMillis);
        if (size >= max) {
            return false;
        }
        if (size == ring.length) {
            long[] bigger = new long[(int) Math.min((long) ring.length * 2, Math.max(max, 8))];
            for (int i = 0; i < size; i++) {
                bigger[i] = ring[(head + i) % ring.length];
            }
            ring = bigger;
            head = 0;
        }
        ring[(head + size) % ring.length] = nowMillis;
        size++;
        return true;
    }

    /** The calls admitted within the window. */
    synchronized int count(long nowMillis, long windowMillis) {
        evict(nowMillis - windowMillis);
        return size;
    }

    private void evict(long cutoff) {
        while (size > 0 && ring[head] <= cutoff) {
            head = (head + 1) % ring.length;
            size--;
        }
    }
}
