package io.tappass.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.client.testing.TestSteps;
import io.tappass.client.wire.SseEvent;
import io.tappass.client.wire.SseParser;
import io.tappass.client.wire.StreamAssembler;
import io.tappass.client.wire.WireFormat;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.OnDetection;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replays every recorded stream through the governed-stream machinery. */
class GovernedStreamTest {

    static Stream<Path> recorded() throws IOException {
        Path d = TestSteps.sharedData();
        if (d == null) {
            return Stream.of((Path) null);
        }
        Path w = d.resolve("wire_formats");
        return Stream.concat(Files.list(w.resolve("openai_python_sse")), Files.list(w.resolve("anthropic_sdk_python_sse")))
                .filter(p -> p.toString().endsWith(".sse.txt")).sorted();
    }

    static List<SseEvent> run(GovernedStream gs, List<SseEvent> in) {
        List<SseEvent> out = new ArrayList<>();
        for (SseEvent e : in) {
            out.addAll(gs.accept(e));
        }
        out.addAll(gs.finish());
        return out;
    }

    @ParameterizedTest
    @MethodSource("recorded")
    void passThroughPipelineReproducesTheStream(Path file) throws IOException {
        Assumptions.assumeTrue(file != null, "../shared/data/wire_formats not found: skipped");
        WireFormat f = file.toString().contains("anthropic") ? WireFormat.ANTHROPIC_MESSAGES : WireFormat.OPENAI_CHAT;
        SseParser p = new SseParser();
        List<SseEvent> in = new ArrayList<>(p.feed(Files.readAllBytes(file)));
        in.addAll(p.finish());
        Pipeline pipe = Pipeline.builder().step(new TestSteps.EmailStep("email", Phase.OUTPUT, OnDetection.REDACT)).build();
        GovernanceContext ctx = GovernanceContext.empty();
        GovernedStream gs = new GovernedStream(f, t -> pipe.checkOutput(t, ctx), r -> pipe.checkOutput(r, ctx), 8);
        List<SseEvent> out = run(gs, in);
        assertThat(gs.blockVerdict()).isNull();
        StreamAssembler original = f.codec().newAssembler();
        in.forEach(original::accept);
        StreamAssembler governed = f.codec().newAssembler();
        out.forEach(governed::accept);
        assertThat(governed.isComplete()).isTrue();
        assertThat(governed.responses()).isEqualTo(original.responses());
        assertThat(governed.usage()).isEqualTo(original.usage());
        // tool-call events are released (not lost), and the last event is the provider's end event
        assertThat(out.get(out.size() - 1).data()).isEqualTo(in.get(in.size() - 1).data());
    }

    @Test
    void textGovernorCatchesSplitEmailAndReleasesEarlyText() throws Exception {
        Pipeline pipe = Pipeline.builder().step(new TestSteps.EmailStep("email", Phase.OUTPUT, OnDetection.REDACT)).build();
        TextGovernor g = new TextGovernor(t -> pipe.checkOutput(t), 20);
        StringBuilder out = new StringBuilder();
        out.append(g.append("Please contact the team at "));
        assertThat(out.toString()).isEqualTo("Please "); // flows, minus the 20-char hold-back
        for (String piece : List.of("jo", "hn.do", "e@exam", "ple.", "com", " tomorrow morning, thanks")) {
            out.append(g.append(piece));
            assertThat(out.toString()).doesNotContain("john").doesNotContain("@");
        }
        out.append(g.flush());
        assertThat(out.toString()).isEqualTo("Please contact the team at [MASKED_EMAIL] tomorrow morning, thanks");
        assertThat(g.partialLeaks()).isZero();
    }

    static Stream<Path> recordedToolStreams() throws IOException {
        return recorded().filter(p -> p == null || p.toString().contains("tool"));
    }

    static List<SseEvent> parse(byte[] bytes) {
        SseParser p = new SseParser();
        List<SseEvent> in = new ArrayList<>(p.feed(bytes));
        in.addAll(p.finish());
        return in;
    }

    static Pipeline redactingToolArgs() {
        return Pipeline.builder().step(new TestSteps.RedactToolArgsStep()).build();
    }

    /** Each tool call of {@code r} with its arguments as the governed (redacted) map. */
    static List<io.tappass.core.ToolCall> redactedCalls(io.tappass.core.ChatResponse r) {
        return r.toolCalls().stream().map(c -> new io.tappass.core.ToolCall(c.id(), c.name(),
                TestSteps.RedactToolArgsStep.redacted(c.arguments()), c.server())).toList();
    }

    @ParameterizedTest
    @MethodSource("recordedToolStreams")
    void rewrittenToolCallArgumentsAreReStreamedInTheProviderFormat(Path file) throws IOException {
        Assumptions.assumeTrue(file != null, "../shared/data/wire_formats not found: skipped");
        WireFormat f = file.toString().contains("anthropic") ? WireFormat.ANTHROPIC_MESSAGES : WireFormat.OPENAI_CHAT;
        List<SseEvent> in = parse(Files.readAllBytes(file));
        StreamAssembler original = f.codec().newAssembler();
        in.forEach(original::accept);
        Assumptions.assumeTrue(original.response().toolCalls().stream().anyMatch(c -> !c.arguments().equals(
                TestSteps.RedactToolArgsStep.redacted(c.arguments()))), "no string tool arguments in " + file);
        Pipeline pipe = redactingToolArgs();
        GovernanceContext ctx = GovernanceContext.empty();
        GovernedStream gs = new GovernedStream(f, t -> pipe.checkOutput(t, ctx), r -> pipe.checkOutput(r, ctx), 8);
        List<SseEvent> out = run(gs, in);
        assertThat(gs.blockVerdict()).isNull();
        assertThat(out).noneMatch(e -> e.data() != null && e.data().contains("policy_block"));
        StreamAssembler governed = f.codec().newAssembler();
        out.forEach(governed::accept);
        assertThat(governed.isComplete()).isTrue();
        assertThat(governed.response().toolCalls()).isEqualTo(redactedCalls(original.response()));
        assertThat(governed.response().content()).isEqualTo(original.response().content());
        assertThat(String.join("", out.stream().map(e -> String.valueOf(e.data())).toList())).doesNotContain(
                original.response().toolCalls().get(0).arguments().values().stream()
                        .filter(v -> v instanceof String).map(v -> "\\\"" + v + "\\\"").findFirst().orElse("\u0000"));
        assertThat(out.get(out.size() - 1).data()).isEqualTo(in.get(in.size() - 1).data());
    }

    @Test
    void rewrittenResponsesFunctionCallIsReStreamedAsOneDeltaWithDoneAndItemEvents() {
        String item = "{\"id\":\"fc_1\",\"type\":\"function_call\",\"status\":\"%s\",\"arguments\":%s,"
                + "\"call_id\":\"call_1\",\"name\":\"send_mail\"}";
        String args = "{\"to\":\"bob@corp.example.com\",\"urgent\":true}";
        String q = io.tappass.client.testing.FakeUpstream.quote(args);
        List<SseEvent> in = List.of(
                SseEvent.of("response.created", "{\"type\":\"response.created\",\"response\":{\"id\":\"resp_1\","
                        + "\"model\":\"gpt-4.1\",\"status\":\"in_progress\",\"output\":[]}}"),
                SseEvent.of("response.output_item.added", "{\"type\":\"response.output_item.added\",\"output_index\":0,"
                        + "\"item\":" + String.format(item, "in_progress", "\"\"") + "}"),
                SseEvent.of("response.function_call_arguments.delta", "{\"type\":\"response.function_call_arguments.delta\","
                        + "\"item_id\":\"fc_1\",\"output_index\":0,\"delta\":" + io.tappass.client.testing.FakeUpstream
                        .quote(args.substring(0, 12)) + "}"),
                SseEvent.of("response.function_call_arguments.delta", "{\"type\":\"response.function_call_arguments.delta\","
                        + "\"item_id\":\"fc_1\",\"output_index\":0,\"delta\":" + io.tappass.client.testing.FakeUpstream
                        .quote(args.substring(12)) + "}"),
                SseEvent.of("response.function_call_arguments.done", "{\"type\":\"response.function_call_arguments.done\","
                        + "\"item_id\":\"fc_1\",\"output_index\":0,\"arguments\":" + q + "}"),
                SseEvent.of("response.output_item.done", "{\"type\":\"response.output_item.done\",\"output_index\":0,"
                        + "\"item\":" + String.format(item, "completed", q) + "}"),
                SseEvent.of("response.completed", "{\"type\":\"response.completed\",\"response\":{\"id\":\"resp_1\","
                        + "\"model\":\"gpt-4.1\",\"status\":\"completed\",\"output\":[" + String.format(item, "completed", q)
                        + "],\"usage\":{\"input_tokens\":5,\"output_tokens\":9,\"total_tokens\":14}}}"));
        Pipeline pipe = redactingToolArgs();
        GovernanceContext ctx = GovernanceContext.empty();
        GovernedStream gs = new GovernedStream(WireFormat.OPENAI_RESPONSES, t -> pipe.checkOutput(t, ctx),
                r -> pipe.checkOutput(r, ctx), 8);
        List<SseEvent> out = run(gs, in);
        assertThat(gs.blockVerdict()).isNull();
        String governedArgs = "{\"to\":\"[REDACTED]\",\"urgent\":true}";
        List<String> deltas = out.stream().filter(e -> "response.function_call_arguments.delta".equals(e.event()))
                .map(e -> io.tappass.client.wire.Json.text(io.tappass.client.wire.Json.parse(e.data(), "t"), "delta"))
                .toList();
        assertThat(deltas).containsExactly(governedArgs);
        assertThat(out.stream().map(SseEvent::data).toList()).noneMatch(d -> d.contains("bob@"));
        assertThat(out).filteredOn(e -> "response.function_call_arguments.done".equals(e.event())).singleElement()
                .satisfies(e -> assertThat(e.data()).contains(io.tappass.client.testing.FakeUpstream.quote(governedArgs)));
        StreamAssembler governed = WireFormat.OPENAI_RESPONSES.codec().newAssembler();
        out.forEach(governed::accept);
        assertThat(governed.response().toolCalls()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("send_mail");
            assertThat(c.arguments()).isEqualTo(java.util.Map.of("to", "[REDACTED]", "urgent", true));
        });
    }

    /** Every logprobs.content token of every chunk, in order. */
    static List<String> tokens(List<SseEvent> events) {
        List<String> out = new ArrayList<>();
        for (SseEvent e : events) {
            if (e.data() != null && e.data().startsWith("{")) {
                for (var c : io.tappass.client.wire.Json.parse(e.data(), "t").path("choices")) {
                    for (var t : c.path("logprobs").path("content")) {
                        out.add(t.path("token").asText());
                    }
                }
            }
        }
        return out;
    }

    static String text(List<SseEvent> events) {
        StringBuilder sb = new StringBuilder();
        for (SseEvent e : events) {
            if (e.data() != null && e.data().startsWith("{")) {
                for (var c : io.tappass.client.wire.Json.parse(e.data(), "t").path("choices")) {
                    sb.append(c.path("delta").path("content").asText(""));
                }
            }
        }
        return sb.toString();
    }

    static GovernedStream emailGoverned(int holdBack) {
        Pipeline pipe = Pipeline.builder().step(new TestSteps.EmailStep("email", Phase.OUTPUT, OnDetection.REDACT)).build();
        GovernanceContext ctx = GovernanceContext.empty();
        return new GovernedStream(WireFormat.OPENAI_CHAT, t -> pipe.checkOutput(t, ctx), r -> pipe.checkOutput(r, ctx),
                holdBack);
    }

    @Test
    void logprobsOfHeldTextTravelWithTheChunkThatReleasesIt() throws IOException {
        Path d = TestSteps.sharedData();
        Assumptions.assumeTrue(d != null, "../shared/data/wire_formats not found: skipped");
        Path file = d.resolve("wire_formats/openai_python_sse/test_content_logprobs_events__83b060bae42e.sse.txt");
        Assumptions.assumeTrue(Files.exists(file), file + " not found: skipped");
        List<SseEvent> in = parse(Files.readAllBytes(file));
        List<SseEvent> out = run(emailGoverned(2), in);
        assertThat(text(out)).isEqualTo(text(in)).isEqualTo("Foo!");
        assertThat(tokens(out)).isEqualTo(tokens(in)).containsExactly("Foo", "!");
        // the entries arrive with the chunk that carries the last of their text, not before
        List<String> perChunk = new ArrayList<>();
        for (SseEvent e : out) {
            if (e.data() != null && e.data().contains("\"content\":\"") && !e.data().contains("\"content\":\"\"")) {
                perChunk.add(text(List.of(e)) + "=" + tokens(List.of(e)));
            }
        }
        assertThat(perChunk).containsExactly("F=[]", "o=[]", "o!=[Foo, !]");
    }

    static String chunk(String content, boolean logprobs) {
        String lp = logprobs ? "{\"content\":[{\"token\":" + io.tappass.client.testing.FakeUpstream.quote(content)
                + ",\"logprob\":-0.5,\"bytes\":[],\"top_logprobs\":[]}],\"refusal\":null}" : "null";
        return "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o\",\"choices\":"
                + "[{\"index\":0,\"delta\":{\"content\":" + io.tappass.client.testing.FakeUpstream.quote(content)
                + "},\"logprobs\":" + lp + ",\"finish_reason\":null}]}";
    }

    @Test
    void logprobsAreDroppedOnlyForRewrittenText() {
        List<SseEvent> in = new ArrayList<>();
        for (String piece : List.of("Mail ", "bob", "@corp.exa", "mple.com", " now please, ", "the contract is ",
                "ready for review.")) {
            in.add(SseEvent.data(chunk(piece, true)));
        }
        in.add(SseEvent.data("{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o\","
                + "\"choices\":[{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"stop\"}]}"));
        in.add(SseEvent.data("[DONE]"));
        List<SseEvent> out = run(emailGoverned(16), in);
        assertThat(text(out)).isEqualTo("Mail [MASKED_EMAIL] now please, the contract is ready for review.");
        assertThat(tokens(out)).containsExactly("Mail ", " now please, ", "the contract is ", "ready for review.");
        assertThat(String.join("", out.stream().map(SseEvent::data).toList())).doesNotContain("bob").doesNotContain("corp");
    }
}
