package io.tappass.pipeline.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.CpuTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The detect_infra mechanisms of the 2026-11-26 round, each on cases written for it. */
class InfraMechanismsTest {

    private static final InfraDetector D = InfraDetector.defaults();

    private static List<String> types(String text) {
        return D.scan(text).stream().map(InfraMatch::type).toList();
    }

    @Test
    void numberingWordsAndBlockDefinitionsAreNotAddresses() {
        assertThat(types("Requirement 10.4.1.1 applies; see also § 10.2.0.1.")).isEmpty();
        assertThat(types("firmware version 192.168.2.7 is old")).isEmpty();
        assertThat(types("the host at 192.168.2.7 is old")).containsExactly("PRIVATE_IP");
        assertThat(types("CGNAT uses 100.64.0.0/10 and link-local 169.254.0.0/16.")).isEmpty();
        assertThat(types("our VPC is 10.0.0.0/16")).containsExactly("PRIVATE_IP"); // a network, not the block
        assertThat(types("route 172.16.0.0/24 via the VPN")).containsExactly("PRIVATE_IP");
    }

    @Test
    void dotfilesAreNotHostNames() {
        assertThat(types("cat .npmrc.local and .profile.lan")).isEmpty();
        assertThat(types("ssh build.lan")).containsExactly("INTERNAL_HOSTNAME");
    }

    @Test
    void managedDatabaseEndpointsJsonSecretsAndResourceIds() {
        assertThat(types("host=analytics.cluster-ro-abc123xyz.us-east-2.rds.amazonaws.com"))
                .containsExactly("INTERNAL_HOSTNAME");
        assertThat(types("https://aws.amazon.com/rds/")).isEmpty();
        assertThat(types("{\"kind\": \"Secret\", \"apiVersion\": \"v1\", \"stringData\": {\"pw\": \"hunter22\"}}"))
                .containsExactly("KUBERNETES_SECRET");
        assertThat(types("{\"kind\": \"Secret\", \"data\": {}}")).isEmpty();
        assertThat(types("attach sg-0f9e8d7c6b5a49382 and subnet-4f3e2d1c")).containsExactly("CLOUD_RESOURCE_ID",
                "CLOUD_RESOURCE_ID");
        assertThat(types("a well-deserved i-beam; vol-12345678; ami-abcdef12; sub-4f3e2d1c")).isEmpty();
    }

    /** The second blind round's mechanisms (eighteenth session), on cases written for them. */
    @Test
    void round2ZonesProjectsAccountsAndExercises() {
        assertThat(types("wiki at https://confluence.intranet.globex.de/x")).containsExactly("INTERNAL_URL");
        assertThat(types("ssh ops@db1.intern.muster-gmbh.de")).containsExactly("INTERNAL_HOSTNAME");
        assertThat(types("at org.acme.internal.util.Strings.trim(Strings.java:12)")).isEmpty();
        assertThat(types("see notes.internal.md for details")).isEmpty();
        assertThat(types("denied on projects/payroll-etl-prod/topics/ledger-events")).containsExactly(
                "GCP_RESOURCE_NAME");
        assertThat(types("use projects/my-project/topics/my-topic in the sample")).isEmpty();
        assertThat(types("The AWS account for billing is 482019375561.")).containsExactly("CLOUD_ACCOUNT_ID");
        assertThat(types("Account 482019375561 is overdue (invoice)")).isEmpty(); // no AWS in the text
        assertThat(types("The AWS docs use account 123456789012 everywhere.")).isEmpty();
        assertThat(types("Exercise 4: give the broadcast address of 10.8.0.0/22.")).isEmpty();
        assertThat(types("Our VPN pool is 10.8.0.0/22.")).containsExactly("PRIVATE_IP");
    }

    @Test
    void round2FloodsStayLinear() {
        CpuTime.assertWithin(Duration.ofSeconds(10), () -> {
            D.scan("AWS account 482019375561 ".repeat(8_000));
            D.scan("aws ".repeat(50_000) + "account");
            D.scan("a.intra.b.example.com ".repeat(10_000));
            D.scan("projects/abcdefg/secrets/".repeat(8_000));
            D.scan("Homework: " + "10.0.0.1 ".repeat(20_000));
            D.scan("x.internal.".repeat(20_000) + "com");
        });
    }

    @Test
    void floodsStayLinear() {
        CpuTime.assertWithin(Duration.ofSeconds(5), () -> {
            D.scan("i-".repeat(300_000));
            D.scan("version 10.0.0.1 ".repeat(30_000));
            D.scan("{\"kind\": \"Secret\", ".repeat(20_000));
            D.scan("a.rds".repeat(100_000));
        });
    }
}
