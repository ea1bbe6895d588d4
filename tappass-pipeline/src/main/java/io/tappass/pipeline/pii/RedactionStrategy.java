package io.tappass.pipeline.pii;

import io.tappass.pipeline.session.SessionState;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a detected value is replaced. Built-ins, selectable on {@code detect_pii} with option {@code strategy}:
 * <ul>
 *   <li>{@code mask} ({@link #mask()}): TapPass masks, {@code [MASKED_EMAIL]}, {@code [MASKED_PHONE]}, ...;</li>
 *   <li>{@code partial} ({@link #partial(int)}): every letter and digit but the last 4 becomes {@code *}, separators
 *       stay ({@code ****-****-****-1111});</li>
 *   <li>{@code hash} ({@link #hmac(byte[])}): {@code [EMAIL_HASH:<16 hex>]}, the first 64 bits of HMAC-SHA256 under a
 *       key from option {@code hash_key} or the environment variable named by {@code hash_key_env} (default
 *       {@code TAPPASS_PII_HASH_KEY}); equal values give equal hashes, so joins still work, but without the key
 *       nobody can test guesses;</li>
 *   <li>{@code token} ({@link #token()}): reversible {@code <EMAIL_1>} tokens from the session's {@link PiiVault}.</li>
 * </ul>
 * Implementations must be thread-safe.
 */
public interface RedactionStrategy {

    /** The environment variable read for the HMAC key when no other is configured. */
    String DEFAULT_HASH_KEY_ENV = "TAPPASS_PII_HASH_KEY";

    /**
     * The replacement for one value.
     *
     * @param type    the entity type, e.g. {@code EMAIL_ADDRESS}
     * @param value   the detected text
     * @param session the session (for reversible tokens); never null when {@link #usesSession()}, may be null
     *                otherwise
     */
    String replacement(String type, String value, SessionState session);

    /**
     * Whether {@link #replacement} reads the session (the reversible tokens do). A strategy that does not keeps
     * {@code detect_pii} {@linkplain io.tappass.pipeline.Step#isPure() pure}. The default is {@code true}.
     */
    default boolean usesSession() {
        return true;
    }

    /** The strategy's name as used in the {@code strategy} option. */
    String name();

    /** TapPass masks: {@code [MASKED_<label>]}. */
    static RedactionStrategy mask() {
        return RedactionStrategies.MASK;
    }

    /** Keeps the last {@code keep} letters/digits, masks the others with {@code *}. */
    static RedactionStrategy partial(int keep) {
        if (keep < 0 || keep > 16) {
            throw new IllegalArgumentException("partial mask keeps 0..16 characters, got " + keep);
        }
        return new RedactionStrategy() {
            @Override
            public String replacement(String type, String value, SessionState session) {
                int alnum = 0;
                for (int i = 0; i < value.length(); i++) {
                    alnum += Character.isLetterOrDigit(value.charAt(i)) ? 1 : 0;
                }
                int hide = Math.max(alnum - keep, alnum <= keep ? alnum : 0);
                StringBuilder sb = new StringBuilder(value.length());
                int seen = 0;
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (Character.isLetterOrDigit(c)) {
                        sb.append(seen++ < hide ? '*' : c);
                    } else {
                        sb.append(c);
                    }
                }
                return sb.toString();
            }

            @Override
            public String name() {
                return "partial";
            }

            @Override
            public boolean usesSession() {
                return false;
            }
        };
    }

    /**
     * Keyed hashing: {@code [<label>_HASH:<16 hex>]} from HMAC-SHA256(key, type + ':' + value).
     *
     * @param key at least 16 bytes
     */
    static RedactionStrategy hmac(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < 16) {
            throw new IllegalArgumentException("the PII hash key must be at least 16 bytes, got " + key.length
                    + "; generate one with e.g. `openssl rand -hex 32`");
        }
        SecretKeySpec spec = new SecretKeySpec(key.clone(), "HmacSHA256");
        return new RedactionStrategy() {
            @Override
            public String replacement(String type, String value, SessionState session) {
                try {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(spec);
                    byte[] h = mac.doFinal((type + ":" + value).getBytes(StandardCharsets.UTF_8));
                    StringBuilder hex = new StringBuilder(16);
                    for (int i = 0; i < 8; i++) {
                        hex.append(Character.forDigit((h[i] >> 4) & 0xf, 16)).append(Character.forDigit(h[i] & 0xf, 16));
                    }
                    return "[" + PiiEntity.labelOf(type) + "_HASH:" + hex + "]";
                } catch (NoSuchAlgorithmException | InvalidKeyException e) {
                    throw new IllegalStateException("HmacSHA256 unavailable", e);
                }
            }

            @Override
            public String name() {
                return "hash";
            }

            @Override
            public boolean usesSession() {
                return false;
            }
        };
    }

    /** Reversible tokens {@code <EMAIL_1>} kept in the session's {@link PiiVault} (mask when the vault is full). */
    static RedactionStrategy token() {
        return RedactionStrategies.TOKEN;
    }
}
