package io.tappass.sandbox;

import io.tappass.sandbox.proxy.CredentialSource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxPolicyTest {
    @Test
    void defaultsFailClosed() {
        SandboxPolicy p = SandboxPolicy.builder().build();
        assertThat(p.network()).isEqualTo(NetworkMode.BLOCKED);
        assertThat(p.grants()).isEmpty();
        assertThat(p.environment().allow()).isEmpty();
        assertThat(p.environment().inherits("OPENAI_API_KEY")).isFalse();
        assertThat(p.systemDefaults()).isTrue();
    }

    @Test
    void isImmutableAndRoundTripsThroughToBuilder() {
        SandboxPolicy p = SandboxPolicy.builder().workspace(Path.of("/srv/w")).read("/opt/data").readFile("/etc/app.conf")
                .deny("/opt/secret").network(NetworkMode.PROXY).allowDomain("API.example.com").allowLocalhostPort(9620)
                .inheritEnv("LANG").setEnv("MODE", "$HOME/x").timeout(Duration.ofSeconds(3)).build();
        assertThat(p.toBuilder().build()).isEqualTo(p);
        assertThat(p.allowedDomains()).containsExactly("api.example.com");
        assertThatThrownBy(() -> p.grants().add(new FsGrant("/x", Access.READ, false))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void relativePathsAreRejected() {
        assertThatThrownBy(() -> SandboxPolicy.builder().read("data").build())
                .isInstanceOf(SandboxPolicyException.class).hasMessageContaining("relative path");
        assertThatThrownBy(() -> SandboxPolicy.builder().deny("../etc").build()).hasMessageContaining("relative path");
        assertThatThrownBy(() -> SandboxPolicy.builder().workspace(Path.of("work")).build()).hasMessageContaining("relative");
    }

    @Test
    void unknownVariablesAreRejected() {
        assertThatThrownBy(() -> SandboxPolicy.builder().read("$PROJECT/src").build())
                .hasMessageContaining("unknown variable $PROJECT");
        assertThatThrownBy(() -> SandboxPolicy.builder().setEnv("CACHE", "$CACHE_ROOT/x").build())
                .hasMessageContaining("unknown variable $CACHE_ROOT");
        assertThat(SandboxPolicy.builder().read("$HOME/models").read("~/kb").read("$XDG_CACHE_HOME/pip").build().grants()).hasSize(3);
    }

    @Test
    void deniedPathInsideGrantedDirectoryIsRejected() {
        assertThatThrownBy(() -> SandboxPolicy.builder().readWrite("~/.local").deny("~/.local/share/keyrings").build())
                .isInstanceOf(SandboxPolicyException.class).hasMessageContaining("lies inside the granted directory '~/.local'")
                .hasMessageContaining("Landlock");
        assertThatThrownBy(() -> SandboxPolicy.builder().workspace(Path.of("/srv/w")).deny("/srv/w/.env").build())
                .hasMessageContaining("workspace");
        assertThatThrownBy(() -> SandboxPolicy.builder().read("$HOME").deny("~/.ssh").build()).hasMessageContaining("inside");
        // Siblings are fine.
        assertThat(SandboxPolicy.builder().read("~/projects").deny("~/.ssh").build().denied()).containsExactly("~/.ssh");
    }

    @Test
    void grantsOverNonoStateDirectoriesAreRejected() {
        for (String g : new String[]{"~", "$HOME", "~/.local", "~/.local/state", "$XDG_STATE_HOME", "~/.nono/x", "~/.config"})
            assertThatThrownBy(() -> SandboxPolicy.builder().read(g).build()).as(g)
                    .hasMessageContaining("nono's state directory");
    }

    @Test
    void workspaceOverTheHomeDirectoryIsRejected() {
        assertThatThrownBy(() -> SandboxPolicy.builder().workspace(Path.of(System.getProperty("user.home"))).build())
                .hasMessageContaining("contains nono's state directory");
    }

    @Test
    void networkSettingsAreValidated() {
        assertThatThrownBy(() -> SandboxPolicy.builder().allowDomain("api.example.com").build()).hasMessageContaining("NetworkMode.PROXY");
        assertThatThrownBy(() -> SandboxPolicy.builder().network(NetworkMode.PROXY).allowDomain("http://x.com/").build())
                .hasMessageContaining("not a host name");
        assertThatThrownBy(() -> SandboxPolicy.builder().allowLocalhostPort(70000).build()).hasMessageContaining("1..65535");
        assertThatThrownBy(() -> SandboxPolicy.builder().bearerCredential("api", URI.create("https://api.x.com"), "KEY",
                CredentialSource.fixed("s")).build()).hasMessageContaining("need network(NetworkMode.PROXY)");
        assertThat(SandboxPolicy.builder().network(NetworkMode.PROXY).allowDomain("*.example.com").allowDomain("127.0.0.1:8080").build()
                .allowedDomains()).containsExactly("*.example.com", "127.0.0.1:8080");
    }

    @Test
    void environmentIsValidated() {
        assertThatThrownBy(() -> SandboxPolicy.builder().setEnv("PATH", "/x").build()).hasMessageContaining("reserved");
        assertThatThrownBy(() -> SandboxPolicy.builder().setEnv("NONO_PROFILE", "x").build()).hasMessageContaining("reserved");
        assertThatThrownBy(() -> SandboxPolicy.builder().inheritEnv("A*B").build()).hasMessageContaining("allow pattern");
        assertThatThrownBy(() -> SandboxPolicy.builder().network(NetworkMode.PROXY).inheritEnv("API_*")
                .bearerCredential("api", URI.create("https://api.x.com"), "API_KEY", CredentialSource.fixed("s")).build())
                .hasMessageContaining("would leak");
    }

    @Test
    void credentialsAreValidatedWithoutLeakingSecrets() {
        assertThatThrownBy(() -> InjectedCredential.bearer("api", URI.create("http://api.example.com"), "K", CredentialSource.fixed("s")))
                .hasMessageContaining("plain http to a non-loopback host");
        assertThatThrownBy(() -> InjectedCredential.bearer("my-api", URI.create("https://a.b"), "K", CredentialSource.fixed("s")))
                .hasMessageContaining("[A-Za-z0-9_]");
        InjectedCredential c = InjectedCredential.bearer("api", URI.create("https://api.example.com"), "API_KEY", CredentialSource.fixed("topsecret"));
        assertThat(c.toString()).doesNotContain("topsecret");
        assertThat(CredentialSource.rotating("topsecret").toString()).doesNotContain("topsecret");
    }
}
