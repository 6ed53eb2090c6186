package org.qualityguard.risk;

/**
 * A number of lots as the history counts them: each result weighs less as it ages, so a count is seldom whole. A
 * reader is told whole lots, and whether that is rounded.
 *
 * @param value the decayed count
 */
public record LotCount(double value) {

    /** Within this of a whole number the count is read as exact (the decay of the last few days is not worth "about"). */
    private static final double EXACT_WITHIN = 0.05;

    public long whole() {
        return Math.round(value);
    }

    public boolean approximate() {
        return Math.abs(value - whole()) > EXACT_WITHIN;
    }
}
