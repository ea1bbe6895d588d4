package io.tappass.pipeline.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.core.governance.Severity;
import io.tappass.pipeline.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scanners read the dots and dashes followed by a letter or digit ({@link Marks}) instead of finding every dot
 * and dash themselves, and the Azure and SQS patterns are skipped when the text lacks what every match holds. Here
 * each reading is compared with reading every occurrence (what the scanners did before: the others failed their
 * first test), and each skip with the whole-text pattern, on random texts dense with addresses, host names, ids,
 * GUIDs, sentence ends, dots and dashes before non-ASCII letters and at the text's edges.
 */
class InfraMarksTest {

    private static final String[] PIECES = {
        "10.0.0.1", "192.168.1.20", "172.16.4.9", "127.0.0.1", "169.254.169.254", "1.2.3.4.5", "version 10.0.0.2",
        "10.0.0.0/8", "Homework: ", "300.1.1.1", "db.corp", "x.internal", ".local", "app.intra.acme.com",
        "a.svc.cluster.local", "metadata.google.internal", "host.docker.internal", ".env.local", "i-0a1b2c3d4e5f67890",
        "vpc-0f1e2d3c", "sg-0f9e8d7c6b5a49382", "sub-4f3e2d1c", "i-", "-", "--", ".", ". ", "..", ".\u00e9", "-\u00e9",
        ".\u4e2d", "9", "a", "Z", "_", "\n\n", " ", " ", "x", "739201846153.dkr.ecr.eu-west-1.amazonaws.com",
        "204817365920.signin.aws.amazon.com", ".dkr.ecr", ".signin.aws", ".amazonaws.com",
        "sqs.us-east-1.amazonaws.com/204817365920/orders", "ci-runner@acme-prod.iam.gserviceaccount.com",
        ".iam.gserviceaccount.com", "8d1e4a52-7c3b-4f1e-9a6d-2b5c8e0f1a3d", "8D1E4A52-7C3B-4F1E-9A6D-2B5C8E0F1A3D",
        "8d1e4a52-7c3b-4f1e-9a6d-2b5c", "8d1e4a5-7c3b-4f1e-9a6d-2b5c8e0f1a3d0", "subscription_id = ", "--subscription ",
        "/subscriptions/", "Subscription ID: ", "SUBSCRIPTION"
    };

    private static String randomText(Random rnd, int t) {
        StringBuilder sb = new StringBuilder();
        int parts = rnd.nextInt(t % 25 == 0 ? 600 : 30);
        for (int k = 0; k < parts; k++) {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    /** Every position of {@code c}, as the scanners found them before (by {@code indexOf}). */
    private static Marks every(String text, char c) {
        Marks all = new Marks();
        for (int p = text.indexOf(c); p >= 0; p = text.indexOf(c, p + 1)) {
            all.add(p);
        }
        return all;
    }

    private static List<Integer> list(Marks m) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < m.size(); k++) {
            out.add(m.get(k));
        }
        return out;
    }

    @Test
    void marksAreTheCharacterFollowedByAnAsciiLetterOrDigitAndFindIsIndexOf() {
        Random rnd = new Random(20261129L);
        String[] needles = {".dkr.ecr", ".signin.aws", InfraDetector.GCP_SUFFIX, ".amazonaws.com", ".l", "-0"};
        for (int t = 0; t < 3000; t++) {
            String text = randomText(rnd, t);
            for (char c : new char[] {'.', '-'}) {
                List<Integer> expected = new ArrayList<>();
                for (int p = 0; p + 1 < text.length(); p++) {
                    if (text.charAt(p) == c && Character.isLetterOrDigit(text.charAt(p + 1))
                            && text.charAt(p + 1) < 0x80) {
                        expected.add(p);
                    }
                }
                Marks marks = new Marks().fill(text, c);
                assertThat(list(marks)).as("%s in %s", c, text).isEqualTo(expected);
                for (String needle : needles) {
                    if (needle.charAt(0) != c) {
                        continue;
                    }
                    for (int q = 0; q < 20; q++) {
                        int from = q == 0 ? 0 : rnd.nextInt(text.length() + 3) - 1;
                        assertThat(marks.find(text, needle, from)).as("%s from %d in %s", needle, from, text)
                                .isEqualTo(text.indexOf(needle, from));
                    }
                }
            }
        }
    }

    @Test
    void addressHostAndIdScannersFindOnTheMarksWhatTheyFoundOnEveryOccurrence() {
        Random rnd = new Random(7L);
        InfraDetector[] detectors = {InfraDetector.defaults(), InfraDetector.withoutLoopback()};
        int found = 0;
        for (int t = 0; t < 3000; t++) {
            String text = randomText(rnd, t);
            Marks dots = new Marks().fill(text, '.');
            Marks dashes = new Marks().fill(text, '-');
            for (InfraDetector d : detectors) {
                List<InfraMatch> got = new ArrayList<>();
                List<InfraMatch> expected = new ArrayList<>();
                d.ipv4(text, dots, got);
                d.ipv4(text, every(text, '.'), expected);
                assertThat(got).as("addresses in %s", text).isEqualTo(expected);
                found += got.size();
            }
            List<InfraMatch> got = new ArrayList<>();
            List<InfraMatch> expected = new ArrayList<>();
            InfraDetector.hostnames(text, dots, got);
            InfraDetector.hostnames(text, every(text, '.'), expected);
            InfraDetector.awsResourceIds(text, dashes, got);
            InfraDetector.awsResourceIds(text, every(text, '-'), expected);
            assertThat(got).as("host names and resource ids in %s", text).isEqualTo(expected);
            found += got.size();
        }
        assertThat(found).as("the texts exercise the scanners").isGreaterThan(3000);
    }

    @Test
    void dotAnchoredPatternsFindOnTheMarksWhatAWholeTextPassFinds() {
        Random rnd = new Random(11L);
        int found = 0;
        for (int t = 0; t < 3000; t++) {
            String text = randomText(rnd, t);
            Marks dots = new Marks().fill(text, '.');
            found += same(InfraDetector.ECR_HOST, dots, ".dkr.ecr", 12, InfraDetector.ECR_FORWARD, text);
            found += same(InfraDetector.SIGNIN_HOST, dots, ".signin.aws", 12, InfraDetector.SIGNIN_FORWARD, text);
            found += same(InfraDetector.GCP_SA, dots, InfraDetector.GCP_SUFFIX, InfraDetector.GCP_BACK,
                    InfraDetector.GCP_SUFFIX.length(), text);
        }
        assertThat(found).as("the texts exercise the patterns").isGreaterThan(1000);
    }

    /** A text without a GUID holds no Azure match, and one without ".amazonaws.com" no queue URL: the skips lose none. */
    @Test
    void skippedPatternsCannotMatch() {
        Pattern guid = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
        Random rnd = new Random(13L);
        int withGuid = 0;
        int withoutGuid = 0;
        for (int t = 0; t < 3000; t++) {
            String text = randomText(rnd, t);
            boolean holds = InfraDetector.holdsGuid(text, new Marks().fill(text, '-'));
            assertThat(holds).as("a GUID in %s", text).isEqualTo(guid.matcher(text).find());
            if (holds) {
                withGuid++;
            } else {
                withoutGuid++;
                assertThat(InfraDetector.AZURE_SUBSCRIPTION.matcher(text).find()).as(text).isFalse();
                assertThat(InfraDetector.AZURE_ID.matcher(text).find()).as(text).isFalse();
            }
            boolean amazonaws = new Marks().fill(text, '.').find(text, ".amazonaws.com", 0) >= 0;
            if (!amazonaws) {
                assertThat(InfraDetector.QUEUE_URL.matcher(text).find()).as(text).isFalse();
            }
        }
        assertThat(withGuid).isGreaterThan(300);
        assertThat(withoutGuid).isGreaterThan(300);
    }

    /**
     * The account-id search is skipped without twelve digits in a row, found by reading every twelfth character:
     * with an unbounded budget the answer is the regular expression's on random runs of ASCII and other digits of
     * every length around twelve; with a small one it may be "may" without a run, never "no" with one.
     */
    @Test
    void digitRunsAreThoseOfTheRegularExpression() {
        String[] pieces = {"1", "12", "123456", "12345678901", "123456789012", "1234567890123", "\u0663", "\uff11",
            " ", "-", ".", "a", "x y", "\n"};
        Random rnd = new Random(17L);
        int with = 0;
        int gaveUp = 0;
        for (int t = 0; t < 20_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(t % 50 == 0 ? 400 : 12); k > 0; k--) {
                sb.append(pieces[rnd.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            for (int len : new int[] {1, 2, 5, 12}) {
                boolean expected = Pattern.compile("[0-9]{" + len + "}").matcher(text).find();
                assertThat(InfraDetector.mayHoldDigitRun(text, len, Integer.MAX_VALUE)).as("%d digits in %s", len,
                        text).isEqualTo(expected);
                boolean may = InfraDetector.mayHoldDigitRun(text, len, t % 4);
                assertThat(may || !expected).as("%d digits in %s", len, text).isTrue();
                with += expected && len == 12 ? 1 : 0;
                gaveUp += may && !expected ? 1 : 0;
            }
        }
        assertThat(with).isBetween(2000, 18_000);
        assertThat(gaveUp).isGreaterThan(200);
        assertThat(InfraDetector.defaults().scan("The AWS account for billing is 482019375561."))
                .extracting(InfraMatch::type).containsExactly("CLOUD_ACCOUNT_ID");
    }

    /** Anonymously read buckets are still left out when the text has ARNs, and texts without ARNs keep the rest. */
    @Test
    void noSignRequestStillDropsOnlyOpenBuckets() {
        InfraDetector d = InfraDetector.defaults();
        assertThat(d.scan("aws s3 ls arn:aws:s3:::noaa-ghcn-pds --no-sign-request")).isEmpty();
        assertThat(d.scan("aws s3 cp arn:aws:s3:::acme-payroll-exports/x . --no-sign-request 10.0.0.7"))
                .extracting(InfraMatch::type).containsExactly("PRIVATE_IP");
        assertThat(d.scan("curl --no-sign-request http://10.0.0.7/ and arn:aws:iam::739201846153:role/Deploy"))
                .extracting(InfraMatch::type).containsExactly("INTERNAL_URL", "CLOUD_ARN");
        assertThat(d.scan("--no-sign-request 10.0.0.7")).extracting(InfraMatch::type).containsExactly("PRIVATE_IP");
    }

    private static int same(Pattern p, Marks dots, String anchor, int back, int forward, String text) {
        List<InfraMatch> got = new ArrayList<>();
        InfraDetector.regex(p, dots, anchor, back, forward, InfraDetector.NONE, text, got, "T", "d", Severity.MEDIUM,
                0.9);
        List<InfraMatch> viaFind = new ArrayList<>();
        InfraDetector.regex(p, Texts::find, anchor, back, forward, InfraDetector.NONE, text, viaFind, "T", "d",
                Severity.MEDIUM, 0.9);
        List<InfraMatch> expected = InfraAnchoredWindowsTest.expected(p, text);
        assertThat(got).as("%s in %s", p, text).isEqualTo(expected).isEqualTo(viaFind);
        return got.size();
    }
}
