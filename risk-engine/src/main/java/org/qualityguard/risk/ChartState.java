package org.qualityguard.risk;

/**
 * A watched cell's change-detection state, for diagnostics.
 *
 * @param statistic   the warning CUSUM (nats of evidence for a rise)
 * @param burst       the fast burst CUSUM (nats; 0 when burst follow-up is off)
 * @param calibration log of the cell's observed ÷ expected failures, frozen while evidence builds
 * @param inspected   inspected lots behind the cell's history (decayed)
 * @param logitSd     posterior sd of the cell's log-odds: the margin its chart adds, per unit of baselineUpperZ
 */
public record ChartState(double statistic, double burst, double calibration, double inspected, double logitSd) {
}
