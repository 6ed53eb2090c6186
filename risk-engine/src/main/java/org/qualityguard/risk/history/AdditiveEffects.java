package org.qualityguard.risk.history;

import java.util.Arrays;
import org.qualityguard.risk.CellKind;

/**
 * Every cell's effect on a lot's log-odds of failing, fitted jointly over the latest inspected lots: log-odds =
 * intercept + the sum of the effects of the lot's cells (one per {@link CellKind}), each effect drawn from a normal
 * prior of its kind's variance, which is learnt too. This is a logistic model with crossed random effects, fitted by
 * penalised backfitting on the engine's schedule and moved lot by lot in between.
 *
 * <p>Why jointly: inspected lots are chosen, not sampled. A consignee's inspected lots are those of its products that
 * were judged risky, and a product's inspected lots come mostly from the consignees judged risky; a rate per cell,
 * shrunk toward its parents, blames each for the other. Fitting all effects together credits each failure to the cells
 * that explain it, given the others, whatever chose the lots.
 *
 * <p>Results are weighted by age with the history's half-life. A cell with no result in the window has effect 0: a new
 * importer is neither trusted nor condemned.
 */
final class AdditiveEffects {

    /** Backfitting sweeps per refit, warm-started from the last refit's effects; the first refit gets more. */
    private static final int SWEEPS_WARM = 4;
    private static final int SWEEPS_COLD = 6;
    /** Start of every kind's prior variance (log-odds²) before the data say otherwise, and its bounds. */
    private static final double INITIAL_VARIANCE = 0.25;
    private static final double MIN_VARIANCE = 1e-3;
    private static final double MAX_VARIANCE = 4.0;
    private static final int KINDS = CellKind.COUNT;

    private final double halfLifeDays;
    private final int capacity;
    private final int[] lotCells;
    private final int[] lotDay;
    private final byte[] lotFailed;
    private int next;
    private int size;
    private double intercept = ComplianceHistory.logit(0.05);
    private final double[] variance = new double[KINDS];
    private float[] effect = new float[1024];
    /** Weighted Σ p(1 − p) of each cell's results: the precision its data give its effect (prior not included). */
    private float[] information = new float[1024];
    private boolean refitted;

    AdditiveEffects(double halfLifeDays, int capacity) {
        this.halfLifeDays = halfLifeDays;
        this.capacity = capacity;
        this.lotCells = new int[capacity * KINDS];
        this.lotDay = new int[capacity];
        this.lotFailed = new byte[capacity];
        Arrays.fill(variance, INITIAL_VARIANCE);
    }

    void ensure(int cells) {
        if (cells > effect.length) {
            int n = Math.max(cells, effect.length + (effect.length >> 1));
            effect = Arrays.copyOf(effect, n);
            information = Arrays.copyOf(information, n);
        }
    }

    /** By cell id; the array may be replaced when cells are added, so do not keep it. */
    float[] effects() {
        return effect;
    }

    /** The posterior sd of the sum of a lot's effects (one cell of every kind, by kind ordinal). */
    double sd(int[] cells) {
        double v = 0;
        for (int k = 0; k < KINDS; k++) {
            int c = cells[k];
            v += 1 / ((c < information.length ? information[c] : 0) + 1 / variance[k]);
        }
        return Math.sqrt(v);
    }

    /**
     * Keeps the result for the next refit and moves the lot's effects now, as an assumed-density filter does (a
     * Bayesian logistic update with independent normal posteriors): each cell takes a share of the surprise y − p in
     * proportion to its posterior variance, so a new consignee's effect moves and a chapter's barely does.
     */
    void observe(int[] cells, int day, boolean failed) {
        System.arraycopy(cells, 0, lotCells, next * KINDS, KINDS);
        lotDay[next] = day;
        lotFailed[next] = (byte) (failed ? 1 : 0);
        next = (next + 1) % capacity;
        size = Math.min(size + 1, capacity);
        double z = intercept;
        double totalVariance = 0;
        for (int k = 0; k < KINDS; k++) {
            int c = cells[k];
            z += effect[c];
            totalVariance += 1 / (information[c] + 1 / variance[k]);
        }
        double p = ComplianceHistory.sigmoid(z);
        double w = p * (1 - p);
        double step = ((failed ? 1 : 0) - p) / (1 + w * totalVariance);
        for (int k = 0; k < KINDS; k++) {
            int c = cells[k];
            effect[c] += (float) (step / (information[c] + 1 / variance[k]));
            information[c] += (float) w;
        }
    }

    /**
     * Refits intercept, effects and each kind's prior variance on the kept results, weighted by age. Each sweep
     * takes one penalised Newton step per cell, kind by kind, against the lots' current predictions; after each
     * kind's step its variance is re-estimated as the mean of its cells' squared effects plus their posterior
     * variances (an EM step, so that how far each kind's cells differ is learnt, not assumed). Cells without a result
     * in the window are reset to 0.
     */
    void refit(int day, int cellCount) {
        ensure(cellCount);
        if (size == 0) {
            return;
        }
        int n = size;
        double[] weight = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            weight[i] = Math.pow(2.0, -Math.max(0, day - lotDay[i]) / halfLifeDays);
            double s = intercept;
            for (int k = 0; k < KINDS; k++) {
                s += effect[lotCells[i * KINDS + k]];
            }
            z[i] = s;
        }
        double[] gradient = new double[cellCount];
        double[] curvature = new double[cellCount];
        int[] touched = new int[n];
        boolean[] seen = new boolean[cellCount];
        int sweeps = refitted ? SWEEPS_WARM : SWEEPS_COLD;
        refitted = true;
        for (int sweep = 0; sweep < sweeps; sweep++) {
            double g = 0;
            double h = 0;
            for (int i = 0; i < n; i++) {
                double p = ComplianceHistory.sigmoid(z[i]);
                g += weight[i] * (lotFailed[i] - p);
                h += weight[i] * p * (1 - p);
            }
            double shift = h > 0 ? g / h : 0;
            intercept += shift;
            for (int i = 0; i < n; i++) {
                z[i] += shift;
            }
            for (int k = 0; k < KINDS; k++) {
                int count = 0;
                for (int i = 0; i < n; i++) {
                    int c = lotCells[i * KINDS + k];
                    double p = ComplianceHistory.sigmoid(z[i]);
                    if (curvature[c] == 0 && gradient[c] == 0) {
                        touched[count++] = c;
                    }
                    gradient[c] += weight[i] * (lotFailed[i] - p);
                    curvature[c] += weight[i] * p * (1 - p) + Double.MIN_VALUE;
                }
                double precision = 1 / variance[k];
                double squares = 0;
                for (int j = 0; j < count; j++) {
                    int c = touched[j];
                    double delta = (gradient[c] - precision * effect[c]) / (curvature[c] + precision);
                    effect[c] += (float) delta;
                    information[c] = (float) curvature[c];
                    seen[c] = true;
                    gradient[c] = delta; // reused: the change, applied to the lots below
                    squares += (double) effect[c] * effect[c] + 1 / (curvature[c] + precision);
                }
                for (int i = 0; i < n; i++) {
                    z[i] += gradient[lotCells[i * KINDS + k]];
                }
                for (int j = 0; j < count; j++) {
                    gradient[touched[j]] = 0;
                    curvature[touched[j]] = 0;
                }
                if (count > 0) {
                    variance[k] = Math.max(MIN_VARIANCE, Math.min(MAX_VARIANCE, squares / count));
                }
            }
        }
        for (int c = 0; c < cellCount; c++) {
            if (!seen[c]) {
                effect[c] = 0;
                information[c] = 0;
            }
        }
    }
}
