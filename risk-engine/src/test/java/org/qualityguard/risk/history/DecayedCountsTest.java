package org.qualityguard.risk.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DecayedCountsTest {

    @Test
    void aResultOneHalfLifeOldCountsHalf() {
        DecayedCounts counts = new DecayedCounts(180);
        counts.add(3, 1000, true);
        assertThat(counts.inspected(3, 1180)).isCloseTo(0.5, within(1e-9));
        assertThat(counts.failed(3, 1180)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shouldKeepCountsRightAcrossARescaleOfTheEpoch() {
        DecayedCounts counts = new DecayedCounts(1);
        counts.add(0, 0, false);
        counts.add(1, 500, true); // 2^500 overflows the rescale bound: the table is rescaled
        assertThat(counts.inspected(1, 501)).isCloseTo(0.5, within(1e-9));
        assertThat(counts.inspected(0, 501)).isLessThan(1e-100);
    }
}
