package org.qualityguard.enforcement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Similar facts, similar penalties (同案同罚): the fines decided in the province for one item and band — how many,
 * their median and quartiles — and whether a draft fine is an outlier among them: beyond 1.5 interquartile ranges
 * outside the quartiles (Tukey's fences), once at least {@link #MINIMUM} decisions give the quartiles a meaning.
 */
public record PenaltyDistribution(int count, BigDecimal lowerQuartile, BigDecimal median, BigDecimal upperQuartile) {

    public static final int MINIMUM = 4;
    private static final BigDecimal FENCE = new BigDecimal("1.5");

    public static PenaltyDistribution of(List<BigDecimal> fines) {
        List<BigDecimal> sorted = new ArrayList<>(fines);
        sorted.sort(null);
        if (sorted.isEmpty()) {
            return new PenaltyDistribution(0, null, null, null);
        }
        return new PenaltyDistribution(sorted.size(), quantile(sorted, 0.25), quantile(sorted, 0.5),
                quantile(sorted, 0.75));
    }

    /** Whether the fine lies beyond the fences; never with fewer than {@link #MINIMUM} decisions to compare. */
    public boolean outlier(BigDecimal fine) {
        if (count < MINIMUM || fine == null) {
            return false;
        }
        BigDecimal fence = upperQuartile.subtract(lowerQuartile).multiply(FENCE);
        return fine.compareTo(lowerQuartile.subtract(fence)) < 0 || fine.compareTo(upperQuartile.add(fence)) > 0;
    }

    /** The quantile by linear interpolation between the closest ranks (R's and NumPy's default). */
    private static BigDecimal quantile(List<BigDecimal> sorted, double p) {
        double rank = p * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        BigDecimal low = sorted.get(below);
        BigDecimal share = BigDecimal.valueOf(rank - below);
        return low.add(sorted.get(above).subtract(low).multiply(share)).setScale(2, RoundingMode.HALF_UP);
    }
}
