package io.tappass.pipeline.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.core.Usage;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CostFormatTest {

    @Test
    void formatsMicrosLikeStringFormat() {
        long[] fixed = {0, 1, 9, 10, 999_999, 1_000_000, 1_000_001, 12_345_678, -1, -999_999, -1_000_000, -12_345_678,
                100_000_000_000L};
        for (long m : fixed) {
            assertThat(BudgetStep.fmt(m)).as("%d", m).isEqualTo(String.format(Locale.ROOT, "%.6f", m / 1e6));
        }
        Random r = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            long m = r.nextLong() % 1_000_000_000_000L;
            assertThat(BudgetStep.fmt(m)).as("%d", m).isEqualTo(String.format(Locale.ROOT, "%.6f", m / 1e6));
        }
    }

    @Test
    void cachedModelLookupGivesTheSameAnswers() {
        Pricing p = Pricing.defaults();
        for (int round = 0; round < 2; round++) { // the second round answers from the cache
            assertThat(p.knows("gpt-4o-mini")).isTrue();
            assertThat(p.knows("OpenAI/GPT-4o-mini-2024-07-18")).isTrue();
            assertThat(p.knows("no-such-model")).isFalse();
            assertThat(p.cost("no-such-model", new Usage(1000, 1000, 0)))
                    .isEqualTo(p.cost(null, new Usage(1000, 1000, 0)));
        }
    }
}
