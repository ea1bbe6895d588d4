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
}
