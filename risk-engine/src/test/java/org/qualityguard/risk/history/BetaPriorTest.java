package org.qualityguard.risk.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BetaPriorTest {

    @Test
    void aCellWithNoDataTakesItsParentsRate() {
        assertThat(BetaPrior.shrunkRate(0, 0, 0.04, 30)).isEqualTo(0.04);
    }

    @Test
    void aCellWithOverwhelmingDataKeepsItsOwnRate() {
        assertThat(BetaPrior.shrunkRate(100_000, 20_000, 0.04, 30)).isCloseTo(0.2, within(0.001));
    }

    @Test
    void aNewImporterWithOneFailureIsNeitherCondemnedNorTrusted() {
        double oneFailure = BetaPrior.shrunkRate(1, 1, 0.04, 30);
        double onePass = BetaPrior.shrunkRate(1, 0, 0.04, 30);
        assertThat(oneFailure).isBetween(0.04, 0.1);
        assertThat(onePass).isBetween(0.03, 0.04);
    }

    @Test
    void shouldRecoverThePriorStrengthWhenCellRatesAreDrawnFromABetaAroundTheParent() {
        SplittableRandom random = new SplittableRandom(42);
        double parent = 0.05;
        double strength = 40;
        BetaPrior prior = BetaPrior.accumulator();
        for (int c = 0; c < 4000; c++) {
            double theta = beta(random, strength * parent, strength * (1 - parent));
            int n = 5 + random.nextInt(60);
            int f = 0;
            for (int i = 0; i < n; i++) {
                f += random.nextDouble() < theta ? 1 : 0;
            }
            prior.add(n, f, parent);
        }
        assertThat(prior.strength(1)).isBetween(30.0, 55.0);
    }

    @Test
    void shouldShrinkAllTheWayWhenCellsDifferOnlyByBinomialNoise() {
        SplittableRandom random = new SplittableRandom(7);
        BetaPrior prior = BetaPrior.accumulator();
        for (int c = 0; c < 4000; c++) {
            int n = 20;
            int f = 0;
            for (int i = 0; i < n; i++) {
                f += random.nextDouble() < 0.05 ? 1 : 0;
            }
            prior.add(n, f, 0.05);
        }
        assertThat(prior.strength(1)).isEqualTo(BetaPrior.MAX_STRENGTH);
    }

    @Test
    void shouldFallBackWhenTooFewCellsCarryData() {
        BetaPrior prior = BetaPrior.accumulator();
        prior.add(10, 1, 0.05);
        prior.add(0.2, 0, 0.05);
        assertThat(prior.strength(17)).isEqualTo(17);
    }

    /** Beta by two gammas (Marsaglia–Tsang), enough for a test. */
    static double beta(SplittableRandom r, double a, double b) {
        double x = gamma(r, a);
        double y = gamma(r, b);
        return x / (x + y);
    }

    static double gamma(SplittableRandom r, double shape) {
        if (shape < 1) {
            return gamma(r, shape + 1) * Math.pow(r.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = r.nextGaussian();
            double v = Math.pow(1 + c * x, 3);
            if (v > 0 && Math.log(r.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
