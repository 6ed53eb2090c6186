package org.qualityguard.risk;

/**
 * The four warning levels by strength of evidence. Orange and red, once confirmed by an analyst (or, in a replay,
 * automatically), make every lot of the cell mandatory to inspect.
 */
public enum WarningLevel {
    NONE, BLUE, YELLOW, ORANGE, RED;

    private static final WarningLevel[] VALUES = values();

    public static WarningLevel ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    public boolean atLeast(WarningLevel other) {
        return compareTo(other) >= 0;
    }
}
