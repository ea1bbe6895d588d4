package io.tappass.client.bench;

import io.tappass.client.gateway.Gateway;
import io.tappass.client.testing.FakeUpstream;
import io.tappass.client.testing.FakeUpstream.Reply;
import io.tappass.client.testing.TestSteps;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Requests per second through the gateway vs calling the loopback provider directly, measured in the same run
 * (16 client threads, non-streamed ~0.5 KiB chat completions, same machine: client, gateway and provider share
 * the cores).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Threads(16)
@Fork(1)
public class GatewayBench {

    static final String KEY = "tp_bench_agent_000001";
    FakeUpstream upstream;
    Gateway gateway;
    HttpClient client;
    HttpRequest viaGateway;
    HttpRequest direct;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        upstream = new FakeUpstream().noRecording();
        upstream.route("/v1/chat/completions", r -> Reply.json(FakeUpstream.openAiCompletion(
                "Hiring and infrastructure are on track for the quarter.")));
        gateway = Gateway.builder().port(0).pipeline(TestSteps.standard()).agent(KEY, "bench")
                .openAiBaseUrl(upstream.base() + "/v1").anthropicBaseUrl(upstream.base().toString())
                .openAiApiKey("sk-bench").start();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String body = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":"
                + FakeUpstream.quote("Summarise the notes for the weekly update. ".repeat(8)) + "}]}";
        viaGateway = HttpRequest.newBuilder(gateway.baseUri().resolve("/v1/chat/completions"))
                .header("authorization", "Bearer " + KEY).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        direct = HttpRequest.newBuilder(upstream.base().resolve("/v1/chat/completions"))
                .header("authorization", "Bearer sk-bench").header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        gateway.close();
        upstream.close();
    }

    @Benchmark
    public int direct() throws Exception {
        try {
            return client.send(direct, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (java.io.IOException e) {
            // same single resend on a stale pooled connection as the governed client does
            return client.send(direct, HttpResponse.BodyHandlers.ofString()).statusCode();
        }
    }

    @Benchmark
    public int gateway() throws Exception {
        HttpResponse<String> r = client.send(viaGateway, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("gateway returned " + r.statusCode() + ": " + r.body());
        }
        return r.statusCode();
    }
}
