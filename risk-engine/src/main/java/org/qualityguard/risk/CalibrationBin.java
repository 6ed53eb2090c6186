package org.qualityguard.risk;

/** Predicted versus observed failure rate for one band of predicted probability, on the exploration lots. */
public record CalibrationBin(double predictedFrom, double predictedTo, long lots, double meanPredicted, double observed) {
}
