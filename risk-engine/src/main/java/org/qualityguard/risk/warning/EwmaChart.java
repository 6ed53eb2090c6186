package org.qualityguard.risk.warning;

/**
 * An EWMA chart for a proportion: Z = λ·x + (1 − λ)·Z, started at the baseline p0, signals when Z passes
 * p0 + L·σ·√(λ/(2 − λ)·(1 − (1 − λ)^{2t})). It is what an analyst's dashboard draws beside a warning (a smoothed rate
 * with its limit); the warning levels themselves come from the CUSUM, which reacts faster to a step change.
 */
public final class EwmaChart {

    private final double p0;
    private final double lambda;
    private final double width;
    private double z;
    private int t;

    public EwmaChart(double p0, double lambda, double width) {
        if (p0 <= 0 || p0 >= 1 || lambda <= 0 || lambda > 1 || width <= 0) {
            throw new IllegalArgumentException("need 0 < p0 < 1, 0 < λ ≤ 1, L > 0");
        }
        this.p0 = p0;
        this.lambda = lambda;
        this.width = width;
        this.z = p0;
    }

    /** Adds a result; true if the smoothed rate is now above the upper control limit. */
    public boolean add(boolean failed) {
        t++;
        z = lambda * (failed ? 1.0 : 0.0) + (1 - lambda) * z;
        return z > upperLimit();
    }

    public double value() {
        return z;
    }

    public double upperLimit() {
        return upperLimit(p0, lambda, width, t);
    }

    /** The time-varying upper limit after t results (narrow at first, widening to the asymptote). */
    public static double upperLimit(double p0, double lambda, double width, int t) {
        double sigma = Math.sqrt(p0 * (1 - p0));
        double factor = lambda / (2 - lambda) * (1 - Math.pow(1 - lambda, 2.0 * t));
        return p0 + width * sigma * Math.sqrt(factor);
    }
}
