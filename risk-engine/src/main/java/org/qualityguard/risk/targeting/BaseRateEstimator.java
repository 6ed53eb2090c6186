package org.qualityguard.risk.targeting;

import org.qualityguard.risk.BaseRateEstimate;

/**
 * Estimates the non-compliance rate of all declared lots from the exploration sample alone. Each sampled lot stands
 * for (declared ÷ sampled) lots of its period, so busy periods weigh more (a Horvitz–Thompson ratio estimator); the
 * variance is the linearised one, which ignores the gain from stratification and so errs wide. The interval is
 * Wilson's, on the effective sample size, so it stays inside [0, 1] at small rates.
 */
public final class BaseRateEstimator {

    private double sumW;
    private double sumWY;
    private double sumW2;
    private double sumW2Y;
    private long sampled;

    public void add(double weight, boolean failed) {
        sumW += weight;
        sumW2 += weight * weight;
        if (failed) {
            sumWY += weight;
            sumW2Y += weight * weight;
        }
        sampled++;
    }

    public BaseRateEstimate estimate() {
        if (sampled == 0) {
            return new BaseRateEstimate(Double.NaN, 0.0, 1.0, 0);
        }
        double p = sumWY / sumW;
        double variance = (sumW2Y * (1 - 2 * p) + p * p * sumW2) / (sumW * sumW);
        double effectiveN = variance > 0 ? p * (1 - p) / variance : sumW * sumW / sumW2;
        double z = 1.959964;
        double z2 = z * z;
        double denominator = 1 + z2 / effectiveN;
        double centre = (p + z2 / (2 * effectiveN)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / effectiveN + z2 / (4 * effectiveN * effectiveN)) / denominator;
        return new BaseRateEstimate(p, Math.max(0, centre - half), Math.min(1, centre + half), sampled);
    }
}
