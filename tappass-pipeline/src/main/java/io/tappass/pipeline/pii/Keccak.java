package io.tappass.pipeline.pii;

/**
 * Keccak-256 (the original Keccak padding 0x01 used by Ethereum, not SHA3-256's 0x06), needed for EIP-55
 * address checksums. Written from the Keccak reference specification (FIPS 202 permutation, rate 1088 bits).
 */
final class Keccak {

    private static final long[] RC = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};
    private static final int[] ROT = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8,
        18, 2, 61, 56, 14};

    private Keccak() {
    }

    static byte[] keccak256(byte[] in) {
        int rate = 136;
        long[] st = new long[25];
        int padLen = rate - (in.length % rate);
        byte[] msg = new byte[in.length + padLen];
        System.arraycopy(in, 0, msg, 0, in.length);
        msg[in.length] ^= 0x01;
        msg[msg.length - 1] ^= (byte) 0x80;
        for (int off = 0; off < msg.length; off += rate) {
            for (int i = 0; i < rate / 8; i++) {
                long v = 0;
                for (int b = 0; b < 8; b++) {
                    v |= (msg[off + i * 8 + b] & 0xffL) << (8 * b);
                }
                st[i] ^= v;
            }
            permute(st);
        }
        byte[] out = new byte[32];
        for (int i = 0; i < 32; i++) {
            out[i] = (byte) (st[i / 8] >>> (8 * (i % 8)));
        }
        return out;
    }

    private static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (int round = 0; round < 24; round++) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[y + x] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    int idx = x + 5 * y;
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[idx], ROT[idx]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
                }
            }
            a[0] ^= RC[round];
        }
    }
}
