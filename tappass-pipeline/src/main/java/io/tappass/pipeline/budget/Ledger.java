package io.tappass.pipeline.budget;

/**
 * Spend and outstanding reservations of one budget window, in micro-dollars. All methods are atomic (the ledger's
 * monitor), so that concurrent calls can never reserve more than the limit in total.
 */
final class Ledger {

    private String window;
    private long spent;
    private long reserved;

    /** Resets when the calendar window changed. */
    private void roll(String current) {
        if (!current.equals(window)) {
            window = current;
            spent = 0;
            reserved = 0;
        }
    }

    /** Reserves {@code amount} if spent + reserved + amount stays within {@code limit}; returns false otherwise. */
    synchronized boolean reserve(String current, long amount, long limit) {
        roll(current);
        if (spent + reserved + amount > limit) {
            return false;
        }
        reserved += amount;
        return true;
    }

    /** Releases a reservation made in {@code madeIn} and books the actual cost. */
    synchronized void settle(String current, String madeIn, long reservedAmount, long actual) {
        roll(current);
        if (madeIn.equals(window)) {
            reserved = Math.max(0, reserved - reservedAmount);
        }
        spent += actual;
    }

    /** Releases a reservation without spending. */
    synchronized void release(String madeIn, long reservedAmount) {
        if (madeIn.equals(window)) {
            reserved = Math.max(0, reserved - reservedAmount);
        }
    }

    synchronized long spent(String current) {
        roll(current);
        return spent;
    }

    synchronized long committed(String current) {
        roll(current);
        return spent + reserved;
    }
}
