package io.tappass.pipeline;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The nineteenth session's development cases for {@code detect_exfiltration} ({@link ExfiltrationStructureSet},
 * {@link ExfiltrationStructureSet2}, {@link ExfiltrationStructureSet3}, {@link ExfiltrationStructureSet4},
 * {@link ExfiltrationStructureSet5}), measured as the blind rounds are measured
 * ({@link OtherStepsBlindSetTest#measure}); prints misses and false positives by id. Not blind: the session wrote
 * them. The second to fifth batches were measured once before any change made for them (27/35 with 1 false positive
 * of 30, 12/25 with 1 of 20, 15/22 with 1 of 16, 8/10 with 4 of 33), the first before any mechanism (17/50 with 8 of
 * 45); the session's starting build scores 17/50 (8), 16/35 (2), 7/25 (0), 11/22 (2) and 4/10 (7).
 */
class ExfiltrationStructureSetTest {

    private static void measure(String title, List<OtherStepsBlindSet.Probe> probes, double recall) {
        Map<String, OtherStepsBlindSetTest.StepResult> r = OtherStepsBlindSetTest.measure(probes);
        System.out.println("== " + title);
        r.values().forEach(System.out::println);
        OtherStepsBlindSetTest.assertFloors(r, Map.of("detect_exfiltration", new double[] {recall, 0}));
    }

    @Test
    void firstBatch() {
        // measured at the end of the session: 50/50, no false positive of 45
        measure("structural exfiltration, first batch", ExfiltrationStructureSet.all(), 0.95);
    }

    @Test
    void secondBatch() {
        // 35/35, no false positive of 30 (27/35 and 1 of 30 when first measured)
        measure("structural exfiltration, second batch", ExfiltrationStructureSet2.all(), 0.95);
    }

    @Test
    void thirdBatch() {
        // 24/25, no false positive of 20 (12/25 and 1 of 20 when first measured); the miss shares an M&A folder with
        // an address at another company in words that name nobody outside
        measure("structural exfiltration, third batch", ExfiltrationStructureSet3.all(), 0.92);
    }

    @Test
    void fourthBatch() {
        // 22/22, no false positive of 16 (15/22 and 1 of 16 when first measured)
        measure("structural exfiltration, fourth batch", ExfiltrationStructureSet4.all(), 0.95);
    }

    @Test
    void fifthBatch() {
        // 10/10, no false positive of 33 (8/10 and 4 of 33 when first measured)
        measure("structural exfiltration, fifth batch", ExfiltrationStructureSet5.all(), 0.95);
    }
}
