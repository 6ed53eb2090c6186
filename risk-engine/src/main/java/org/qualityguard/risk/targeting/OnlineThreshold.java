package org.qualityguard.risk.targeting;

/**
 * A bureau's running threshold for lots decided one at a time: the priority above which its unclaimed lots (not drawn
 * for exploration, not mandatory, not a follow-up) fill the capacity the claimed ones leave. It is a stochastic
 * approximation of that quantile (Robbins–Monro on the log of the threshold): each unclaimed lot moves it up a step
 * if it would have been chosen and down a little if not, so that it settles where the chosen share is the target
 * share, and follows the priorities when they all move at once, as they do when the scorecard is refitted. (A
 * quantile of a window of past priorities does not: after a refit it kept judging new lots by the old model's
 * numbers until the window had rolled over, and a young bureau inspected a third of its capacity for weeks.)
 * Until the bureau has {@value #MIN_LOTS} lots behind it the threshold is zero: a new bureau inspects its first lots.
 */
public final class OnlineThreshold {

    /** Lots a rebuilt engine replays to restore a bureau's threshold: far more than it takes to forget its start. */
    public static final int WINDOW = 2000;
    static final int MIN_LOTS = 20;
    /** The step in log-priority: after a refit halves every priority the threshold follows within a few hundred lots. */
    private static final double STEP = 0.05;
    /** The share of claimed lots is an average over about this many lots. */
    private static final int CLAIMED_MEMORY = 200;

    private final double[] first = new double[MIN_LOTS];
    private int seen;
    private double claimedShare;
    private double logThreshold = Double.NEGATIVE_INFINITY;

    public void add(double priority, boolean claimedAheadOfRisk, double capacityShare) {
        claimedShare += ((claimedAheadOfRisk ? 1.0 : 0.0) - claimedShare) / Math.min(seen + 1, CLAIMED_MEMORY);
        if (seen < MIN_LOTS) {
            first[seen++] = priority;
            if (seen == MIN_LOTS) {
                logThreshold = Math.log(Math.max(Double.MIN_NORMAL, quantileOfFirst(riskShare(capacityShare))));
            }
            return;
        }
        seen++;
        if (!claimedAheadOfRisk) {
            boolean chosen = Math.log(priority) >= logThreshold;
            logThreshold += STEP * ((chosen ? 1.0 : 0.0) - riskShare(capacityShare));
        }
    }

    /** The priority a lot needs to be chosen for risk when the bureau may inspect {@code capacityShare} of its lots. */
    public double threshold(double capacityShare) {
        if (seen < MIN_LOTS) {
            return 0.0;
        }
        return riskShare(capacityShare) <= 0 ? Double.POSITIVE_INFINITY : Math.exp(logThreshold);
    }

    /** Of the unclaimed lots, the share risk may choose: what capacity the claimed lots leave. */
    private double riskShare(double capacityShare) {
        if (claimedShare >= 1) {
            return 0;
        }
        return Math.max(0, Math.min(1, (capacityShare - claimedShare) / (1 - claimedShare)));
    }

    private double quantileOfFirst(double share) {
        double[] sorted = first.clone();
        java.util.Arrays.sort(sorted);
        int take = (int) Math.max(1, Math.round(share * MIN_LOTS));
        return sorted[MIN_LOTS - take];
    }
}
