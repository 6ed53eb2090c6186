package org.qualityguard.risk;

/**
 * The true non-compliance rate of all declared lots, estimated from the random exploration share only (the risk-chosen
 * lots are a biased sample), with a 95 % confidence interval.
 *
 * @param sampled how many exploration lots have a result
 */
public record BaseRateEstimate(double value, double ciLow, double ciHigh, long sampled) {
}
