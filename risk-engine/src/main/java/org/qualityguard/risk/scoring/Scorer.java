package org.qualityguard.risk.scoring;

import java.util.ArrayList;
import java.util.List;
import org.qualityguard.risk.Cell;
import org.qualityguard.risk.CellKind;
import org.qualityguard.risk.LotCount;
import org.qualityguard.risk.RiskScore;
import org.qualityguard.risk.ScoreFactor;
import org.qualityguard.risk.ScoreFactor.Reading;
import org.qualityguard.risk.SignalKind;
import org.qualityguard.risk.history.CellIndex;
import org.qualityguard.risk.history.ComplianceHistory;
import org.qualityguard.risk.history.EncodedLot;

/**
 * Turns an encoded lot into log-odds of failure, and, on demand, into a scorecard an inspector can read.
 *
 * <p>{@link #logOdds} is the hot path: ten cached lifts, three recent lifts and four flag bytes, no allocation (a lot
 * whose cells have outside signals also sums their few decayed strengths).
 */
public final class Scorer {

    private static final double LN2 = Math.log(2);
    private static final SignalKind[] SIGNAL_KINDS = SignalKind.values();
    private static final double POINTS_PER_NAT = RiskScore.POINTS_TO_DOUBLE_ODDS / Math.log(2);
    private static final int LIFTS = CellKind.COUNT;
    private static final int RECENT = Feature.RECENT_HEADING_ORIGIN.ordinal();
    private static final int HO = CellKind.HEADING_ORIGIN.ordinal();
    private static final int CO = CellKind.CONSIGNEE.ordinal();
    private static final int MA = CellKind.MANUFACTURER.ordinal();
    private static final int CH = CellKind.CONSIGNEE_HEADING.ordinal();

    private final ComplianceHistory history;
    private final CellSignals signals;
    private final LogisticModel model;
    private final TrainingSet training;
    private final double ridge;

    public Scorer(ComplianceHistory history, CellSignals signals, int trainingWindow) {
        this.history = history;
        this.signals = signals;
        double[] prior = new double[Feature.COUNT + 1];
        prior[0] = ComplianceHistory.logit(0.05);
        for (Feature f : Feature.values()) {
            prior[f.ordinal() + 1] = f.prior;
        }
        this.model = new LogisticModel(prior);
        this.training = new TrainingSet(trainingWindow);
        this.ridge = 20.0;
    }

    public double logOdds(EncodedLot lot) {
        double[] b = model.coefficientsView();
        float[] lift = history.lifts();
        float[] recent = history.recentLifts();
        int[] c = lot.cells;
        double z = b[0];
        for (int k = 0; k < LIFTS; k++) {
            z += b[k + 1] * lift[c[k]];
        }
        z += b[RECENT + 1] * recent[c[HO]] + b[RECENT + 2] * recent[c[CO]] + b[RECENT + 3] * recent[c[MA]];
        if (lot.tightened()) {
            z += b[Feature.STREAM_TIGHTENED.ordinal() + 1];
        }
        float streamFailures = history.streamFailureScore(c[CH]);
        z += b[Feature.STREAM_FAILURES.ordinal() + 1] * streamFailures;
        z += b[Feature.JOINT_EFFECTS.ordinal() + 1] * jointEffects(c);
        if (lot.firstImport()) {
            z += b[Feature.FIRST_IMPORT.ordinal() + 1];
        }
        if (lot.newConsignee()) {
            z += b[Feature.NEW_CONSIGNEE.ordinal() + 1];
        }
        int flags = signals.flags(c[HO]) | signals.flags(c[CO]) | signals.flags(c[MA]) | signals.flags(c[CH]);
        if (flags != 0) {
            z += warningTerms(b, flags) + signalLogOdds(lot);
        }
        return z;
    }

    private float jointEffects(int[] c) {
        float[] effect = history.jointEffects();
        float sum = 0;
        for (int k = 0; k < LIFTS; k++) {
            sum += effect[c[k]];
        }
        return sum;
    }

    public double probability(EncodedLot lot) {
        return 1.0 / (1.0 + Math.exp(-logOdds(lot)));
    }

    /**
     * What a lot's outside signals add to its log-odds. A change chart judges a result against the lot's probability
     * without them: a notification says a flow may have changed, and must not make that flow's failures look expected
     * to the chart that would confirm it.
     */
    public double signalLogOdds(EncodedLot lot) {
        int[] c = lot.cells;
        int flags = signals.flags(c[HO]) | signals.flags(c[CO]) | signals.flags(c[MA]) | signals.flags(c[CH]);
        if ((flags & CellSignals.EXTERNAL) == 0) {
            return 0.0;
        }
        double[] b = model.coefficientsView();
        double z = 0;
        for (SignalKind kind : SIGNAL_KINDS) {
            z += b[Feature.of(kind).ordinal() + 1] * signalValue(c, kind, lot.day);
        }
        return z;
    }

    /** As {@link #signalLogOdds(EncodedLot)}, from the feature vector the lot was decided with. */
    public double signalLogOdds(float[] features) {
        double[] b = model.coefficientsView();
        double z = 0;
        for (SignalKind kind : SIGNAL_KINDS) {
            int f = Feature.of(kind).ordinal();
            z += b[f + 1] * features[f];
        }
        return z;
    }

    private double warningTerms(double[] b, int flags) {
        double z = 0;
        if ((flags & CellSignals.CONFIRMED_WARNING) != 0) {
            z += b[Feature.CONFIRMED_WARNING.ordinal() + 1];
        } else if ((flags & CellSignals.YELLOW_WARNING) != 0) {
            z += b[Feature.YELLOW_WARNING.ordinal() + 1];
        }
        return z;
    }

    /** log2(1 + the decayed strength of the kind's signals on the lot's watched cells): 1 for one fresh signal. */
    private double signalValue(int[] c, SignalKind kind, int day) {
        double weight = signals.weight(c[HO], kind, day) + signals.weight(c[CO], kind, day)
                + signals.weight(c[MA], kind, day) + signals.weight(c[CH], kind, day);
        return weight > 0 ? Math.log1p(weight) / LN2 : 0.0;
    }

    /** The feature vector as the model sees it; stored with the lot when it is chosen, to learn from its result. */
    public void features(EncodedLot lot, float[] out) {
        float[] lift = history.lifts();
        float[] recent = history.recentLifts();
        int[] c = lot.cells;
        for (int k = 0; k < LIFTS; k++) {
            out[k] = lift[c[k]];
        }
        out[RECENT] = recent[c[HO]];
        out[RECENT + 1] = recent[c[CO]];
        out[RECENT + 2] = recent[c[MA]];
        out[Feature.STREAM_TIGHTENED.ordinal()] = lot.tightened() ? 1 : 0;
        out[Feature.STREAM_FAILURES.ordinal()] = history.streamFailureScore(c[CH]);
        out[Feature.JOINT_EFFECTS.ordinal()] = jointEffects(c);
        out[Feature.FIRST_IMPORT.ordinal()] = lot.firstImport() ? 1 : 0;
        out[Feature.NEW_CONSIGNEE.ordinal()] = lot.newConsignee() ? 1 : 0;
        int flags = signals.flags(c[HO]) | signals.flags(c[CO]) | signals.flags(c[MA]) | signals.flags(c[CH]);
        boolean confirmed = (flags & CellSignals.CONFIRMED_WARNING) != 0;
        out[Feature.CONFIRMED_WARNING.ordinal()] = confirmed ? 1 : 0;
        out[Feature.YELLOW_WARNING.ordinal()] = !confirmed && (flags & CellSignals.YELLOW_WARNING) != 0 ? 1 : 0;
        for (SignalKind kind : SIGNAL_KINDS) {
            out[Feature.of(kind).ordinal()] = (flags & CellSignals.EXTERNAL) != 0
                    ? (float) signalValue(c, kind, lot.day) : 0;
        }
    }

    public void learn(float[] features, boolean failed) {
        training.add(features, failed);
    }

    /** Refits when there is enough to learn from; before that the intercept follows the observed failure rate. */
    public boolean refit() {
        if (training.size() >= 1000 && training.failures() >= 30) {
            training.fit(model, ridge);
            return true;
        }
        model.setIntercept(ComplianceHistory.logit(Math.max(0.001, history.globalRate())));
        return false;
    }

    public double coefficient(Feature feature) {
        return model.coefficientsView()[feature.ordinal() + 1];
    }

    public double[] coefficients() {
        return model.coefficients();
    }

    public boolean fitted() {
        return model.fitted();
    }

    /**
     * The scorecard: base points, then every characteristic that moved the score, largest first. A cell's jointly
     * fitted effect is added into the line of its kind (the cell's lift and its joint effect are two estimates of the
     * same characteristic, and a bank scorecard gives a characteristic one line), and each line is rounded once.
     */
    public RiskScore explain(EncodedLot lot, int day) {
        double[] b = model.coefficientsView();
        float[] x = new float[Feature.COUNT];
        features(lot, x);
        float[] effect = history.jointEffects();
        double joint = b[Feature.JOINT_EFFECTS.ordinal() + 1];
        List<ScoreFactor> factors = new ArrayList<>();
        int base = (int) Math.round(RiskScore.ANCHOR_SCORE
                + POINTS_PER_NAT * (b[0] + Math.log(RiskScore.ANCHOR_ODDS_AGAINST)));
        factors.add(new ScoreFactor("BASE", Reading.BASE.key(), List.of(history.globalRate()), base));
        double z = b[0];
        int score = base;
        List<ScoreFactor> others = new ArrayList<>();
        for (Feature f : Feature.values()) {
            double contribution = b[f.ordinal() + 1] * x[f.ordinal()];
            z += contribution;
            if (f == Feature.JOINT_EFFECTS) {
                continue; // counted below, cell by cell, in the lines of the cells' kinds
            }
            if (f.ordinal() < LIFTS) {
                contribution += joint * effect[lot.cells[f.ordinal()]];
            }
            int points = (int) Math.round(POINTS_PER_NAT * contribution);
            if (points == 0) {
                continue;
            }
            score += points;
            others.add(reading(f, lot, day, points));
        }
        others.sort((a, c) -> Integer.compare(Math.abs(c.points()), Math.abs(a.points())));
        factors.addAll(others);
        return new RiskScore(1.0 / (1.0 + Math.exp(-z)), score, factors);
    }

    private ScoreFactor reading(Feature f, EncodedLot lot, int day, int points) {
        CellIndex index = history.index();
        int o = f.ordinal();
        if (o < LIFTS) {
            int cell = lot.cells[o];
            double expected = ComplianceHistory.sigmoid(history.expectedLogit(cell));
            Reading r = history.shrunkRate(cell) > expected ? Reading.HISTORY_ABOVE : Reading.HISTORY_BELOW;
            return factor(f, r, points, index.describe(cell), Math.round(history.halfLifeDays()),
                    new LotCount(history.inspected(cell, day)), new LotCount(history.failed(cell, day)),
                    rate(history.failed(cell, day), history.inspected(cell, day)), expected);
        }
        if (o < RECENT + 3) {
            CellKind kind = o == RECENT ? CellKind.HEADING_ORIGIN : o == RECENT + 1 ? CellKind.CONSIGNEE
                    : CellKind.MANUFACTURER;
            int cell = lot.cell(kind);
            double recentRate = rate(history.recentFailed(cell, day), history.recentInspected(cell, day));
            double longRun = history.shrunkRate(cell);
            return factor(f, recentRate > longRun ? Reading.RECENT_ABOVE : Reading.RECENT_BELOW, points,
                    index.describe(cell), Math.round(history.recentHalfLifeDays()),
                    new LotCount(history.recentInspected(cell, day)), new LotCount(history.recentFailed(cell, day)),
                    recentRate, longRun);
        }
        Cell stream = index.describe(lot.cell(CellKind.CONSIGNEE_HEADING));
        return switch (f) {
            case STREAM_TIGHTENED -> factor(f, Reading.STREAM_TIGHTENED, points, stream);
            case STREAM_FAILURES -> factor(f, Reading.STREAM_FAILURES, points, stream,
                    Math.round(history.halfLifeDays()),
                    new LotCount(history.failed(lot.cell(CellKind.CONSIGNEE_HEADING), day)));
            case FIRST_IMPORT -> factor(f, Reading.FIRST_IMPORT, points, index.describe(lot.cell(CellKind.CONSIGNEE)),
                    index.describe(lot.cell(CellKind.ORIGIN)), index.describe(lot.cell(CellKind.HS_SUBHEADING)));
            case NEW_CONSIGNEE -> factor(f, Reading.NEW_CONSIGNEE, points,
                    index.describe(lot.cell(CellKind.CONSIGNEE)));
            case CONFIRMED_WARNING -> factor(f, Reading.CONFIRMED_WARNING, points,
                    flaggedCells(lot, CellSignals.CONFIRMED_WARNING));
            case YELLOW_WARNING -> factor(f, Reading.YELLOW_WARNING, points,
                    flaggedCells(lot, CellSignals.YELLOW_WARNING));
            case PARTNER_NOTIFICATION -> signalReading(f, Reading.PARTNER_NOTIFICATION, points, lot,
                    SignalKind.PARTNER_NOTIFICATION);
            case COMPLAINTS -> signalReading(f, Reading.COMPLAINTS, points, lot, SignalKind.CONSUMER_COMPLAINT);
            case OTHER_BUREAU_RESULT -> signalReading(f, Reading.OTHER_BUREAU_RESULT, points, lot,
                    SignalKind.OTHER_BUREAU_RESULT);
            default -> throw new IllegalStateException("no reading for " + f);
        };
    }

    private static ScoreFactor factor(Feature f, Reading reading, int points, Object... arguments) {
        return new ScoreFactor(f.name(), reading.key(), List.of(arguments), points);
    }

    /** A signal line: the lot's cells that have signals of the kind, how many signals, days since the latest. */
    private ScoreFactor signalReading(Feature f, Reading reading, int points, EncodedLot lot, SignalKind kind) {
        List<Cell> cells = new ArrayList<>();
        int count = 0;
        int latest = Integer.MAX_VALUE;
        for (CellKind watched : Feature.watched()) {
            int[] seen = signals.countAndAge(lot.cell(watched), kind, lot.day);
            if (seen[0] > 0) {
                cells.add(history.index().describe(lot.cell(watched)));
                count += seen[0];
                latest = Math.min(latest, seen[1]);
            }
        }
        return factor(f, reading, points, cells, count, latest);
    }

    private List<Cell> flaggedCells(EncodedLot lot, byte flag) {
        List<Cell> cells = new ArrayList<>();
        for (CellKind kind : Feature.watched()) {
            if ((signals.flags(lot.cell(kind)) & flag) != 0) {
                cells.add(history.index().describe(lot.cell(kind)));
            }
        }
        return cells;
    }

    private static double rate(double failed, double inspected) {
        return inspected > 0 ? failed / inspected : 0.0;
    }
}
