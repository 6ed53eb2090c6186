package org.qualityguard.risk.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BernoulliCusumTest {

    @Test
    void theShiftedRateMultipliesTheOddsNotTheRate() {
        double p1 = BernoulliCusum.shiftedRate(0.5, 3);
        assertThat(p1 / (1 - p1)).isCloseTo(3.0, within(1e-12));
    }

    @Test
    void aFailureAddsTheLogOfTheRateRatioAndAPassTakesALittleAway() {
        double p0 = 0.04;
        double p1 = BernoulliCusum.shiftedRate(p0, 4);
        assertThat(BernoulliCusum.increment(p0, p1, true)).isCloseTo(Math.log(p1 / p0), within(1e-12));
        assertThat(BernoulliCusum.increment(p0, p1, false)).isNegative().isGreaterThan(-0.2);
    }

    @Test
    void theStatisticNeverGoesBelowZero() {
        double s = 0;
        for (int i = 0; i < 100; i++) {
            s = BernoulliCusum.update(s, 0.05, 4, false);
        }
        assertThat(s).isZero();
    }

    @Test
    void shouldCrossTheOrangeLimitAfterTheExpectedNumberOfConsecutiveFailures() {
        double p0 = 0.03;
        double perFailure = Math.log(BernoulliCusum.shiftedRate(p0, 4) / p0);
        int needed = (int) Math.ceil(8.0 / perFailure);
        double s = 0;
        for (int i = 0; i < needed - 1; i++) {
            s = BernoulliCusum.update(s, p0, 4, true);
        }
        assertThat(s).isLessThan(8.0);
        assertThat(BernoulliCusum.update(s, p0, 4, true)).isGreaterThanOrEqualTo(8.0);
    }

    @Test
    void shouldRarelyReachTheLimitOnAnInControlStreamAndOftenOnAShiftedOne() {
        SplittableRandom random = new SplittableRandom(3);
        double p0 = 0.05;
        double h = 5.0;
        int inControlAlarms = 0;
        int shiftedAlarms = 0;
        for (int run = 0; run < 200; run++) {
            inControlAlarms += alarms(random, p0, p0, h, 100);
            shiftedAlarms += alarms(random, p0, BernoulliCusum.shiftedRate(p0, 4), h, 100);
        }
        // Wald: the in-control run length is at least e^5 ≈ 148 lots, so runs of 100 rarely alarm
        assertThat(inControlAlarms).isLessThan(200 * 100 / (int) BernoulliCusum.inControlRunLengthBound(h));
        assertThat(shiftedAlarms).isGreaterThan(150);
    }

    private static int alarms(SplittableRandom random, double p0, double truth, double h, int lots) {
        double s = 0;
        for (int i = 0; i < lots; i++) {
            s = BernoulliCusum.update(s, p0, 4, random.nextDouble() < truth);
            if (s >= h) {
                return 1;
            }
        }
        return 0;
    }
}
