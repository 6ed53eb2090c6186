package org.qualityguard.risk.warning;

/**
 * The Bernoulli CUSUM of Reynolds and Stoumbos: after each inspected lot, S = max(0, S + log-likelihood ratio of
 * "failing at the shifted rate p1" against "failing at the in-control rate p0"). It is the fastest detector of a step
 * change from p0 to p1 for a given false-alarm rate (Moustakides' optimality), and S is evidence in nats: a threshold
 * h means the stream's recent results are about e^h times likelier under the shift than under the baseline.
 */
public final class BernoulliCusum {

    private BernoulliCusum() {
    }

    /** The rate the chart is tuned to detect: the baseline with its odds multiplied by {@code oddsRatio}. */
    public static double shiftedRate(double p0, double oddsRatio) {
        return p0 * oddsRatio / (1 - p0 + p0 * oddsRatio);
    }

    /** Evidence added by one result: positive for a failure, slightly negative for a pass. */
    public static double increment(double p0, double p1, boolean failed) {
        return failed ? Math.log(p1 / p0) : Math.log((1 - p1) / (1 - p0));
    }

    public static double update(double statistic, double p0, double oddsRatio, boolean failed) {
        return Math.max(0.0, statistic + increment(p0, shiftedRate(p0, oddsRatio), failed));
    }

    /**
     * Lower bound of the in-control average run length (inspected lots between false alarms) for threshold h:
     * by Wald's identity for a likelihood-ratio CUSUM it is at least e^h, which is how thresholds are chosen
     * against the number of watched cells.
     */
    public static double inControlRunLengthBound(double threshold) {
        return Math.exp(threshold);
    }
}
