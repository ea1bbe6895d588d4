package io.tappass.pipeline.internal;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Bitcoin's Base58Check encoding (Bitcoin wiki, "Base58Check encoding"): a payload and the first four bytes of its
 * double SHA-256, written in the 58-character alphabet without 0, O, I and l; each leading '1' is a zero byte. Used by
 * {@code detect_pii} for legacy addresses and by {@code detect_secrets} for WIF private keys. Internal.
 */
public final class Base58Check {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);

    private Base58Check() {
    }

    /**
     * The payload that {@code s[from, to)} encodes, its four checksum bytes removed; {@code null} when a character is
     * not in the alphabet, the bytes are fewer than five, or the checksum does not hold.
     */
    public static byte[] decode(CharSequence s, int from, int to) {
        BigInteger v = BigInteger.ZERO;
        for (int i = from; i < to; i++) {
            int d = ALPHABET.indexOf(s.charAt(i));
            if (d < 0) {
                return null;
            }
            v = v.multiply(BASE).add(BigInteger.valueOf(d));
        }
        byte[] raw = v.toByteArray();
        int zeros = 0;
        while (from + zeros < to && s.charAt(from + zeros) == '1') {
            zeros++;
        }
        // strip BigInteger's sign byte (all of a zero value); a zero byte for each leading '1'
        int off = v.signum() == 0 ? raw.length : raw.length > 1 && raw[0] == 0 ? 1 : 0;
        int len = raw.length - off + zeros;
        if (len < 5) {
            return null;
        }
        byte[] bytes = new byte[len];
        System.arraycopy(raw, off, bytes, zeros, raw.length - off);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes, 0, len - 4);
            byte[] h = sha.digest(sha.digest());
            for (int i = 0; i < 4; i++) {
                if (h[i] != bytes[len - 4 + i]) {
                    return null;
                }
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
        return Arrays.copyOf(bytes, len - 4);
    }
}
