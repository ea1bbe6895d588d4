package io.tappass.client.wire;

import java.nio.charset.StandardCharsets;

/** Formats {@link SseEvent}s as {@code text/event-stream} text ({@code \n} line ends, one blank line after each). */
public final class SseWriter {

    private SseWriter() {
    }

    /** The wire text of one event; multi-line data becomes several {@code data:} lines. */
    public static String format(SseEvent e) {
        StringBuilder sb = new StringBuilder();
        if (e.event() != null) {
            sb.append("event: ").append(e.event()).append('\n');
        }
        if (e.id() != null) {
            sb.append("id: ").append(e.id()).append('\n');
        }
        if (e.retry() != null) {
            sb.append("retry: ").append(e.retry()).append('\n');
        }
        if (e.data() != null) {
            for (String line : e.data().split("\r\n|\r|\n", -1)) {
                sb.append("data: ").append(line).append('\n');
            }
        }
        return sb.append('\n').toString();
    }

    /** The UTF-8 bytes of one event. */
    public static byte[] bytes(SseEvent e) {
        return format(e).getBytes(StandardCharsets.UTF_8);
    }

    /** A comment line (keep-alive), e.g. {@code : ping}. */
    public static String comment(String text) {
        return ": " + text.replace('\n', ' ').replace('\r', ' ') + "\n\n";
    }
}
