package io.tappass.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Lending#cutsNear}: where the scans and indexes split a long text into parts. */
class LendingCutsTest {

    @Test
    void eachCutIsTheFirstAllowedPositionAtOrAfterItsShare() {
        // allowed every 10th position: the cuts round each share up to the next multiple of 10
        assertThat(Lending.cutsNear(100_000, 4, q -> q % 10 == 0)).containsExactly(25_000, 50_000, 75_000);
        assertThat(Lending.cutsNear(100_001, 3, q -> q % 10 == 0)).containsExactly(33_340, 66_670);
    }

    @Test
    void aShareWithNoAllowedPositionWithin4096CharactersIsSkipped() {
        // only the second share (50,000) has an allowed position near it
        assertThat(Lending.cutsNear(100_000, 4, q -> q >= 50_000 && q < 60_000)).containsExactly(50_000);
        assertThat(Lending.cutsNear(100_000, 4, q -> q == 25_000 + 4095)).containsExactly(25_000 + 4095);
        assertThat(Lending.cutsNear(100_000, 4, q -> q == 25_000 + 4096)).isNull();
        assertThat(Lending.cutsNear(100_000, 2, q -> false)).isNull();
    }

    @Test
    void cutsAscendAndNeverRepeatWhenSharesLieClose() {
        // shares 1, 2, 3 (n = 4, four parts): each cut lies after the one before it, asked only for 1..n-2
        assertThat(Lending.cutsNear(4, 4, q -> {
            assertThat(q).isBetween(1, 2);
            return true;
        })).containsExactly(1, 2);
        assertThat(Lending.cutsNear(30, 3, q -> q >= 15)).containsExactly(15, 20);
    }
}
