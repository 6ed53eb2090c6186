package org.qualityguard.risk;

/**
 * One line of the scorecard: what the engine saw about a lot and how many points it added (or took away).
 *
 * @param factor  a stable key for the factor, e.g. {@code HEADING_ORIGIN} or {@code FIRST_IMPORT}
 * @param reading what an inspector reads, e.g. "origin × HS heading 0802 × US: 12.0 % failed of 34.2 inspected"
 * @param points  the points added; the points of all factors sum to the score
 */
public record ScoreFactor(String factor, String reading, int points) {
}
