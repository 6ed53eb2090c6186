package org.qualityguard.risk.history;

import java.util.Arrays;

/**
 * Exponentially time-decayed inspected and failed counts per cell.
 *
 * <p>Rather than decaying every cell every day, each result is added with weight 2^((day − epoch)/halfLife) and a read
 * multiplies by 2^(−(now − epoch)/halfLife): one factor per read for all cells, and no per-cell timestamp. When the
 * weights grow large the whole table is rescaled once (every few decades of simulated time at a 180-day half-life).
 */
public final class DecayedCounts {

    private static final double RESCALE_ABOVE = 1e120;

    private final double halfLifeDays;
    private int epochDay;
    private boolean started;
    private double[] counts = new double[2048];

    public DecayedCounts(double halfLifeDays) {
        this.halfLifeDays = halfLifeDays;
    }

    public double halfLifeDays() {
        return halfLifeDays;
    }

    public void add(int cell, int day, boolean failed) {
        add(cell, day, 1.0, failed ? 1.0 : 0.0);
    }

    public void add(int cell, int day, double inspected, double failed) {
        if (!started) {
            epochDay = day;
            started = true;
        }
        ensure(cell);
        double w = Math.pow(2.0, (day - epochDay) / halfLifeDays);
        if (w > RESCALE_ABOVE) {
            rescaleTo(day);
            w = 1.0;
        }
        counts[2 * cell] += w * inspected;
        counts[2 * cell + 1] += w * failed;
    }

    /** The factor that turns stored counts into counts as seen on {@code day}. */
    public double scaleAt(int day) {
        return started ? Math.pow(2.0, -(day - epochDay) / halfLifeDays) : 0.0;
    }

    public double storedInspected(int cell) {
        return 2 * cell < counts.length ? counts[2 * cell] : 0.0;
    }

    public double storedFailed(int cell) {
        return 2 * cell + 1 < counts.length ? counts[2 * cell + 1] : 0.0;
    }

    public double inspected(int cell, int day) {
        return storedInspected(cell) * scaleAt(day);
    }

    public double failed(int cell, int day) {
        return storedFailed(cell) * scaleAt(day);
    }

    private void rescaleTo(int day) {
        double s = Math.pow(2.0, -(day - epochDay) / halfLifeDays);
        for (int i = 0; i < counts.length; i++) {
            counts[i] *= s;
        }
        epochDay = day;
    }

    private void ensure(int cell) {
        if (2 * cell + 1 >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(2 * cell + 2, counts.length + (counts.length >> 1)));
        }
    }
}
