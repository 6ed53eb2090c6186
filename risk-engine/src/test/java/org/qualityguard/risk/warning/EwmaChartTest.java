package org.qualityguard.risk.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EwmaChartTest {

    @Test
    void theLimitAfterOneResultIsLambdaTimesTheWidthOfOneResult() {
        double p0 = 0.05;
        double expected = p0 + 3 * Math.sqrt(p0 * (1 - p0)) * Math.sqrt(0.1 / 1.9 * (1 - 0.81));
        assertThat(EwmaChart.upperLimit(p0, 0.1, 3, 1)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void theLimitWidensToItsAsymptote() {
        double p0 = 0.05;
        double asymptote = p0 + 3 * Math.sqrt(p0 * (1 - p0)) * Math.sqrt(0.1 / 1.9);
        assertThat(EwmaChart.upperLimit(p0, 0.1, 3, 5)).isLessThan(EwmaChart.upperLimit(p0, 0.1, 3, 50));
        assertThat(EwmaChart.upperLimit(p0, 0.1, 3, 500)).isCloseTo(asymptote, within(1e-9));
    }

    @Test
    void shouldNotSignalOnPassesAndShouldSignalOnARunOfFailures() {
        EwmaChart chart = new EwmaChart(0.05, 0.1, 3);
        for (int i = 0; i < 100; i++) {
            assertThat(chart.add(false)).isFalse();
        }
        boolean signalled = false;
        for (int i = 0; i < 5 && !signalled; i++) {
            signalled = chart.add(true);
        }
        assertThat(signalled).isTrue();
    }

    @Test
    void shouldRefuseABaselineOutsideZeroAndOne() {
        assertThatThrownBy(() -> new EwmaChart(0, 0.1, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
