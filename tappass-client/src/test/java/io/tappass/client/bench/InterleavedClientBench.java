package io.tappass.client.bench;

import io.tappass.client.GovernedHttpClient;
import io.tappass.client.TapPass;
import io.tappass.client.testing.FakeUpstream;
import io.tappass.client.testing.FakeUpstream.Reply;
import io.tappass.client.testing.TestSteps;
import io.tappass.pipeline.Pipeline;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@link ClientBench} non-streamed comparison, made robust against a busy shared machine: raw, governed-empty,
 * governed-test and governed-standard calls (and raw vs governed time to first streamed token) run in interleaved
 * batches of 500 (so every variant sees the same load over time) and each call is timed individually; prints the
 * median and p90 per variant and the added medians (against the raw variant listed before it).
 * Run: {@code tappass-client/src/test/bench/run-bench.sh --interleaved [rounds]}.
 */
public final class InterleavedClientBench {

    private InterleavedClientBench() {
    }

    interface Call {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int batch = 500;
        int warmup = 6;
        try (FakeUpstream upstream = new FakeUpstream().noRecording()) {
            String answer = "The quarterly plan covers hiring, infrastructure and the customer programme. ".repeat(11);
            upstream.route("/v1/chat/completions", r -> r.body().contains("\"stream\":true")
                    ? Reply.sse(FakeUpstream.openAiStream(ClientBench.pieces(answer)))
                    : Reply.json(FakeUpstream.openAiCompletion(answer)));
            HttpClient raw = HttpClient.newHttpClient();
            GovernedHttpClient empty = TapPass.govern(HttpClient.newHttpClient(), Pipeline.builder().build());
            GovernedHttpClient test = TapPass.govern(HttpClient.newHttpClient(), TestSteps.standard());
            GovernedHttpClient standard = TapPass.govern(HttpClient.newHttpClient(), ClientBench.standardPreset());
            HttpRequest plain = ClientBench.request(upstream.base().resolve("/v1/chat/completions"), false);
            HttpRequest streamed = ClientBench.request(upstream.base().resolve("/v1/chat/completions"), true);
            Map<String, Call> calls = new LinkedHashMap<>();
            calls.put("raw", () -> raw.send(plain, HttpResponse.BodyHandlers.ofString()).body());
            calls.put("governed, empty pipeline", () -> empty.send(plain, HttpResponse.BodyHandlers.ofString()).body());
            calls.put("governed, test pipeline", () -> test.send(plain, HttpResponse.BodyHandlers.ofString()).body());
            calls.put("governed, standard preset", () -> standard.send(plain, HttpResponse.BodyHandlers.ofString())
                    .body());
            calls.put("raw stream, first token", () -> ClientBench.firstContent(raw.send(streamed,
                    HttpResponse.BodyHandlers.ofInputStream())));
            calls.put("governed stream (test), TTFT", () -> ClientBench.firstContent(test.send(streamed,
                    HttpResponse.BodyHandlers.ofInputStream())));
            Map<String, long[]> times = new LinkedHashMap<>();
            calls.keySet().forEach(k -> times.put(k, new long[rounds * batch]));
            for (int r = 0; r < rounds + warmup; r++) {
                for (Map.Entry<String, Call> e : calls.entrySet()) {
                    long[] t = times.get(e.getKey());
                    for (int i = 0; i < batch; i++) {
                        long s = System.nanoTime();
                        e.getValue().run();
                        long d = System.nanoTime() - s;
                        if (r >= warmup) {
                            t[(r - warmup) * batch + i] = d;
                        }
                    }
                }
            }
            double rawMedian = 0;
            for (Map.Entry<String, long[]> e : times.entrySet()) {
                long[] v = e.getValue();
                Arrays.sort(v);
                double median = v[v.length / 2] / 1000.0;
                if (e.getKey().startsWith("raw")) {
                    rawMedian = median;
                }
                System.out.printf("%-27s median %7.1f µs  p90 %7.1f µs  added median %+7.1f µs  (n=%d)%n", e.getKey(),
                        median, v[v.length * 9 / 10] / 1000.0, median - rawMedian, v.length);
            }
        }
        System.exit(0);
    }
}
