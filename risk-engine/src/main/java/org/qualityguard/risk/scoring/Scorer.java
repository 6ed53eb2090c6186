package org.qualityguard.risk.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qualityguard.risk.Cell;
import org.qualityguard.risk.CellKind;
import org.qualityguard.risk.RiskScore;
import org.qualityguard.risk.ScoreFactor;
import org.qualityguard.risk.history.CellIndex;
import org.qualityguard.risk.history.ComplianceHistory;
import org.qualityguard.risk.history.EncodedLot;

/**
 * Turns an encoded lot into log-odds of failure, and, on demand, into a scorecard an inspector can read.
 *
 * <p>{@link #logOdds} is the hot path: ten cached lifts, three recent lifts and four flag bytes, no allocation.
 */
public final class Scorer {

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
            z += signalTerms(b, c, flags);
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

    private double signalTerms(double[] b, int[] c, int flags) {
        double z = 0;
        if ((flags & CellSignals.CONFIRMED_WARNING) != 0) {
            z += b[Feature.CONFIRMED_WARNING.ordinal() + 1];
        } else if ((flags & CellSignals.YELLOW_WARNING) != 0) {
            z += b[Feature.YELLOW_WARNING.ordinal() + 1];
        }
        if ((flags & CellSignals.PARTNER_NOTIFIED) != 0) {
            z += b[Feature.PARTNER_NOTIFICATION.ordinal() + 1];
        }
        if ((flags & CellSignals.COMPLAINED) != 0) {
            z += b[Feature.COMPLAINTS.ordinal() + 1] * complaintValue(c);
        }
        return z;
    }

    private double complaintValue(int[] c) {
        return Math.log1p(signals.complaints(c[CO]) + signals.complaints(c[MA]));
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
        out[Feature.PARTNER_NOTIFICATION.ordinal()] = (flags & CellSignals.PARTNER_NOTIFIED) != 0 ? 1 : 0;
        out[Feature.COMPLAINTS.ordinal()] = (flags & CellSignals.COMPLAINED) != 0 ? (float) complaintValue(c) : 0;
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

    /** The scorecard: base points, then every factor that moved the score, largest first. */
    public RiskScore explain(EncodedLot lot, int day) {
        double[] b = model.coefficientsView();
        float[] x = new float[Feature.COUNT];
        features(lot, x);
        List<ScoreFactor> factors = new ArrayList<>();
        int base = (int) Math.round(RiskScore.ANCHOR_SCORE
                + POINTS_PER_NAT * (b[0] + Math.log(RiskScore.ANCHOR_ODDS_AGAINST)));
        factors.add(new ScoreFactor("BASE", String.format(Locale.ROOT,
                "an unremarkable lot (inspected lots failing at %.1f %%)", 100 * history.globalRate()), base));
        double z = b[0];
        int score = base;
        List<ScoreFactor> others = new ArrayList<>();
        for (Feature f : Feature.values()) {
            double contribution = b[f.ordinal() + 1] * x[f.ordinal()];
            z += contribution;
            if (f == Feature.JOINT_EFFECTS) {
                score += jointFactors(b[f.ordinal() + 1], lot, day, others);
                continue;
            }
            int points = (int) Math.round(POINTS_PER_NAT * contribution);
            if (points == 0) {
                continue;
            }
            score += points;
            others.add(new ScoreFactor(f.name(), reading(f, lot, day), points));
        }
        others.sort((a, c) -> Integer.compare(Math.abs(c.points()), Math.abs(a.points())));
        factors.addAll(others);
        return new RiskScore(1.0 / (1.0 + Math.exp(-z)), score, factors);
    }

    /**
     * The joint effects' points, one factor per cell, so that the inspector still reads which consignee, product or
     * origin moved the score (the bank scorecard's points per characteristic) rather than one lump.
     */
    private int jointFactors(double coefficient, EncodedLot lot, int day, List<ScoreFactor> out) {
        float[] effect = history.jointEffects();
        int total = 0;
        for (int k = 0; k < LIFTS; k++) {
            int cell = lot.cells[k];
            int points = (int) Math.round(POINTS_PER_NAT * coefficient * effect[cell]);
            if (points == 0) {
                continue;
            }
            total += points;
            out.add(new ScoreFactor(Feature.JOINT_EFFECTS.name() + ":" + CellKind.ofOrdinal(k).name(),
                    String.format(Locale.ROOT, "%s: %.1f %% failed of %.1f inspected (half-life %.0f d); with the "
                                    + "lots' other cells accounted for, odds × %.2f", history.index().describe(cell),
                            100 * rate(history.failed(cell, day), history.inspected(cell, day)),
                            history.inspected(cell, day), history.halfLifeDays(), Math.exp(effect[cell])), points));
        }
        return total;
    }

    private String reading(Feature f, EncodedLot lot, int day) {
        CellIndex index = history.index();
        int o = f.ordinal();
        if (o < LIFTS) {
            int cell = lot.cells[o];
            Cell name = index.describe(cell);
            return String.format(Locale.ROOT, "%s: %.1f %% failed of %.1f inspected (half-life %.0f d); "
                            + "its parents suggest %.1f %%, shrunk to %.1f %%", name,
                    100 * rate(history.failed(cell, day), history.inspected(cell, day)),
                    history.inspected(cell, day), history.halfLifeDays(),
                    100 * ComplianceHistory.sigmoid(history.expectedLogit(cell)), 100 * history.shrunkRate(cell));
        }
        if (o < RECENT + 3) {
            CellKind kind = o == RECENT ? CellKind.HEADING_ORIGIN : o == RECENT + 1 ? CellKind.CONSIGNEE
                    : CellKind.MANUFACTURER;
            int cell = lot.cell(kind);
            return String.format(Locale.ROOT, "%s lately: %.1f %% failed of %.1f inspected (half-life %.0f d) "
                            + "against %.1f %% over the long run", index.describe(cell),
                    100 * rate(history.recentFailed(cell, day), history.recentInspected(cell, day)),
                    history.recentInspected(cell, day), history.recentHalfLifeDays(), 100 * history.shrunkRate(cell));
        }
        return switch (f) {
            case STREAM_TIGHTENED -> "stream " + index.describe(lot.cell(CellKind.CONSIGNEE_HEADING))
                    + " is on tightened inspection (GB/T 2828.1)";
            case STREAM_FAILURES -> String.format(Locale.ROOT, "stream %s: %.1f failed lots (decayed, half-life %.0f d)",
                    index.describe(lot.cell(CellKind.CONSIGNEE_HEADING)),
                    history.failed(lot.cell(CellKind.CONSIGNEE_HEADING), day), history.halfLifeDays());
            case FIRST_IMPORT -> "first import of HS " + index.describe(lot.cell(CellKind.HS_SUBHEADING)).hsPrefix()
                    + " from " + index.describe(lot.cell(CellKind.ORIGIN)).origin() + " by "
                    + index.describe(lot.cell(CellKind.CONSIGNEE)).consignee();
            case NEW_CONSIGNEE -> "consignee " + index.describe(lot.cell(CellKind.CONSIGNEE)).consignee()
                    + " has never declared before";
            case CONFIRMED_WARNING -> "confirmed orange/red warning on " + flaggedCells(lot, CellSignals.CONFIRMED_WARNING);
            case YELLOW_WARNING -> "yellow warning on " + flaggedCells(lot, CellSignals.YELLOW_WARNING);
            case PARTNER_NOTIFICATION -> "partner agency notification on " + flaggedCells(lot, CellSignals.PARTNER_NOTIFIED);
            case COMPLAINTS -> String.format(Locale.ROOT, "%.0f consumer complaints about the consignee or manufacturer",
                    signals.complaints(lot.cell(CellKind.CONSIGNEE)) + signals.complaints(lot.cell(CellKind.MANUFACTURER)));
            default -> f.name();
        };
    }

    private String flaggedCells(EncodedLot lot, byte flag) {
        List<String> names = new ArrayList<>();
        for (CellKind kind : Feature.watched()) {
            if ((signals.flags(lot.cell(kind)) & flag) != 0) {
                names.add(history.index().describe(lot.cell(kind)).toString());
            }
        }
        return String.join("; ", names);
    }

    private static double rate(double failed, double inspected) {
        return inspected > 0 ? failed / inspected : 0.0;
    }
}
