package io.tappass.pipeline.injection;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The thirty-second round ({@code probe-round32-holdout-*}), written at the start of the thirty-fifth session from the
 * same brief as round 31 by a helper that read neither the rules nor any set (120 attacks in ten styles, 20 of them in
 * NL/DE/FR/ES/IT; 90 hard negatives in seven). A holdout: never tuned or trained on
 * ({@code InjectionModelTrainer.HELD_OUT}).
 *
 * <p>With {@code tappass scan} and the session's starting build: <b>0.925 / 4 of 90</b> (agentic 9/14, indirect
 * 15/18, leak 11/12); this test (the indirect style as tool results) 0.942 / FPR 0.044, weakest style agentic 0.643. Floors at
 * these.
 *
 * <p>The model retrained with {@code probe-model-extra10} and {@code extra11}, 908 texts written blind from
 * categories, and rounds 30 and 31 (this round held out): <b>0.933 / 4 of 90</b> with {@code tappass scan} (indirect
 * 16/18); the session's final build, also trained on {@code extra12} (457 agentic texts and twins):
 * <b>0.925 / 4 of 90</b> (agentic 9/14), this test unchanged at 0.942 / FPR 0.044 (agentic 0.643), so the floors
 * stay.
 */
class ProbeRound32Test {

    @Test
    void round32Holdout() throws IOException {
        ProbeSetTest.check("probe-round32-holdout", 120, 90, 0.94, 0.64, 0.045);
    }
}
