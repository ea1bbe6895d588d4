package io.tappass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayCommandTest {

    static int run(String... args) {
        return GatewayCommand.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    }

    @Test
    void badArgumentsExit2WithAMessage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GatewayCommand.run(new String[] {"--port", "99999"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--port expects 0..65535");
        assertThat(run("--agent", "nokey")).isEqualTo(2);
        assertThat(run("--agent", "sk_abc=agent")).isEqualTo(2);
        assertThat(run("--preset", "standard", "--config", "x.yaml")).isEqualTo(2);
        assertThat(run("--bogus")).isEqualTo(2);
    }

    /** Starts the real command in a child JVM, calls it, sends SIGTERM and checks the clean stop. */
    @Test
    void runsInTheForegroundAndStopsOnSigterm(@TempDir Path dir) throws Exception {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "overrides:\n  detect_business:\n    terms: [Project Falcon]\n    on_detection: block\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                GatewayCommand.class.getName(), "--port", "0", "--config", policy.toString(),
                "--openai-base-url", "http://127.0.0.1:9/v1", "--agent", "tp_test_key_123456=agent-a");
        pb.environment().put("OPENAI_API_KEY", "sk-secret-never-shown");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String ready = r.readLine();
            assertThat(ready).startsWith("tappass gateway ready on http://127.0.0.1:");
            Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)").matcher(ready);
            assertThat(m.find()).isTrue();
            URI base = URI.create("http://127.0.0.1:" + m.group(1));
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            HttpResponse<String> blocked = http.send(HttpRequest.newBuilder(base.resolve("/v1/chat/completions"))
                    .header("Authorization", "Bearer tp_test_key_123456")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\",\"messages\":[{\"role\":\"user\","
                            + "\"content\":\"Project Falcon\"}]}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(blocked.statusCode()).isEqualTo(403);
            assertThat(blocked.body()).contains("policy_block").doesNotContain("sk-secret");
            p.toHandle().destroy(); // SIGTERM (ProcessHandle keeps our pipe open)
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            List<String> rest = r.lines().toList();
            assertThat(rest).contains("tappass gateway stopped");
            assertThat(String.join("\n", rest)).doesNotContain("sk-secret");
        } finally {
            p.destroyForcibly();
        }
    }
}
