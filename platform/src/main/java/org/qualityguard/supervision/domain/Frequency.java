package org.qualityguard.supervision.domain;

/** Inspections a year for a grade, e.g. C: 2–3. A plan schedules at least {@code min}. */
public record Frequency(int min, int max) {

    public Frequency {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("frequency " + min + "–" + max);
        }
    }
}
