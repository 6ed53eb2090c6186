package org.qualityguard.risk.history;

/**
 * Empirical-Bayes strength of the Beta prior that pulls a cell's rate toward its parent's.
 *
 * <p>A cell with n inspected of true rate drawn from Beta(m·e, m·(1−e)) around its parent's rate e has
 * E[n (r − e)² / (e (1 − e))] = (n + m) / (1 + m). Summing over the cells of a kind and solving for m is a method of
 * moments fit: cells that differ from their parents more than binomial noise explains get a weak prior (little
 * shrinkage); cells that do not get a strong one. With decayed counts the noise is that of the effective number
 * of results (Σw)²/Σw², not of the decayed sum, so both are passed.
 */
public final class BetaPrior {

    public static final double MIN_STRENGTH = 0.5;
    public static final double MAX_STRENGTH = 100;

    private double sumNormalisedSquares;
    private double sumInspected;
    private long cells;

    private BetaPrior() {
    }

    public static BetaPrior accumulator() {
        return new BetaPrior();
    }

    /** Adds one cell: n inspected, f failed, parent rate e (undecayed counts). */
    public void add(double n, double f, double parentRate) {
        add(n, f, n, parentRate);
    }

    /**
     * Adds one cell with decayed counts n and f, whose rate f/n carries the noise of {@code effectiveN} results.
     */
    public void add(double n, double f, double effectiveN, double parentRate) {
        if (effectiveN < 1.0 || n <= 0) {
            return;
        }
        double e = Math.min(0.999, Math.max(0.001, parentRate));
        double r = f / n;
        sumNormalisedSquares += effectiveN * (r - e) * (r - e) / (e * (1 - e));
        sumInspected += effectiveN;
        cells++;
    }

    public long cells() {
        return cells;
    }

    /** The fitted prior strength m, or {@code fallback} when too few cells carry data. */
    public double strength(double fallback) {
        if (cells < 10) {
            return fallback;
        }
        double s = sumNormalisedSquares;
        if (s <= cells) {
            return MAX_STRENGTH; // no more spread than noise: the parent says it all
        }
        double m = (sumInspected - s) / (s - cells);
        return Math.max(MIN_STRENGTH, Math.min(MAX_STRENGTH, m));
    }

    /** The posterior mean rate: the cell's failures plus m pseudo-lots at the parent's rate. */
    public static double shrunkRate(double n, double f, double parentRate, double strength) {
        return (f + strength * parentRate) / (n + strength);
    }
}
