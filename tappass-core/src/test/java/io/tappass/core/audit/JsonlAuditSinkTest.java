package io.tappass.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tappass.core.audit.AuditVerifier.VerificationResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlAuditSinkTest {

    @TempDir
    Path dir;

    private static AuditEvent event(int i) {
        return AuditEvent.builder("chat").auditId("evt-" + i).timestamp(Instant.parse("2025-01-01T00:00:00Z")
                        .plusSeconds(i)).agentId("agent-" + (i % 3)).sessionId("s").provider("openai").model("gpt-4o")
                .detections(List.of(new AuditEvent.Detection("detect_pii", "EMAIL_ADDRESS", "high")))
                .policyResult("modify", null, "redacted").severity("warn").cost(100 + i, 20, 0.0005 * i)
                .detail("n", i).detail("label", "ünïcödé € ok").build();
    }

    private Path writeEvents(String name, int n) {
        Path file = dir.resolve(name);
        try (JsonlAuditSink sink = JsonlAuditSink.open(file)) {
            for (int i = 1; i <= n; i++) {
                sink.write(event(i));
            }
        }
        return file;
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static void writeLines(Path file, List<String> lines) throws Exception {
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void writesAVerifiableChain() throws Exception {
        Path file = writeEvents("audit.jsonl", 5);
        List<String> lines = lines(file);
        assertThat(lines).hasSize(5);
        ObjectMapper mapper = new ObjectMapper();
        String prev = null;
        for (String line : lines) {
            JsonNode n = mapper.readTree(line);
            assertThat(line).isEqualTo(CanonicalJson.write(n)); // lines are canonical
            assertThat(n.get("prev_hash").isNull() ? null : n.get("prev_hash").asText()).isEqualTo(prev);
            assertThat(n.get("_hash").asText()).matches("[0-9a-f]{64}");
            assertThat(n.get("event_kind").asText()).isEqualTo("chat");
            assertThat(n.get("cost").get("prompt_tokens").asLong()).isGreaterThan(100);
            prev = n.get("_hash").asText();
        }
        assertThat(lines.get(0)).contains("\"label\":\"ünïcödé € ok\""); // no non-ASCII escaping
        VerificationResult r = AuditVerifier.verify(file);
        assertThat(r).isEqualTo(new VerificationResult(true, 5, -1, null));
    }

    @Test
    void hashMatchesAnIndependentlyComputedValue() throws Exception {
        // _hash computed with Python: json.dumps(obj_without_hash, sort_keys=True, separators=(",",":"),
        // ensure_ascii=False).encode() -> sha256
        Path file = writeEvents("golden.jsonl", 1);
        JsonNode n = new ObjectMapper().readTree(lines(file).get(0));
        assertThat(n.get("_hash").asText()).isEqualTo(GOLDEN_HASH);
    }

    static final String GOLDEN_HASH = "4cd9483b23010aa1c7ef7870ebd33be6ac7ff52e55bf1ad72a4ffe434d383cf0";

    @Test
    void emptyFileIsValid() throws Exception {
        Path file = dir.resolve("empty.jsonl");
        Files.createFile(file);
        assertThat(AuditVerifier.verify(file)).isEqualTo(new VerificationResult(true, 0, -1, null));
    }

    @Test
    void tamperingWithOneByteOfTheMiddleLineIsReportedAtThatLine() throws Exception {
        Path file = writeEvents("tamper.jsonl", 5);
        List<String> lines = lines(file);
        String middle = lines.get(2);
        lines.set(2, middle.replace("\"model\":\"gpt-4o\"", "\"model\":\"gpt-4p\""));
        writeLines(file, lines);
        VerificationResult r = AuditVerifier.verify(file);
        assertThat(r.valid()).isFalse();
        assertThat(r.firstBadLine()).isEqualTo(3);
        assertThat(r.eventsVerified()).isEqualTo(2);
        assertThat(r.problem()).startsWith("line 3: hash mismatch");
    }

    @Test
    void flippingAnyByteOfTheMiddleLineIsReportedAtThatLine() throws Exception {
        Path file = writeEvents("flip.jsonl", 5);
        byte[] original = Files.readAllBytes(file);
        List<String> lines = lines(file);
        int start = (lines.get(0) + "\n" + lines.get(1) + "\n").getBytes(StandardCharsets.UTF_8).length;
        int end = start + lines.get(2).getBytes(StandardCharsets.UTF_8).length; // include the newline at `end`
        for (int pos = start; pos <= end; pos++) {
            byte[] copy = original.clone();
            copy[pos] ^= 0x01;
            VerificationResult r = AuditVerifier.verify(new java.io.ByteArrayInputStream(copy));
            assertThat(r.firstBadLine()).as("byte %d flipped: %s", pos, r.problem()).isEqualTo(3);
        }
    }

    @Test
    void droppingALineIsReportedAtTheLineAfterTheGap() throws Exception {
        Path file = writeEvents("drop.jsonl", 5);
        List<String> lines = new ArrayList<>(lines(file));
        lines.remove(2);
        writeLines(file, lines);
        VerificationResult r = AuditVerifier.verify(file);
        assertThat(r.valid()).isFalse();
        assertThat(r.firstBadLine()).isEqualTo(3);
        assertThat(r.problem()).contains("prev_hash").contains("line 2").contains("dropped");
    }

    @Test
    void droppingTheFirstLineOrReorderingIsReported() throws Exception {
        Path file = writeEvents("first.jsonl", 4);
        List<String> lines = new ArrayList<>(lines(file));
        writeLines(file, lines.subList(1, 4));
        VerificationResult r = AuditVerifier.verify(file);
        assertThat(r.firstBadLine()).isEqualTo(1);
        assertThat(r.problem()).contains("start of the file is missing");

        List<String> swapped = new ArrayList<>(lines);
        swapped.set(1, lines.get(2));
        swapped.set(2, lines.get(1));
        writeLines(file, swapped);
        assertThat(AuditVerifier.verify(file).firstBadLine()).isEqualTo(2);
    }

    @Test
    void truncatedLastLineIsReportedAndRefusedForAppending() throws Exception {
        Path file = writeEvents("trunc.jsonl", 3);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 10));
        VerificationResult r = AuditVerifier.verify(file);
        assertThat(r.valid()).isFalse();
        assertThat(r.firstBadLine()).isEqualTo(3);
        assertThat(r.eventsVerified()).isEqualTo(2);
        assertThat(r.problem()).contains("incomplete last line");
        assertThatThrownBy(() -> JsonlAuditSink.open(file)).isInstanceOf(AuditException.class)
                .hasMessageContaining("incomplete line");
        // a complete line that only lost its newline is still reported
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 1));
        assertThat(AuditVerifier.verify(file).firstBadLine()).isEqualTo(3);
    }

    @Test
    void garbageLineIsReportedAsUnparseable() throws Exception {
        Path file = writeEvents("garbage.jsonl", 3);
        List<String> lines = new ArrayList<>(lines(file));
        lines.set(1, "{\"not\": json");
        writeLines(file, lines);
        VerificationResult r = AuditVerifier.verify(file);
        assertThat(r.firstBadLine()).isEqualTo(2);
        assertThat(r.problem()).contains("unparseable JSON");
    }

    @Test
    void reopeningContinuesTheChain() throws Exception {
        Path file = writeEvents("reopen.jsonl", 3);
        String last;
        try (JsonlAuditSink sink = JsonlAuditSink.open(file)) {
            last = new ObjectMapper().readTree(lines(file).get(2)).get("_hash").asText();
            assertThat(sink.lastHash()).isEqualTo(last);
            sink.write(event(4));
            sink.write(event(5));
            sink.flush();
            assertThat(sink.linesWritten()).isEqualTo(2);
        }
        assertThat(new ObjectMapper().readTree(lines(file).get(3)).get("prev_hash").asText()).isEqualTo(last);
        assertThat(AuditVerifier.verify(file)).isEqualTo(new VerificationResult(true, 5, -1, null));
    }

    @Test
    void aSecondWriterOnTheSameFileIsRefused() {
        Path file = dir.resolve("locked.jsonl");
        try (JsonlAuditSink sink = JsonlAuditSink.open(file)) {
            assertThatThrownBy(() -> JsonlAuditSink.open(file)).isInstanceOf(AuditException.class)
                    .hasMessageContaining("already open");
            sink.write(event(1));
        }
        try (JsonlAuditSink again = JsonlAuditSink.open(file)) {
            again.write(event(2));
        }
        assertThat(AuditVerifier.verify(file).valid()).isTrue();
    }

    @Test
    void writeAfterCloseFails() {
        JsonlAuditSink sink = JsonlAuditSink.open(dir.resolve("closed.jsonl"));
        sink.close();
        sink.close();
        assertThatThrownBy(() -> sink.write(event(1))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void eightConcurrentWritersProduceAValidChain() throws Exception {
        Path file = dir.resolve("concurrent.jsonl");
        int threads = 8;
        int perThread = 250;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try (JsonlAuditSink sink = JsonlAuditSink.open(file)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int base = t * perThread;
                futures.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < perThread; i++) {
                        sink.write(event(base + i));
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        VerificationResult r = AuditVerifier.verify(file);
        assertThat(r).isEqualTo(new VerificationResult(true, threads * perThread, -1, null));
        assertThat(lines(file)).extracting(l -> new ObjectMapper().readTree(l).get("audit_id").asText())
                .doesNotHaveDuplicates().hasSize(threads * perThread);
    }
}
