package io.tappass.pipeline;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The nineteenth session's development probes of {@code detect_escalation} ({@link EscalationDevSet}), measured as
 * {@link OtherStepsBlindSetTest} measures the blind rounds: prints misses and false positives, asserts floors.
 */
class EscalationDevSetTest {

    @Test
    void first() {
        Map<String, OtherStepsBlindSetTest.StepResult> r = OtherStepsBlindSetTest.measure(EscalationDevSet.all());
        System.out.println("== escalation development set");
        r.values().forEach(System.out::println);
        // written before the structural rules: 18/50 with 3 false positives of 40 before them, 50/50 with none after
        OtherStepsBlindSetTest.assertFloors(r, Map.of("detect_escalation", new double[] {0.96, 0}));
    }

    @Test
    void second() {
        Map<String, OtherStepsBlindSetTest.StepResult> r = OtherStepsBlindSetTest.measure(EscalationDevSet.second());
        System.out.println("== escalation development set, second batch");
        r.values().forEach(System.out::println);
        // written after the structural rules, measured once before any change made for it: 27/45 with 3 false
        // positives of 30; 45/45 with none after its families were generalised
        OtherStepsBlindSetTest.assertFloors(r, Map.of("detect_escalation", new double[] {0.95, 0}));
    }

    @Test
    void third() {
        Map<String, OtherStepsBlindSetTest.StepResult> r = OtherStepsBlindSetTest.measure(EscalationDevSet.third());
        System.out.println("== escalation development set, third batch");
        r.values().forEach(System.out::println);
        // written at the end of the session, measured once before any change made for it: 12/20 with no false
        // positive of 15; 19/20 with none after (the Defender exclusion list of drive letters is still missed)
        OtherStepsBlindSetTest.assertFloors(r, Map.of("detect_escalation", new double[] {0.9, 0}));
    }
}
