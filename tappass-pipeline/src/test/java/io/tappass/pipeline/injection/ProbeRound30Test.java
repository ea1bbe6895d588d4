package io.tappass.pipeline.injection;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The thirtieth round ({@code probe-round30-holdout-*}), written at the start of the thirty-third session from the
 * brief of rounds 28 and 29 by a helper that read neither the rules nor any set (120 attacks in ten styles, 20 of them
 * in NL/DE/FR/ES/IT; 90 hard negatives in seven), while other helpers tuned on round 29. A holdout: never tuned or
 * trained on ({@code InjectionModelTrainer.HELD_OUT}).
 *
 * <p>With {@code tappass scan}: <b>0.800 / 7 of 90</b> with the session's starting and final builds alike (agentic 6/14,
 * context 7/12, multilingual 17/20; the tuning on round 29, 0.875 -> 1.000 there, moved none of this writer's cases);
 * this test (the indirect style as tool results) 0.808 / FPR 0.078.
 *
 * <p>Thirty-fourth session, the model trained on 2,764 new texts written blind from categories (this round held out of
 * the training, but its score was looked at to choose among three trainings): <b>0.833 / 6 of 90</b> with
 * {@code tappass scan}; this test 0.842 / FPR 0.067 (agentic 0.500). Floors at these.
 *
 * <p>Thirty-fifth session: released into the model's training (no longer a holdout; round 32 is). Trained on, with
 * the new blind-written sets {@code probe-model-extra10} and {@code extra11}: this test 0.883 / FPR 0.067 (agentic
 * 0.571, context 0.667; a regularised linear model does not learn every training text). Floors raised to these.
 *
 * <p>Thirty-sixth session, retrained with {@code probe-model-extra13} and {@code extra14} (887 more texts): 0.875 / FPR
 * 0.067 (one trained-on attack fewer; rounds 31 and 33 higher, the probe sets together +4). Floor at this.
 */
class ProbeRound30Test {

    @Test
    void round30Holdout() throws IOException {
        ProbeSetTest.check("probe-round30-holdout", 120, 90, 0.87, 0.57, 0.067);
    }
}
