package io.tappass.client.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {

    private static List<SseEvent> parseInPieces(byte[] bytes, int piece) {
        SseParser p = new SseParser();
        List<SseEvent> out = new ArrayList<>();
        for (int i = 0; i < bytes.length; i += piece) {
            out.addAll(p.feed(bytes, i, Math.min(piece, bytes.length - i)));
        }
        out.addAll(p.finish());
        return out;
    }

    @Test
    void handlesCrLfCrAndLfLineEndsSplitAnywhere() {
        String text = "\uFEFFevent: a\r\ndata: one\r\n\r\ndata: two\rdata: three\r\rid: 7\nretry: 1500\ndata: \u00e9\u20ac\n\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<SseEvent> whole = parseInPieces(bytes, bytes.length);
        assertThat(whole).containsExactly(new SseEvent("a", "one", null, null),
                new SseEvent(null, "two\nthree", null, null), new SseEvent(null, "\u00e9\u20ac", "7", 1500L));
        for (int piece = 1; piece < 8; piece++) {
            assertThat(parseInPieces(bytes, piece)).as("piece size %d", piece).isEqualTo(whole);
        }
    }

    @Test
    void commentsAreSkippedAndCounted() {
        SseParser p = new SseParser();
        List<SseEvent> e = p.feed(": keep-alive\n\n:ping\ndata: x\n\n");
        assertThat(e).containsExactly(SseEvent.data("x"));
        assertThat(p.comments()).isEqualTo(2);
    }

    @Test
    void doneSentinelAndUnterminatedLastEvent() {
        SseParser p = new SseParser();
        List<SseEvent> e = new ArrayList<>(p.feed("data: {\"a\":1}\n\ndata: [DONE]"));
        assertThat(e).hasSize(1);
        e.addAll(p.finish());
        assertThat(e.get(1).isDone()).isTrue();
    }

    @Test
    void fieldWithoutColonAndNoSpaceAfterColon() {
        assertThat(new SseParser().feed("data\ndata:x\n\n")).containsExactly(SseEvent.data("\nx"));
    }

    @Test
    void writerRoundTripsMultiLineData() {
        SseEvent e = new SseEvent("message_start", "line1\nline2", "id-1", 10L);
        assertThat(new SseParser().feed(SseWriter.format(e))).containsExactly(e);
    }
}
