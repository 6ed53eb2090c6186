package org.qualityguard.risk.targeting;

import java.util.Arrays;

/**
 * A bureau's running threshold for lots decided one at a time. It remembers the priorities of the bureau's last
 * {@value #WINDOW} decided lots and whether each was claimed ahead of risk (drawn for exploration, mandatory, a
 * follow-up); the threshold is the priority above which the unclaimed lots of that window would have filled the
 * capacity the claimed ones left. Until the bureau has {@value #MIN_LOTS} lots behind it the threshold is zero: a new
 * bureau inspects its first lots rather than trusting a threshold learnt from nothing.
 */
public final class OnlineThreshold {

    public static final int WINDOW = 2000;
    static final int MIN_LOTS = 20;
    /** The sorted view is rebuilt after this many new lots: a hundredth of the window moves the quantile little. */
    private static final int RESORT_EVERY = WINDOW / 100;

    private final double[] priority = new double[WINDOW];
    private final boolean[] claimed = new boolean[WINDOW];
    private int next;
    private int size;
    private int claimedCount;
    private double[] sortedUnclaimed = new double[0];
    private int addedSinceSort = Integer.MAX_VALUE;

    public void add(double lotPriority, boolean claimedAheadOfRisk) {
        if (size == WINDOW) {
            claimedCount -= claimed[next] ? 1 : 0;
        } else {
            size++;
        }
        priority[next] = lotPriority;
        claimed[next] = claimedAheadOfRisk;
        claimedCount += claimedAheadOfRisk ? 1 : 0;
        next = (next + 1) % WINDOW;
        if (addedSinceSort != Integer.MAX_VALUE) {
            addedSinceSort++;
        }
    }

    /** The priority a lot needs to be chosen for risk when the bureau may inspect {@code capacityShare} of its lots. */
    public double threshold(double capacityShare) {
        if (size < MIN_LOTS) {
            return 0.0;
        }
        if (addedSinceSort >= RESORT_EVERY) {
            sortUnclaimed();
        }
        int unclaimed = sortedUnclaimed.length;
        double left = capacityShare * size - claimedCount; // lots of the window risk may still take
        if (unclaimed == 0 || left <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        int take = (int) Math.min(unclaimed, Math.round(left));
        return take == 0 ? Double.POSITIVE_INFINITY : sortedUnclaimed[unclaimed - take];
    }

    private void sortUnclaimed() {
        double[] values = new double[size - claimedCount];
        int j = 0;
        for (int i = 0; i < size; i++) {
            if (!claimed[i]) {
                values[j++] = priority[i];
            }
        }
        Arrays.sort(values);
        sortedUnclaimed = values;
        addedSinceSort = 0;
    }
}
