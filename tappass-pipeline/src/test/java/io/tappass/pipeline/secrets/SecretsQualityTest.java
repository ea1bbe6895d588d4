package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality of {@link SecretScanner} over the shared corpora (../shared/data/secrets, see SOURCES.md section C) and
 * false positives over the benign prompt corpora. Prints a table; asserts floors a little below the measured values
 * (docs/quality-secrets.md) so that a regression fails.
 */
class SecretsQualityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path data;

    /** secretlint message ids that name identifiers (account, tenant, client ids), not credentials. */
    private static final Set<String> IDENTIFIER_MESSAGES = Set.of("AWSAccountID", "AzureTenantId", "AzureClientId");

    @BeforeAll
    static void locate() {
        data = SharedData.dir();
        Assumptions.assumeTrue(data != null && Files.isDirectory(data.resolve("secrets")),
                "../shared/data/secrets not found (walked up from the working directory): quality evaluation skipped");
    }

    private static List<JsonNode> jsonl(Path file) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    @Test
    void noseyparkerExamples() throws IOException {
        SecretScanner scanner = SecretScanner.defaults();
        List<JsonNode> rows = jsonl(data.resolve("secrets/noseyparker_rule_examples.jsonl"));
        Set<String> positiveTexts = new HashSet<>();
        for (JsonNode r : rows) {
            if (r.get("label").asText().equals("secret")) {
                positiveTexts.add(r.get("text").asText());
            }
        }
        int credPos = 0;
        int credHit = 0;
        int idPos = 0;
        int idHit = 0;
        int idHitAll = 0;
        int neg = 0;
        int negHit = 0;
        int strictNeg = 0;
        int strictNegHit = 0;
        TreeMap<String, String> misses = new TreeMap<>();
        List<String> negHits = new ArrayList<>();
        for (JsonNode r : rows) {
            String text = r.get("text").asText();
            boolean credential = false;
            for (JsonNode c : r.path("categories")) {
                credential |= c.asText().equals("secret");
            }
            List<SecretMatch> found = scanner.scan(text);
            if (r.get("label").asText().equals("secret")) {
                if (credential) {
                    credPos++;
                    if (!found.isEmpty()) {
                        credHit++;
                    } else {
                        misses.merge(r.get("rule_id").asText(), "1", (a, b) -> String.valueOf(Integer.parseInt(a) + 1));
                    }
                } else {
                    idPos++;
                    idHit += found.isEmpty() ? 0 : 1;
                    boolean any = !found.isEmpty()
                            || !io.tappass.pipeline.infra.InfraDetector.defaults().scan(text).isEmpty()
                            || !io.tappass.pipeline.exfiltration.ExfiltrationDetector.defaults().scan(text).isEmpty();
                    idHitAll += any ? 1 : 0;
                }
            } else {
                neg++;
                boolean strict = !positiveTexts.contains(text);
                strictNeg += strict ? 1 : 0;
                if (!found.isEmpty()) {
                    negHit++;
                    strictNegHit += strict ? 1 : 0;
                    if (strict) {
                        negHits.add(r.get("rule_id").asText() + " -> " + found.get(0).rule());
                    }
                }
            }
        }
        double recall = (double) credHit / credPos;
        double negRate = (double) negHit / neg;
        double strictRate = (double) strictNegHit / strictNeg;
        System.out.printf(Locale.ROOT, "%n| noseyparker | n | hits | rate |%n|---|---|---|---|%n");
        System.out.printf(Locale.ROOT, "| credential examples (category secret): recall | %d | %d | %.3f |%n", credPos, credHit, recall);
        System.out.printf(Locale.ROOT, "| identifier/public examples (no secret category), secrets only | %d | %d | %.3f |%n", idPos, idHit, (double) idHit / idPos);
        System.out.printf(Locale.ROOT, "| identifier/public examples, secrets + infra + exfiltration | %d | %d | %.3f |%n", idPos, idHitAll, (double) idHitAll / idPos);
        System.out.printf(Locale.ROOT, "| negatives (all no_secret rows): hit rate | %d | %d | %.3f |%n", neg, negHit, negRate);
        System.out.printf(Locale.ROOT, "| negatives not also a positive of another rule: hit rate | %d | %d | %.3f |%n", strictNeg, strictNegHit, strictRate);
        System.out.println("misses by rule: " + misses);
        System.out.println("strict negative hits: " + negHits);
        assertThat(recall).as("noseyparker credential recall").isGreaterThanOrEqualTo(FLOOR_NP_RECALL);
        assertThat(strictRate).as("noseyparker strict negative hit rate").isLessThanOrEqualTo(CEIL_NP_NEG);
    }

    // floors a little below the values measured on 2026-11-25 (docs/quality-secrets.md)
    static final double FLOOR_NP_RECALL = 0.95;      // measured 0.953 (368/386)
    static final double CEIL_NP_NEG = 0.05;          // measured 0.049 (6/122)
    static final double FLOOR_SL_EXACT = 0.87;       // measured 0.880
    static final double FLOOR_SL_NORMALISED = 0.98;  // measured 0.991
    static final double CEIL_BENIGN = 0.005;         // measured 0.000

    private static final Pattern KEY_PREFIX = Pattern.compile("^[\\w\"'.\\-]+\\s*(?:=>|:=|=|:)\\s*[\"']?");

    @Test
    void secretlintSnapshots() throws IOException {
        List<JsonNode> rows = jsonl(data.resolve("secrets/secretlint_rule_snapshots.jsonl"));
        int spans = 0;
        int exact = 0;
        int normalised = 0;
        int overlapping = 0;
        int idSpans = 0;
        int negCases = 0;
        int negHit = 0;
        List<String> missed = new ArrayList<>();
        List<String> negHits = new ArrayList<>();
        for (JsonNode r : rows) {
            SecretScanner.Builder b = SecretScanner.builder();
            for (JsonNode rule : r.path("options").path("rules")) {
                for (JsonNode a : rule.path("options").path("allows")) {
                    b.allow(a.asText());
                }
            }
            SecretScanner scanner = b.build();
            String text = r.get("text").asText();
            List<SecretMatch> found = scanner.scan(text);
            if (r.get("findings").isEmpty()) {
                negCases++;
                if (!found.isEmpty()) {
                    negHit++;
                    negHits.add(r.get("rule").asText() + "/" + r.get("case").asText() + " -> "
                            + found.stream().map(SecretMatch::rule).toList());
                }
                continue;
            }
            for (JsonNode f : r.get("findings")) {
                if (IDENTIFIER_MESSAGES.contains(f.get("messageId").asText())) {
                    idSpans++;
                    continue;
                }
                spans++;
                int s = f.get("start").asInt();
                int e = f.get("end").asInt();
                // normalised: secretlint sometimes includes the closing quote/punctuation, or reports a range that
                // starts at the key name (with the value's length); relocate those to the value
                int ns = s;
                int ne = e;
                while (ne > ns && "\"';),\n\r \t".indexOf(text.charAt(ne - 1)) >= 0) {
                    ne--;
                }
                Matcher km = KEY_PREFIX.matcher(text.substring(s, e));
                boolean keyAnchored = km.find() && km.end() < e - s;
                boolean ex = false;
                boolean no = false;
                boolean ov = false;
                for (SecretMatch m : found) {
                    ex |= m.start() == s && m.end() == e;
                    no |= m.start() == ns && m.end() == ne;
                    no |= keyAnchored && m.start() == s + km.end();
                    ov |= m.start() < e && s < m.end();
                }
                exact += ex ? 1 : 0;
                normalised += ex || no ? 1 : 0;
                overlapping += ov ? 1 : 0;
                if (!(ex || no)) {
                    missed.add(r.get("rule").asText() + "/" + r.get("case").asText() + "[" + s + "," + e + ")"
                            + (ov ? " overlap" : " none") + " got " + found.stream()
                            .map(m -> m.rule() + "[" + m.start() + "," + m.end() + ")").toList());
                }
            }
        }
        double exactRate = (double) exact / spans;
        double normRate = (double) normalised / spans;
        System.out.printf(Locale.ROOT, "%n| secretlint | n | hits | rate |%n|---|---|---|---|%n");
        System.out.printf(Locale.ROOT, "| credential spans, exact | %d | %d | %.3f |%n", spans, exact, exactRate);
        System.out.printf(Locale.ROOT, "| credential spans, exact after normalising secretlint range quirks | %d | %d | %.3f |%n", spans, normalised, normRate);
        System.out.printf(Locale.ROOT, "| credential spans, overlapping | %d | %d | %.3f |%n", spans, overlapping, (double) overlapping / spans);
        System.out.printf(Locale.ROOT, "| identifier spans (not scored) | %d | - | - |%n", idSpans);
        System.out.printf(Locale.ROOT, "| no-finding cases with a hit | %d | %d | %.3f |%n", negCases, negHit, (double) negHit / negCases);
        System.out.println("missed spans: " + String.join("\n  ", missed));
        System.out.println("negative hits: " + negHits);
        assertThat(exactRate).as("secretlint exact span recall").isGreaterThanOrEqualTo(FLOOR_SL_EXACT);
        assertThat(normRate).as("secretlint normalised span recall").isGreaterThanOrEqualTo(FLOOR_SL_NORMALISED);
    }

    /** The keyword prefilter and search windows must find exactly what an exhaustive search finds. */
    @Test
    void prefilterLosesNothingOnTheCorpora() throws IOException {
        SecretScanner scanner = SecretScanner.defaults();
        List<String> texts = new ArrayList<>();
        for (JsonNode r : jsonl(data.resolve("secrets/noseyparker_rule_examples.jsonl"))) {
            texts.add(r.get("text").asText());
        }
        for (JsonNode r : jsonl(data.resolve("secrets/secretlint_rule_snapshots.jsonl"))) {
            texts.add(r.get("text").asText());
        }
        List<String> diffs = new ArrayList<>();
        for (String t : texts) {
            List<SecretMatch> fast = scanner.scan(t);
            List<SecretMatch> slow = scanner.scanExhaustive(t);
            if (!fast.equals(slow)) {
                diffs.add("fast=" + fast + "\n  slow=" + slow);
            }
        }
        assertThat(diffs).as("texts where the prefiltered scan differs from the exhaustive scan").isEmpty();
    }

    @Test
    void benignPromptsHaveNoSecrets() throws IOException {
        Path pi = data.resolve("prompt_injection");
        Assumptions.assumeTrue(Files.isDirectory(pi), "../shared/data/prompt_injection not found: skipped");
        List<String> texts = new ArrayList<>();
        for (JsonNode r : jsonl(pi.resolve("mtbench_questions.jsonl"))) {
            for (JsonNode t : r.get("turns")) {
                texts.add(t.asText());
            }
        }
        for (String f : List.of("notinject_one.json", "notinject_two.json")) {
            for (JsonNode r : JSON.readTree(pi.resolve(f).toFile())) {
                texts.add(r.get("prompt").asText());
            }
        }
        List<List<String>> xs = SharedData.csv(Files.readString(pi.resolve("xstest_prompts.csv")));
        int promptCol = xs.get(0).indexOf("prompt");
        int labelCol = xs.get(0).indexOf("label");
        for (List<String> row : xs.subList(1, xs.size())) {
            if (row.size() > labelCol && row.get(labelCol).equals("safe")) {
                texts.add(row.get(promptCol));
            }
        }
        int hits = 0;
        List<String> which = new ArrayList<>();
        for (String t : texts) {
            List<SecretMatch> found = SecretScanner.defaults().scan(t);
            if (!found.isEmpty()) {
                hits++;
                which.add(found.get(0).rule());
            }
        }
        int infraHits = 0;
        int exfilHits = 0;
        for (String t : texts) {
            infraHits += io.tappass.pipeline.infra.InfraDetector.withoutLoopback().scan(t).isEmpty() ? 0 : 1;
            exfilHits += io.tappass.pipeline.exfiltration.ExfiltrationDetector.defaults().scan(t).stream()
                    .anyMatch(m -> m.score() >= 0.6) ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "| benign prompts: detect_infra hits | %d | %d | %.4f |%n", texts.size(),
                infraHits, (double) infraHits / texts.size());
        System.out.printf(Locale.ROOT, "| benign prompts: detect_exfiltration hits (score >= 0.6) | %d | %d | %.4f |%n",
                texts.size(), exfilHits, (double) exfilHits / texts.size());
        assertThat(infraHits + exfilHits).as("infra/exfiltration hits on benign prompts").isLessThanOrEqualTo(3);
        double rate = (double) hits / texts.size();
        System.out.printf(Locale.ROOT, "%n| benign prompts (MT-bench, NotInject, XSTest safe) | %d | %d | %.4f |%n",
                texts.size(), hits, rate);
        System.out.println("benign hits: " + which);
        assertThat(rate).as("benign prompt hit rate").isLessThanOrEqualTo(CEIL_BENIGN);
    }
}
