package io.tappass.pipeline.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InfraDetectorTest {

    private static final InfraDetector D = InfraDetector.defaults();

    private static void assertOne(String text, String type, String span) {
        List<InfraMatch> found = D.scan(text);
        assertThat(found).as("findings in %s", text).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(type);
            assertThat(text.substring(m.start(), m.end())).isEqualTo(span);
        });
    }

    @Test
    void privateIpv4Ranges() {
        assertOne("db at 10.0.12.7 port 5432", "PRIVATE_IP", "10.0.12.7");
        assertOne("gw 172.16.0.1,", "PRIVATE_IP", "172.16.0.1");
        assertOne("gw 172.31.255.254.", "PRIVATE_IP", "172.31.255.254");
        assertOne("(192.168.1.20)", "PRIVATE_IP", "192.168.1.20");
        assertOne("carrier 100.64.3.2", "CGNAT_ADDRESS", "100.64.3.2");
        assertOne("apipa 169.254.10.1", "LINK_LOCAL_ADDRESS", "169.254.10.1");
        assertOne("curl 169.254.169.254", "CLOUD_METADATA_ENDPOINT", "169.254.169.254");
        assertOne("lo 127.0.0.1", "LOOPBACK_ADDRESS", "127.0.0.1");
    }

    @Test
    void publicAndMalformedAddressesAreIgnored() {
        assertThat(D.scan("8.8.8.8 1.1.1.1 172.32.0.1 192.169.1.1 100.128.0.1 11.0.0.1")).isEmpty();
        assertThat(D.scan("version 10.0.0.1.5 and 10.300.0.1 and 1.2.3")).isEmpty();
        assertThat(InfraDetector.withoutLoopback().scan("127.0.0.1 and ::1")).isEmpty();
    }

    /**
     * The in-place classification of an IPv6 candidate gives the answer of the reference, which splits a copy into
     * groups: on random runs of hex digits and colons (every length up to 45, "::" doubled and tripled, upper case,
     * groups too long) inside random text, and on the literals the detector reports.
     */
    @Test
    void ipv6ClassifiedInPlaceAsInACopy() {
        java.util.Random rnd = new java.util.Random(23);
        String alphabet = "0123456789abcdefABCDEF::::fFcdeE8g.";
        for (String lit : List.of("::1", "fd00:ec2::254", "FD00:EC2::254", "fe80::1", "fd12:3456:789a:1::1",
                "fc00:0:0:0:0:0:0:1", "fe80:0:0:0:0:0:0:1:2", "feb0::", "fec0::1", "fd::1", ":::1", "fd00::1::2",
                "fd000::1", "1:2:3:4:5:6:7:8", "abcd:", ":", "::", "f:")) {
            assertThat(InfraDetector.classify6("x" + lit + "y", 1, lit.length() + 1)).as(lit)
                    .isEqualTo(InfraDetector.classify6(lit));
        }
        for (int t = 0; t < 200_000; t++) {
            int len = rnd.nextInt(46);
            StringBuilder sb = new StringBuilder();
            int pre = rnd.nextInt(3);
            int all = pre + len + rnd.nextInt(3);
            for (int k = 0; k < all; k++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            String cand = text.substring(pre, pre + len);
            assertThat(InfraDetector.classify6(text, pre, pre + len)).as(cand)
                    .isEqualTo(InfraDetector.classify6(cand));
        }
    }

    @Test
    void ipv6() {
        assertOne("ula fd12:3456:789a:1::1 here", "PRIVATE_IP", "fd12:3456:789a:1::1");
        assertOne("ll fe80::1ff:fe23:4567:890a%eth0", "LINK_LOCAL_ADDRESS", "fe80::1ff:fe23:4567:890a");
        assertOne("[::1]:8080", "LOOPBACK_ADDRESS", "::1");
        assertThat(D.scan("public 2001:db8::1 and time 12:30:45")).isEmpty();
    }

    @Test
    void internalHostnamesAndUrls() {
        assertOne("connect to db01.corp please", "INTERNAL_HOSTNAME", "db01.corp");
        assertOne("api.payments.svc.cluster.local:8443", "INTERNAL_HOSTNAME", "api.payments.svc.cluster.local");
        assertOne("ip-10-0-0-1.ec2.internal", "INTERNAL_HOSTNAME", "ip-10-0-0-1.ec2.internal");
        assertOne("printer.lan", "INTERNAL_HOSTNAME", "printer.lan");
        assertOne("see http://jenkins.corp/job/deploy/42 now", "INTERNAL_URL", "http://jenkins.corp/job/deploy/42");
        assertOne("GET http://10.1.2.3:8080/admin?x=1.", "INTERNAL_URL", "http://10.1.2.3:8080/admin?x=1");
        assertOne("http://169.254.169.254/latest/meta-data/iam", "CLOUD_METADATA_ENDPOINT",
                "http://169.254.169.254/latest/meta-data/iam");
        assertOne("metadata.google.internal", "CLOUD_METADATA_ENDPOINT", "metadata.google.internal");
        assertThat(D.scan("the internal.example.com site and .local files, corp.example.org")).isEmpty();
    }

    @Test
    void cloudIdentifiers() {
        assertOne("role arn:aws:iam::583920175566:role/deploy-role.", "CLOUD_ARN",
                "arn:aws:iam::583920175566:role/deploy-role");
        // AWS's documentation account and example resources are placeholders (2026-11-26 blind round)
        assertThat(D.scan("role arn:aws:iam::123456789012:role/deploy-role.")).isEmpty();
        assertThat(D.scan("arn:aws:s3:::DOC-EXAMPLE-BUCKET/*")).isEmpty();
        assertOne("\"arn:aws:s3:::my-bucket/*\"", "CLOUD_ARN", "arn:aws:s3:::my-bucket/*");
        assertOne("/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourceGroups/rg-prod/providers/x",
                "AZURE_RESOURCE_ID",
                "/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourceGroups/rg-prod/providers/x");
        assertOne("sa deployer@my-project-123.iam.gserviceaccount.com", "GCP_SERVICE_ACCOUNT_EMAIL",
                "deployer@my-project-123.iam.gserviceaccount.com");
    }

    @Test
    void kubernetesSecretManifests() {
        String doc = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  password: "
                + "c3VwZXJzZWNyZXQ=\n";
        String text = "---\n" + doc + "---\napiVersion: v1\nkind: ConfigMap\n";
        List<InfraMatch> found = D.scan(text);
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("KUBERNETES_SECRET");
            assertThat(text.substring(m.start(), m.end())).isEqualTo(doc.trim());
        });
        assertThat(D.scan("apiVersion: v1\nkind: Secret\nmetadata:\n  name: empty\n")).isEmpty();
        assertThat(D.scan("kind: ConfigMap\ndata:\n  key: value123\n")).isEmpty();
    }

    @Test
    void benignTextIsClean() {
        assertThat(D.scan("Release 1.2.3.4 of the app. Meet at 10.30 in room 4.2. Pi is 3.14159.")).isEmpty();
        assertThat(D.scan("Use https://example.com/docs and mail me at someone@example.org")).isEmpty();
    }
}
