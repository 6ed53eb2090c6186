package org.qualityguard.risk.scoring;

import java.util.Arrays;

/**
 * Logistic regression fitted by Newton's method (IRLS) with a ridge toward prior coefficients: with little data the
 * model stays where the hierarchy puts it, and with much data it learns how far each lift is to be believed.
 * Twenty coefficients and a few hundred thousand rows solve in tens of milliseconds.
 */
public final class LogisticModel {

    /**
     * Warm-started from last week's coefficients, Newton needs two or three steps; a cold start gets more. The
     * Hessian pass over the training window is most of the engine's weekly cost, so the ceiling matters.
     */
    private static final int MAX_ITERATIONS_COLD = 12;
    private static final int MAX_ITERATIONS_WARM = 3;

    private final double[] beta;
    private final double[] prior;
    private boolean fitted;

    public LogisticModel(double[] prior) {
        this.prior = prior.clone();
        this.beta = prior.clone();
    }

    /** Intercept first, then one coefficient per feature. */
    public double[] coefficients() {
        return beta.clone();
    }

    double[] coefficientsView() {
        return beta;
    }

    public boolean fitted() {
        return fitted;
    }

    public void setIntercept(double intercept) {
        beta[0] = intercept;
        prior[0] = intercept;
    }

    /**
     * Fits on {@code rows} rows of {@code width} features stored row by row in {@code x} with outcomes {@code y}.
     *
     * @param ridge penalty on the distance of each feature's coefficient from its prior (not on the intercept)
     */
    public void fit(float[] x, byte[] y, int rows, int width, double ridge) {
        int p = width + 1;
        double[] b = beta.clone();
        double[] grad = new double[p];
        double[] hess = new double[p * p];
        double[] row = new double[p];
        int iterations = fitted ? MAX_ITERATIONS_WARM : MAX_ITERATIONS_COLD;
        for (int iter = 0; iter < iterations; iter++) {
            Arrays.fill(grad, 0);
            Arrays.fill(hess, 0);
            for (int i = 0; i < rows; i++) {
                row[0] = 1;
                int o = i * width;
                double z = b[0];
                for (int j = 0; j < width; j++) {
                    row[j + 1] = x[o + j];
                    z += b[j + 1] * row[j + 1];
                }
                double mu = 1.0 / (1.0 + Math.exp(-z));
                double w = Math.max(mu * (1 - mu), 1e-9);
                double r = mu - y[i];
                for (int j = 0; j < p; j++) {
                    double rj = row[j];
                    if (rj == 0) {
                        continue;
                    }
                    grad[j] += r * rj;
                    double wr = w * rj;
                    for (int k = 0; k <= j; k++) {
                        hess[j * p + k] += wr * row[k];
                    }
                }
            }
            for (int j = 1; j < p; j++) {
                grad[j] += ridge * (b[j] - prior[j]);
                hess[j * p + j] += ridge;
            }
            hess[0] += 1e-6;
            for (int j = 0; j < p; j++) {
                for (int k = j + 1; k < p; k++) {
                    hess[j * p + k] = hess[k * p + j];
                }
            }
            double[] step = solve(hess, grad, p);
            // Newton with step halving: the penalised log-likelihood must not get worse, or a near-separable feature
            // can throw the intercept to infinity
            double before = objective(x, y, rows, width, b, ridge);
            double scale = 1.0;
            double[] trial = new double[p];
            double after;
            do {
                for (int j = 0; j < p; j++) {
                    trial[j] = b[j] - scale * step[j];
                }
                after = objective(x, y, rows, width, trial, ridge);
                scale /= 2;
            } while (!(after <= before + 1e-9) && scale > 1e-4);
            if (!(after <= before + 1e-9)) {
                break;
            }
            double max = 0;
            for (int j = 0; j < p; j++) {
                max = Math.max(max, Math.abs(trial[j] - b[j]));
                b[j] = trial[j];
            }
            if (max < 1e-4) {
                break; // a ten-thousandth of a log-odds: far below what the scorecard's points can show
            }
        }
        for (double v : b) {
            if (!Double.isFinite(v)) {
                return; // keep the previous coefficients rather than score with a broken fit
            }
        }
        System.arraycopy(b, 0, beta, 0, p);
        fitted = true;
    }

    private double objective(float[] x, byte[] y, int rows, int width, double[] b, double ridge) {
        double loss = 0;
        for (int i = 0; i < rows; i++) {
            int o = i * width;
            double z = b[0];
            for (int j = 0; j < width; j++) {
                z += b[j + 1] * x[o + j];
            }
            // log(1 + e^z) − y·z, computed without overflow
            loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y[i] * z;
        }
        for (int j = 1; j < b.length; j++) {
            loss += 0.5 * ridge * (b[j] - prior[j]) * (b[j] - prior[j]);
        }
        return loss;
    }

    /** Cholesky solve of the symmetric positive definite system a·s = g. */
    private static double[] solve(double[] a, double[] g, int n) {
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * n + k] * l[j * n + k];
                }
                if (i == j) {
                    l[i * n + i] = Math.sqrt(Math.max(s, 1e-12));
                } else {
                    l[i * n + j] = s / l[j * n + j];
                }
            }
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double s = g[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * n + k] * z[k];
            }
            z[i] = s / l[i * n + i];
        }
        double[] s = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double v = z[i];
            for (int k = i + 1; k < n; k++) {
                v -= l[k * n + i] * s[k];
            }
            s[i] = v / l[i * n + i];
        }
        return s;
    }
}
