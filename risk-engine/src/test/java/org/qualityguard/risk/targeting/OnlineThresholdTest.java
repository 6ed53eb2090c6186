package org.qualityguard.risk.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OnlineThresholdTest {

    /** Feeds {@code lots} lognormal priorities scaled by {@code scale}; returns the share chosen for risk. */
    private static double run(OnlineThreshold threshold, SplittableRandom random, int lots, double scale,
                              double claimedShare) {
        int chosen = 0;
        int unclaimed = 0;
        for (int i = 0; i < lots; i++) {
            double priority = scale * Math.exp(1.2 * random.nextGaussian() - 3);
            boolean claimed = random.nextDouble() < claimedShare;
            if (!claimed) {
                unclaimed++;
                chosen += priority >= threshold.threshold(0.10) ? 1 : 0;
            }
            threshold.add(priority, claimed, 0.10);
        }
        return (double) chosen / unclaimed;
    }

    @Test
    void aNewBureauInspectsItsFirstLots() {
        OnlineThreshold threshold = new OnlineThreshold();
        for (int i = 0; i < OnlineThreshold.MIN_LOTS - 1; i++) {
            threshold.add(0.01 * (i + 1), false, 0.10);
            assertThat(threshold.threshold(0.10)).isZero();
        }
        threshold.add(0.5, false, 0.10);
        assertThat(threshold.threshold(0.10)).isPositive();
    }

    @Test
    void theChosenShareSettlesAtTheCapacityTheClaimedLotsLeave() {
        OnlineThreshold threshold = new OnlineThreshold();
        SplittableRandom random = new SplittableRandom(3);
        run(threshold, random, 2000, 1.0, 0.02);

        double share = run(threshold, random, 5000, 1.0, 0.02);

        // 10 % capacity, 2 % claimed ahead: risk may take 8 % of all lots, 8.2 % of the unclaimed ones
        assertThat(share).isBetween(0.07, 0.095);
    }

    @Test
    void whenARefitHalvesEveryPriorityTheThresholdFollowsWithinAFewHundredLots() {
        OnlineThreshold threshold = new OnlineThreshold();
        SplittableRandom random = new SplittableRandom(5);
        run(threshold, random, 3000, 1.0, 0.0);
        double before = threshold.threshold(0.10);

        run(threshold, random, 500, 0.5, 0.0);
        double after = threshold.threshold(0.10);
        double settled = run(threshold, random, 4000, 0.5, 0.0);

        assertThat(after / before).isBetween(0.4, 0.6);
        assertThat(settled).isBetween(0.085, 0.115);
    }

    @Test
    void noCapacityLeftMeansNoRiskChoice() {
        OnlineThreshold threshold = new OnlineThreshold();
        for (int i = 0; i < 100; i++) {
            threshold.add(0.1, true, 0.10);
        }
        assertThat(threshold.threshold(0.10)).isInfinite();
    }
}
