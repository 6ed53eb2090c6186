package org.qualityguard.risk.history;

import java.util.Arrays;
import org.qualityguard.risk.CellKind;

/**
 * The inspected/failed history of every cell, and each cell's shrunk failure rate expressed as a <em>lift</em>: how
 * many log-odds its rate lies above what its parents predict. A cell with no data has lift 0 — a new importer is
 * neither trusted nor condemned — and a cell with much data is judged on its own record.
 *
 * <p>Lifts are cached in float arrays because scoring reads ten of them per lot, a million lots a second. A result
 * refreshes the lifts of its own cells at once; {@link #refresh(int)} re-fits the priors and refreshes every cell on the
 * engine's schedule (so the slow drift of the decay weight and of parents reaches cells that saw no new result).
 */
public final class ComplianceHistory {

    /** Pseudo-lots, at the long-run rate, that a cell's recent rate is shrunk toward. */
    static final double RECENT_PRIOR_STRENGTH = 3.0;
    private static final double FALLBACK_STRENGTH = 20.0;
    private static final int GLOBAL = 0;

    private final CellIndex index;
    private final DecayedCounts longRun;
    private final DecayedCounts recent;
    private final DecayedCounts global;
    private final DecayedCounts globalRecent;
    private final double[] strength = new double[CellKind.COUNT];
    /** Per kind, what the parents' prediction is off by on average (log-odds), so that lifts start from a fair mean. */
    private final double[] kindOffset = new double[CellKind.COUNT];
    private final boolean[] tracksRecent = new boolean[CellKind.COUNT];
    private float[] shrunkLogit = new float[1024];
    private float[] lift = new float[1024];
    private final AdditiveEffects effects;
    private float[] recentLift = new float[1024];
    private float[] failureScore = new float[1024];
    private double globalLogit = logit(0.05);

    /** @param window how many of the latest results the joint effects are fitted on */
    public ComplianceHistory(CellIndex index, double halfLifeDays, double recentHalfLifeDays, int window) {
        this.index = index;
        this.effects = new AdditiveEffects(halfLifeDays, window);
        this.longRun = new DecayedCounts(halfLifeDays);
        this.recent = new DecayedCounts(recentHalfLifeDays);
        this.global = new DecayedCounts(halfLifeDays);
        this.globalRecent = new DecayedCounts(recentHalfLifeDays);
        Arrays.fill(strength, FALLBACK_STRENGTH);
        tracksRecent[CellKind.HEADING_ORIGIN.ordinal()] = true;
        tracksRecent[CellKind.CONSIGNEE.ordinal()] = true;
        tracksRecent[CellKind.MANUFACTURER.ordinal()] = true;
    }

    public CellIndex index() {
        return index;
    }

    /** Grows the cached arrays after encoding interned new cells; new cells start at their parents' rate. */
    public void ensureCells() {
        int n = index.size();
        if (n > shrunkLogit.length) {
            int size = Math.max(n, shrunkLogit.length + (shrunkLogit.length >> 1));
            int from = shrunkLogit.length;
            shrunkLogit = Arrays.copyOf(shrunkLogit, size);
            lift = Arrays.copyOf(lift, size);
            recentLift = Arrays.copyOf(recentLift, size);
            failureScore = Arrays.copyOf(failureScore, size);
            Arrays.fill(shrunkLogit, from, size, Float.NaN);
        }
        effects.ensure(n);
    }

    /** Records one inspected lot in all its cells, then refreshes their lifts top-down. */
    public void record(EncodedLot lot, int day, boolean failed) {
        ensureCells();
        global.add(GLOBAL, day, failed);
        globalRecent.add(GLOBAL, day, failed);
        int[] cells = lot.cells;
        effects.observe(cells, day, failed);
        for (int k = 0; k < cells.length; k++) {
            longRun.add(cells[k], day, failed);
            if (tracksRecent[k]) {
                recent.add(cells[k], day, failed);
            }
        }
        globalLogit = logit(clamp(BetaPrior.shrunkRate(global.inspected(GLOBAL, day), global.failed(GLOBAL, day),
                0.05, 2.0)));
        for (int k = 0; k < cells.length; k++) {
            refreshCell(cells[k], k, day);
        }
    }

    /** Re-fits the joint effects and each kind's prior strength, then refreshes every cell, parents first. */
    public void refresh(int day) {
        ensureCells();
        effects.refit(day, index.size());
        double longScale = longRun.scaleAt(day);
        for (int k = 0; k < CellKind.COUNT; k++) {
            int[] cells = index.cellsOfKind(k);
            int count = index.kindSize(k);
            kindOffset[k] += calibrateOffset(cells, count, longScale);
            BetaPrior prior = BetaPrior.accumulator();
            for (int i = 0; i < count; i++) {
                int c = cells[i];
                prior.add(longRun.storedInspected(c) * longScale, longRun.storedFailed(c) * longScale,
                        longRun.effectiveInspected(c), sigmoid(expectedLogit(c)));
            }
            strength[k] = prior.strength(FALLBACK_STRENGTH);
            for (int i = 0; i < count; i++) {
                refreshCell(cells[i], k, day);
            }
        }
    }

    /**
     * The further shift δ that makes the parents' predictions right on average over a kind's inspected lots:
     * Σ n·σ(expected + δ) = Σ f. Two parents' lifts added up overshoot (both carry the product mix), and a
     * miscalibrated parent would make every cell look like noise to the prior fit. Warm-started from last week's.
     */
    private double calibrateOffset(int[] cells, int count, double scale) {
        double delta = 0;
        for (int iter = 0; iter < 8; iter++) {
            double gap = 0;
            double slope = 0;
            for (int i = 0; i < count; i++) {
                int c = cells[i];
                double n = longRun.storedInspected(c) * scale;
                if (n <= 0) {
                    continue;
                }
                double e = sigmoid(expectedLogit(c) + delta);
                gap += n * e - longRun.storedFailed(c) * scale;
                slope += n * e * (1 - e);
            }
            if (slope <= 0) {
                return 0;
            }
            double step = gap / slope;
            delta = Math.max(-3, Math.min(3, delta - step));
            if (Math.abs(step) < 1e-3) {
                break;
            }
        }
        return delta;
    }

    private void refreshCell(int c, int kind, int day) {
        double expected = expectedLogit(c);
        double e = sigmoid(expected);
        double n = longRun.inspected(c, day);
        double f = longRun.failed(c, day);
        double r = clamp(BetaPrior.shrunkRate(n, f, e, strength[kind]));
        float own = (float) logit(r);
        shrunkLogit[c] = own;
        lift[c] = (float) (own - expected);
        failureScore[c] = (float) Math.log1p(f);
        if (tracksRecent[kind]) {
            double nr = recent.inspected(c, day);
            double fr = recent.failed(c, day);
            double rr = clamp(BetaPrior.shrunkRate(nr, fr, r, RECENT_PRIOR_STRENGTH));
            recentLift[c] = (float) (logit(rr) - own);
        }
    }

    /** What the parents predict for a cell, in log-odds: a chain's parent, or the sum of two parents' lifts. */
    public double expectedLogit(int c) {
        int a = index.parentA(c);
        int b = index.parentB(c);
        double offset = kindOffset[index.kindOrdinal(c)];
        if (a < 0) {
            return globalLogit + offset;
        }
        double la = cachedLogit(a);
        if (b < 0) {
            return la + offset;
        }
        return la + cachedLogit(b) - globalLogit + offset;
    }

    private double cachedLogit(int c) {
        float v = c < shrunkLogit.length ? shrunkLogit[c] : Float.NaN;
        return Float.isNaN(v) ? expectedLogit(c) : v;
    }

    /** Cached lifts by cell id; the array may be replaced when cells are added, so do not keep it. */
    public float[] lifts() {
        return lift;
    }

    /**
     * Each cell's effect on log-odds fitted jointly with the other cells of its lots ({@link AdditiveEffects}), by
     * cell id; the array may be replaced when cells are added, so do not keep it.
     */
    public float[] jointEffects() {
        return effects.effects();
    }

    /** Posterior sd of the sum of a lot's joint effects ({@code cells}: one cell of every kind, by kind ordinal). */
    public double jointSd(int[] cells) {
        return effects.sd(cells);
    }

    public float[] recentLifts() {
        return recentLift;
    }

    /** log(1 + decayed failures) of a cell as of its last refresh: raw evidence, unshrunk. */
    public float streamFailureScore(int c) {
        return c < failureScore.length ? failureScore[c] : 0f;
    }

    public double lift(int c) {
        return c < lift.length ? lift[c] : 0.0;
    }

    public double recentLift(int c) {
        return c < recentLift.length ? recentLift[c] : 0.0;
    }

    public double shrunkRate(int c) {
        return sigmoid(cachedLogit(c));
    }

    public double inspected(int c, int day) {
        return longRun.inspected(c, day);
    }

    public double failed(int c, int day) {
        return longRun.failed(c, day);
    }

    public double recentInspected(int c, int day) {
        return recent.inspected(c, day);
    }

    public double recentFailed(int c, int day) {
        return recent.failed(c, day);
    }

    public double priorStrength(CellKind kind) {
        return strength[kind.ordinal()];
    }

    public double globalRate() {
        return sigmoid(globalLogit);
    }

    public double halfLifeDays() {
        return longRun.halfLifeDays();
    }

    public double recentHalfLifeDays() {
        return recent.halfLifeDays();
    }

    /**
     * Posterior standard deviation of a cell's log-odds (1/a + 1/b of its Beta posterior, a first-order trigamma):
     * about 1.4 for a cell never inspected, under 0.3 for one with a hundred results. Exploration draws from it.
     */
    public double logitSd(int c, int day) {
        double m = strength[index.kindOrdinal(c)];
        double e = sigmoid(expectedLogit(c));
        double n = longRun.inspected(c, day);
        double f = longRun.failed(c, day);
        double a = f + m * e;
        double b = n - f + m * (1 - e);
        return Math.sqrt(1 / Math.max(a, 0.05) + 1 / Math.max(b, 0.05));
    }

    /** Posterior standard error of a cell's rate: wide for thin cells, narrow for well-inspected ones. */
    public double standardError(int c, int day) {
        double r = shrunkRate(c);
        double n = inspected(c, day) + strength[index.kindOrdinal(c)];
        return Math.sqrt(r * (1 - r) / (n + 1));
    }

    static double clamp(double p) {
        return Math.min(0.995, Math.max(0.0005, p));
    }

    public static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    public static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }
}
