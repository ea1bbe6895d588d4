package io.tappass.sandbox.nono;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.tappass.sandbox.Access;
import io.tappass.sandbox.FsGrant;
import io.tappass.sandbox.NetworkMode;
import io.tappass.sandbox.SandboxPolicy;
import io.tappass.sandbox.SandboxPolicyException;
import io.tappass.sandbox.UnsupportedPolicyException;
import io.tappass.sandbox.proxy.CredentialSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class NonoProfilesTest {
    static final Map<String, SandboxPolicy> POLICIES = Map.of(
            "minimal", SandboxPolicy.builder().name("minimal").build(),
            "workspace-blocked", SandboxPolicy.builder().name("coder").workspace(Path.of("/srv/agents/coder"))
                    .read("/opt/models").readFile("/etc/app.conf").deny("/opt/secret").allowLocalhostPort(9620)
                    .inheritEnv("LANG", "LC_*").denyEnv("LC_SECRET").setEnv("MODE", "sandboxed").build(),
            "proxy-credentials", SandboxPolicy.builder().name("researcher").workspace(Path.of("/srv/agents/r"))
                    .grant(new FsGrant("$WORKDIR/../shared", Access.READ_WRITE, false)).write("/var/spool/out")
                    .writeFile("/var/log/agent.log").readWriteFile("/srv/state.db").network(NetworkMode.PROXY)
                    .allowDomain("api.openai.com").allowDomain("*.githubusercontent.com").allowLocalhostPort(9620)
                    .bearerCredential("openai", URI.create("https://api.openai.com/v1"), "OPENAI_API_KEY", CredentialSource.env("REAL_OPENAI_KEY"))
                    .credential(new io.tappass.sandbox.InjectedCredential("internal", URI.create("http://127.0.0.1:8081"), "INTERNAL_TOKEN",
                            "X-Api-Key", "{}", CredentialSource.file(Path.of("/run/secrets/internal"))))
                    .build(),
            "unrestricted-nodefaults", SandboxPolicy.builder().name("raw").systemDefaults(false).read("/usr")
                    .network(NetworkMode.UNRESTRICTED).inheritEnv("*").denyEnv("AWS_*").build());

    static Path shared() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            Path s = p.resolve("shared/nono");
            if (Files.isDirectory(s)) return s;
            Path sib = p.resolveSibling("shared").resolve("nono");
            if (Files.isDirectory(sib)) return sib;
            p = p.getParent();
        }
        return null;
    }

    static Schema schema(String file) throws IOException {
        Path dir = shared();
        assumeTrue(dir != null, "../shared/nono not found; nono schemas are needed for validation");
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(dir.resolve(file)), InputFormat.JSON);
    }

    static String golden(String name) throws IOException {
        try (var in = NonoProfilesTest.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) return null;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void checkGolden(String name, String actual) throws IOException {
        if (Boolean.getBoolean("updateGolden")) {
            Files.writeString(Path.of("src/test/resources/golden", name), actual);
            return;
        }
        String expected = golden(name);
        assertThat(expected).as("golden file " + name + " (regenerate with -DupdateGolden=true)").isNotNull();
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"minimal", "workspace-blocked", "proxy-credentials", "unrestricted-nodefaults"})
    void profilesMatchGoldenFilesAndValidateAgainstTheNonoSchema(String name) throws IOException {
        String json = NonoProfiles.toJson(POLICIES.get(name));
        checkGolden(name + ".profile.json", json);
        assertThat(schema("nono-profile.schema.json").validate(json, InputFormat.JSON)).as(json).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"minimal", "workspace-blocked", "proxy-credentials", "unrestricted-nodefaults"})
    void manifestsMatchGoldenFilesAndValidate(String name) throws IOException {
        String json = NonoProfiles.toManifestJson(POLICIES.get(name));
        checkGolden(name + ".manifest.json", json);
        assertThat(schema("capability-manifest.schema.json").validate(json, InputFormat.JSON)).as(json).isEmpty();
    }

    @Test
    void schemaValidationReallyCatchesUnknownKeys() throws IOException {
        String bad = NonoProfiles.toJson(POLICIES.get("minimal")).replace("\"meta\"", "\"metadata\"");
        assertThat(schema("nono-profile.schema.json").validate(bad, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void cleanEnvironmentIsExplicit() throws IOException {
        String json = NonoProfiles.toJson(POLICIES.get("minimal"));
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(node.at("/environment/allow_vars").isArray()).isTrue();
        assertThat(node.at("/environment/allow_vars").size()).isZero();
        assertThat(node.at("/environment/deny_vars/0").asText()).isEqualTo("*");
        assertThat(node.at("/network/block").asBoolean()).isTrue();
    }

    @Test
    void memoryLimitAndUnreferencedCredentialsAreRefusedForNono() {
        assertThatThrownBy(() -> NonoProfiles.toJson(SandboxPolicy.builder().memoryLimitBytes(1L << 30).build()))
                .isInstanceOf(UnsupportedPolicyException.class).hasMessageContaining("memory");
        SandboxPolicy p = SandboxPolicy.builder().network(NetworkMode.PROXY)
                .bearerCredential("api", URI.create("https://a.example"), "API_KEY", CredentialSource.fixed("s3cr3t")).build();
        assertThatThrownBy(() -> NonoProfiles.toJson(p)).hasMessageContaining("no nono reference").hasMessageNotContaining("s3cr3t");
    }

    @Test
    void generatedProfilesParseBackToTheSamePolicy() {
        SandboxPolicy p = POLICIES.get("workspace-blocked");
        SandboxPolicy back = NonoProfiles.parse(NonoProfiles.toJson(p), "gen.json", Optional.empty());
        assertThat(back.workspace()).isEmpty(); // the workspace is a plain allow entry in the profile
        assertThat(back.grants()).contains(new FsGrant("/srv/agents/coder", Access.READ_WRITE, false), new FsGrant("/opt/models", Access.READ, false));
        assertThat(back.network()).isEqualTo(NetworkMode.BLOCKED);
        assertThat(back.localhostPorts()).containsExactly(9620);
        assertThat(back.environment().inherits("LANG")).isTrue();
        assertThat(back.environment().inherits("LC_ALL")).isTrue();
        assertThat(back.environment().inherits("LC_SECRET")).isFalse();
        assertThat(back.environment().inherits("OPENAI_API_KEY")).isFalse();
        assertThat(back.denied()).contains("/opt/secret", "~/.ssh");
        SandboxPolicy proxy = NonoProfiles.parse(NonoProfiles.toJson(POLICIES.get("proxy-credentials")), "gen.json", Optional.empty());
        assertThat(proxy.network()).isEqualTo(NetworkMode.PROXY);
        assertThat(proxy.credentials()).extracting(c -> c.name()).containsExactly("openai", "internal");
        assertThat(proxy.credentials().get(1).header()).isEqualTo("X-Api-Key");
    }

    @Test
    void parsesNonoSemantics() {
        SandboxPolicy p = NonoProfiles.parse("""
                // JSONC comments are accepted, as by nono
                {"meta": {"name": "t"}, "extends": "default",
                 "filesystem": {"read": ["/opt", {"path": "/mac-only", "when": "macos"}, {"path": "/lin", "when": ["linux"]}],
                                "bypass_protection": ["~/.aws"]},
                 "workdir": {"access": "readwrite"}}
                """, "t.json", Optional.of(Path.of("/srv/w")));
        assertThat(p.grants()).extracting(FsGrant::path).containsExactly("/opt", "/lin");
        assertThat(p.workspace()).contains(Path.of("/srv/w"));
        assertThat(p.network()).isEqualTo(NetworkMode.UNRESTRICTED); // nono's default
        assertThat(p.environment().inherits("ANYTHING")).isTrue(); // no environment section = inherit
        assertThat(p.denied()).contains("~/.ssh").doesNotContain("~/.aws");
        assertThat(p.systemDefaults()).isTrue();
    }

    @Test
    void keysTheBubblewrapBackendCannotEnforceAreRefusedNotIgnored() {
        for (String bad : List.of(
                "{\"groups\": {\"include\": [\"node_runtime\"]}}",
                "{\"extends\": \"python-dev\"}",
                "{\"network\": {\"network_profile\": \"developer\"}}",
                "{\"network\": {\"allow_domain\": [{\"domain\": \"api.github.com\", \"endpoints\": [{\"method\": \"GET\", \"path\": \"/x\"}]}]}}",
                "{\"network\": {\"credentials\": [\"openai\"]}}",
                "{\"network\": {\"listen_port\": [8080]}}",
                "{\"filesystem\": {\"unix_socket\": [\"/run/docker.sock\"]}}",
                "{\"security\": {\"capability_elevation\": true}}",
                "{\"security\": {\"signal_mode\": \"allow_all\"}}",
                "{\"env_credentials\": {\"openai\": \"OPENAI_API_KEY\"}}",
                "{\"rollback\": {\"exclude_patterns\": [\"node_modules\"]}}",
                "{\"session_hooks\": {\"before\": {\"script\": \"/x\"}}}"))
            assertThatThrownBy(() -> NonoProfiles.parse(bad, "p.json", Optional.empty())).as(bad)
                    .isInstanceOf(UnsupportedPolicyException.class).hasMessageContaining("p.json: nono key");
    }

    @Test
    void unknownKeysAndBadValuesAreErrors() {
        assertThatThrownBy(() -> NonoProfiles.parse("{\"filesytem\": {}}", "p.json", Optional.empty()))
                .isInstanceOf(SandboxPolicyException.class).hasMessageContaining("filesytem: unknown nono 0.66.0 profile key");
        assertThatThrownBy(() -> NonoProfiles.parse("{\"filesystem\": {\"read\": [\"rel/path\"]}}", "p.json", Optional.empty()))
                .hasMessageContaining("relative path");
        assertThatThrownBy(() -> NonoProfiles.parse("{not json", "p.json", Optional.empty())).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> NonoProfiles.parse("{\"network\": {\"block\": true, \"allow_domain\": [\"a.com\"]}}", "p.json", Optional.empty()))
                .hasMessageContaining("contradicts");
    }

    @Test
    void theCanonicalNonoFixtureIsRecognised() throws IOException {
        Path dir = shared();
        assumeTrue(dir != null, "../shared/nono not found");
        String fixture = Files.readString(dir.resolve("canonical_equivalent_of_all_keys.json"));
        assertThat(schema("nono-profile.schema.json").validate(fixture, InputFormat.JSON)).isEmpty();
        // It uses groups and commands, which only nono can enforce.
        assertThatThrownBy(() -> NonoProfiles.parse(fixture, "fixture.json", Optional.empty())).isInstanceOf(UnsupportedPolicyException.class);
    }
}
