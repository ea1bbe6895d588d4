package io.tappass.client.wire;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An incremental {@code text/event-stream} parser (WHATWG HTML "server-sent events" rules): lines end with
 * {@code \r\n}, {@code \n} or {@code \r} (also when split across chunks), {@code :} lines are comments, several
 * {@code data:} lines join with {@code \n}, one optional space after the colon is dropped, a leading BOM is
 * ignored and a blank line dispatches the event. Bytes are decoded per line, so a UTF-8 character split across
 * network chunks is decoded correctly.
 *
 * <p>Not thread-safe: one parser per stream. {@link #maxLineBytes} bounds memory for hostile streams.
 */
public final class SseParser {

    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private final int maxLineBytes;
    private boolean lastWasCr;
    private boolean first = true;
    private String event;
    private StringBuilder data;
    private String id;
    private Long retry;
    private int comments;

    /** A parser with a 16 MiB line limit. */
    public SseParser() {
        this(16 << 20);
    }

    /** A parser rejecting lines longer than {@code maxLineBytes}. */
    public SseParser(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /** Feeds bytes; returns the events completed by them (possibly none). */
    public List<SseEvent> feed(byte[] bytes, int off, int len) {
        List<SseEvent> out = new ArrayList<>(2);
        for (int i = off; i < off + len; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                if (lastWasCr) {
                    lastWasCr = false;
                    continue;
                }
                endLine(out);
            } else if (b == '\r') {
                lastWasCr = true;
                endLine(out);
            } else {
                lastWasCr = false;
                if (line.size() >= maxLineBytes) {
                    throw new WireException("SSE line longer than " + maxLineBytes + " bytes");
                }
                line.write(b);
            }
        }
        return out;
    }

    /** Feeds a whole array. */
    public List<SseEvent> feed(byte[] bytes) {
        return feed(bytes, 0, bytes.length);
    }

    /** Feeds a buffer (consumed). */
    public List<SseEvent> feed(ByteBuffer buffer) {
        if (buffer.hasArray()) {
            List<SseEvent> r = feed(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
            buffer.position(buffer.limit());
            return r;
        }
        byte[] b = new byte[buffer.remaining()];
        buffer.get(b);
        return feed(b);
    }

    /** Feeds text (tests, fixtures). */
    public List<SseEvent> feed(String text) {
        return feed(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Ends the stream: a pending unterminated line is processed and a pending event without its final blank
     * line is dispatched (servers that close right after the last {@code data:} line are common).
     */
    public List<SseEvent> finish() {
        List<SseEvent> out = new ArrayList<>(1);
        if (line.size() > 0) {
            endLine(out);
        }
        dispatch(out);
        return out;
    }

    /** How many comment lines were seen (keep-alives). */
    public int comments() {
        return comments;
    }

    private void endLine(List<SseEvent> out) {
        String l = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (first) {
            first = false;
            if (!l.isEmpty() && l.charAt(0) == '\uFEFF') {
                l = l.substring(1);
            }
        }
        if (l.isEmpty()) {
            dispatch(out);
            return;
        }
        if (l.charAt(0) == ':') {
            comments++;
            return;
        }
        int colon = l.indexOf(':');
        String field = colon < 0 ? l : l.substring(0, colon);
        String value = colon < 0 ? "" : l.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "event": event = value; break;
            case "data":
                if (data == null) {
                    data = new StringBuilder(value);
                } else {
                    data.append('\n').append(value);
                }
                break;
            case "id":
                if (value.indexOf('\0') < 0) {
                    id = value;
                }
                break;
            case "retry":
                if (!value.isEmpty() && value.chars().allMatch(Character::isDigit) && value.length() < 19) {
                    retry = Long.parseLong(value);
                }
                break;
            default:
                break;
        }
    }

    private void dispatch(List<SseEvent> out) {
        if (data != null || event != null) {
            out.add(new SseEvent(event == null || event.isEmpty() ? null : event,
                    data == null ? "" : data.toString(), id, retry));
        }
        event = null;
        data = null;
        retry = null;
    }
}
