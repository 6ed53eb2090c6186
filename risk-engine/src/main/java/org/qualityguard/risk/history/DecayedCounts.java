package org.qualityguard.risk.history;

import java.util.Arrays;

/**
 * Exponentially time-decayed inspected and failed counts per cell.
 *
 * <p>Rather than decaying every cell every day, each result is added with weight 2^((day − epoch)/halfLife) and a read
 * multiplies by 2^(−(now − epoch)/halfLife): one factor per read for all cells, and no per-cell timestamp. When the
 * weights grow large the whole table is rescaled once (every few decades of simulated time at a 180-day half-life).
 *
 * <p>Each cell also keeps the sum of squared weights, so that a fit can know the <em>effective</em> number of
 * results behind a decayed count ((Σw)² / Σw²): ten results a year old weigh like three fresh ones in the mean but
 * carry the binomial noise of ten.
 */
public final class DecayedCounts {

    private static final double RESCALE_ABOVE = 1e120;

    private final double halfLifeDays;
    private int epochDay;
    private boolean started;
    private double[] counts = new double[3 * 1024];

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
        if (w * w > RESCALE_ABOVE) {
            rescaleTo(day);
            w = 1.0;
        }
        counts[3 * cell] += w * inspected;
        counts[3 * cell + 1] += w * failed;
        counts[3 * cell + 2] += w * w * inspected;
    }

    /** The factor that turns stored counts into counts as seen on {@code day}. */
    public double scaleAt(int day) {
        return started ? Math.pow(2.0, -(day - epochDay) / halfLifeDays) : 0.0;
    }

    public double storedInspected(int cell) {
        return 3 * cell < counts.length ? counts[3 * cell] : 0.0;
    }

    public double storedFailed(int cell) {
        return 3 * cell + 1 < counts.length ? counts[3 * cell + 1] : 0.0;
    }

    /** The effective number of results behind the cell's decayed count: (Σw)² / Σw². */
    public double effectiveInspected(int cell) {
        if (3 * cell + 2 >= counts.length || counts[3 * cell + 2] == 0) {
            return 0.0;
        }
        double n = counts[3 * cell];
        return n * n / counts[3 * cell + 2];
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
            counts[i] *= i % 3 == 2 ? s * s : s;
        }
        epochDay = day;
    }

    private void ensure(int cell) {
        if (3 * cell + 2 >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(3 * cell + 3, 3 * ((counts.length / 3) + (counts.length / 6))));
        }
    }
}
