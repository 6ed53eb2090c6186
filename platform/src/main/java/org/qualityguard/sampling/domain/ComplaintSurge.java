package org.qualityguard.sampling.domain;

import java.time.LocalDate;

/**
 * Whether a category's complaints in a recent window rise above its own trailing baseline: a one-sided Poisson test.
 * The baseline rate is the category's complaints per day in the baseline window before it (with half a complaint
 * added, so that a category quiet until now is not judged against a rate of zero); under that rate the window
 * expects {@code rate × days} complaints, and the observed count is a rise when a count at least that high would
 * happen by chance with probability below {@code alpha}, and there are at least {@code minimum} complaints.
 */
public final class ComplaintSurge {

    /** The test's figures for one category. */
    public record Result(long observed, double expected, double pValue, boolean rising) {
    }

    private final int windowDays;
    private final int baselineDays;
    private final double alpha;
    private final long minimum;

    public ComplaintSurge(int windowDays, int baselineDays, double alpha, long minimum) {
        this.windowDays = windowDays;
        this.baselineDays = baselineDays;
        this.alpha = alpha;
        this.minimum = minimum;
    }

    /** The default: the last 14 days against the 56 before them, at 1 %, at least 5 complaints. */
    public static ComplaintSurge standard() {
        return new ComplaintSurge(14, 56, 0.01, 5);
    }

    public int windowDays() {
        return windowDays;
    }

    public int baselineDays() {
        return baselineDays;
    }

    /** The first day of the window that ends on {@code today} (inclusive). */
    public LocalDate windowStart(LocalDate today) {
        return today.minusDays(windowDays - 1L);
    }

    public LocalDate baselineStart(LocalDate today) {
        return windowStart(today).minusDays(baselineDays);
    }

    public boolean inWindow(LocalDate day, LocalDate today) {
        return !day.isBefore(windowStart(today)) && !day.isAfter(today);
    }

    public boolean inBaseline(LocalDate day, LocalDate today) {
        return !day.isBefore(baselineStart(today)) && day.isBefore(windowStart(today));
    }

    public Result test(long observed, long baselineCount) {
        double expected = (baselineCount + 0.5) / baselineDays * windowDays;
        double p = upperTail(observed, expected);
        return new Result(observed, expected, p, observed >= minimum && p < alpha);
    }

    /** P(X ≥ k) for X ~ Poisson(λ), summed in log space so that large counts do not overflow. */
    static double upperTail(long k, double lambda) {
        if (k <= 0) {
            return 1.0;
        }
        // P(X <= k-1) = sum_{i<k} e^{-λ} λ^i / i!
        double logTerm = -lambda;
        double below = Math.exp(logTerm);
        for (long i = 1; i < k; i++) {
            logTerm += Math.log(lambda) - Math.log(i);
            below += Math.exp(logTerm);
        }
        return Math.max(0.0, 1.0 - below);
    }
}
