package io.tappass.core;

import java.util.Map;
import java.util.Objects;

/**
 * One part of a message's content: text, or a non-text part (image, audio, file, ...) whose wire fields are kept
 * in {@code extras} and passed through untouched.
 *
 * @param type   the wire type, e.g. {@code text}, {@code image_url}, {@code input_text}
 * @param text   the text of a text part; {@code null} for non-text parts
 * @param extras every other wire field of the part, preserved on re-serialisation
 */
public record ContentPart(String type, String text, Map<String, Object> extras) {

    /** The type of plain text parts. */
    public static final String TEXT = "text";

    public ContentPart {
        Objects.requireNonNull(type, "type");
        extras = Maps.copy(extras);
    }

    /** A plain text part. */
    public static ContentPart text(String text) {
        return new ContentPart(TEXT, Objects.requireNonNull(text, "text"), Map.of());
    }

    /** Whether this part carries text that governance scans. */
    public boolean isText() {
        return text != null;
    }

    /** A copy of this part with its text replaced (type and extras kept). */
    public ContentPart withText(String newText) {
        return new ContentPart(type, newText, extras);
    }
}
