/** Scorecard: probability of non-compliance from history lifts and external signals, with the points of each factor. */
package org.qualityguard.risk.scoring;
