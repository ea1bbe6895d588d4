package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.CpuTime;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Inputs built to trigger superlinear behaviour; each must be scanned well within a generous bound. */
class PiiAdversarialTest {

    private static final int N = 100_000; // a quadratic scan of this size would take minutes

    static Stream<DynamicTest> cases() {
        return Stream.of(
                c("long digit run", () -> "1".repeat(N)),
                c("digits separated by single spaces", () -> "1 ".repeat(N / 2)),
                c("digit groups of four", () -> "4111 ".repeat(N / 5)),
                c("repeated separators", () -> "1-".repeat(N / 2) + "1"),
                c("mixed separators", () -> "1-2.3 4/5(6)".repeat(N / 12)),
                c("100k-character token", () -> "a".repeat(100_000) + "@example.com"),
                c("many @", () -> "@".repeat(N)),
                c("a@ repeated", () -> "a@".repeat(N / 2)),
                c("local parts at the 64 limit", () -> ("x".repeat(63) + "@").repeat(N / 64)),
                c("domain labels", () -> "a@" + "b.".repeat(N / 2)),
                c("colons and hex", () -> "a:".repeat(N / 2)),
                c("dotted digits", () -> "1.".repeat(N / 2)),
                c("IBAN-like prefix repeated", () -> "GB82 ".repeat(N / 5)),
                c("capitalised words", () -> "John Smith ".repeat(N / 11)),
                c("titles", () -> "Mr. ".repeat(N / 4)),
                c("birth keyword", () -> "born ".repeat(N / 5)),
                c("angle brackets for the restorer", () -> "<EMAIL_".repeat(N / 7)),
                c("base58 alphabet", () -> "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN".repeat(N / 33)),
                c("plus signs and parens", () -> "+(1".repeat(N / 3)),
                c("closing parens after digits", () -> "1234567) x ".repeat(N / 11)),
                c("long words after birth keywords", () -> ("born " + "a".repeat(5000) + " ").repeat(40)),
                c("spaces before capitals", () -> (" ".repeat(1000) + "Ab").repeat(N / 1002)),
                // the run splitter and the rebase after a rewrite
                c("one 100k-character run with digits", () -> "a1".repeat(N / 2)),
                c("single-character runs", () -> "a ".repeat(N / 2)),
                c("number chunk crossing every run", () -> "12 ".repeat(N / 3)),
                c("long name chain", () -> "Jan van ".repeat(N / 8)),
                c("newlines and tabs", () -> "\n\t1".repeat(N / 3)),
                c("born followed by many spaces", () -> ("born" + " ".repeat(2000) + "12 March 1985 ").repeat(40)),
                // round 4: chat cues, role nouns, XML tags, table cells, calendar keys, messenger stamps, JSON
                // objects around a bare name key, slashes and version words before numbers
                c("chat cues", () -> "ask ".repeat(N / 4)),
                c("chat cues and gaps", () -> "dile a a ".repeat(N / 9)),
                c("mentions", () -> "@anna @".repeat(N / 7)),
                c("role nouns before capitals", () -> "owner Anna Owner ".repeat(N / 17)),
                c("minutes labels", () -> "Apologies: Apologies: ".repeat(N / 22)),
                c("dotted titles", () -> "dr. dr. Dr. ".repeat(N / 12)),
                c("XML tags", () -> "<lastName><lastName>Anna<".repeat(N / 25)),
                c("nested empty tags before a name", () -> "<a>".repeat(N / 3) + "<name>Anna</name>"),
                c("markdown cells", () -> "| Anna ".repeat(N / 7)),
                c("calendar keys", () -> ";CN=Anna Smith;CN=".repeat(N / 18)),
                c("vCard names", () -> "\nFN:Anna".repeat(N / 9)),
                c("messenger stamps", () -> "[1, 1:1] Anna: x\n".repeat(N / 17)),
                c("stamps without brackets", () -> "1, 1:1 - Anna: x\n".repeat(N / 17)),
                c("bare name keys in a long object", () -> "{" + "\"nom\": \"Le Anna\", ".repeat(N / 20) + "}"),
                c("action phrases", () -> "approved by Anna signed off by ".repeat(N / 31)),
                c("articles before names", () -> "bij de Albert bij de ".repeat(N / 21)),
                c("venue words", () -> "lycée Victor Hugo store ".repeat(N / 24)),
                c("area-code slashes", () -> "030/12 34/".repeat(N / 10)),
                c("number labels", () -> "Bestellnummer 0171 part number 0612 ".repeat(N / 36)),
                c("version words before dotted numbers", () -> "version 1.2.3.4 to ".repeat(N / 19)),
                c("mail after a key value", () -> "\nReviewed-by: Anna Smith <a".repeat(N / 28)));
    }

    private static DynamicTest c(String name, Supplier<String> input) {
        return DynamicTest.dynamicTest(name, () -> {
            String text = input.get();
            CpuTime.assertWithin(Duration.ofSeconds(5), () -> {
                PiiDetector.defaults().scan(text);
                // a rewrite in the middle, then the rebased scan (windows around the edit)
                io.tappass.pipeline.scan.TextPart part = new io.tappass.pipeline.scan.TextPart("p",
                        io.tappass.pipeline.scan.TextPart.Source.USER, 0, 0, text);
                PiiDetector.defaults().scan(part);
                int mid = text.length() / 2;
                part.rewrite(new int[] {mid, Math.min(text.length(), mid + 10)},
                        new int[] {Math.min(text.length(), mid + 5), Math.min(text.length(), mid + 12)},
                        new String[] {"[MASKED_EMAIL]", "x"});
                PiiDetector.defaults().scan(part);
                TokenRestorer.restore(text, t -> null);
                TokenRestorer r = new TokenRestorer(t -> null);
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < text.length(); i += 4096) {
                    out.append(r.feed(text.substring(i, Math.min(text.length(), i + 4096))));
                }
                out.append(r.finish());
                assertThat(out.length()).isEqualTo(text.length());
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> scansInLinearTime() {
        return cases();
    }
}
