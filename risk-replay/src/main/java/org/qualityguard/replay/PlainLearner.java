package org.qualityguard.replay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.qualityguard.risk.Lot;
import org.qualityguard.risk.history.DecayedCounts;

/**
 * The {@code plain} baseline: what a competent analyst would build without the engine. Each lot's features are the
 * historical failure rates of its consignee, manufacturer, HS heading (HS4), origin and their six pairwise crosses,
 * each Beta-shrunk toward the overall rate with a prior strength per kind estimated from the data (empirical Bayes,
 * method of moments), as log-odds against the overall rate; a logistic regression on those ten features, refitted
 * every period, gives the score. It sees lots without their outcome and learns an outcome only through
 * {@link #learn}, which the replay calls for the lots it chose; the features a chosen lot is learnt with are those it
 * had when it was scored (so the regression never sees its own outcome in its inputs). Counts decay with a 180-day
 * half-life, as the engine's do.
 */
final class PlainLearner {

    static final int KINDS = 10;
    private static final double HALF_LIFE_DAYS = 180;
    private static final int TRAINING_WINDOW = 100_000;
    private static final double RIDGE = 1.0;

    private final DecayedCounts[] counts = new DecayedCounts[KINDS];
    private final List<Map<String, Integer>> ids = new ArrayList<>();
    private final DecayedCounts overall = new DecayedCounts(HALF_LIFE_DAYS);
    private final double[] strength = new double[KINDS];
    private final double[] weights = new double[KINDS + 1];
    private final Map<String, float[]> scoredFeatures = new HashMap<>();
    private final List<float[]> examples = new ArrayList<>();
    private final List<Boolean> outcomes = new ArrayList<>();
    private int today;

    PlainLearner() {
        for (int k = 0; k < KINDS; k++) {
            counts[k] = new DecayedCounts(HALF_LIFE_DAYS);
            ids.add(new HashMap<>());
            strength[k] = 20;
            weights[k + 1] = 0.3;
        }
    }

    /**
     * Chooses {@code capacity} lots of a period: {@code round(explorationShare × capacity)} uniformly at random, the
     * rest by score. Refits first on what has been learnt so far.
     */
    List<Lot> choose(List<Lot> period, int capacity, double explorationShare, SplittableRandom random) {
        if (period.isEmpty()) {
            return List.of();
        }
        today = (int) period.get(0).declaredAt().toEpochDay();
        refit();
        int n = period.size();
        int k = Math.min(capacity, n);
        int explore = (int) Math.round(explorationShare * k);
        boolean[] taken = new boolean[n];
        List<Lot> chosen = new ArrayList<>(k);
        for (int i = 0; i < explore; i++) {
            int j;
            do {
                j = random.nextInt(n);
            } while (taken[j]);
            taken[j] = true;
        }
        double[] score = new double[n];
        float[][] features = new float[n][];
        for (int i = 0; i < n; i++) {
            features[i] = features(period.get(i));
            score[i] = taken[i] ? Double.POSITIVE_INFINITY : linear(features[i]) + 1e-9 * random.nextDouble();
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        for (int r = 0; r < k; r++) {
            Lot lot = period.get(order[r]);
            chosen.add(lot);
            scoredFeatures.put(lot.lotId(), features[order[r]]);
        }
        return chosen;
    }

    /** The outcome of a lot this learner chose; the only way it learns anything. */
    void learn(Lot lot, boolean failed) {
        float[] f = scoredFeatures.remove(lot.lotId());
        if (f == null) {
            throw new IllegalArgumentException("plain learns only the outcomes of lots it chose: " + lot.lotId());
        }
        examples.add(f);
        outcomes.add(failed);
        int day = (int) lot.declaredAt().toEpochDay();
        overall.add(0, day, failed);
        String[] keys = keys(lot);
        for (int k = 0; k < KINDS; k++) {
            Map<String, Integer> kind = ids.get(k);
            counts[k].add(kind.computeIfAbsent(keys[k], x -> kind.size()), day, failed);
        }
    }

    private static String[] keys(Lot lot) {
        String c = lot.consignee();
        String m = lot.manufacturer();
        String h = lot.hsHeading();
        String o = lot.origin();
        return new String[] {c, m, h, o, c + '|' + m, c + '|' + h, c + '|' + o, m + '|' + h, m + '|' + o, h + '|' + o};
    }

    private double overallRate() {
        double n = overall.inspected(0, today);
        return n > 0 ? Math.min(0.99, Math.max(0.001, overall.failed(0, today) / n)) : 0.05;
    }

    /** Each kind's shrunk rate as log-odds against the overall rate; 0 for a cell never inspected. */
    private float[] features(Lot lot) {
        double mu = overallRate();
        double logitMu = Math.log(mu / (1 - mu));
        String[] keys = keys(lot);
        float[] f = new float[KINDS];
        for (int k = 0; k < KINDS; k++) {
            Integer id = ids.get(k).get(keys[k]);
            if (id == null) {
                continue;
            }
            double n = counts[k].inspected(id, today);
            double rate = (counts[k].failed(id, today) + strength[k] * mu) / (n + strength[k]);
            f[k] = (float) (Math.log(rate / (1 - rate)) - logitMu);
        }
        return f;
    }

    private double linear(float[] f) {
        double z = weights[0];
        for (int k = 0; k < KINDS; k++) {
            z += weights[k + 1] * f[k];
        }
        return z;
    }

    private void refit() {
        if (outcomes.size() < 200) {
            return;
        }
        double mu = overallRate();
        for (int k = 0; k < KINDS; k++) {
            strength[k] = priorStrength(k, mu);
        }
        newton(2);
    }

    /**
     * Method of moments for a Beta prior of mean μ: the spread of the cells' rates beyond what binomial noise explains
     * gives its variance τ², and the strength is μ(1 − μ) / τ² − 1.
     */
    private double priorStrength(int kind, double mu) {
        double scale = counts[kind].scaleAt(today);
        double total = 0;
        double squares = 0;
        double spread = 0;
        int cells = 0;
        for (int id = 0; id < ids.get(kind).size(); id++) {
            double n = counts[kind].storedInspected(id) * scale;
            if (n <= 0) {
                continue;
            }
            double r = counts[kind].storedFailed(id) * scale / n;
            total += n;
            squares += n * n;
            spread += n * (r - mu) * (r - mu);
            cells++;
        }
        double denominator = total - squares / total;
        if (cells < 2 || denominator <= 0) {
            return strength[kind];
        }
        double tau2 = (spread - mu * (1 - mu) * (cells - 1)) / denominator;
        if (tau2 <= 1e-8) {
            return 1e4;
        }
        return Math.max(0.5, Math.min(1e4, mu * (1 - mu) / tau2 - 1));
    }

    /** Newton steps of the ridge-penalised logistic regression on the latest examples. */
    private void newton(int steps) {
        int d = KINDS + 1;
        int from = Math.max(0, examples.size() - TRAINING_WINDOW);
        for (int step = 0; step < steps; step++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            double[] x = new double[d];
            for (int i = from; i < examples.size(); i++) {
                float[] f = examples.get(i);
                x[0] = 1;
                for (int k = 0; k < KINDS; k++) {
                    x[k + 1] = f[k];
                }
                double z = 0;
                for (int a = 0; a < d; a++) {
                    z += weights[a] * x[a];
                }
                double p = 1 / (1 + Math.exp(-z));
                double residual = (outcomes.get(i) ? 1 : 0) - p;
                double w = p * (1 - p);
                for (int a = 0; a < d; a++) {
                    gradient[a] += residual * x[a];
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += w * x[a] * x[b];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < a; b++) {
                    hessian[b][a] = hessian[a][b];
                }
                if (a > 0) {
                    gradient[a] -= RIDGE * weights[a];
                    hessian[a][a] += RIDGE;
                }
                hessian[a][a] += 1e-9;
            }
            double[] delta = solve(hessian, gradient);
            for (int a = 0; a < d; a++) {
                weights[a] += delta[a];
            }
        }
    }

    /** Gaussian elimination with partial pivoting (the system is small and positive definite). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] rowTmp = a[col];
            a[col] = a[pivot];
            a[pivot] = rowTmp;
            double t = b[col];
            b[col] = b[pivot];
            b[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double factor = a[r][col] / a[col][col];
                b[r] -= factor * b[col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= factor * a[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int c = r + 1; c < n; c++) {
                s -= a[r][c] * x[c];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }

    /** The regression's weights: intercept, then one per kind (consignee, manufacturer, HS4, origin, crosses). */
    double[] weights() {
        return weights.clone();
    }
}
