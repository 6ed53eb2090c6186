package org.qualityguard.power;

/**
 * Running acts counted under one key (a division or a power item): how many run, and of them how many are on time
 * (no card), at a yellow card and at a red card.
 */
public record SupervisionTally(String key, String label, long running, long onTime, long yellow, long red) {
}
