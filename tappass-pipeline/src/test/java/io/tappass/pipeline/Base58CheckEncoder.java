package io.tappass.pipeline;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * For tests that build valid Bitcoin values (addresses, WIF private keys): the Base58Check encoding of a payload, the
 * inverse of {@code io.tappass.pipeline.internal.Base58Check.decode}.
 */
public final class Base58CheckEncoder {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private Base58CheckEncoder() {
    }

    /** The payload and the first four bytes of its double SHA-256, in base 58 (a '1' per leading zero byte). */
    public static String encode(byte[] payload) {
        byte[] check;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            check = sha.digest(sha.digest(payload));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] full = Arrays.copyOf(payload, payload.length + 4);
        System.arraycopy(check, 0, full, payload.length, 4);
        StringBuilder b = new StringBuilder();
        BigInteger v = new BigInteger(1, full);
        BigInteger base = BigInteger.valueOf(58);
        while (v.signum() > 0) {
            BigInteger[] qr = v.divideAndRemainder(base);
            b.append(ALPHABET.charAt(qr[1].intValue()));
            v = qr[0];
        }
        for (int i = 0; i < full.length && full[i] == 0; i++) {
            b.append('1');
        }
        return b.reverse().toString();
    }
}
