package org.qualityguard.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class PenaltyDistributionTest {

    private static List<BigDecimal> fines(int... yuan) {
        return java.util.Arrays.stream(yuan).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void theMedianAndQuartilesOfTheFinesDecided() {
        PenaltyDistribution d = PenaltyDistribution.of(fines(50000, 30000, 40000, 60000, 70000));
        assertThat(d.count()).isEqualTo(5);
        assertThat(d.median()).isEqualByComparingTo("50000");
        assertThat(d.lowerQuartile()).isEqualByComparingTo("40000");
        assertThat(d.upperQuartile()).isEqualByComparingTo("60000");
    }

    @Test
    void aFineFarBeyondTheQuartilesIsAnOutlier() {
        PenaltyDistribution d = PenaltyDistribution.of(fines(50000, 30000, 40000, 60000, 70000));
        assertThat(d.outlier(BigDecimal.valueOf(90000))).isFalse();
        assertThat(d.outlier(BigDecimal.valueOf(90001))).isTrue();
        assertThat(d.outlier(BigDecimal.valueOf(9000))).isTrue();
    }

    @Test
    void tooFewDecisionsFlagNothing() {
        PenaltyDistribution d = PenaltyDistribution.of(fines(50000, 30000, 40000));
        assertThat(Stream.of(1, 1_000_000).map(BigDecimal::valueOf).noneMatch(d::outlier)).isTrue();
        assertThat(PenaltyDistribution.of(List.of()).median()).isNull();
    }
}
