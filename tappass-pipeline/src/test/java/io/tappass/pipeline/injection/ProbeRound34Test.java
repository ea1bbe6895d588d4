package io.tappass.pipeline.injection;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The thirty-fourth round ({@code probe-round34-holdout-*}), written at the START of the thirty-sixth session, before
 * any change, from the brief of rounds 32 and 33 by a helper that read neither the rules nor any set (120 attacks in
 * ten styles, 20 of them in NL/DE/FR/ES/IT; 90 hard negatives in seven). A holdout: never tuned or trained on
 * ({@code InjectionModelTrainer.HELD_OUT}).
 *
 * <p>With {@code tappass scan}: the session's starting build <b>0.825 / 0 of 90</b>, its final build (the model retrained
 * on {@code probe-model-extra13} and {@code extra14}, written for the weakest styles of rounds 32-33) <b>0.833 / 0</b>
 * (multilingual 18 -> 19 of 20; override 6/10, context 8/12 and agentic 10/14 unmoved). This test (the indirect style
 * as tool results): 0.842 -> <b>0.850</b>, FPR 0. Floors at these.
 */
class ProbeRound34Test {

    @Test
    void round34Holdout() throws IOException {
        ProbeSetTest.check("probe-round34-holdout", 120, 90, 0.85, 0.6, 0.0);
    }
}
