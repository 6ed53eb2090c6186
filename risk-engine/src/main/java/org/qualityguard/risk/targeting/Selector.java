package org.qualityguard.risk.targeting;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.qualityguard.risk.SelectionReason;

/**
 * Fills a period's capacity in a fixed order: the random exploration share first (so that no rule can crowd out the
 * unbiased sample), then mandatory lots, warning follow-ups and surveillance, then the highest expected findings.
 * Every choice that could tie is broken by a random key drawn from the seed, so the same inputs and seed always give
 * the same selection.
 */
public final class Selector {

    private Selector() {
    }

    /**
     * @param priority expected finding per lot
     * @param claim    per lot, the reason it claims capacity ahead of plain risk (MANDATORY_WARNING, MANDATORY_LIST,
     *                 WARNING_FOLLOW_UP, SURVEILLANCE), or null; claims are served in that order, each by priority
     * @param stratum  exploration stratum per lot (e.g. HS chapter)
     * @param capacity lots that may be inspected
     * @return the reason per lot, and in {@code overflow[0]} the mandatory lots that did not fit
     */
    public static SelectionReason[] select(double[] priority, SelectionReason[] claim, int[] stratum, int capacity,
                                           double explorationShare, long seed, int[] overflow) {
        int n = priority.length;
        SelectionReason[] reason = new SelectionReason[n];
        Arrays.fill(reason, SelectionReason.NOT_SELECTED);
        capacity = Math.min(capacity, n);
        overflow[0] = 0;
        if (n == 0 || capacity == 0) {
            return reason;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] tieBreak = new int[n];
        for (int i = 0; i < n; i++) {
            tieBreak[i] = random.nextInt();
        }
        int explore = (int) Math.round(explorationShare * capacity);
        for (int i : stratifiedSample(stratum, explore, random)) {
            reason[i] = SelectionReason.EXPLORATION;
        }
        int used = explore;
        Integer[] order = byPriority(priority, tieBreak);
        for (SelectionReason tier : CLAIMS) {
            for (Integer i : order) {
                if (claim[i] == tier && reason[i] == SelectionReason.NOT_SELECTED) {
                    if (used < capacity) {
                        reason[i] = tier;
                        used++;
                    } else if (tier.mandatory()) {
                        overflow[0]++;
                    }
                }
            }
        }
        for (Integer i : order) {
            if (used >= capacity) {
                break;
            }
            if (reason[i] == SelectionReason.NOT_SELECTED) {
                reason[i] = SelectionReason.RISK;
                used++;
            }
        }
        return reason;
    }

    private static final SelectionReason[] CLAIMS = {SelectionReason.MANDATORY_WARNING,
        SelectionReason.MANDATORY_DISCONTINUED, SelectionReason.MANDATORY_LIST,
        SelectionReason.WARNING_FOLLOW_UP, SelectionReason.SURVEILLANCE};

    /**
     * Systematic sample after sorting by stratum (random order within a stratum): every stratum gets its share of the
     * sample, to within one lot, and every lot has the same inclusion probability k/n.
     */
    public static int[] stratifiedSample(int[] stratum, int k, SplittableRandom random) {
        int n = stratum.length;
        k = Math.min(k, n);
        if (k <= 0) {
            return new int[0];
        }
        long[] keyed = new long[n];
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            keyed[i] = ((long) stratum[i] << 32) | (random.nextInt() & 0xFFFFFFFFL);
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> {
            int c = Long.compare(keyed[a], keyed[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        double step = (double) n / k;
        double start = random.nextDouble() * step;
        int[] chosen = new int[k];
        for (int j = 0; j < k; j++) {
            chosen[j] = idx[Math.min(n - 1, (int) (start + j * step))];
        }
        return chosen;
    }

    private static Integer[] byPriority(double[] priority, int[] tieBreak) {
        Integer[] order = new Integer[priority.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(priority[b], priority[a]);
            return c != 0 ? c : Integer.compare(tieBreak[a], tieBreak[b]);
        });
        return order;
    }
}
