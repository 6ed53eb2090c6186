package org.qualityguard.risk.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.qualityguard.risk.SignalKind;

/**
 * What is known about cells besides their results: warnings (set by the warning monitor) and outside signals (partner
 * notifications, consumer complaints, other bureaus' results). One byte of flags per cell keeps the scoring path to a
 * single array read per watched cell; only a flagged cell's signals are summed.
 *
 * <p>A signal fades like the history's recent memory: on day d it weighs strength · 2^(−(d − date) / half-life), and
 * after {@link #MEMORY_HALF_LIVES} half-lives (a weight below 1/16) it is forgotten, so an old notification no longer
 * moves anything. A signal counts only from its date: a lot declared before it was not decided on it.
 */
public final class CellSignals {

    public static final byte CONFIRMED_WARNING = 1;
    public static final byte YELLOW_WARNING = 2;
    public static final byte EXTERNAL = 4;
    static final int MEMORY_HALF_LIVES = 4;

    /** One signal as kept: its day, its kind, its strength. */
    private record Received(int day, SignalKind kind, double strength) {
    }

    private final double halfLifeDays;
    private byte[] flags = new byte[1024];
    @SuppressWarnings("unchecked")
    private List<Received>[] received = new List[0];

    public CellSignals(double halfLifeDays) {
        this.halfLifeDays = halfLifeDays;
    }

    public byte flags(int cell) {
        return cell < flags.length ? flags[cell] : 0;
    }

    public void set(int cell, byte flag, boolean on) {
        ensure(cell);
        flags[cell] = (byte) (on ? flags[cell] | flag : flags[cell] & ~flag);
    }

    public void add(int cell, SignalKind kind, double strength, int day) {
        ensure(cell);
        if (cell >= received.length) {
            received = Arrays.copyOf(received, flags.length);
        }
        if (received[cell] == null) {
            received[cell] = new ArrayList<>(2);
        }
        received[cell].add(new Received(day, kind, strength));
        received[cell].removeIf(r -> r.day() < day - memoryDays()); // forget what no lot from now on will see
        flags[cell] |= EXTERNAL;
    }

    /** The cell's signals of a kind as they weigh on {@code day}: the decayed sum of their strengths. */
    public double weight(int cell, SignalKind kind, int day) {
        if ((flags(cell) & EXTERNAL) == 0) {
            return 0.0;
        }
        double sum = 0;
        for (Received r : received[cell]) {
            int age = day - r.day();
            if (r.kind() == kind && age >= 0 && age <= memoryDays()) {
                sum += r.strength() * Math.pow(0.5, age / halfLifeDays);
            }
        }
        return sum;
    }

    /** How many of the cell's signals of a kind count on {@code day}, and how many days ago the latest came. */
    public int[] countAndAge(int cell, SignalKind kind, int day) {
        int count = 0;
        int latest = Integer.MAX_VALUE;
        if ((flags(cell) & EXTERNAL) != 0) {
            for (Received r : received[cell]) {
                int age = day - r.day();
                if (r.kind() == kind && age >= 0 && age <= memoryDays()) {
                    count++;
                    latest = Math.min(latest, age);
                }
            }
        }
        return new int[] {count, latest};
    }

    private double memoryDays() {
        return MEMORY_HALF_LIVES * halfLifeDays;
    }

    private void ensure(int cell) {
        if (cell >= flags.length) {
            flags = Arrays.copyOf(flags, Math.max(cell + 1, flags.length + (flags.length >> 1)));
        }
    }
}
