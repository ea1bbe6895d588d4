package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Differential harness for performance work: dumps every finding of {@link SecretScanner#defaults()} over a fixed
 * set of texts to the file named by the system property {@code secrets.dump} (skipped when unset). Texts: every
 * {@code *.txt} in the directory {@code secrets.dump.texts} (e.g. the bench TextKinds texts), the shared secrets
 * corpora, the blind/round test sets, and seeded mixtures of them. Compare two dumps with {@code diff}. Not part
 * of the default suite (the class name does not end in {@code Test}); run it by name:
 * {@code mvn -pl tappass-pipeline -am test -Dtest=SecretsDifferentialDump -Dsurefire.failIfNoSpecifiedTests=false
 * -DargLine="-Dsecrets.dump=/tmp/after.txt -Dsecrets.dump.texts=/tmp/texts"}.
 */
class SecretsDifferentialDump {

    @Test
    void dump() throws Exception {
        String out = System.getProperty("secrets.dump");
        Assumptions.assumeTrue(out != null, "set -Dsecrets.dump=FILE to write the differential dump");
        List<String[]> texts = new ArrayList<>();
        String dir = System.getProperty("secrets.dump.texts");
        List<String> big = new ArrayList<>();
        if (dir != null) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    String t = Files.readString(p);
                    texts.add(new String[] {p.getFileName().toString(), t});
                    big.add(t);
                }
            }
        }
        List<String> small = new ArrayList<>();
        Path data = SharedData.dir();
        if (data != null) {
            ObjectMapper om = new ObjectMapper();
            for (String f : List.of("noseyparker_rule_examples.jsonl", "secretlint_rule_snapshots.jsonl")) {
                int i = 0;
                for (String line : Files.readAllLines(data.resolve("secrets").resolve(f))) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode n = om.readTree(line);
                    String t = n.path("text").asText();
                    texts.add(new String[] {f + "#" + i++, t});
                    small.add(t);
                }
            }
        }
        List<BlindSecretSet.Case> cases = new ArrayList<>();
        cases.addAll(BlindSecretSet.first(new Random(1)));
        cases.addAll(BlindSecretSet.holdout(new Random(2)));
        cases.addAll(BlindSecretSet.forms(new Random(3)));
        cases.addAll(Round3SecretSet.positives(new Random(4)));
        cases.addAll(Round3SecretSet.negatives(new Random(5)));
        cases.addAll(Round3Holdout.positives(new Random(6)));
        cases.addAll(Round3Holdout.negatives(new Random(7)));
        cases.addAll(Round4SecretSet.positives(new Random(8)));
        cases.addAll(Round4SecretSet.negatives(new Random(9)));
        cases.addAll(Round4Holdout.positives(new Random(10)));
        cases.addAll(Round4Holdout.negatives(new Random(11)));
        for (BlindSecretSet.Case c : cases) {
            texts.add(new String[] {"case:" + c.id(), c.text()});
            small.add(c.text());
        }
        Random r = new Random(12345);
        for (SecretFormats.Format f : SecretFormats.all()) {
            for (int k = 0; k < 3; k++) {
                String e = f.gen().apply(r).embed();
                texts.add(new String[] {"format:" + f.id() + "#" + k, e});
                texts.add(new String[] {"formatkey:" + f.id() + "#" + k, f.key() + "=" + e + "\n" + f.key() + ": \"" + e + "\""});
                small.add(f.key() + ": " + e);
            }
        }
        // mixtures: slices of the big texts with small texts spliced in at random places
        for (int m = 0; m < 40 && !big.isEmpty() && !small.isEmpty(); m++) {
            String b = big.get(r.nextInt(big.size()));
            int from = r.nextInt(Math.max(1, b.length() - 70000));
            StringBuilder sb = new StringBuilder(b.substring(from, Math.min(b.length(), from + 60000)));
            for (int k = 0; k < 60; k++) {
                int at = r.nextInt(sb.length() + 1);
                String ins = small.get(r.nextInt(small.size()));
                sb.insert(at, r.nextBoolean() ? "\n" + ins + "\n" : ins);
            }
            texts.add(new String[] {"mix#" + m, sb.toString()});
        }
        int findings = 0;
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8)) {
            for (String[] t : texts) {
                List<SecretMatch> ms = SecretScanner.defaults().scan(t[1]);
                w.write("## " + t[0] + " " + ms.size() + "\n");
                for (SecretMatch x : ms) {
                    w.write(x.type() + " " + x.rule() + " " + x.severity() + " " + x.score() + " " + x.start() + " "
                            + x.end() + "\n");
                    findings++;
                }
            }
            w.write("# texts " + texts.size() + " findings " + findings + "\n");
        }
        assertThat(texts).isNotEmpty();
    }
}
