package io.tappass.pipeline.secrets;

import java.util.zip.CRC32;

/**
 * Checksums that some token formats embed, used to tell a real token from a hand-typed or altered one.
 *
 * <p>GitHub's 2021 token format (classic {@code ghp_}, {@code gho_}, {@code ghu_}, {@code ghs_}, {@code ghr_}) ends
 * in six base62 characters that encode the CRC32 of the 30 random characters before them (GitHub engineering blog,
 * "Behind GitHub's new authentication token formats", 2021-04); npm's granular tokens ({@code npm_}) use the same
 * layout (30 random characters + CRC32 in base62). The alphabet order {@code 0-9A-Za-z} and the left padding with
 * {@code 0} were checked against tokens that validate in public scanners' test data.
 */
final class Checksums {

    private Checksums() {
    }

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /** The checksum verdict for a token body. */
    enum Verdict {
        /** The checksum matches: a real (or correctly generated) token. */
        VALID,
        /** The checksum does not match: a fake, truncated, edited or placeholder token. */
        INVALID,
        /** The token does not have the checksummed layout (e.g. a longer legacy or server token). */
        NOT_APPLICABLE
    }

    /**
     * Checks a 36-character body (30 random characters + 6 base62 CRC32 characters) at {@code text[s, e)}.
     * Any other length is {@link Verdict#NOT_APPLICABLE}.
     */
    static Verdict crc32Base62(CharSequence text, int s, int e) {
        if (e - s != 36) {
            return Verdict.NOT_APPLICABLE;
        }
        CRC32 crc = new CRC32();
        for (int i = s; i < s + 30; i++) {
            crc.update(text.charAt(i));
        }
        long v = crc.getValue();
        for (int i = e - 1; i >= e - 6; i--) {
            if (text.charAt(i) != BASE62.charAt((int) (v % 62))) {
                return Verdict.INVALID;
            }
            v /= 62;
        }
        return v == 0 ? Verdict.VALID : Verdict.INVALID;
    }

    /**
     * A validator for {@code <prefix><36 chars>} tokens: a valid checksum makes the match certain (1.0, even if the
     * body happens to look repetitive); a failed checksum on a placeholder-looking body rejects it; a failed checksum
     * on a random-looking body is kept at 0.9 (test fixtures, redacted or truncated copies of real tokens).
     */
    static Rule.Validator crc32Suffix(int prefixLength) {
        return (text, s, e, score) -> {
            switch (crc32Base62(text, s + prefixLength, e)) {
                case VALID:
                    return 1.0;
                case INVALID:
                    return score < 1.0 ? -1 : 0.9;
                default:
                    return score;
            }
        };
    }

    /**
     * Whether {@code text[s, e)} is a Bitcoin private key in Wallet Import Format: Base58Check (the last four bytes
     * are the first four of the double SHA-256 of the rest) of a version byte 0x80 (mainnet) or 0xef (testnet), 32
     * key bytes and, for a compressed key, 0x01. A string typed or altered by hand fails the checksum.
     */
    static boolean isWif(CharSequence text, int s, int e) {
        byte[] p = io.tappass.pipeline.internal.Base58Check.decode(text, s, e);
        if (p == null || p.length != 33 && p.length != 34) {
            return false;
        }
        int version = p[0] & 0xff;
        return (version == 0x80 || version == 0xef) && (p.length == 33 || p[33] == 1);
    }
}
