package io.tappass.client.bench;

import io.tappass.client.GovernedHttpClient;
import io.tappass.client.TapPass;
import io.tappass.client.testing.FakeUpstream;
import io.tappass.client.testing.FakeUpstream.Reply;
import io.tappass.client.testing.TestSteps;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Governed vs raw JDK HttpClient against a loopback provider: a ~1 KiB non-streamed chat completion (request and
 * response ~1 KiB), and time-to-first-content-byte of a streamed completion. SampleTime mode reports the median
 * (p0.50). The pipeline is {@link TestSteps#standard()} (detect_business term list, an output email redactor, an
 * output term blocker); the real detectors are not in this module.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClientBench {

    FakeUpstream upstream;
    HttpClient raw;
    GovernedHttpClient governed;
    GovernedHttpClient governedEmpty;
    GovernedHttpClient governedStandard;
    HttpRequest plain;
    HttpRequest streamed;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        upstream = new FakeUpstream().noRecording();
        String answer = "The quarterly plan covers hiring, infrastructure and the customer programme. ".repeat(11);
        upstream.route("/v1/chat/completions", r -> r.body().contains("\"stream\":true")
                ? Reply.sse(FakeUpstream.openAiStream(pieces(answer)))
                : Reply.json(FakeUpstream.openAiCompletion(answer)));
        raw = HttpClient.newHttpClient();
        governed = TapPass.govern(HttpClient.newHttpClient(), TestSteps.standard());
        governedEmpty = TapPass.govern(HttpClient.newHttpClient(), io.tappass.pipeline.Pipeline.builder().build());
        governedStandard = TapPass.govern(HttpClient.newHttpClient(), standardPreset());
        plain = request(upstream.base().resolve("/v1/chat/completions"), false);
        streamed = request(upstream.base().resolve("/v1/chat/completions"), true);
    }

    /** The standard preset without the stateful rate_limit and budget steps (they would throttle a benchmark). */
    static io.tappass.pipeline.Pipeline standardPreset() {
        return io.tappass.pipeline.Pipeline.builder().preset("standard").without(List.of("rate_limit", "budget"))
                .build();
    }

    /** The ~1 KiB benchmark request (a system and a user message), streamed or not. */
    static HttpRequest request(java.net.URI uri, boolean stream) {
        String prompt = "Summarise the following notes for the weekly update. ".repeat(16);
        String body = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"system\",\"content\":\"You are terse.\"},"
                + "{\"role\":\"user\",\"content\":" + FakeUpstream.quote(prompt) + "}],"
                + (stream ? "\"stream\":true," : "") + "\"temperature\":0.2}";
        return HttpRequest.newBuilder(uri)
                .header("content-type", "application/json").header("authorization", "Bearer sk-bench")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += 4) {
            out.add(text.substring(i, Math.min(text.length(), i + 4)));
        }
        return out;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        upstream.close();
    }

    @Benchmark
    public String rawNonStreamed() throws Exception {
        return raw.send(plain, HttpResponse.BodyHandlers.ofString()).body();
    }

    @Benchmark
    public String governedNonStreamed() throws Exception {
        return governed.send(plain, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The transport overhead alone: a pipeline without steps (decode, re-encode, response re-delivery). */
    @Benchmark
    public String governedEmptyPipelineNonStreamed() throws Exception {
        return governedEmpty.send(plain, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The standard preset (minus rate_limit and budget) with the real detectors. */
    @Benchmark
    public String governedStandardPresetNonStreamed() throws Exception {
        return governedStandard.send(plain, HttpResponse.BodyHandlers.ofString()).body();
    }

    @Benchmark
    public int rawStreamFirstToken() throws Exception {
        return firstContent(raw.send(streamed, HttpResponse.BodyHandlers.ofInputStream()));
    }

    @Benchmark
    public int governedStreamFirstToken() throws Exception {
        return firstContent(governed.send(streamed, HttpResponse.BodyHandlers.ofInputStream()));
    }

    /** Reads until the first non-empty content delta arrives, then abandons the stream. */
    static int firstContent(HttpResponse<InputStream> r) throws Exception {
        try (InputStream in = r.body()) {
            byte[] buf = new byte[8192];
            StringBuilder sb = new StringBuilder();
            int n;
            while ((n = in.read(buf)) >= 0) {
                sb.append(new String(buf, 0, n, java.nio.charset.StandardCharsets.UTF_8));
                int i = sb.indexOf("\"content\":\"");
                while (i >= 0) {
                    if (sb.length() > i + 11 && sb.charAt(i + 11) != '"') {
                        return i;
                    }
                    i = sb.indexOf("\"content\":\"", i + 1);
                }
            }
            return -1;
        }
    }
}
