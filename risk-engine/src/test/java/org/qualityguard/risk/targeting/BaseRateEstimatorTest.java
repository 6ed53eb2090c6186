package org.qualityguard.risk.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.qualityguard.risk.BaseRateEstimate;

class BaseRateEstimatorTest {

    @Test
    void shouldGiveTheWilsonIntervalForEqualWeights() {
        BaseRateEstimator estimator = new BaseRateEstimator();
        for (int i = 0; i < 1000; i++) {
            estimator.add(10, i < 50);
        }
        BaseRateEstimate e = estimator.estimate();
        assertThat(e.value()).isCloseTo(0.05, within(1e-12));
        // Wilson 95 % for 50 of 1000: [0.0381, 0.0653]
        assertThat(e.ciLow()).isCloseTo(0.0381, within(0.0005));
        assertThat(e.ciHigh()).isCloseTo(0.0653, within(0.0005));
    }

    @Test
    void shouldCoverTheTrueRateAboutNinetyFivePercentOfTheTimeWithUnequalPeriodWeights() {
        SplittableRandom random = new SplittableRandom(5);
        int covered = 0;
        for (int trial = 0; trial < 400; trial++) {
            BaseRateEstimator estimator = new BaseRateEstimator();
            for (int period = 0; period < 20; period++) {
                double weight = period % 2 == 0 ? 50 : 150; // quiet and busy weeks
                double rate = period % 2 == 0 ? 0.02 : 0.08;
                for (int i = 0; i < 20; i++) {
                    estimator.add(weight, random.nextDouble() < rate);
                }
            }
            BaseRateEstimate e = estimator.estimate();
            double truth = (50 * 0.02 + 150 * 0.08) / 200; // lots-weighted
            covered += e.ciLow() <= truth && truth <= e.ciHigh() ? 1 : 0;
        }
        assertThat(covered).isBetween(360, 400);
    }
}
