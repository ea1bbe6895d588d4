package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality of {@link PiiDetector} on the public labelled PII data in {@code ../shared/data/pii} (see its SOURCES.md,
 * section B). Prints per-entity precision / recall / F1 and asserts floors a little below the measured values, so a
 * regression fails the build. Skipped when the data folder is absent.
 *
 * <p>Matching: a predicted span counts as a true positive when it has the gold span's (mapped) type and the overlap
 * covers at least half of both spans ("relaxed"); exact-span F1 is printed alongside.
 */
class PiiQualityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path data;

    /** Presidio type names -> ours (types not listed are not evaluated). */
    static final Map<String, String> RECOGNIZER_TYPES = Map.ofEntries(
            Map.entry("CREDIT_CARD", "CREDIT_CARD"), Map.entry("CRYPTO", "CRYPTO"),
            Map.entry("EMAIL_ADDRESS", "EMAIL_ADDRESS"), Map.entry("ES_NIE", "ES_DNI_NIE"),
            Map.entry("ES_NIF", "ES_DNI_NIE"), Map.entry("IBAN_CODE", "IBAN_CODE"),
            Map.entry("IP_ADDRESS", "IP_ADDRESS"), Map.entry("IT_FISCAL_CODE", "IT_FISCAL_CODE"),
            Map.entry("MAC_ADDRESS", "MAC_ADDRESS"), Map.entry("PHONE_NUMBER", "PHONE_NUMBER"),
            Map.entry("UK_NHS", "UK_NHS"), Map.entry("UK_NINO", "UK_NINO"), Map.entry("US_SSN", "US_SSN"),
            Map.entry("DE_TAX_ID", "DE_TAX_ID"));

    static final Set<String> SYNTH_TYPES = Set.of("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE",
            "US_SSN", "IP_ADDRESS", "PERSON");

    @BeforeAll
    static void locate() {
        data = findData();
        Assumptions.assumeTrue(data != null, "PII corpora not found: expected ../shared/data/pii next to the "
                + "repository (walked up from " + Path.of("").toAbsolutePath() + "); skipping the quality evaluation");
    }

    static Path findData() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path d = p.resolve("shared").resolve("data");
            if (Files.isDirectory(d.resolve("pii"))) {
                return d;
            }
        }
        return null;
    }

    /** Counts per type. */
    static final class Score {
        int tp;
        int fp;
        int fn;
        int exactTp;

        double p() {
            return tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
        }

        double r() {
            return tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
        }

        double f1() {
            double p = p();
            double r = r();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double exactF1() {
            int efp = tp + fp - exactTp;
            int efn = tp + fn - exactTp;
            return exactTp == 0 ? 0 : 2.0 * exactTp / (2.0 * exactTp + efp + efn);
        }
    }

    record Span(String type, int start, int end) {
    }

    static boolean relaxed(Span g, PiiMatch m) {
        int inter = Math.min(g.end, m.end()) - Math.max(g.start, m.start());
        return inter > 0 && inter * 2 >= (g.end - g.start) && inter * 2 >= m.length();
    }

    static void score(Map<String, Score> scores, List<Span> gold, List<PiiMatch> pred, Set<String> evaluated) {
        boolean[] used = new boolean[gold.size()];
        for (PiiMatch m : pred) {
            if (!evaluated.contains(m.type())) {
                continue;
            }
            Score s = scores.computeIfAbsent(m.type(), k -> new Score());
            boolean hit = false;
            for (int i = 0; i < gold.size(); i++) {
                Span g = gold.get(i);
                if (!used[i] && g.type.equals(m.type()) && relaxed(g, m)) {
                    used[i] = true;
                    hit = true;
                    s.tp++;
                    if (g.start == m.start() && g.end == m.end()) {
                        s.exactTp++;
                    }
                    break;
                }
            }
            if (!hit) {
                s.fp++;
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            if (!used[i] && evaluated.contains(gold.get(i).type)) {
                scores.computeIfAbsent(gold.get(i).type, k -> new Score()).fn++;
            }
        }
    }

    static String table(String title, Map<String, Score> scores) {
        StringBuilder sb = new StringBuilder();
        sb.append("\n").append(title).append("\n\n");
        sb.append("| entity | TP | FP | FN | precision | recall | F1 | exact-span F1 |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            Score s = e.getValue();
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f | %.3f |%n", e.getKey(),
                    s.tp, s.fp, s.fn, s.p(), s.r(), s.f1(), s.exactF1()));
        }
        return sb.toString();
    }

    static List<PiiMatch> above(List<PiiMatch> ms, double threshold) {
        List<PiiMatch> out = new ArrayList<>();
        for (PiiMatch m : ms) {
            if (m.score() >= threshold) {
                out.add(m);
            }
        }
        return out;
    }

    static Map<String, Score> synth(double threshold) throws IOException {
        JsonNode root = JSON.readTree(data.resolve("pii/presidio_research_synth_dataset_v2.json").toFile());
        PiiDetector det = PiiDetector.defaults();
        Map<String, Score> scores = new TreeMap<>();
        for (JsonNode rec : root) {
            String text = rec.get("full_text").asText();
            List<Span> gold = new ArrayList<>();
            for (JsonNode s : rec.get("spans")) {
                gold.add(new Span(s.get("entity_type").asText(), s.get("start_position").asInt(),
                        s.get("end_position").asInt()));
            }
            score(scores, gold, above(det.scan(text), threshold), SYNTH_TYPES);
        }
        return scores;
    }

    static Map<String, Score> recognizerCases(double threshold) throws IOException {
        Map<String, Score> scores = new TreeMap<>();
        Map<String, PiiDetector> detectors = new TreeMap<>();
        for (String line : Files.readAllLines(data.resolve("pii/presidio_recognizer_cases.jsonl"),
                StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = JSON.readTree(line);
            String ours = RECOGNIZER_TYPES.get(c.get("entities").get(0).asText());
            if (ours == null) {
                continue;
            }
            PiiDetector det = detectors.computeIfAbsent(ours,
                    t -> PiiDetector.builder().entities(List.of(t)).minScore(0.0).build());
            String text = c.get("text").asText();
            List<Span> gold = new ArrayList<>();
            for (JsonNode s : c.get("expected_spans")) {
                gold.add(new Span(ours, s.get(0).asInt(), s.get(1).asInt()));
            }
            score(scores, gold, above(det.scan(text), threshold), Set.of(ours));
        }
        return scores;
    }

    @Test
    void synthDatasetMeetsFloors() throws IOException {
        Map<String, Score> s = synth(PiiDetector.DEFAULT_THRESHOLD);
        System.out.println(table("presidio_research_synth_dataset_v2.json (all entities, default threshold "
                + PiiDetector.DEFAULT_THRESHOLD + ")", s));
        // floors a little below the measured values (docs/quality-pii.md)
        assertFloors(s, Map.of("EMAIL_ADDRESS", 0.97, "PHONE_NUMBER", 0.94, "CREDIT_CARD", 0.97,
                "IBAN_CODE", 0.95, "US_SSN", 0.95, "IP_ADDRESS", 0.95, "PERSON", 0.81));
    }

    static void assertFloors(Map<String, Score> scores, Map<String, Double> floors) {
        for (Map.Entry<String, Double> f : floors.entrySet()) {
            Score s = scores.get(f.getKey());
            assertThat(s).as("no gold or predicted spans of %s", f.getKey()).isNotNull();
            assertThat(s.f1()).as("F1 of %s (P=%.3f R=%.3f)", f.getKey(), s.p(), s.r())
                    .isGreaterThanOrEqualTo(f.getValue());
        }
    }

    @Test
    void recognizerCasesMeetFloors() throws IOException {
        Map<String, Score> any = recognizerCases(0.0);
        System.out.println(table("presidio_recognizer_cases.jsonl (one entity per case, any score)", any));
        Map<String, Score> def = recognizerCases(PiiDetector.DEFAULT_THRESHOLD);
        System.out.println(table("presidio_recognizer_cases.jsonl (one entity per case, threshold "
                + PiiDetector.DEFAULT_THRESHOLD + ")", def));
        assertFloors(any, Map.ofEntries(Map.entry("CREDIT_CARD", 0.97), Map.entry("CRYPTO", 0.95),
                Map.entry("DE_TAX_ID", 0.95), Map.entry("EMAIL_ADDRESS", 0.95), Map.entry("ES_DNI_NIE", 0.95),
                Map.entry("IBAN_CODE", 0.98), Map.entry("IP_ADDRESS", 0.94), Map.entry("IT_FISCAL_CODE", 0.6),
                Map.entry("MAC_ADDRESS", 0.95), Map.entry("PHONE_NUMBER", 0.93), Map.entry("UK_NHS", 0.95),
                Map.entry("UK_NINO", 0.95), Map.entry("US_SSN", 0.95)));
    }

    /**
     * Benign prompts (MT-bench, NotInject, awesome-chatgpt-prompts) contain no structured PII; names in them
     * (hypothetical people, authors, CEOs) are counted and bounded.
     */
    @Test
    void benignPromptsHaveNoStructuredPii() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("prompt_injection/mtbench_questions.jsonl"))) {
            if (!line.isBlank()) {
                for (JsonNode t : JSON.readTree(line).get("turns")) {
                    texts.add(t.asText());
                }
            }
        }
        for (String f : List.of("notinject_one.json", "notinject_two.json")) {
            for (JsonNode n : JSON.readTree(data.resolve("prompt_injection/" + f).toFile())) {
                texts.add(n.get("prompt").asText());
            }
        }
        texts.addAll(Files.readAllLines(data.resolve("prompt_injection/awesome_chatgpt_prompts_2025-01-06.csv")));
        Map<String, Integer> byType = new TreeMap<>();
        for (String text : texts) {
            for (PiiMatch m : above(PiiDetector.defaults().scan(text), PiiDetector.DEFAULT_THRESHOLD)) {
                byType.merge(m.type(), 1, Integer::sum);
            }
        }
        System.out.printf(Locale.ROOT, "%nbenign prompts: %d texts, reported matches by type %s%n", texts.size(),
                byType);
        assertThat(byType.keySet()).as("only person names may be reported in benign prompts").isSubsetOf(
                Set.of("PERSON"));
        // 36 before public figures were left out of PERSON (thirty-fifth session: Harry Potter, Leo Tolstoy, Leonardo
        // da Vinci, Tony Stark are gone)
        assertThat(byType.getOrDefault("PERSON", 0)).isLessThanOrEqualTo(32);
    }

    @Test
    void everyIban4jExampleIsValidAndDetected() throws IOException {
        List<String> lines = Files.readAllLines(data.resolve("pii/iban4j_valid_ibans.csv"), StandardCharsets.UTF_8);
        int valid = 0;
        int detected = 0;
        int total = 0;
        List<String> missed = new ArrayList<>();
        PiiDetector det = PiiDetector.defaults();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String iban = line.split(",")[0].trim();
            total++;
            if (Checksums.iban(iban)) {
                valid++;
            } else {
                missed.add(iban.substring(0, 2));
            }
            String text = "Please transfer it to " + iban + " today.";
            if (det.scan(text).stream().anyMatch(m -> m.type().equals("IBAN_CODE") && m.start() == 22
                    && m.end() == 22 + iban.length())) {
                detected++;
            }
        }
        System.out.printf(Locale.ROOT, "%niban4j_valid_ibans.csv: %d/%d valid, %d/%d detected in a sentence; "
                + "rejected countries %s%n", valid, total, detected, total, missed);
        assertThat(valid).isEqualTo(total);
        assertThat(detected).isEqualTo(total);
    }
}
