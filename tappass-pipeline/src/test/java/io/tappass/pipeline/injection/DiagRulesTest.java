package io.tappass.pipeline.injection;

import io.tappass.pipeline.scan.TextPart;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TEMPORARY diagnostic: prints only rule ids (no text) of flagged benign samples. Not committed. */
class DiagRulesTest {
    @Test
    void diag() throws Exception {
        List<Corpora.Sample> all = Corpora.load(Corpora.dataDir());
        for (Corpora.Sample s : all) {
            if (s.attack()) continue;
            for (TextPart.Source src : List.of(TextPart.Source.USER, TextPart.Source.TOOL_RESULT)) {
                SignalReport r = src == TextPart.Source.USER ? InjectionDetector.standard().scan(s.text())
                        : InjectionDetector.standard().scan(new TextPart("tool", src, 0, 0, s.text()));
                if (r.score() >= 0.5) {
                    System.out.println(s.source() + " split" + s.split() + " " + (s.split() == 0 ? s.text().substring(0, Math.min(300, s.text().length())) : "") + " " + src + " " + r.score() + " "
                            + r.categories().stream().map(c -> c.rule() + ":" + c.score()).toList());
                }
            }
        }
    }
}
