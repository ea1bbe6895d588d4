package io.tappass.client.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tappass.client.testing.TestSteps;
import io.tappass.core.ChatResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every recorded stream in ../shared/data/wire_formats through the SSE parser (fed in small pieces) and
 * the assemblers, and checks the assembled result against an independent reading of the same payloads.
 */
class StreamReplayTest {

    static Path wire() {
        Path d = TestSteps.sharedData();
        Assumptions.assumeTrue(d != null && Files.isDirectory(d.resolve("wire_formats")),
                "../shared/data/wire_formats not found: recorded-stream replay skipped");
        return d.resolve("wire_formats");
    }

    static Stream<Path> files(String dir, String suffix) throws IOException {
        Path d = TestSteps.sharedData();
        if (d == null || !Files.isDirectory(d.resolve("wire_formats").resolve(dir))) {
            return Stream.of((Path) null);
        }
        return Files.list(d.resolve("wire_formats").resolve(dir)).filter(p -> p.toString().endsWith(suffix)).sorted();
    }

    static Stream<Path> openAiSse() throws IOException {
        return files("openai_python_sse", ".sse.txt");
    }

    static Stream<Path> anthropicSse() throws IOException {
        return files("anthropic_sdk_python_sse", ".sse.txt");
    }

    static Stream<Path> vercelChunks() throws IOException {
        return files("vercel_ai_fixtures", ".chunks.txt");
    }

    static List<SseEvent> parse(byte[] bytes, int piece) {
        SseParser p = new SseParser();
        List<SseEvent> out = new ArrayList<>();
        for (int i = 0; i < bytes.length; i += piece) {
            out.addAll(p.feed(bytes, i, Math.min(piece, bytes.length - i)));
        }
        out.addAll(p.finish());
        return out;
    }

    @ParameterizedTest
    @MethodSource("openAiSse")
    void openAiRecordedStreams(Path file) throws IOException {
        Assumptions.assumeTrue(file != null, "../shared/data/wire_formats not found: skipped");
        byte[] bytes = Files.readAllBytes(file);
        List<SseEvent> events = parse(bytes, 7);
        assertThat(events).isEqualTo(parse(bytes, bytes.length));
        assertThat(events.get(events.size() - 1).isDone()).isTrue();
        OpenAiChatStreamAssembler a = new OpenAiChatStreamAssembler();
        StringBuilder expected = new StringBuilder();
        for (SseEvent e : events) {
            a.accept(e);
            if (!e.isDone()) {
                for (JsonNode c : Json.parse(e.data(), "t").path("choices")) {
                    if (c.path("index").asInt() == 0 && c.path("delta").path("content").isTextual()) {
                        expected.append(c.path("delta").path("content").asText());
                    }
                }
            }
        }
        assertThat(a.isComplete()).isTrue();
        assertThat(a.error()).isNull();
        ChatResponse r = a.response();
        assertThat(r.content()).isEqualTo(expected.toString());
        assertThat(r.id()).startsWith("chatcmpl-");
        assertThat(r.finishReason()).isNotNull();
        if (file.getFileName().toString().contains("tool")) {
            assertThat(r.toolCalls()).isNotEmpty();
            assertThat(r.toolCalls()).allSatisfy(c -> assertThat(c.arguments()).isNotEmpty().doesNotContainKey("_raw"));
        }
        if (file.getFileName().toString().contains("multiple_choices")) {
            assertThat(a.responses()).hasSizeGreaterThan(1);
        }
        // re-serialising the parsed events gives the same events back
        StringBuilder wire = new StringBuilder();
        events.forEach(e -> wire.append(SseWriter.format(e)));
        assertThat(parse(wire.toString().getBytes(StandardCharsets.UTF_8), 13)).isEqualTo(events);
    }

    @ParameterizedTest
    @MethodSource("anthropicSse")
    void anthropicRecordedStreams(Path file) throws IOException {
        Assumptions.assumeTrue(file != null, "../shared/data/wire_formats not found: skipped");
        byte[] bytes = Files.readAllBytes(file);
        List<SseEvent> events = parse(bytes, 5);
        assertThat(events).isEqualTo(parse(bytes, bytes.length));
        AnthropicStreamAssembler a = new AnthropicStreamAssembler();
        StringBuilder expected = new StringBuilder();
        for (SseEvent e : events) {
            assertThat(e.event()).isEqualTo(Json.parse(e.data(), "t").path("type").asText());
            a.accept(e);
            JsonNode d = Json.parse(e.data(), "t").path("delta");
            if ("text_delta".equals(d.path("type").asText())) {
                expected.append(d.path("text").asText());
            }
        }
        assertThat(a.isComplete()).isTrue();
        assertThat(a.response().content()).isEqualTo(expected.toString());
        assertThat(a.usage().inputTokens() + a.usage().outputTokens()).isPositive();
        String name = file.getFileName().toString();
        if (name.equals("basic_response.sse.txt")) {
            assertThat(a.response().content()).isEqualTo("Hello there!");
            assertThat(a.usage().inputTokens()).isEqualTo(11);
            assertThat(a.usage().outputTokens()).isEqualTo(6);
            assertThat(a.response().finishReason()).isEqualTo("end_turn");
        }
        if (name.equals("tool_use_response.sse.txt")) {
            assertThat(a.response().toolCalls()).singleElement().satisfies(c -> {
                assertThat(c.name()).isEqualTo("get_weather");
                assertThat(c.arguments()).containsKey("location");
            });
        }
    }

    @ParameterizedTest
    @MethodSource("vercelChunks")
    void vercelRecordedPayloadStreams(Path file) throws IOException {
        Assumptions.assumeTrue(file != null, "../shared/data/wire_formats not found: skipped");
        String name = file.getFileName().toString();
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        StringBuilder sse = new StringBuilder();
        for (String l : lines) {
            String type = Json.parse(l, "t").path("type").asText(null);
            sse.append(SseWriter.format(new SseEvent(name.startsWith("anthropic") ? type : null, l, null, null)));
        }
        List<SseEvent> events = parse(sse.toString().getBytes(StandardCharsets.UTF_8), 11);
        assertThat(events).hasSize(lines.size());
        StreamAssembler a;
        if (name.startsWith("anthropic")) {
            a = new AnthropicStreamAssembler();
        } else if (name.contains("error")) {
            a = new ResponsesStreamAssembler();
        } else {
            a = new OpenAiChatStreamAssembler();
        }
        events.forEach(a::accept);
        if (name.contains("openai-error")) {
            assertThat(a.error()).contains("exceeded your current quota");
        } else if (name.contains("completion-text")) {
            // legacy /v1/completions chunks: no chat deltas; the assembler must not fail on them
            assertThat(a.response().content()).isEmpty();
        } else if (name.contains("azure-model-router")) {
            assertThat(a.response().content()).isNotEmpty();
            assertThat(a.usage().totalTokens()).isPositive();
        } else {
            assertThat(a.isComplete()).as(name).isTrue();
            if (name.contains("tool")) {
                assertThat(a.response().toolCalls()).isNotEmpty();
            } else if (!name.contains("message-start") && !name.contains("refusal")) {
                assertThat(a.response().content()).isNotEmpty();
            }
        }
    }

    @Test
    void anthropicNonStreamedFixturesDecode() throws IOException {
        Path w = wire().resolve("vercel_ai_fixtures");
        WireResponse text = AnthropicMessagesCodec.INSTANCE.decodeResponse(
                Files.readAllBytes(w.resolve("anthropic__anthropic-text.json")));
        assertThat(text.first().content()).isNotEmpty();
        assertThat(text.usage().inputTokens()).isPositive();
        WireResponse tool = AnthropicMessagesCodec.INSTANCE.decodeResponse(
                Files.readAllBytes(w.resolve("anthropic__anthropic-tool-no-args.json")));
        assertThat(tool.first().toolCalls()).isNotEmpty();
        // untouched re-encode is the original bytes
        assertThat(AnthropicMessagesCodec.INSTANCE.encodeResponse(tool, tool.choices())).isSameAs(tool.raw());
    }
}
