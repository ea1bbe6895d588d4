package io.tappass.cli;

import io.tappass.sandbox.bwrap.BubblewrapBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SandboxCommandTest {
    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String stdin, String... args) {
        return SandboxCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    static void assumeBwrap() {
        BubblewrapBackend b = new BubblewrapBackend();
        assumeTrue(b.availability().available(), "bubblewrap unavailable: " + b.availability().detail());
    }

    @Test
    void profilePrintsTheNonoProfileOfAPolicy() throws IOException {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, """
                agent: bot
                sandbox:
                  workspace: /srv/bot
                  gateway: http://127.0.0.1:9620
                  tool_domains: {search: [api.search.example], mail: [mail.example]}
                overrides:
                  tool_permissions: {allow: [search]}
                """);
        assertThat(run("", "profile", "--policy", policy.toString())).isZero();
        assertThat(out()).contains("\"allow_domain\"").contains("api.search.example").doesNotContain("mail.example")
                .contains("9620").contains("/srv/bot");
        out.reset();
        assertThat(run("", "profile", "--policy", policy.toString(), "--manifest")).isZero();
        assertThat(out()).contains("\"version\" : \"0.1.0\"").contains("\"mode\" : \"proxy\"");
    }

    @Test
    void usageAndPolicyErrors() throws IOException {
        assertThat(run("", "run", "--profile", "x.json")).isEqualTo(SandboxCommand.EXIT_USAGE);
        assertThat(err()).contains("give the command to run after --");
        assertThat(run("", "bogus")).isEqualTo(SandboxCommand.EXIT_USAGE);
        assertThat(run("", "run", "--backend", "docker", "--profile", "x.json", "--", "true")).isEqualTo(SandboxCommand.EXIT_USAGE);
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "sandbox: {}\n");
        assertThat(run("", "profile", "--policy", bad.toString())).isEqualTo(SandboxCommand.EXIT_SETUP);
        assertThat(err()).contains("agent id is required");
    }

    @Test
    void runPassesTheChildsExitStatusAndOutput() throws IOException {
        assumeBwrap();
        Path ws = Files.createDirectories(dir.resolve("ws"));
        Path profile = dir.resolve("p.json");
        Files.writeString(profile, """
                {"meta": {"name": "cli-test"}, "extends": "default",
                 "workdir": {"access": "readwrite"}, "network": {"block": true}, "environment": {"allow_vars": ["LANG"]}}
                """);
        int code = run("from stdin\n", "run", "--profile", profile.toString(), "--backend", "bwrap", "--workdir", ws.toString(),
                "--", "/bin/sh", "-c", "cat; echo written > f.txt; cat ~/.ssh/id_rsa /root/.bashrc 2>/dev/null; exit 7");
        assertThat(code).isEqualTo(7);
        assertThat(out()).isEqualTo("from stdin\n");
        assertThat(Files.readString(ws.resolve("f.txt"))).isEqualTo("written\n");
    }

    @Test
    void runPrintsDenialsAndRefusesUnenforceableKeys() throws IOException {
        assumeBwrap();
        Path ws = Files.createDirectories(dir.resolve("ws2"));
        Path ro = Files.createDirectories(dir.resolve("ro"));
        Path profile = dir.resolve("p.json");
        Files.writeString(profile, "{\"extends\": \"default\", \"filesystem\": {\"read\": [\"" + ro + "\"]}, \"workdir\": {\"access\": \"readwrite\"}}");
        int code = run("", "run", "--profile", profile.toString(), "--backend", "bwrap", "--workdir", ws.toString(),
                "--", "/bin/sh", "-c", "echo x > " + ro + "/f");
        assertThat(code).isNotZero();
        assertThat(err()).contains("Read-only file system").contains("tappass sandbox: denied PATH " + ro + "/f");
        err.reset();
        Path groups = dir.resolve("g.json");
        Files.writeString(groups, "{\"groups\": {\"include\": [\"node_runtime\"]}}");
        assertThat(run("", "run", "--profile", groups.toString(), "--backend", "bwrap", "--", "/bin/true"))
                .isEqualTo(SandboxCommand.EXIT_SETUP);
        assertThat(err()).contains("nono key 'groups'").contains("refuses it rather than ignore it");
    }

    @Test
    void autoFallsBackToBubblewrapWhenNonoIsAbsent() throws IOException {
        assumeBwrap();
        Path profile = dir.resolve("p.json");
        Files.writeString(profile, "{\"extends\": \"default\", \"network\": {\"block\": true}, \"environment\": {\"allow_vars\": []}}");
        assertThat(run("", "run", "--profile", profile.toString(), "--", "/bin/sh", "-c", "echo ok")).isZero();
        assertThat(out()).isEqualTo("ok\n");
    }
}
