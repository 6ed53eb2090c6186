package org.qualityguard.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.qualityguard.risk.history.CellIndex;
import org.qualityguard.risk.history.ComplianceHistory;
import org.qualityguard.risk.history.EncodedLot;
import org.qualityguard.risk.scoring.CellSignals;
import org.qualityguard.risk.scoring.Feature;
import org.qualityguard.risk.scoring.Scorer;
import org.qualityguard.risk.switching.SwitchingRules;
import org.qualityguard.risk.switching.Transition;
import org.qualityguard.risk.targeting.BaseRateEstimator;
import org.qualityguard.risk.targeting.Calibration;
import org.qualityguard.risk.targeting.OnlineThreshold;
import org.qualityguard.risk.targeting.Selector;
import org.qualityguard.risk.warning.BernoulliCusum;
import org.qualityguard.risk.warning.WarningMonitor;

/**
 * The risk engine's one door: declare a period's lots and get an inspection plan, record results, read warnings,
 * switching states and the base-rate estimate.
 *
 * <p>Life of a lot: {@link #plan} encodes it (interning its cells), scores it, and decides; if chosen, its features
 * are kept until {@link #record} brings its result, which then teaches the model, feeds the warning charts of its
 * cells and its stream's switching counters, and only then enters the history (so a result never vouches for
 * itself). The scorecard is refitted, and every cell's shrunk rate refreshed, at the first plan on or after each
 * refit date.
 *
 * <p>Not thread-safe: one engine is one ordered stream of declarations and results, which is also what makes its
 * state reproducible — feed two engines the same calls in the same order and they agree on every plan and warning.
 */
public final class RiskEngine {

    private final RiskEngineConfig config;
    private final CellIndex index = new CellIndex();
    private final ComplianceHistory history;
    private final CellSignals signals;
    private final Scorer scorer;
    private final WarningMonitor monitor;
    private final SwitchingRules switching = new SwitchingRules();
    private final BaseRateEstimator baseRate = new BaseRateEstimator();
    private final Calibration calibration = new Calibration();
    private final Map<String, Pending> pending = new HashMap<>();
    private final int[] monitored;
    private final double[] severity = new double[Hazard.values().length];
    private final boolean uniformSeverity;
    private double[][] hazardMix = new double[128][];
    private int nextRefitDay = Integer.MIN_VALUE;
    private int[] lastInspected = new int[0];
    private final Map<String, OnlineThreshold> thresholds = new HashMap<>();
    private int modelVersion;
    private long resultsRecorded;
    /** A watched cell is busy, and worth surveillance, with at least this many lots in the period. */
    private static final int SURVEILLANCE_MIN_LOTS = 3;
    private static final int FORGET_PENDING_AFTER_DAYS = 180;
    /** The burst statistic stops this far above full follow-up, so an old jump is forgotten in a few dozen passes. */
    private static final double BURST_CAP_ABOVE_FULL = 2.0;

    /** A chosen lot awaiting its result, with what the engine knew when it chose it. */
    private record Pending(EncodedLot lot, float[] features, double probability, double explorationWeight) {
    }

    private RiskEngine(RiskEngineConfig config) {
        this.config = config;
        this.history = new ComplianceHistory(index, config.halfLifeDays(), config.recentHalfLifeDays(),
                config.trainingWindow());
        this.signals = new CellSignals(config.recentHalfLifeDays());
        this.scorer = new Scorer(history, signals, config.trainingWindow());
        this.monitor = new WarningMonitor(config.cusumOddsRatio(), config.levelThresholds(),
                config.autoConfirmAtOrange(), config.minBaselineForOrange(), config.burstOddsRatio(),
                config.burstFullAt() + BURST_CAP_ABOVE_FULL);
        this.monitor.calibrationHalfLife(config.halfLifeDays());
        this.monitored = config.monitoredKinds().stream().mapToInt(Enum::ordinal).sorted().toArray();
        boolean uniform = true;
        for (Hazard h : Hazard.values()) {
            severity[h.ordinal()] = config.severityWeights().getOrDefault(h, 1.0);
            uniform &= severity[h.ordinal()] == severity[0];
        }
        this.uniformSeverity = uniform;
    }

    public static RiskEngine create(RiskEngineConfig config) {
        return new RiskEngine(config);
    }

    public RiskEngineConfig config() {
        return config;
    }

    /**
     * Declares a period's lots and chooses which to inspect. The same engine state, lots and seed give the same plan.
     * For simulations such as the replay: its draws follow a seed that is no secret; lots declared by others are
     * decided one by one with {@link #decide}, whose draws are keyed.
     */
    public InspectionPlan plan(List<Lot> lots, Capacity capacity, long seed) {
        int n = lots.size();
        int cap = capacity.lotsFor(n);
        if (n == 0) {
            return new InspectionPlan(List.of(), cap, 0, seed);
        }
        int day = Integer.MAX_VALUE;
        for (Lot lot : lots) {
            day = Math.min(day, (int) lot.declaredAt().toEpochDay());
        }
        refreshIfDue(day);
        EncodedLot[] encoded = new EncodedLot[n];
        for (int i = 0; i < n; i++) {
            encoded[i] = encodeLot(lots.get(i));
        }
        history.ensureCells();
        double[] probability = new double[n];
        double[] priority = new double[n];
        SelectionReason[] claim = new SelectionReason[n];
        int[] stratum = new int[n];
        long periodSeed = seed ^ (day * 0x9E3779B97F4A7C15L);
        SplittableRandom draws = new SplittableRandom(periodSeed ^ 0x5DEECE66DL);
        double[] followUp = config.followUpShares();
        for (int i = 0; i < n; i++) {
            EncodedLot e = encoded[i];
            double z = scorer.logOdds(e);
            probability[i] = 1.0 / (1.0 + Math.exp(-z));
            priority[i] = priority(e, z, draws);
            stratum[i] = e.chapter;
            if (mandatoryByWarning(e)) {
                claim[i] = SelectionReason.MANDATORY_WARNING;
            } else if (switching.state(e.cell(CellKind.CONSIGNEE_HEADING)) == SwitchingState.DISCONTINUED) {
                claim[i] = SelectionReason.MANDATORY_DISCONTINUED;
            } else if (onMandatoryList(lots.get(i).hsCode())) {
                claim[i] = SelectionReason.MANDATORY_LIST;
            } else {
                double share = followUpShare(e, followUp);
                // a fixed draw per lot and seed, so the follow-up sample is reproducible like the rest of the plan
                if (share > 0 && unit(lots.get(i).lotId(), periodSeed) < share) {
                    claim[i] = SelectionReason.WARNING_FOLLOW_UP;
                }
            }
        }
        claimBurstFollowUps(encoded, priority, claim);
        claimSurveillance(encoded, priority, claim, day, cap);
        int[] overflow = new int[1];
        SelectionReason[] reasons = Selector.select(priority, claim, stratum, cap, config.explorationShare(),
                periodSeed, overflow);
        int explored = 0;
        for (SelectionReason r : reasons) {
            explored += r == SelectionReason.EXPLORATION ? 1 : 0;
        }
        double weight = explored > 0 ? (double) n / explored : 0.0;
        List<Decision> decisions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Lot lot = lots.get(i);
            index.declare(lot, encoded[i], 1);
            if (reasons[i].inspect()) {
                float[] x = new float[Feature.COUNT];
                scorer.features(encoded[i], x);
                pending.put(lot.lotId(), new Pending(encoded[i], x, probability[i],
                        reasons[i] == SelectionReason.EXPLORATION ? weight : 0.0));
            }
            decisions.add(new Decision(lot, reasons[i], probability[i], priority[i]));
        }
        return new InspectionPlan(decisions, cap, overflow[0], seed);
    }


    /**
     * Decides one lot as it is declared, for a bureau that may inspect {@code capacityShare} of its lots. The order is
     * that of {@link #plan}: the exploration draw first (every lot has the same chance of it, whatever else is true, so
     * that the sample stays unbiased), then mandatory lots, warning follow-ups, and risk above the bureau's running
     * threshold. It changes nothing learnt: the caller stores the decision and then {@link #accept}s it, so that a
     * decision that was never stored leaves no trace. The same state, lot and key give the same decision; every random
     * draw of it is keyed (see {@link DrawKey}), so that whoever chooses the lot's id cannot choose its draws.
     */
    public LotDecision decide(Lot lot, double capacityShare, DrawKey key) {
        if (!(capacityShare >= 0 && capacityShare <= 1)) {
            throw new IllegalArgumentException("capacity share must be within [0, 1]: " + capacityShare);
        }
        EncodedLot e = encodeLot(lot);
        history.ensureCells();
        double z = scorer.logOdds(e);
        double probability = 1.0 / (1.0 + Math.exp(-z));
        double priority = priority(e, z, new SplittableRandom(key.thompson(lot.lotId())));
        double explorationShare = config.explorationShare() * capacityShare;
        double draw = key.exploration(lot.lotId());
        double threshold = thresholds.computeIfAbsent(lot.bureau(), b -> new OnlineThreshold()).threshold(capacityShare);
        SelectionReason reason;
        if (draw < explorationShare) {
            reason = SelectionReason.EXPLORATION;
        } else if (mandatoryByWarning(e)) {
            reason = SelectionReason.MANDATORY_WARNING;
        } else if (switching.state(e.cell(CellKind.CONSIGNEE_HEADING)) == SwitchingState.DISCONTINUED) {
            reason = SelectionReason.MANDATORY_DISCONTINUED;
        } else if (onMandatoryList(lot.hsCode())) {
            reason = SelectionReason.MANDATORY_LIST;
        } else if (key.followUp(lot.lotId()) < followUpShare(e, config.followUpShares())) {
            reason = SelectionReason.WARNING_FOLLOW_UP;
        } else {
            reason = priority >= threshold ? SelectionReason.RISK : SelectionReason.NOT_SELECTED;
        }
        float[] x = new float[Feature.COUNT];
        scorer.features(e, x);
        double weight = reason == SelectionReason.EXPLORATION ? 1.0 / explorationShare : 0.0;
        return new LotDecision(lot, reason, priority, threshold, draw, capacityShare, explorationShare,
                priority / probability, modelVersion, new DecisionBasis(x, probability, weight));
    }

    /**
     * The decision was stored: the lot now counts as declared (its consignee is no longer new, its flow no longer a
     * first import) and its priority joins its bureau's threshold window.
     */
    public void accept(LotDecision decision) {
        Lot lot = decision.lot();
        index.declare(lot, encodeLot(lot), 1);
        restoreDecision(lot.bureau(), decision.priority(), decision.reason(), decision.capacityShare());
    }

    /** Rebuilding from stored decisions: {@code lots} lots of this consignee and flow were declared. */
    public void restoreDeclarations(String consignee, String hsSubheading, String origin, int lots) {
        Lot flow = new Lot("restore", LocalDate.EPOCH, "", Direction.IMPORT, hsSubheading, origin, consignee, "", 0, 0);
        index.declare(flow, index.encode(flow), lots);
    }

    /** Rebuilding from stored decisions, oldest first: one of the bureau's recent decisions for its threshold window. */
    public void restoreDecision(String bureau, double priority, SelectionReason reason, double capacityShare) {
        thresholds.computeIfAbsent(bureau, b -> new OnlineThreshold())
                .add(priority, reason != SelectionReason.RISK && reason != SelectionReason.NOT_SELECTED, capacityShare);
    }

    /**
     * Records the result of a lot decided with {@link #decide}: the model learns from what it saw at decision time,
     * an explored lot feeds the unbiased estimate, and history, warnings and switching move on.
     */
    public ResultRecorded record(Lot lot, InspectionResult result, DecisionBasis basis) {
        if (!lot.lotId().equals(result.lotId())) {
            throw new IllegalArgumentException("result " + result.lotId() + " is not for lot " + lot.lotId());
        }
        EncodedLot e = encodeLot(lot);
        history.ensureCells();
        float[] features = basis.features();
        if (features.length > Feature.COUNT) {
            throw new IllegalArgumentException("lot " + lot.lotId() + " was decided with " + features.length
                    + " features, more than this engine knows (" + Feature.COUNT + ")");
        }
        // a lot decided by an engine that knew fewer features carries none of the later ones: they count as absent
        return learnAndApply(lot, result, e, Arrays.copyOf(features, Feature.COUNT), basis.probability(),
                basis.explorationWeight());
    }

    /**
     * The hazard classes found in the lot's HS chapter, most frequent first, at most {@code limit}: what to check.
     * Empty while nothing has failed in the chapter.
     */
    public List<Hazard> likelyHazards(Lot lot, int limit) {
        int attr = index.hsAttribute(lot.hsChapter());
        double[] mix = attr >= 0 && attr < hazardMix.length ? hazardMix[attr] : null;
        if (mix == null) {
            return List.of();
        }
        List<Hazard> found = new ArrayList<>();
        for (Hazard h : Hazard.values()) {
            if (mix[h.ordinal()] > 0) {
                found.add(h);
            }
        }
        found.sort((a, b) -> Double.compare(mix[b.ordinal()], mix[a.ordinal()]));
        return List.copyOf(found.subList(0, Math.min(limit, found.size())));
    }

    /** How many lots each GB/T 2828.1 switching state holds among the consignee × heading streams seen so far. */
    public Map<SwitchingState, Integer> streamsBySwitchingState() {
        Map<SwitchingState, Integer> counts = new java.util.EnumMap<>(SwitchingState.class);
        for (SwitchingState state : SwitchingState.values()) {
            counts.put(state, 0);
        }
        for (int c = 0; c < index.size(); c++) {
            if (index.kind(c) == CellKind.CONSIGNEE_HEADING && switching.recorded(c)) {
                counts.merge(switching.state(c), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** How many times the scorecard has been refitted: the version decisions name. */
    public int modelVersion() {
        return modelVersion;
    }

    /** The learnt state as of {@code on}, comparable across engines (see {@link EngineSnapshot}). */
    public EngineSnapshot snapshot(LocalDate on) {
        int day = (int) on.toEpochDay();
        java.util.TreeMap<String, double[]> cells = new java.util.TreeMap<>();
        for (int c = 0; c < index.size(); c++) {
            double inspected = history.inspected(c, day);
            int declared = index.declaredLots(c);
            WarningLevel level = monitor.level(c);
            if (inspected == 0 && declared == 0 && level == WarningLevel.NONE) {
                continue;
            }
            Cell name = index.describe(c);
            double switchingState = name.kind() == CellKind.CONSIGNEE_HEADING ? switching.state(c).ordinal() : -1;
            cells.put(name.toString(), new double[] {inspected, history.failed(c, day),
                history.recentInspected(c, day), history.recentFailed(c, day), declared, level.ordinal(),
                monitor.statistic(c), monitor.confirmed(c) ? 1 : 0, switchingState});
        }
        BaseRateEstimate estimate = baseRate.estimate();
        return new EngineSnapshot(day, cells, scorer.coefficients(), modelVersion, resultsRecorded,
                estimate.value(), estimate.sampled());
    }

    /** Interns the lot's cells and notes what the stream's switching state says about it now. */
    private EncodedLot encodeLot(Lot lot) {
        EncodedLot e = index.encode(lot);
        SwitchingState state = switching.stateOn(e.cell(CellKind.CONSIGNEE_HEADING), e.day);
        e.markTightened(state == SwitchingState.TIGHTENED || state == SwitchingState.DISCONTINUED);
        return e;
    }

    private double priority(EncodedLot e, double logOdds, SplittableRandom draws) {
        double z = logOdds;
        if (config.thompsonScale() > 0) {
            z += config.thompsonScale() * Math.max(0, scorer.coefficient(Feature.JOINT_EFFECTS))
                    * history.jointSd(e.cells) * draws.nextGaussian();
        }
        double value = 1.0 / (1.0 + Math.exp(-z));
        if (!uniformSeverity) {
            value *= expectedSeverity(e.chapter);
        }
        SwitchingState state = switching.stateOn(e.cell(CellKind.CONSIGNEE_HEADING), e.day);
        if (state == SwitchingState.TIGHTENED) {
            value *= config.tightenedIntensity();
        } else if (state == SwitchingState.REDUCED) {
            value *= config.reducedIntensity();
        }
        return value * changeMixture(e, value);
    }

    /**
     * How much a building warning should lift a lot's priority. The CUSUM statistic S is the log-likelihood ratio of
     * "the cell's rate has shifted" against "it has not", so with prior odds o of a change the posterior probability
     * of one is π = o·e^S / (1 + o·e^S). The lot's expected finding is then (1 − π)·p + π·p_shifted: a first failure
     * in a quiet cell moves it a little, a run of them a lot, and the lot competes for capacity on that footing
     * rather than jumping the queue.
     */
    private double changeMixture(EncodedLot e, double p) {
        double strongest = 0;
        int cell = -1;
        for (int k : monitored) {
            double s = monitor.statistic(e.cells[k]);
            if (s > strongest) {
                strongest = s;
                cell = e.cells[k];
            }
        }
        if (cell < 0 || config.changePriorOdds() <= 0) {
            return 1.0;
        }
        double odds = config.changePriorOdds() * Math.exp(strongest);
        double pi = odds / (1 + odds);
        double shifted = BernoulliCusum.shiftedRate(Math.max(p, monitor.baseline(cell)), config.cusumOddsRatio());
        return ((1 - pi) * p + pi * shifted) / p;
    }

    private double followUpShare(EncodedLot e, double[] shares) {
        double share = 0;
        for (int k : monitored) {
            int cell = e.cells[k];
            WarningLevel level = monitor.level(cell);
            if (level == WarningLevel.BLUE) {
                share = Math.max(share, shares[0]);
            } else if (level.atLeast(WarningLevel.YELLOW) && !monitor.mandatory(cell)) {
                share = Math.max(share, shares[1]);
            }
        }
        return share;
    }

    /**
     * Follow-up of a sudden jump. Each watched cell's burst statistic S is the CUSUM evidence (nats) that its odds have
     * jumped by the burst odds ratio; e^S is the factor by which its recent results moved the odds of such a jump. The
     * cell's most promising lots are followed up in the share min(1, e^(S − full)) of its lots this period (rounded),
     * so one surprising failure in a quiet busy cell buys a few more looks, two buy a look at all of it, and the
     * passes that follow a chance failure wind it down again. A cell that is already mandatory needs no follow-up.
     */
    private void claimBurstFollowUps(EncodedLot[] encoded, double[] priority, SelectionReason[] claim) {
        if (config.burstOddsRatio() <= 0) {
            return;
        }
        java.util.TreeMap<Integer, List<Integer>> lotsOf = new java.util.TreeMap<>(); // cell order: deterministic
        for (int i = 0; i < encoded.length; i++) {
            for (int k : monitored) {
                int cell = encoded[i].cells[k];
                if (monitor.burst(cell) > 0 && !monitor.mandatory(cell)) {
                    lotsOf.computeIfAbsent(cell, c -> new ArrayList<>()).add(i);
                }
            }
        }
        for (Map.Entry<Integer, List<Integer>> entry : lotsOf.entrySet()) {
            List<Integer> cellLots = entry.getValue();
            int m = burstFollowUps(monitor.burst(entry.getKey()), config.burstFullAt(), cellLots.size());
            if (m == 0) {
                continue;
            }
            cellLots.sort((a, b) -> {
                int c = Double.compare(priority[b], priority[a]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int j = 0; j < m; j++) {
                int i = cellLots.get(j);
                if (claim[i] == null) {
                    claim[i] = SelectionReason.WARNING_FOLLOW_UP;
                }
            }
        }
    }

    /** Lots of a cell followed up for burst evidence {@code s}: the share min(1, e^(s − full)) of them, rounded. */
    static int burstFollowUps(double s, double full, int lots) {
        if (s <= 0 || lots <= 0) {
            return 0;
        }
        double share = Math.min(1.0, Math.exp(s - full));
        return (int) Math.min(lots, Math.floor(share * lots + 0.5));
    }

    /**
     * Busy watched cells nobody has inspected lately get their most promising lot inspected, up to a share of the
     * capacity, busiest first. Without this a quiet flow that turns bad is never looked at.
     */
    private void claimSurveillance(EncodedLot[] encoded, double[] priority, SelectionReason[] claim, int day, int cap) {
        if (config.surveillanceDays() <= 0 || config.surveillanceShare() <= 0) {
            return;
        }
        Map<Integer, int[]> busy = new HashMap<>(); // cell → {lots declared this period, best lot}
        for (int i = 0; i < encoded.length; i++) {
            for (int k : monitored) {
                int cell = encoded[i].cells[k];
                int[] b = busy.computeIfAbsent(cell, c -> new int[] {0, -1});
                b[0]++;
                if (claim[i] == null && (b[1] < 0 || priority[i] > priority[b[1]])) {
                    b[1] = i;
                }
            }
        }
        List<int[]> candidates = new ArrayList<>(); // {lot, lots of its cell this period}
        for (Map.Entry<Integer, int[]> entry : busy.entrySet()) {
            int cell = entry.getKey();
            int[] b = entry.getValue();
            if (b[0] >= SURVEILLANCE_MIN_LOTS && b[1] >= 0 && lastInspected(cell) < day - config.surveillanceDays()) {
                candidates.add(new int[] {b[1], b[0]});
            }
        }
        // the busiest unseen cells first: a change there hides the most findings
        candidates.sort((x, y) -> {
            int c = Integer.compare(y[1], x[1]);
            return c != 0 ? c : Integer.compare(x[0], y[0]); // HashMap order must not leak into the plan
        });
        int budget = (int) Math.round(config.surveillanceShare() * cap);
        for (int i = 0; i < candidates.size() && budget > 0; i++) {
            int lot = candidates.get(i)[0];
            if (claim[lot] == null) {
                claim[lot] = SelectionReason.SURVEILLANCE;
                budget--;
            }
        }
    }

    private int lastInspected(int cell) {
        return cell < lastInspected.length ? lastInspected[cell] : Integer.MIN_VALUE;
    }

    private void markInspected(int cell, int day) {
        if (cell >= lastInspected.length) {
            int from = lastInspected.length;
            lastInspected = Arrays.copyOf(lastInspected, Math.max(cell + 1, from + (from >> 1)));
            Arrays.fill(lastInspected, from, lastInspected.length, Integer.MIN_VALUE);
        }
        lastInspected[cell] = Math.max(lastInspected[cell], day);
    }

    private static double unit(String lotId, long seed) {
        long h = lotId.hashCode() * 0x9E3779B97F4A7C15L ^ seed;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return (h >>> 11) * 0x1.0p-53;
    }

    private boolean mandatoryByWarning(EncodedLot e) {
        for (int k : monitored) {
            if (monitor.mandatory(e.cells[k])) {
                return true;
            }
        }
        return false;
    }

    private boolean onMandatoryList(String hsCode) {
        for (String prefix : config.mandatoryHsPrefixes()) {
            if (hsCode.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private double expectedSeverity(int chapter) {
        double[] mix = chapter < hazardMix.length ? hazardMix[chapter] : null;
        double total = 0;
        double weighted = 0;
        for (int h = 0; h < severity.length; h++) {
            double c = (mix == null ? 0 : mix[h]) + 0.1; // a tenth of a pseudo-finding per hazard: no zero mixes
            total += c;
            weighted += c * severity[h];
        }
        return weighted / total;
    }

    /**
     * Records an inspection result. A lot that was never planned (inspected on other grounds) is declared now.
     */
    public ResultRecorded record(Lot lot, InspectionResult result) {
        if (!lot.lotId().equals(result.lotId())) {
            throw new IllegalArgumentException("result " + result.lotId() + " is not for lot " + lot.lotId());
        }
        Pending p = pending.remove(lot.lotId());
        if (p != null) {
            return learnAndApply(lot, result, p.lot(), p.features(), p.probability(), p.explorationWeight());
        }
        EncodedLot e = encodeLot(lot);
        history.ensureCells();
        float[] x = new float[Feature.COUNT];
        scorer.features(e, x);
        index.declare(lot, e, 1);
        return learnAndApply(lot, result, e, x, scorer.probability(e), 0.0);
    }

    private ResultRecorded learnAndApply(Lot lot, InspectionResult result, EncodedLot e, float[] features,
                                         double probability, double explorationWeight) {
        boolean failed = result.outcome().failed();
        if (explorationWeight > 0) {
            baseRate.add(explorationWeight, failed);
            calibration.add(probability, failed);
        }
        scorer.learn(features, failed);
        return apply(e, lot.lotId(), (int) result.inspectedAt().toEpochDay(), failed, result.hazard(),
                withoutSignals(probability, scorer.signalLogOdds(features)));
    }

    private static double withoutSignals(double probability, double signalLogOdds) {
        if (signalLogOdds == 0) {
            return probability;
        }
        double z = Math.log(probability / (1 - probability)) - signalLogOdds;
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /**
     * The result path without a {@link Lot}: warnings, switching and history. For benchmarks and bulk rebuilds that
     * keep lots encoded; it does not teach the model.
     */
    public ResultRecorded recordEncoded(EncodedLot e, String lotId, int day, boolean failed, Hazard hazard) {
        double probability = config.riskAdjusted()
                ? withoutSignals(scorer.probability(e), scorer.signalLogOdds(e)) : Double.NaN;
        return apply(e, lotId, day, failed, hazard, probability);
    }

    private ResultRecorded apply(EncodedLot e, String lotId, int day, boolean failed, Hazard hazard,
                                 double probability) {
        resultsRecorded++;
        List<WarningChanged> changes = null;
        for (int k : monitored) {
            int cell = e.cells[k];
            double baseline = history.shrunkRate(cell) + config.baselineUpperZ() * history.standardError(cell, day);
            double lotRate = config.riskAdjusted() ? probability : Double.NaN;
            double margin = config.riskAdjusted() ? config.baselineUpperZ() * history.logitSd(cell, day) : 0;
            int before = monitor.observe(cell, baseline, history.inspected(cell, day), lotRate, margin, failed, lotId,
                    day);
            markInspected(cell, day);
            if (before >= 0) {
                updateSignals(cell);
                if (changes == null) {
                    changes = new ArrayList<>(2);
                }
                changes.add(new WarningChanged(index.describe(cell), WarningLevel.ofOrdinal(before),
                        monitor.level(cell), LocalDate.ofEpochDay(day), lotId));
            }
        }
        int stream = e.cell(CellKind.CONSIGNEE_HEADING);
        Optional<Transition> switched = switching.record(stream, day, failed);
        history.record(e, day, failed);
        if (failed && hazard != null) {
            if (e.chapter >= hazardMix.length) {
                hazardMix = Arrays.copyOf(hazardMix, Math.max(e.chapter + 1, hazardMix.length * 2));
            }
            if (hazardMix[e.chapter] == null) {
                hazardMix[e.chapter] = new double[severity.length];
            }
            hazardMix[e.chapter][hazard.ordinal()]++;
        }
        if (changes == null && switched.isEmpty()) {
            return ResultRecorded.NOTHING;
        }
        return new ResultRecorded(changes == null ? List.of() : changes,
                switched.map(t -> streamSwitched(stream, t, day)).orElse(null));
    }

    private StreamSwitched streamSwitched(int stream, Transition t, int day) {
        Cell cell = index.describe(stream);
        return new StreamSwitched(cell.consignee(), cell.hsPrefix(), t.from(), t.to(), t.emits(),
                LocalDate.ofEpochDay(day));
    }

    private void updateSignals(int cell) {
        boolean mandatory = monitor.mandatory(cell);
        signals.set(cell, CellSignals.CONFIRMED_WARNING, mandatory);
        signals.set(cell, CellSignals.YELLOW_WARNING, !mandatory && monitor.level(cell).atLeast(WarningLevel.YELLOW));
    }

    private void refreshIfDue(int day) {
        if (day >= nextRefitDay) {
            refresh(day);
        }
    }

    private void refresh(int day) {
        // a lot chosen half a year ago whose result never came was not inspected after all; forget it
        pending.values().removeIf(p -> p.lot().day < day - FORGET_PENDING_AFTER_DAYS);
        history.refresh(day);
        scorer.refit();
        modelVersion++;
        nextRefitDay = day + config.refitEveryDays();
    }

    /** Re-fits priors and the scorecard now, whatever the schedule says. */
    public void refresh(LocalDate on) {
        refresh((int) on.toEpochDay());
    }

    /** The scorecard of a lot as things stand; does not declare the lot. */
    public RiskScore score(Lot lot) {
        EncodedLot e = encodeLot(lot);
        history.ensureCells();
        return scorer.explain(e, (int) lot.declaredAt().toEpochDay());
    }

    public double probability(Lot lot) {
        EncodedLot e = encodeLot(lot);
        history.ensureCells();
        return scorer.probability(e);
    }

    /** Interns a lot's cells once, for callers that score the same lots many times (benchmarks, what-if). */
    public EncodedLot encode(Lot lot) {
        EncodedLot e = encodeLot(lot);
        history.ensureCells();
        return e;
    }

    /** The hot path: probability of failure of an encoded lot, allocation-free. */
    public double probability(EncodedLot lot) {
        return scorer.probability(lot);
    }

    public int cellCount() {
        return index.size();
    }

    /**
     * A cell's change-detection chart as it stands on {@code on}, warning or not: what the console shows when it
     * explains why an emerging risk was or was not warned. All zero for a cell never seen.
     */
    public ChartState chartState(Cell cell, LocalDate on) {
        int id = index.find(cell);
        if (id < 0) {
            return new ChartState(0, 0, 0, 0, 0);
        }
        int day = (int) on.toEpochDay();
        return new ChartState(monitor.statistic(id), monitor.burst(id), monitor.calibration(id),
                history.inspected(id, day), history.logitSd(id, day));
    }

    public List<Warning> warnings() {
        List<Warning> warnings = new ArrayList<>();
        for (int cell : monitor.active()) {
            warnings.add(warning(cell));
        }
        return warnings;
    }

    public Optional<Warning> warning(Cell cell) {
        int id = index.find(cell);
        return id < 0 || monitor.level(id) == WarningLevel.NONE ? Optional.empty() : Optional.of(warning(id));
    }

    private Warning warning(int cell) {
        return new Warning(index.describe(cell), monitor.level(cell), monitor.highest(cell), monitor.statistic(cell),
                monitor.baseline(cell), LocalDate.ofEpochDay(monitor.raisedDay(cell)),
                LocalDate.ofEpochDay(monitor.changedDay(cell)), monitor.evidence(cell), monitor.confirmed(cell));
    }

    /** An analyst confirmed the warning: at orange or red every lot of the cell is now inspected. */
    public void confirmWarning(Cell cell) {
        int id = requireCell(cell);
        monitor.confirm(id);
        updateSignals(id);
    }

    /** An analyst dismissed the warning: the cell's chart restarts against a fresh baseline. */
    public void dismissWarning(Cell cell, LocalDate on) {
        int id = requireCell(cell);
        monitor.dismiss(id, (int) on.toEpochDay());
        updateSignals(id);
    }

    /**
     * Outside evidence about a cell (a partner's notification, a consumer complaint, another bureau's result): from its
     * date on, every lot of the cell scores higher by its kind's coefficient times log2(1 + the signals' decayed
     * strength), with a line in the scorecard, fading with the recent half-life until it is forgotten. A cell no lot
     * has reached yet is taken in now, so the first lot of an unseen flow already carries the signal. Signals are part
     * of the engine's ordered stream: a rebuild feeds the stored ones again.
     */
    public void signal(ExternalSignal signal) {
        int cell = index.intern(signal.cell());
        history.ensureCells();
        signals.add(cell, signal.kind(), signal.strength(), (int) signal.date().toEpochDay());
    }

    public SwitchingState switchingState(String consignee, String hsHeading) {
        int id = index.find(CellKind.CONSIGNEE_HEADING, consignee, hsHeading);
        return id < 0 ? SwitchingState.NORMAL : switching.state(id);
    }

    public Optional<StreamSwitched> correctiveActionAccepted(String consignee, String hsHeading, LocalDate on) {
        int id = index.find(CellKind.CONSIGNEE_HEADING, consignee, hsHeading);
        if (id < 0) {
            return Optional.empty();
        }
        int day = (int) on.toEpochDay();
        return switching.correctiveActionAccepted(id, day).map(t -> streamSwitched(id, t, day));
    }

    public BaseRateEstimate baseRateEstimate() {
        return baseRate.estimate();
    }

    public List<CalibrationBin> calibration() {
        return calibration.bins();
    }

    /** The names of the feature vector's entries, in its order (as {@link #coefficients()} names them). */
    public static List<String> featureNames() {
        return Arrays.stream(Feature.values()).map(Feature::name).toList();
    }

    /** The scorecard's current coefficients by feature name, intercept first. */
    public Map<String, Double> coefficients() {
        double[] b = scorer.coefficients();
        Map<String, Double> named = new LinkedHashMap<>();
        named.put("INTERCEPT", b[0]);
        for (Feature f : Feature.values()) {
            named.put(f.name(), b[f.ordinal() + 1]);
        }
        return named;
    }

    /** Empirical-Bayes prior strength (pseudo-lots toward the parent's rate) per cell kind. */
    public Map<CellKind, Double> priorStrengths() {
        Map<CellKind, Double> m = new LinkedHashMap<>();
        for (CellKind k : CellKind.values()) {
            m.put(k, history.priorStrength(k));
        }
        return m;
    }

    private int requireCell(Cell cell) {
        int id = index.find(cell);
        if (id < 0) {
            throw new IllegalArgumentException("unknown cell " + cell);
        }
        return id;
    }
}
