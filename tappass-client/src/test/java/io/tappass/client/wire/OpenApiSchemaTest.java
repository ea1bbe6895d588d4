package io.tappass.client.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.tappass.client.testing.FakeUpstream;
import io.tappass.client.testing.TestSteps;
import io.tappass.core.ChatRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates the JSON TapPass produces (re-encoded requests, the fake upstream's canned bodies used by every
 * integration test, recorded stream chunks) against OpenAI's OpenAPI 3.1 document with networknt
 * json-schema-validator (draft 2020-12 dialect, schemas addressed by JSON pointer into the document). OpenAPI's
 * {@code nullable: true} is translated to JSON Schema first; one documented spec deviation is patched.
 */
class OpenApiSchemaTest {

    private static final String DOC = "https://tappass.test/openai-openapi.json";
    private static SchemaRegistry registry;

    @BeforeAll
    static void load() throws Exception {
        Path data = TestSteps.sharedData();
        Assumptions.assumeTrue(data != null && Files.exists(data.resolve("wire_formats/openai_openapi.yaml")),
                "../shared/data/wire_formats/openai_openapi.yaml not found: OpenAPI validation skipped");
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(data.resolve("wire_formats/openai_openapi.yaml").toFile());
        nullable(doc);
        // Known deviation of the published document: streamed chunks carry "finish_reason": null until the last
        // chunk (every recorded stream does), but the schema declares a non-nullable string enum.
        allowNull((ObjectNode) doc.at("/components/schemas/CreateChatCompletionStreamResponse/properties/choices/items"
                + "/properties/finish_reason"));
        String json = new ObjectMapper().writeValueAsString(doc);
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(Map.of(DOC, json)));
    }

    /** OpenAPI 3.0's {@code nullable: true} (still used by the 3.1 document) as JSON Schema 2020-12. */
    static void nullable(JsonNode node) {
        if (node instanceof ObjectNode o) {
            if (o.path("nullable").asBoolean(false)) {
                allowNull(o);
            }
            o.elements().forEachRemaining(OpenApiSchemaTest::nullable);
        } else if (node instanceof ArrayNode a) {
            a.elements().forEachRemaining(OpenApiSchemaTest::nullable);
        }
    }

    static void allowNull(ObjectNode o) {
        o.remove("nullable");
        JsonNode t = o.get("type");
        if (t != null && t.isTextual()) {
            o.putArray("type").add(t.asText()).add("null");
        }
        if (o.get("enum") instanceof ArrayNode e) {
            e.addNull();
        }
        if (o.has("$ref")) {
            String ref = o.remove("$ref").asText();
            ArrayNode any = o.putArray("anyOf");
            any.addObject().put("$ref", ref);
            any.addObject().put("type", "null");
        }
    }

    static List<Error> validate(String schema, String instance) {
        Schema s = registry.getSchema(SchemaLocation.of(DOC + "#/components/schemas/" + schema));
        return s.validate(instance, InputFormat.JSON);
    }

    @Test
    void reencodedRequestsConformToCreateChatCompletionRequest() {
        String body = "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"developer\",\"content\":\"Be brief.\"},"
                + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"mail bob@x.io\"}]}],"
                + "\"response_format\":{\"type\":\"json_object\"},\"temperature\":1.0,\"stream\":true,"
                + "\"stream_options\":{\"include_usage\":true},\"tools\":[{\"type\":\"function\",\"function\":"
                + "{\"name\":\"lookup\",\"parameters\":{\"type\":\"object\"}}}]}";
        assertThat(validate("CreateChatCompletionRequest", body)).isEmpty();
        WireRequest w = OpenAiChatCodec.INSTANCE.decodeRequest(body.getBytes(StandardCharsets.UTF_8));
        List<io.tappass.core.Message> m = new java.util.ArrayList<>(w.request().messages());
        m.set(1, m.get(1).mapText(t -> "mail [MASKED_EMAIL]"));
        String out = new String(OpenAiChatCodec.INSTANCE.encodeRequest(w, w.request().withMessages(m).withTools(List.of())),
                StandardCharsets.UTF_8);
        assertThat(validate("CreateChatCompletionRequest", out)).isEmpty();
        String scratch = new String(OpenAiChatCodec.INSTANCE.encode(ChatRequest.builder().model("gpt-4o")
                .system("s").user("u").build()), StandardCharsets.UTF_8);
        assertThat(validate("CreateChatCompletionRequest", scratch)).isEmpty();
        // the validator does catch a broken body
        assertThat(validate("CreateChatCompletionRequest", "{\"model\":\"gpt-4o\"}")).isNotEmpty();
    }

    @Test
    void fakeUpstreamBodiesConformToTheResponseSchemas() {
        assertThat(validate("CreateChatCompletionResponse", FakeUpstream.openAiCompletion("hi"))).isEmpty();
        assertThat(validate("CreateChatCompletionResponse", FakeUpstream.openAiToolCall("f", "{\"a\":1}"))).isEmpty();
        for (String ev : FakeUpstream.openAiStream(List.of("a", "b"))) {
            String data = ev.substring("data: ".length()).trim();
            if (!data.equals("[DONE]")) {
                assertThat(validate("CreateChatCompletionStreamResponse", data)).as(data).isEmpty();
            }
        }
    }

    @Test
    void recordedChunksConformToTheStreamSchema() throws Exception {
        Path dir = TestSteps.sharedData().resolve("wire_formats/openai_python_sse");
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sse.txt")).toList()) {
                SseParser p = new SseParser();
                List<SseEvent> events = new java.util.ArrayList<>(p.feed(Files.readAllBytes(f)));
                events.addAll(p.finish());
                for (SseEvent e : events) {
                    if (!e.isDone()) {
                        assertThat(validate("CreateChatCompletionStreamResponse", e.data())).as(f.getFileName().toString())
                                .isEmpty();
                    }
                }
            }
        }
    }
}
