package io.tappass.client.bench;

import io.tappass.client.testing.FakeUpstream;
import io.tappass.client.testing.TestSteps;
import io.tappass.client.wire.OpenAiChatCodec;
import io.tappass.client.wire.WireRequest;
import io.tappass.client.wire.WireResponse;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The CPU part of governing one ~1 KiB call (no network): decode, check, re-encode, both directions. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class GovernanceOnlyBench {

    final Pipeline pipeline = TestSteps.standard();
    final byte[] request = ("{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"system\",\"content\":\"You are terse.\"},"
            + "{\"role\":\"user\",\"content\":" + FakeUpstream.quote("Summarise the following notes for the weekly update. "
            .repeat(16)) + "}],\"temperature\":0.2}").getBytes(StandardCharsets.UTF_8);
    final byte[] response = FakeUpstream.openAiCompletion(
            "The quarterly plan covers hiring, infrastructure and the customer programme. ".repeat(11))
            .getBytes(StandardCharsets.UTF_8);

    @Benchmark
    public int inputSide() {
        WireRequest w = OpenAiChatCodec.INSTANCE.decodeRequest(request);
        Verdict v = pipeline.checkInput(w.request(), GovernanceContext.empty());
        return OpenAiChatCodec.INSTANCE.encodeRequest(w, v.request()).length;
    }

    @Benchmark
    public int outputSide() {
        WireResponse w = OpenAiChatCodec.INSTANCE.decodeResponse(response);
        Verdict v = pipeline.checkOutput(w.first(), GovernanceContext.empty());
        return OpenAiChatCodec.INSTANCE.encodeResponse(w, List.of(v.response())).length;
    }
}
