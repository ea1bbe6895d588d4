package io.tappass.pipeline.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.core.governance.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cloud-id patterns and the Kubernetes {@code kind: Secret} line run only in windows around their anchor strings;
 * the matches must be those of one {@code find()} over the whole text (the reference below), on random texts dense
 * with anchors, near-misses, adjacent and maximal-length ids.
 */
class InfraAnchoredWindowsTest {

    private static final String[] PIECES = {
        "arn:aws:s3:::my-bucket/key", "arn:aws-us-gov:iam::123456789012:role/Admin", "arn:", "arn:aws:", "xarn:aws:s3:::b",
        "arn:aws:lambda:eu-west-1:123456789012:function:f", "/subscriptions/", "/subscriptions/12345678-1234-1234-1234-123456789abc",
        "/subscriptions/12345678-1234-1234-1234-123456789abc/resourceGroups/rg/providers/x", "ci-runner@my-project.iam.gserviceaccount.com",
        "a.iam.gserviceaccount.com", "svc-01@proj-42.iam.gserviceaccount.com.iam.gserviceaccount.com",
        "kind: Secret", "kind: \"Secret\"", "  kind: Secret  ", "kind: SecretStore", "data:\n  password: c2VjcmV0",
        "\n---\n", "apiVersion: v1", "Secret", " ", " ", "\n", "\r\n", ":", "/", ".", "x", "123456789012", "-", "\"", "a:b:c"
    };

    @Test
    void windowedPatternsFindWhatAWholeTextPassFinds() {
        Random rnd = new Random(20261126L);
        int found = 0;
        for (int t = 0; t < 3000; t++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + rnd.nextInt(t % 20 == 0 ? 400 : 40);
            for (int k = 0; k < parts; k++) {
                sb.append(PIECES[rnd.nextInt(PIECES.length)]);
                if (rnd.nextInt(30) == 0) {
                    sb.append("z".repeat(rnd.nextInt(700))); // ids up to and past their longest form
                }
            }
            String text = sb.toString();
            found += same(InfraDetector.ARN, "arn:", 0, InfraDetector.ARN_MAX, text);
            found += same(InfraDetector.AZURE_ID, "/subscriptions/", 0, InfraDetector.AZURE_MAX, text);
            found += same(InfraDetector.GCP_SA, InfraDetector.GCP_SUFFIX, InfraDetector.GCP_BACK,
                    InfraDetector.GCP_SUFFIX.length(), text);
            List<InfraMatch> kube = new ArrayList<>();
            InfraDetector.kubeSecrets(text, kube);
            assertThat(kube).as("kind: Secret documents of %s", text).isEqualTo(kubeReference(text));
            found += kube.size();
        }
        assertThat(found).as("the texts exercise the patterns").isGreaterThan(3000);
    }

    @Test
    void longestIdsAreFoundWhole() {
        String arn = "arn:aws-us-gov:" + "s".repeat(40) + ":" + "r".repeat(30) + ":123456789012:" + "p".repeat(512);
        assertThat(arn).hasSize(InfraDetector.ARN_MAX);
        assertThat(same(InfraDetector.ARN, "arn:", 0, InfraDetector.ARN_MAX, "see " + arn + "q and " + arn)).isEqualTo(2);
        String az = "/subscriptions/12345678-1234-1234-1234-123456789abc/" + "g".repeat(400);
        assertThat(az).hasSize(InfraDetector.AZURE_MAX);
        assertThat(same(InfraDetector.AZURE_ID, "/subscriptions/", 0, InfraDetector.AZURE_MAX, az + "h " + az)).isEqualTo(2);
        String sa = "a" + "b".repeat(29) + "@c" + "d".repeat(29) + InfraDetector.GCP_SUFFIX;
        assertThat(same(InfraDetector.GCP_SA, InfraDetector.GCP_SUFFIX, InfraDetector.GCP_BACK,
                InfraDetector.GCP_SUFFIX.length(), sa + " " + sa)).isEqualTo(2);
    }

    private static int same(Pattern p, String anchor, int back, int forward, String text) {
        List<InfraMatch> got = new ArrayList<>();
        InfraDetector.regex(p, anchor, back, forward, InfraDetector.NONE, text, got, "T", "d", Severity.MEDIUM, 0.9);
        List<InfraMatch> expected = expected(p, text);
        assertThat(got).as("%s in %s", p, text).isEqualTo(expected);
        return got.size();
    }

    /**
     * What the detector's regex path should report for {@code p} over the whole text: group 1 of each match, trailing
     * '.', ':' and '/' trimmed, as type "T", detail "d", MEDIUM, 0.9 (shared with {@code InfraMarksTest}).
     */
    static List<InfraMatch> expected(Pattern p, String text) {
        List<InfraMatch> expected = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            int end = m.end(1);
            while (end > m.start(1) && ".:/".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            expected.add(new InfraMatch("T", "d", Severity.MEDIUM, 0.9, m.start(1), end));
        }
        return expected;
    }

    /** The documents holding a {@code kind: Secret} line, found by one pass of the line pattern over the text. */
    private static List<InfraMatch> kubeReference(String text) {
        List<InfraMatch> out = new ArrayList<>();
        Matcher m = InfraDetector.KIND_SECRET.matcher(text);
        int lastDocStart = -1;
        while (m.find()) {
            int docStart = text.lastIndexOf("\n---", m.start());
            docStart = docStart < 0 ? 0 : docStart + 4;
            int docEnd = text.indexOf("\n---", m.start());
            docEnd = docEnd < 0 ? text.length() : docEnd;
            if (docStart == lastDocStart) {
                continue;
            }
            lastDocStart = docStart;
            if (docStart == 0 && text.startsWith("---")) {
                docStart = 3;
            }
            Matcher data = InfraDetector.SECRET_DATA.matcher(text).region(docStart, docEnd);
            if (!data.find()) {
                continue;
            }
            while (docStart < docEnd && Character.isWhitespace(text.charAt(docStart))) {
                docStart++;
            }
            while (docEnd > docStart && Character.isWhitespace(text.charAt(docEnd - 1))) {
                docEnd--;
            }
            out.add(new InfraMatch("KUBERNETES_SECRET", "kind: Secret", Severity.CRITICAL, 0.95, docStart, docEnd));
        }
        return out;
    }
}
