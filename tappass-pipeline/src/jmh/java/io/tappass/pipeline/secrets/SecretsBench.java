package io.tappass.pipeline.secrets;

import io.tappass.core.governance.OnDetection;
import io.tappass.pipeline.Pipeline;
import io.tappass.pipeline.exfiltration.ExfiltrationDetector;
import io.tappass.pipeline.infra.InfraDetector;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of detect_secrets (and its sibling detectors) on realistic mixed text: prose, code, configuration and
 * log lines with a few fake credentials, at 1 KiB and 1 MiB. MB/s = size / average time.
 *
 * <pre>mvn -q -Pbench -pl tappass-pipeline -am -DskipTests test -Djmh.args="SecretsBench"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SecretsBench {

    @Param({"1024", "1048576"})
    public int size;

    private String text;
    private Pipeline pipeline;

    private static final List<String> LINES = List.of(
            "Can you help me refactor this service so that it retries failed requests with exponential backoff?\n",
            "The quarterly report shows revenue up 12% while costs stayed flat; please summarise it for the board.\n",
            "def connect(host, port=5432):\n    return psycopg2.connect(host=host, port=port, user=user)\n",
            "server:\n  port: 8080\n  timeout_seconds: 30\n  log_level: info\n",
            "2024-05-01T12:00:03Z INFO request_id=7f3a handled GET /api/v1/orders in 12ms status=200\n",
            "See https://docs.example.com/guide?section=auth and the API token page for details.\n",
            "Our password policy requires twelve characters; the secret is to use a passphrase.\n",
            "const client = new ApiClient({ baseUrl: process.env.API_URL, apiKey: process.env.API_KEY });\n",
            "SELECT id, email, created_at FROM users WHERE created_at > now() - interval '7 days';\n",
            "Write a short poem about the sea, the wind and a lighthouse keeper who never sleeps.\n",
            "The key insight is that tokenization splits words into sub-word units before embedding.\n",
            "docker run -p 8080:8080 -e LOG_LEVEL=debug registry.example.com/team/app:1.4.2\n");

    @Setup
    public void setup() {
        Random r = new Random(1);
        StringBuilder sb = new StringBuilder(size + 256);
        int n = 0;
        while (sb.length() < size) {
            sb.append(LINES.get(r.nextInt(LINES.size())));
            if (++n % 40 == 0) {
                // a fake credential now and then (assembled so this file does not trip scanners)
                sb.append("export GITHUB_TOKEN=gh").append("p_").append(token(r, 36)).append('\n');
            }
        }
        sb.setLength(size);
        text = sb.toString();
        pipeline = Pipeline.builder().override("detect_secrets", Map.of("on_detection", "log"))
                .forceOnDetection(OnDetection.LOG).build();
    }

    private static String token(Random r, int n) {
        String a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(a.charAt(r.nextInt(a.length())));
        }
        return sb.toString();
    }

    @Benchmark
    public Object secretScanner() {
        return SecretScanner.defaults().scan(text);
    }

    @Benchmark
    public Object detectSecretsStep() {
        return pipeline.checkInput(text);
    }

    @Benchmark
    public Object infraDetector() {
        return InfraDetector.defaults().scan(text);
    }

    @Benchmark
    public Object exfiltrationDetector() {
        return ExfiltrationDetector.defaults().scan(text);
    }
}
