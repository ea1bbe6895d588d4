package io.tappass.pipeline.injection;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The thirtieth round ({@code probe-round30-holdout-*}), written at the start of the thirty-third session from the
 * brief of rounds 28 and 29 by a helper that read neither the rules nor any set (120 attacks in ten styles, 20 of them
 * in NL/DE/FR/ES/IT; 90 hard negatives in seven), while other helpers tuned on round 29. A holdout: never tuned or
 * trained on ({@code InjectionModelTrainer.HELD_OUT}).
 *
 * <p>Floors at the session's final build (numbers in docs/quality-injection.md, "Thirty-third session").
 */
class ProbeRound30Test {

    @Test
    void round30Holdout() throws IOException {
        ProbeSetTest.check("probe-round30-holdout", 120, 90, 0.0, 0.0, 1.0);
    }
}
