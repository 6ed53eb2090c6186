package org.qualityguard.risk.warning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qualityguard.risk.WarningLevel;

/**
 * One Bernoulli CUSUM per watched cell, measured against the cell's own baseline, mapped to warning levels.
 *
 * <p>The baseline is taken when the statistic leaves zero and frozen while evidence builds, so a rising stream cannot
 * raise its own bar. The statistic is capped a little above red so that, once the cell's passes return, the warning
 * de-escalates in weeks rather than never. A cell's episode ends when the statistic falls back to zero.
 */
public final class WarningMonitor {

    private static final int MAX_EVIDENCE = 25;

    private final double oddsRatio;
    private final double[] thresholds;
    private final double cap;
    private final boolean autoConfirm;
    private final double minBaselineForOrange;
    private final double burstOddsRatio;
    private final double burstCap;
    private float[] statistic = new float[1024];
    private float[] burst = new float[1024];
    private float[] calibration = new float[1024];
    private float[] observed = new float[1024];
    private float[] expected = new float[1024];
    private int[] sumDay = new int[1024];
    private double calibrationHalfLife = 180;
    private float[] baseline = new float[1024];
    private float[] baselineLots = new float[1024];
    private byte[] level = new byte[1024];
    private byte[] highest = new byte[1024];
    private byte[] confirmed = new byte[1024];
    private int[] raisedDay = new int[1024];
    private int[] changedDay = new int[1024];
    private final Map<Integer, ArrayDeque<String>> evidence = new HashMap<>();

    /**
     * @param thresholds  statistic for blue, yellow, orange, red
     * @param autoConfirm orange and red count as confirmed without an analyst
     */
    public WarningMonitor(double oddsRatio, double[] thresholds, boolean autoConfirm) {
        this(oddsRatio, thresholds, autoConfirm, 0);
    }

    /**
     * @param minBaselineForOrange inspected lots behind the baseline below which a warning stops at yellow
     */
    public WarningMonitor(double oddsRatio, double[] thresholds, boolean autoConfirm, double minBaselineForOrange) {
        this(oddsRatio, thresholds, autoConfirm, minBaselineForOrange, 0, 0);
    }

    /**
     * @param burstOddsRatio a second, fast CUSUM per cell tuned to a jump of this odds ratio, against the same
     *                       in-control rate as the warning chart; it raises no warning, it only says where to look
     *                       next (0 = none)
     * @param burstCap       the burst statistic is capped here, so that it forgets an old jump in a few dozen passes
     */
    public WarningMonitor(double oddsRatio, double[] thresholds, boolean autoConfirm, double minBaselineForOrange,
                          double burstOddsRatio, double burstCap) {
        this.burstOddsRatio = burstOddsRatio;
        this.burstCap = burstCap;
        this.minBaselineForOrange = minBaselineForOrange;
        this.oddsRatio = oddsRatio;
        this.thresholds = thresholds.clone();
        this.cap = thresholds[3] * 1.25;
        this.autoConfirm = autoConfirm;
    }

    /**
     * Adds one result of the cell.
     *
     * @param baselineIfIdle the cell's in-control rate now, used only if no evidence is building
     * @param lotsIfIdle     how many inspected lots (decayed) that baseline rests on
     * @return the previous level's ordinal, or -1 if the level did not change
     */
    public int observe(int cell, double baselineIfIdle, double lotsIfIdle, boolean failed, String lotId, int day) {
        return observe(cell, baselineIfIdle, lotsIfIdle, Double.NaN, 0, failed, lotId, day);
    }

    /**
     * The risk-adjusted in-control rate of a lot in a cell: its own probability with the odds scaled by the cell's
     * observed ÷ expected failures among the lots charted so far when that is above one (decayed, one pseudo-failure
     * each side, so a thin cell keeps the scorecard's word) and by {@code margin}. A cell the scorecard under-rates
     * for good is then judged against what it really does, and a warning means a change rather than a standing
     * miscalibration.
     */
    private double inControl(int cell, double lotRate, double margin) {
        double z = Math.log(lotRate / (1 - lotRate)) + calibration[cell] + margin;
        return 1.0 / (1.0 + Math.exp(-z));
    }

    private void accumulate(int cell, double lotRate, boolean failed, int day) {
        double f = sumDay[cell] == 0 && observed[cell] == 0 && expected[cell] == 0 ? 0
                : Math.pow(0.5, Math.max(0, day - sumDay[cell]) / calibrationHalfLife);
        observed[cell] = (float) (observed[cell] * f + (failed ? 1 : 0));
        expected[cell] = (float) (expected[cell] * f + lotRate);
        sumDay[cell] = day;
    }

    /**
     * Adds one result of the cell, judged against the lot's own in-control rate when one is given (a risk-adjusted
     * CUSUM, Steiner et al. 2000): the lots inspected in a cell are not a random sample of it — a follow-up or a
     * surveillance lot is usually less risky than the lots whose results made the cell's baseline — so each result is
     * weighed against what was expected of that very lot.
     *
     * @param lotRate the lot's failure probability by the scorecard, or NaN to use the cell's frozen baseline
     * @param margin  log-odds added to the lot's in-control rate, so that thin cells need more evidence
     */
    public int observe(int cell, double baselineIfIdle, double lotsIfIdle, double lotRate, double margin,
                       boolean failed, String lotId, int day) {
        ensure(cell);
        double s = statistic[cell];
        boolean adjusted = !Double.isNaN(lotRate);
        if (adjusted) {
            lotRate = Math.min(0.995, Math.max(0.0005, lotRate));
        }
        if (s == 0 || !adjusted && baselineLots[cell] < minBaselineForOrange) {
            // a chart against the cell's own baseline that started on a thin cell keeps learning that baseline until
            // enough lots stand behind it: frozen thin, a new flow's first failures would hold it below orange for as
            // long as it never reset. (Risk-adjusted charts weigh each lot against its own probability; letting their
            // gate move too cost seed 2 of the replay 1.3 false orange/red warnings a month.)
            baseline[cell] = (float) Math.min(0.5, Math.max(0.002, baselineIfIdle));
            baselineLots[cell] = (float) lotsIfIdle;
        }
        if (s == 0) {
            if (adjusted) { // frozen with the baseline while evidence builds
                double f = Math.pow(0.5, Math.max(0, day - sumDay[cell]) / calibrationHalfLife);
                // one-sided: the lots chosen for inspection are those the scorecard rates highest, so they fail less
                // often than it says (the winner's curse); that is no reason to make the chart more sensitive
                calibration[cell] = (float) Math.max(0, Math.log((observed[cell] * f + 1) / (expected[cell] * f + 1)));
            }
        }
        double p0 = adjusted ? Math.min(0.5, Math.max(0.002, inControl(cell, lotRate, margin))) : baseline[cell];
        if (adjusted) {
            accumulate(cell, lotRate, failed, day);
        }
        if (burstOddsRatio > 1) {
            burst[cell] = (float) Math.min(burstCap, BernoulliCusum.update(burst[cell], p0, burstOddsRatio, failed));
        }
        s = Math.min(cap, BernoulliCusum.update(s, p0, oddsRatio, failed));
        statistic[cell] = (float) s;
        if (s == 0) {
            evidence.remove(cell);
        } else if (failed) {
            ArrayDeque<String> lots = evidence.computeIfAbsent(cell, k -> new ArrayDeque<>());
            if (lots.size() == MAX_EVIDENCE) {
                lots.removeFirst();
            }
            lots.addLast(lotId);
        }
        int before = level[cell];
        int after = levelFor(s);
        if (baselineLots[cell] < minBaselineForOrange) {
            after = Math.min(after, WarningLevel.YELLOW.ordinal());
        }
        if (after == before) {
            return -1;
        }
        level[cell] = (byte) after;
        changedDay[cell] = day;
        if (before == 0) {
            raisedDay[cell] = day;
        }
        highest[cell] = (byte) Math.max(highest[cell], after);
        if (autoConfirm && after >= WarningLevel.ORANGE.ordinal()) {
            confirmed[cell] = 1;
        }
        if (after < WarningLevel.YELLOW.ordinal()) {
            confirmed[cell] = 0; // the passes have come back; a confirmation does not outlive its evidence
        }
        if (after == 0) {
            highest[cell] = 0;
        }
        return before;
    }

    private int levelFor(double s) {
        int l = 0;
        while (l < 4 && s >= thresholds[l]) {
            l++;
        }
        return l;
    }

    public WarningLevel level(int cell) {
        return cell < level.length ? WarningLevel.ofOrdinal(level[cell]) : WarningLevel.NONE;
    }

    public WarningLevel highest(int cell) {
        return cell < highest.length ? WarningLevel.ofOrdinal(highest[cell]) : WarningLevel.NONE;
    }

    public boolean confirmed(int cell) {
        return cell < confirmed.length && confirmed[cell] != 0;
    }

    /** Every lot of a cell with a confirmed orange or red warning is to be inspected. */
    public boolean mandatory(int cell) {
        return cell < level.length && confirmed[cell] != 0 && level[cell] >= WarningLevel.ORANGE.ordinal();
    }

    public double statistic(int cell) {
        return cell < statistic.length ? statistic[cell] : 0.0;
    }

    /** Half-life (days) of the observed ÷ expected record that calibrates the risk-adjusted charts; default 180. */
    public void calibrationHalfLife(double days) {
        this.calibrationHalfLife = days;
    }

    /** The cell's frozen calibration of the scorecard (log of observed ÷ expected failures, shrunk). */
    public double calibration(int cell) {
        return cell < calibration.length ? calibration[cell] : 0.0;
    }

    /** The fast CUSUM's evidence (nats) that the cell has jumped by the burst odds ratio; 0 when off. */
    public double burst(int cell) {
        return cell < burst.length ? burst[cell] : 0.0;
    }

    public double baseline(int cell) {
        return cell < baseline.length ? baseline[cell] : 0.0;
    }

    public int raisedDay(int cell) {
        return raisedDay[cell];
    }

    public int changedDay(int cell) {
        return changedDay[cell];
    }

    public List<String> evidence(int cell) {
        ArrayDeque<String> lots = evidence.get(cell);
        return lots == null ? List.of() : List.copyOf(lots);
    }

    public void confirm(int cell) {
        ensure(cell);
        if (level[cell] > 0) {
            confirmed[cell] = 1;
        }
    }

    /** An analyst judged the evidence spurious: the cell starts again from zero against a fresh baseline. */
    public void dismiss(int cell, int day) {
        ensure(cell);
        statistic[cell] = 0;
        burst[cell] = 0;
        level[cell] = 0;
        highest[cell] = 0;
        confirmed[cell] = 0;
        changedDay[cell] = day;
        evidence.remove(cell);
    }

    /** Cells with a level of blue or above, in id order (deterministic). */
    public List<Integer> active() {
        List<Integer> cells = new ArrayList<>();
        for (int c = 0; c < level.length; c++) {
            if (level[c] > 0) {
                cells.add(c);
            }
        }
        return cells;
    }

    private void ensure(int cell) {
        if (cell >= level.length) {
            int n = Math.max(cell + 1, level.length + (level.length >> 1));
            statistic = Arrays.copyOf(statistic, n);
            burst = Arrays.copyOf(burst, n);
            calibration = Arrays.copyOf(calibration, n);
            observed = Arrays.copyOf(observed, n);
            expected = Arrays.copyOf(expected, n);
            sumDay = Arrays.copyOf(sumDay, n);
            baseline = Arrays.copyOf(baseline, n);
            baselineLots = Arrays.copyOf(baselineLots, n);
            level = Arrays.copyOf(level, n);
            highest = Arrays.copyOf(highest, n);
            confirmed = Arrays.copyOf(confirmed, n);
            raisedDay = Arrays.copyOf(raisedDay, n);
            changedDay = Arrays.copyOf(changedDay, n);
        }
    }
}
