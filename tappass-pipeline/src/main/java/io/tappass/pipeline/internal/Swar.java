package io.tappass.pipeline.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes at a time ("SIMD within a register"): the scanners that read a text's Latin-1 byte copy classify its
 * bytes with plain {@code long} arithmetic, without a branch per character.
 */
public final class Swar {

    /** Reads eight bytes of a {@code byte[]} as a little-endian {@code long} ({@code (long) LONGS.get(bytes, at)}). */
    public static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** 0x01 in every byte. */
    public static final long ONES = 0x0101010101010101L;
    /** 0x80 in every byte. */
    public static final long HIGH = 0x8080808080808080L;

    private Swar() {
    }

    /**
     * The high bit of each byte of {@code y} that lies in {@code [lo, hi]}, for {@code y} whose bytes are all below
     * 0x80 (clear the high bits first) and {@code 0 < lo <= hi < 0x80}: {@code y + (0x80 - lo)} sets a byte's high bit
     * from {@code lo} on, {@code y + (0x7F - hi)} from {@code hi + 1} on, and neither carries into the next byte.
     */
    public static long inRange(long y, int lo, int hi) {
        return (y + (0x80 - lo) * ONES) & ~(y + (0x7F - hi) * ONES) & HIGH;
    }

    /** The high bit of each byte of {@code y} equal to {@code c}, for {@code y} and {@code c} below 0x80. */
    public static long equal(long y, int c) {
        return ~((y ^ c * ONES) + 0x7F * ONES) & HIGH;
    }

    /** The high bits of the eight bytes of {@code m} (nothing else set) gathered into its low byte, byte k to bit k. */
    public static long gather(long m) {
        return m * 0x0002040810204081L >>> 56;
    }
}
