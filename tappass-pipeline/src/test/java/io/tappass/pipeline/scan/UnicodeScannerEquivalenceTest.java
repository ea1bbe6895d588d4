package io.tappass.pipeline.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.CpuTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link UnicodeScanner}'s mixed-script pass skips to the characters at or above U+0370 and reads the word around
 * them; it must report exactly what the character-by-character pass ({@link UnicodeScannerReference}) reported.
 */
class UnicodeScannerEquivalenceTest {

    private static List<String> render(List<?> matches) {
        List<String> out = new ArrayList<>(matches.size());
        for (Object m : matches) {
            out.add(m.toString().replaceFirst("^\\w+\\[", "["));
        }
        return out;
    }

    private static void same(String text, List<String> wrong) {
        List<String> expected = render(UnicodeScannerReference.scan(text));
        List<String> actual = render(UnicodeScanner.scan(text));
        if (!expected.equals(actual) && wrong.size() < 10) {
            wrong.add(text + "\n  expected " + expected + "\n  actual   " + actual);
        }
    }

    @Test
    void randomMixedScriptTextsGiveTheSameFindings() {
        // letters of several scripts, look-alikes, fullwidth Latin, combining marks below and above U+0370,
        // invisible and bidi characters, a surrogate pair (a mathematical letter, an emoji), separators
        String[] pieces = {"a", "b", "pa", "y", "P", "\u0430", "\u0440", "\u0435", "\u043e", "\u0441", "\u0434",
            "\u03bf", "\u03b1", "\u03bc", "\u0394", "\uff41", "\uff42", "\uff21", "\u4e2d", "\u3042", "\uac00",
            "\u0301", "\u0308", "\u0483", "\u00e9", "\u0251", "\u00a9", "\u20ac", "\u200b", "\u202e", "\u00ad",
            "\ud835\udc1a", "\ud83d\ude00", " ", " ", "-", "1", ".", "\n"};
        Random rnd = new Random(11);
        List<String> wrong = new ArrayList<>();
        int withFindings = 0;
        for (int k = 0; k < 40_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + rnd.nextInt(25);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[rnd.nextInt(pieces.length)]);
            }
            String t = sb.toString();
            same(t, wrong);
            withFindings += UnicodeScanner.scan(t).isEmpty() ? 0 : 1;
        }
        assertThat(wrong).as("texts scanned differently").isEmpty();
        assertThat(withFindings).as("random texts with findings").isGreaterThan(10_000);
    }

    @Test
    void longRunsOfMarksStayLinearAndEqual() {
        List<String> wrong = new ArrayList<>();
        String marks = "\u0301".repeat(100_000);
        // a generous bound only superlinear work breaks (re-reading a run of marks per mark took ~45 s here)
        CpuTime.assertWithin(java.time.Duration.ofSeconds(15), () -> {
            for (String t : List.of(marks + "\u0430", "x" + marks + "\u03bf" + marks + "p", marks + " \u0440ay\u0440al",
                    "\u0483".repeat(50_000) + "pa", "pay\u0440al ".repeat(20_000))) {
                same(t, wrong);
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void corporaGiveTheSameFindings() throws IOException {
        Path data = NormalizerFastPathTest.sharedData();
        Assumptions.assumeTrue(data != null, "../shared/data is not there: corpus comparison skipped");
        List<String> wrong = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.walk(data)) {
            for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(json|jsonl|csv|txt|md|yaml|yml)$"))::iterator) {
                if (Files.size(p) > 8 << 20) {
                    continue;
                }
                String text;
                try {
                    text = Files.readString(p);
                } catch (java.nio.charset.MalformedInputException e) {
                    continue;
                }
                same(text, wrong);
                files++;
            }
        }
        assertThat(wrong).as("corpus files scanned differently").isEmpty();
        assertThat(files).isGreaterThan(10);
    }
}
