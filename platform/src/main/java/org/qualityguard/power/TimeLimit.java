package org.qualityguard.power;

/** A time limit of an item: so many working or calendar days. */
public record TimeLimit(int days, DayCount count) {

    public TimeLimit {
        if (count == null) {
            throw new IllegalArgumentException("a time limit counts working or calendar days");
        }
    }

    /** Whether this limit is longer than the other; only limits counted alike compare. */
    public boolean exceeds(TimeLimit other) {
        return other != null && count == other.count && days > other.days;
    }
}
