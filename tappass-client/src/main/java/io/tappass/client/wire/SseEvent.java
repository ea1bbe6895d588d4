package io.tappass.client.wire;

/**
 * One server-sent event.
 *
 * @param event the {@code event:} name, or null for the default {@code message}
 * @param data  the {@code data:} lines joined with {@code \n}
 * @param id    the {@code id:} field, or null
 * @param retry the {@code retry:} field in milliseconds, or null
 */
public record SseEvent(String event, String data, String id, Long retry) {

    /** OpenAI's end-of-stream sentinel data. */
    public static final String DONE = "[DONE]";

    /** A data-only event. */
    public static SseEvent data(String data) {
        return new SseEvent(null, data, null, null);
    }

    /** A named event. */
    public static SseEvent of(String event, String data) {
        return new SseEvent(event, data, null, null);
    }

    /** Whether this is OpenAI's {@code data: [DONE]}. */
    public boolean isDone() {
        return DONE.equals(data == null ? null : data.trim());
    }

    /** A copy with other data. */
    public SseEvent withData(String newData) {
        return new SseEvent(event, newData, id, retry);
    }

    /** The wire form of this event, terminated by a blank line. */
    public String toWire() {
        return SseWriter.format(this);
    }
}
