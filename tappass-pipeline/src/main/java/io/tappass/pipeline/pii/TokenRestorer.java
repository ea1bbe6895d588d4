package io.tappass.pipeline.pii;

import io.tappass.pipeline.session.SessionState;
import java.util.Objects;
import java.util.function.Function;

/**
 * Puts original values back in place of {@code pii_tokenize} tokens ({@code <EMAIL_1>}, {@code <PERSON_2>}) in a
 * model's answer, also when the answer arrives in chunks (SSE): {@link #feed(String)} returns what can be emitted
 * now and holds back a possible partial token at the end (e.g. {@code "Write to <EMA"}); {@link #finish()} returns
 * the rest. Tokens the lookup does not know are left unchanged. Not thread-safe: use one restorer per stream.
 *
 * <pre>{@code
 * TokenRestorer r = TokenRestorer.forSession(session);
 * for (String chunk : chunks) emit(r.feed(chunk));
 * emit(r.finish());
 * }</pre>
 */
public final class TokenRestorer {

    /** Longest token recognised, e.g. {@code <IT_FISCAL_CODE_12345>}. */
    public static final int MAX_TOKEN_LENGTH = 64;

    private final Function<String, String> lookup;
    private final StringBuilder pending = new StringBuilder();

    /** @param lookup token (with angle brackets) to original value, or null when unknown */
    public TokenRestorer(Function<String, String> lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /** A restorer over the session's vault (restores nothing if the session has none). */
    public static TokenRestorer forSession(SessionState session) {
        return new TokenRestorer(token -> {
            PiiVault v = PiiVault.peek(session);
            return v == null ? null : v.valueOf(token);
        });
    }

    /** Adds a chunk; returns the text that is ready (restored), possibly empty. */
    public String feed(String chunk) {
        pending.append(chunk);
        int cut = holdFrom(pending);
        String ready = restore(pending.substring(0, cut), lookup);
        pending.delete(0, cut);
        return ready;
    }

    /** Ends the stream; returns whatever was held back (restored if it is a complete token). */
    public String finish() {
        String rest = restore(pending.toString(), lookup);
        pending.setLength(0);
        return rest;
    }

    /** Replaces every known token in a complete text. */
    public static String restore(String text, Function<String, String> lookup) {
        int lt = text.indexOf('<');
        if (lt < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int copied = 0;
        while (lt >= 0) {
            int end = tokenEnd(text, lt);
            if (end > 0) {
                String value = lookup.apply(text.substring(lt, end));
                if (value != null) {
                    out.append(text, copied, lt).append(value);
                    copied = end;
                }
                lt = text.indexOf('<', end);
            } else {
                lt = text.indexOf('<', lt + 1);
            }
        }
        out.append(text, copied, text.length());
        return out.toString();
    }

    /** The end (exclusive) of a token {@code <LABEL_n>} starting at {@code lt}, or -1. */
    static int tokenEnd(CharSequence s, int lt) {
        int n = s.length();
        int i = lt + 1;
        if (i >= n || !(s.charAt(i) >= 'A' && s.charAt(i) <= 'Z')) {
            return -1;
        }
        int lastUnderscore = -1;
        while (i < n && i - lt < MAX_TOKEN_LENGTH) {
            char c = s.charAt(i);
            if (c == '>') {
                if (lastUnderscore < 0 || lastUnderscore == i - 1) {
                    return -1;
                }
                for (int k = lastUnderscore + 1; k < i; k++) {
                    if (!PiiDetector.isDigit(s.charAt(k))) {
                        return -1;
                    }
                }
                return i + 1;
            }
            if (c == '_') {
                lastUnderscore = i;
            } else if (!((c >= 'A' && c <= 'Z') || PiiDetector.isDigit(c))) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    /** Where to cut so that a possible partial token at the end is held back. */
    private static int holdFrom(StringBuilder s) {
        int lt = s.lastIndexOf("<");
        if (lt < 0 || s.length() - lt >= MAX_TOKEN_LENGTH) {
            return s.length();
        }
        for (int i = lt + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || PiiDetector.isDigit(c) || c == '_')) {
                return s.length();
            }
        }
        return lt;
    }
}
