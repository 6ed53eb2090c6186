package org.qualityguard.replay;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.qualityguard.risk.BaseRateEstimate;
import org.qualityguard.risk.Capacity;
import org.qualityguard.risk.Cell;
import org.qualityguard.risk.CellKind;
import org.qualityguard.risk.ChartState;
import org.qualityguard.risk.Decision;
import org.qualityguard.risk.ExternalSignal;
import org.qualityguard.risk.InspectionPlan;
import org.qualityguard.risk.Lot;
import org.qualityguard.risk.ResultRecorded;
import org.qualityguard.risk.RiskEngine;
import org.qualityguard.risk.RiskEngineConfig;
import org.qualityguard.risk.WarningChanged;
import org.qualityguard.risk.WarningLevel;
import org.qualityguard.risk.history.DecayedCounts;

/**
 * Replays a labelled lot file period by period. Each strategy sees every declared lot of a period, chooses up to the
 * capacity, and learns the outcomes of the lots it chose — and of no other. The engine runs with orange/red warnings
 * confirmed automatically (no analyst in a replay); a confirmation takes effect from the next period's plan.
 */
final class Replay {

    /** How long after an event's end a warning still counts as about it (the evidence arrives late). */
    static final int EVENT_GRACE_DAYS = 28;
    /** A warned cell's true rate "rose" if its last 28 days ran at least this much above the 180 days before. */
    static final double RISE_RATIO = 1.25;

    record Options(double capacity, int periodDays, long seed) {
    }

    record StrategyResult(long inspected, long hits) {
    }

    record EventResult(EmergingEvent event, LocalDate firstWarning, WarningLevel level) {
        Long delayDays() {
            return firstWarning == null ? null : ChronoUnit.DAYS.between(event.onset(), firstWarning);
        }
    }

    record OrangeEpisode(Cell cell, LocalDate on, WarningLevel level) {
    }

    private final List<LabelledLot> lots;
    private final List<EmergingEvent> events;
    private final Map<String, Double> truth;
    private final Options options;
    private final List<List<LabelledLot>> periods = new ArrayList<>();
    /** Outside signals for the engine, oldest first (none unless {@link #withSignals}). */
    private List<ExternalSignal> signals = List.of();
    int signalsFed;
    private final long failures;

    // results
    final Map<String, StrategyResult> strategies = new LinkedHashMap<>();
    final List<EventResult> eventResults = new ArrayList<>();
    final List<OrangeEpisode> falseWarnings = new ArrayList<>();
    final List<OrangeEpisode> orangeEpisodes = new ArrayList<>();
    BaseRateEstimate baseRateEstimate;
    double engineSeconds;
    double months;
    RiskEngine engine;

    Replay(List<LabelledLot> lots, List<EmergingEvent> events, Map<String, Double> truth, Options options) {
        List<LabelledLot> sorted = new ArrayList<>(lots);
        sorted.sort(Comparator.comparing(l -> l.lot().declaredAt())); // stable: file order within a day
        this.lots = sorted;
        this.events = events;
        this.truth = truth;
        this.options = options;
        LocalDate first = sorted.get(0).lot().declaredAt();
        LocalDate last = sorted.get(sorted.size() - 1).lot().declaredAt();
        List<LabelledLot> current = new ArrayList<>();
        LocalDate periodEnd = first.plusDays(options.periodDays());
        for (LabelledLot l : sorted) {
            while (!l.lot().declaredAt().isBefore(periodEnd)) {
                periods.add(current);
                current = new ArrayList<>();
                periodEnd = periodEnd.plusDays(options.periodDays());
            }
            current.add(l);
        }
        periods.add(current);
        long f = 0;
        for (LabelledLot l : sorted) {
            f += l.failed() ? 1 : 0;
        }
        this.failures = f;
        this.months = (ChronoUnit.DAYS.between(first, last) + 1) / 30.436875;
    }

    double baseRate() {
        return (double) failures / lots.size();
    }

    long failures() {
        return failures;
    }

    int lotCount() {
        return lots.size();
    }

    int periodCount() {
        return periods.size();
    }

    /**
     * Outside signals (a signals file) fed to the engine as the replay reaches their dates: before each period's plan,
     * every signal dated up to the period's last declaration day, each counting for the lots declared from its date.
     * The other strategies do not see them.
     */
    Replay withSignals(List<ExternalSignal> given) {
        List<ExternalSignal> sorted = new ArrayList<>(given);
        sorted.sort(Comparator.comparing(ExternalSignal::date));
        this.signals = sorted;
        return this;
    }

    Replay withRun() {
        run();
        return this;
    }

    void run() {
        runEngine();
        runRandom();
        runRisky();
        runStatic();
        runPlain();
        if (truth != null) {
            runOracle();
        }
        judgeEvents();
    }

    private int capacity(int declared) {
        return Capacity.share(options.capacity()).lotsFor(declared);
    }

    /**
     * The engine's configuration in a replay: the defaults with orange auto-confirmed. The {@code -Dqg.*} system
     * properties are experiment knobs (see the README) for trying other settings on the same file; without them a
     * replay runs exactly the engine the platform gets.
     */
    static RiskEngineConfig engineConfig() {
        RiskEngineConfig c = RiskEngineConfig.defaults().withAutoConfirmAtOrange(true);
        String v;
        if ((v = System.getProperty("qg.thompson")) != null) {
            c = c.withThompsonScale(Double.parseDouble(v));
        }
        if ((v = System.getProperty("qg.odds")) != null) {
            c = c.withCusumOddsRatio(Double.parseDouble(v));
        }
        if ((v = System.getProperty("qg.z")) != null) {
            c = c.withBaselineUpperZ(Double.parseDouble(v));
        }
        if ((v = System.getProperty("qg.changeodds")) != null) {
            c = c.withChangePriorOdds(Double.parseDouble(v));
        }
        if ((v = System.getProperty("qg.explore")) != null) {
            c = c.withExplorationShare(Double.parseDouble(v));
        }
        if ((v = System.getProperty("qg.tight")) != null) {
            c = c.withTightenedIntensity(Double.parseDouble(v));
        }
        if ((v = System.getProperty("qg.reduced")) != null) {
            c = c.withReducedIntensity(Double.parseDouble(v));
        }
        if ((v = System.getProperty("qg.surv")) != null) {
            c = c.withSurveillanceDays(Integer.parseInt(v));
        }
        if ((v = System.getProperty("qg.survshare")) != null) {
            c = c.withSurveillanceShare(Double.parseDouble(v));
        }
        if ((v = System.getProperty("qg.minbase")) != null) {
            c = c.withMinBaselineForOrange(Double.parseDouble(v));
        }
        if ((v = System.getProperty("qg.followup")) != null) {
            String[] t = v.split(",");
            c = c.withFollowUpShares(new double[] {Double.parseDouble(t[0]), Double.parseDouble(t[1])});
        }
        if ((v = System.getProperty("qg.kinds")) != null) {
            java.util.Set<org.qualityguard.risk.CellKind> kinds =
                    java.util.EnumSet.noneOf(org.qualityguard.risk.CellKind.class);
            for (String k : v.split(",")) {
                kinds.add(org.qualityguard.risk.CellKind.valueOf(k));
            }
            c = c.withMonitoredKinds(kinds);
        }
        if ((v = System.getProperty("qg.burst")) != null) {
            String[] t = v.split(",");
            c = c.withBurstFollowUp(Double.parseDouble(t[0]), Double.parseDouble(t[1]));
        }
        if ((v = System.getProperty("qg.riskadj")) != null) {
            c = c.withRiskAdjusted(Boolean.parseBoolean(v));
        }
        if ((v = System.getProperty("qg.halflife")) != null) {
            c = c.withHalfLifeDays(Double.parseDouble(v));
        }
        if ((v = System.getProperty("qg.recent")) != null) {
            c = c.withRecentHalfLifeDays(Double.parseDouble(v));
        }
        if ((v = System.getProperty("qg.thresholds")) != null) {
            String[] t = v.split(",");
            c = c.withLevelThresholds(Double.parseDouble(t[0]), Double.parseDouble(t[1]), Double.parseDouble(t[2]),
                    Double.parseDouble(t[3]));
        }
        return c;
    }

    /** Every warning level change the engine reported, for the diagnostics. */
    final List<WarningChanged> changes = new ArrayList<>();
    final java.util.BitSet engineInspected = new java.util.BitSet();
    /** Inspected lots and hits per selection reason. */
    final Map<org.qualityguard.risk.SelectionReason, int[]> byReason = new java.util.TreeMap<>();

    private void runEngine() {
        engine = RiskEngine.create(engineConfig());
        Map<String, Integer> position = new HashMap<>(lots.size() * 2);
        for (int i = 0; i < lots.size(); i++) {
            position.put(lots.get(i).lot().lotId(), i);
        }
        long inspected = 0;
        long hits = 0;
        Map<Cell, Boolean> counted = new HashMap<>();
        long t0 = System.nanoTime();
        for (List<LabelledLot> period : periods) {
            if (period.isEmpty()) {
                continue;
            }
            List<Lot> declared = new ArrayList<>(period.size());
            Map<String, LabelledLot> byId = new HashMap<>(period.size() * 2);
            for (LabelledLot l : period) {
                declared.add(l.lot());
                byId.put(l.lot().lotId(), l);
            }
            LocalDate lastDay = period.get(period.size() - 1).lot().declaredAt();
            while (signalsFed < signals.size() && !signals.get(signalsFed).date().isAfter(lastDay)) {
                engine.signal(signals.get(signalsFed++));
            }
            InspectionPlan plan = engine.plan(declared, Capacity.share(options.capacity()), options.seed());
            List<LabelledLot> chosen = new ArrayList<>();
            Map<String, Decision> decisionOf = new HashMap<>();
            for (Decision d : plan.decisions()) {
                if (d.inspect()) {
                    if (TRACE) {
                        decisionOf.put(d.lot().lotId(), d);
                    }
                    int[] rh = byReason.computeIfAbsent(d.reason(), k -> new int[2]);
                    rh[0]++;
                    rh[1] += byId.get(d.lot().lotId()).failed() ? 1 : 0;
                    chosen.add(byId.get(d.lot().lotId()));
                }
            }
            if (Boolean.getBoolean("qg.fullfeedback")) {
                // diagnostic only: what the engine would do if it learnt every outcome, not just its own
                java.util.Set<String> chosenIds = new java.util.HashSet<>();
                chosen.forEach(l -> chosenIds.add(l.lot().lotId()));
                for (LabelledLot l : period) {
                    if (!chosenIds.contains(l.lot().lotId())) {
                        engine.record(l.lot(), l.result());
                    }
                }
            }
            // results arrive in declaration order
            for (LabelledLot l : chosen) {
                inspected++;
                hits += l.failed() ? 1 : 0;
                ResultRecorded r = engine.record(l.lot(), l.result());
                if (TRACE) {
                    trace(l, decisionOf.get(l.lot().lotId()));
                }
                engineInspected.set(position.get(l.lot().lotId()));
                changes.addAll(r.warningsChanged());
                for (WarningChanged c : r.warningsChanged()) {
                    if (c.to() == WarningLevel.NONE) {
                        counted.remove(c.cell());
                    } else if (c.to().atLeast(WarningLevel.ORANGE) && !counted.containsKey(c.cell())) {
                        counted.put(c.cell(), true);
                        orangeEpisodes.add(new OrangeEpisode(c.cell(), c.on(), c.to()));
                    }
                }
            }
        }
        engineSeconds = (System.nanoTime() - t0) / 1e9;
        strategies.put("engine", new StrategyResult(inspected, hits));
        baseRateEstimate = engine.baseRateEstimate();
    }

    /** Diagnostic ({@code -Dqg.trace=true}): each inspected lot of an event's flow, from 8 weeks before onset to 6 after. */
    private static final boolean TRACE = Boolean.getBoolean("qg.trace");

    /** Prints the lot with the charts of its two watched cells, so that a missed event can be explained. */
    private void trace(LabelledLot l, Decision d) {
        Lot lot = l.lot();
        for (int i = 0; i < events.size(); i++) {
            EmergingEvent e = events.get(i);
            long sinceOnset = ChronoUnit.DAYS.between(e.onset(), lot.declaredAt());
            if (!e.covers(lot.hsCode(), lot.origin(), lot.consignee()) || sinceOnset < -56 || sinceOnset > 42) {
                continue;
            }
            Cell flow = new Cell(CellKind.HEADING_ORIGIN, lot.hsCode().substring(0, 4), lot.origin(), null, null);
            Cell party = new Cell(CellKind.CONSIGNEE, null, null, lot.consignee(), null);
            ChartState a = engine.chartState(flow, lot.declaredAt());
            ChartState b = engine.chartState(party, lot.declaredAt());
            System.out.printf(java.util.Locale.ROOT,
                    "TRACE ev%d %s d%+d %s %s p=%.3f %s | HO %s S=%.2f B=%.2f cal=%.2f n=%.1f sd=%.2f"
                            + " | C %s S=%.2f B=%.2f cal=%.2f n=%.1f sd=%.2f%n",
                    i, lot.declaredAt(), sinceOnset, lot.lotId(), d.reason(), d.probability(),
                    l.failed() ? "FAIL" : "pass", flow.hsPrefix() + flow.origin(), a.statistic(), a.burst(),
                    a.calibration(), a.inspected(), a.logitSd(), lot.consignee(), b.statistic(), b.burst(),
                    b.calibration(), b.inspected(), b.logitSd());
        }
    }

    private void runRandom() {
        SplittableRandom random = new SplittableRandom(options.seed() * 31 + 7);
        long inspected = 0;
        long hits = 0;
        for (List<LabelledLot> period : periods) {
            int n = period.size();
            int k = capacity(n);
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            for (int i = 0; i < k; i++) {
                int j = i + random.nextInt(n - i);
                int t = idx[i];
                idx[i] = idx[j];
                idx[j] = t;
                inspected++;
                hits += period.get(idx[i]).failed() ? 1 : 0;
            }
        }
        strategies.put("random", new StrategyResult(inspected, hits));
    }

    /** The consignee's own decayed record only, shrunk a little toward the overall observed rate; greedy. */
    private void runRisky() {
        SplittableRandom random = new SplittableRandom(options.seed() * 31 + 11);
        DecayedCounts counts = new DecayedCounts(180);
        Map<String, Integer> ids = new HashMap<>();
        long inspected = 0;
        long hits = 0;
        for (List<LabelledLot> period : periods) {
            if (period.isEmpty()) {
                continue;
            }
            int day = (int) period.get(0).lot().declaredAt().toEpochDay();
            double overall = inspected > 0 ? (double) hits / inspected : 0.05;
            double[] score = new double[period.size()];
            for (int i = 0; i < score.length; i++) {
                int id = ids.computeIfAbsent(period.get(i).lot().consignee(), k -> ids.size());
                score[i] = (counts.failed(id, day) + 2 * overall) / (counts.inspected(id, day) + 2)
                        + 1e-9 * random.nextDouble();
            }
            for (int i : top(score, capacity(period.size()))) {
                LabelledLot l = period.get(i);
                inspected++;
                hits += l.failed() ? 1 : 0;
                counts.add(ids.get(l.lot().consignee()), (int) l.lot().declaredAt().toEpochDay(), l.failed());
            }
        }
        strategies.put("risky", new StrategyResult(inspected, hits));
    }

    /**
     * Fixed rates by HS chapter, taken from the whole file's outcomes: the best any fixed chapter catalogue could do,
     * which makes it a generous baseline.
     */
    private void runStatic() {
        SplittableRandom random = new SplittableRandom(options.seed() * 31 + 13);
        Map<String, long[]> chapter = new HashMap<>();
        for (LabelledLot l : lots) {
            long[] c = chapter.computeIfAbsent(l.lot().hsChapter(), k -> new long[2]);
            c[0]++;
            c[1] += l.failed() ? 1 : 0;
        }
        long inspected = 0;
        long hits = 0;
        for (List<LabelledLot> period : periods) {
            double[] score = new double[period.size()];
            for (int i = 0; i < score.length; i++) {
                long[] c = chapter.get(period.get(i).lot().hsChapter());
                score[i] = (double) c[1] / c[0] + 1e-9 * random.nextDouble();
            }
            for (int i : top(score, capacity(period.size()))) {
                inspected++;
                hits += period.get(i).failed() ? 1 : 0;
            }
        }
        strategies.put("static", new StrategyResult(inspected, hits));
    }

    /** Lots the {@code plain} baseline chose, by their position in declaration order. */
    final java.util.BitSet plainInspected = new java.util.BitSet();
    PlainLearner plain;

    /**
     * The plain learner ({@link PlainLearner}) under the same capacity and the same random exploration share as the
     * engine. It is handed the period's lots without outcomes and told the outcomes of the lots it chose, and no others.
     */
    void runPlain() {
        plain = new PlainLearner();
        SplittableRandom random = new SplittableRandom(options.seed() * 31 + 17);
        double explorationShare = engineConfig().explorationShare();
        long inspected = 0;
        long hits = 0;
        int offset = 0;
        for (List<LabelledLot> period : periods) {
            List<Lot> declared = new ArrayList<>(period.size());
            Map<String, Integer> index = new HashMap<>(period.size() * 2);
            for (LabelledLot l : period) {
                index.put(l.lot().lotId(), declared.size());
                declared.add(l.lot());
            }
            List<Integer> chosen = new ArrayList<>();
            for (Lot lot : plain.choose(declared, capacity(period.size()), explorationShare, random)) {
                chosen.add(index.get(lot.lotId()));
            }
            chosen.sort(null); // results arrive in declaration order
            for (int i : chosen) {
                LabelledLot l = period.get(i);
                inspected++;
                hits += l.failed() ? 1 : 0;
                plain.learn(l.lot(), l.failed());
                plainInspected.set(offset + i);
            }
            offset += period.size();
        }
        strategies.put("plain", new StrategyResult(inspected, hits));
    }

    /** The top lots by their true probability: the limit any strategy can approach. */
    private void runOracle() {
        long inspected = 0;
        long hits = 0;
        for (List<LabelledLot> period : periods) {
            double[] score = new double[period.size()];
            for (int i = 0; i < score.length; i++) {
                score[i] = truth.getOrDefault(period.get(i).lot().lotId(), 0.0);
            }
            for (int i : top(score, capacity(period.size()))) {
                inspected++;
                hits += period.get(i).failed() ? 1 : 0;
            }
        }
        strategies.put("oracle", new StrategyResult(inspected, hits));
    }

    private static int[] top(double[] score, int k) {
        Integer[] idx = new Integer[score.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(score[b], score[a]));
        int[] out = new int[Math.min(k, idx.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    private void judgeEvents() {
        List<OrangeEpisode> matched = new ArrayList<>();
        for (EmergingEvent e : events) {
            LocalDate first = null;
            WarningLevel level = WarningLevel.NONE;
            LocalDate last = e.end().plusDays(EVENT_GRACE_DAYS);
            for (OrangeEpisode w : orangeEpisodes) {
                if (e.matches(w.cell()) && !w.on().isBefore(e.onset()) && !w.on().isAfter(last)) {
                    matched.add(w);
                    if (first == null || w.on().isBefore(first)) {
                        first = w.on();
                    }
                    if (w.level().compareTo(level) > 0) {
                        level = w.level();
                    }
                }
            }
            eventResults.add(new EventResult(e, first, first == null ? null : level));
        }
        for (OrangeEpisode w : orangeEpisodes) {
            if (!matched.contains(w) && !trueRateRose(w.cell(), w.on())) {
                falseWarnings.add(w);
            }
        }
    }

    /**
     * Did the warned cell's true rate rise? With a truth file, the mean true probability of the cell's lots over the 28
     * days to the warning against the 180 days before; without one, the realised failure rate of all its lots (the
     * replay knows every label, though the engine saw only the inspected ones).
     */
    boolean trueRateRose(Cell cell, LocalDate on) {
        LocalDate recentFrom = on.minusDays(28);
        LocalDate baseFrom = recentFrom.minusDays(180);
        double recentSum = 0;
        double baseSum = 0;
        int recentN = 0;
        int baseN = 0;
        int from = firstIndexOnOrAfter(baseFrom);
        for (int i = from; i < lots.size(); i++) {
            LabelledLot l = lots.get(i);
            LocalDate d = l.lot().declaredAt();
            if (d.isAfter(on)) {
                break;
            }
            if (!inCell(cell, l.lot())) {
                continue;
            }
            double v = truth != null ? truth.getOrDefault(l.lot().lotId(), 0.0) : (l.failed() ? 1.0 : 0.0);
            if (d.isBefore(recentFrom)) {
                baseSum += v;
                baseN++;
            } else {
                recentSum += v;
                recentN++;
            }
        }
        if (recentN == 0) {
            return false;
        }
        if (baseN == 0) {
            return true; // a cell with no past has nothing to have risen from; not counted against the engine
        }
        return recentSum / recentN >= RISE_RATIO * (baseSum / baseN);
    }

    private int firstIndexOnOrAfter(LocalDate date) {
        int lo = 0;
        int hi = lots.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lots.get(mid).lot().declaredAt().isBefore(date)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static boolean inCell(Cell cell, Lot lot) {
        return (cell.hsPrefix() == null || lot.hsCode().startsWith(cell.hsPrefix()))
                && (cell.origin() == null || cell.origin().equals(lot.origin()))
                && (cell.consignee() == null || cell.consignee().equals(lot.consignee()))
                && (cell.manufacturer() == null || cell.manufacturer().equals(lot.manufacturer()));
    }

    /** What the engine saw of an event in its first 28 days, and the highest level any matching cell reached. */
    /**
     * What the signals bought: over every signal, the lots of its cell declared in the 28 days from its date, and how
     * many of them the engine inspected ({inspected, declared}).
     */
    long[] inspectedAfterSignals() {
        long[] seen = new long[2];
        for (ExternalSignal signal : signals) {
            long[] cell = inspected(signal.cell(), signal.date(), signal.date().plusDays(28));
            seen[0] += cell[0];
            seen[1] += cell[1];
        }
        return seen;
    }

    /** The cell's lots declared from {@code from} until before {@code until}: {engine inspected, declared}. */
    long[] inspected(Cell cell, LocalDate from, LocalDate until) {
        long[] seen = new long[2];
        for (int i = 0; i < lots.size(); i++) {
            Lot lot = lots.get(i).lot();
            if (!lot.declaredAt().isBefore(from) && lot.declaredAt().isBefore(until) && inCell(lot, cell)) {
                seen[0] += engineInspected.get(i) ? 1 : 0;
                seen[1]++;
            }
        }
        return seen;
    }

    private static boolean inCell(Lot lot, Cell cell) {
        return switch (cell.kind()) {
            case HEADING_ORIGIN -> lot.hsCode().startsWith(cell.hsPrefix()) && lot.origin().equals(cell.origin());
            case CONSIGNEE -> lot.consignee().equals(cell.consignee());
            case MANUFACTURER -> lot.manufacturer().equals(cell.manufacturer());
            case CONSIGNEE_HEADING -> lot.hsCode().startsWith(cell.hsPrefix())
                    && lot.consignee().equals(cell.consignee());
            default -> throw new IllegalArgumentException(cell.kind().name());
        };
    }

    String diagnose(EmergingEvent e) {
        LocalDate until = e.onset().plusDays(27);
        int lotsIn = 0;
        int inspected = 0;
        int failedInspected = 0;
        int failedAll = 0;
        for (int i = firstIndexOnOrAfter(e.onset()); i < lots.size(); i++) {
            Lot lot = lots.get(i).lot();
            if (lot.declaredAt().isAfter(until)) {
                break;
            }
            if (e.covers(lot.hsCode(), lot.origin(), lot.consignee())) {
                lotsIn++;
                failedAll += lots.get(i).failed() ? 1 : 0;
                if (engineInspected.get(i)) {
                    inspected++;
                    failedInspected += lots.get(i).failed() ? 1 : 0;
                }
            }
        }
        WarningLevel atOnset = WarningLevel.NONE;
        WarningLevel highest = WarningLevel.NONE;
        Map<Cell, WarningLevel> level = new HashMap<>();
        for (WarningChanged c : changes) {
            if (!e.matches(c.cell())) {
                continue;
            }
            if (c.on().isBefore(e.onset())) {
                level.put(c.cell(), c.to());
            } else if (!c.on().isAfter(e.end())) {
                highest = c.to().compareTo(highest) > 0 ? c.to() : highest;
            }
        }
        for (WarningLevel l : level.values()) {
            atOnset = l.compareTo(atOnset) > 0 ? l : atOnset;
        }
        return String.format(java.util.Locale.ROOT,
                "first 28 d: %d lots (%d failed), engine inspected %d (%d failed); level at onset %s, highest during %s",
                lotsIn, failedAll, inspected, failedInspected, atOnset, highest);
    }

    /**
     * The most evidence any chart could have had of the event in its first 14 and 28 days: every lot of its flow
     * inspected, the flow's rate before onset known (the mean true probability of its lots over the 182 days before,
     * or their realised failure rate without a truth file; at least half a failure), and the size of the rise chosen
     * in hindsight (the likelihood ratio at the observed rate). Below the orange threshold no statistic could have
     * warned the event at orange within that time, at any capacity, without also warning more often when nothing
     * changed.
     */
    String evidenceBound(EmergingEvent e) {
        EvidenceBound b = evidenceBoundOf(e);
        return String.format(java.util.Locale.ROOT,
                "every lot inspected, in hindsight: rate before onset %.3f; 14 d %d/%d failed, %.1f nats; "
                        + "28 d %d/%d failed, %.1f nats%s", b.rateBefore(), b.failed14(), b.lots14(), b.nats14(),
                b.failed28(), b.lots28(), b.nats28(), b.nats14() >= orangeThreshold() ? "" : " (below orange at 14 d)");
    }

    /** The orange threshold of the shipped warning chart (nats). */
    static double orangeThreshold() {
        return engineConfig().threshold(WarningLevel.ORANGE);
    }

    /** An event is detectable when its evidence bound reaches orange within 14 days of onset. */
    boolean detectable(EmergingEvent e) {
        return evidenceBoundOf(e).nats14() >= orangeThreshold();
    }

    /** The hindsight evidence of an event's first 14 and 28 days (see {@link #evidenceBound}). */
    record EvidenceBound(double rateBefore, int lots14, int failed14, double nats14, int lots28, int failed28,
                         double nats28) {
    }

    EvidenceBound evidenceBoundOf(EmergingEvent e) {
        int[] days = {14, 28};
        int[] lotsIn = new int[2];
        int[] failed = new int[2];
        double before = 0;
        int beforeLots = 0;
        for (int i = firstIndexOnOrAfter(e.onset().minusDays(182)); i < lots.size(); i++) {
            LabelledLot l = lots.get(i);
            long since = ChronoUnit.DAYS.between(e.onset(), l.lot().declaredAt());
            if (since >= days[1]) {
                break;
            }
            if (!e.covers(l.lot().hsCode(), l.lot().origin(), l.lot().consignee())) {
                continue;
            }
            if (since < 0) {
                before += truth != null ? truth.getOrDefault(l.lot().lotId(), 0.0) : (l.failed() ? 1.0 : 0.0);
                beforeLots++;
            } else {
                for (int j = 0; j < days.length; j++) {
                    if (since < days[j]) {
                        lotsIn[j]++;
                        failed[j] += l.failed() ? 1 : 0;
                    }
                }
            }
        }
        double p0 = beforeLots == 0 ? Double.NaN : Math.max(before, 0.5) / beforeLots;
        return new EvidenceBound(p0, lotsIn[0], failed[0], hindsightEvidence(failed[0], lotsIn[0], p0), lotsIn[1],
                failed[1], hindsightEvidence(failed[1], lotsIn[1], p0));
    }

    /** Log-likelihood ratio (nats) of {@code failed} of {@code lots} at their own rate against rate p0; 0 if not above. */
    static double hindsightEvidence(int failed, int lots, double p0) {
        if (lots == 0 || !(p0 > 0 && p0 < 1) || failed <= p0 * lots) {
            return 0.0;
        }
        double p = (double) failed / lots;
        double evidence = failed * Math.log(p / p0);
        if (failed < lots) {
            evidence += (lots - failed) * Math.log((1 - p) / (1 - p0));
        }
        return evidence;
    }

    /** The report, with exactly the keys the issue specifies (plus the oracle among the strategies when known). */
    Map<String, Object> report() {
        Map<String, Object> out = new LinkedHashMap<>();
        double base = baseRate();
        out.put("base_rate", base);
        Map<String, Object> s = new LinkedHashMap<>();
        for (Map.Entry<String, StrategyResult> e : strategies.entrySet()) {
            StrategyResult r = e.getValue();
            double precision = r.inspected() == 0 ? 0.0 : (double) r.hits() / r.inspected();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("inspected", r.inspected());
            m.put("hits", r.hits());
            m.put("precision", precision);
            m.put("recall", failures == 0 ? 0.0 : (double) r.hits() / failures);
            m.put("uplift", base == 0 ? 0.0 : precision / base);
            s.put(e.getKey(), m);
        }
        out.put("strategies", s);
        Map<String, Object> est = new LinkedHashMap<>();
        est.put("value", baseRateEstimate.value());
        est.put("ci_low", baseRateEstimate.ciLow());
        est.put("ci_high", baseRateEstimate.ciHigh());
        out.put("base_rate_estimate", est);
        List<Object> ev = new ArrayList<>();
        for (EventResult r : eventResults) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hs_prefix", r.event().hsPrefix());
            m.put("origin", r.event().origin());
            m.put("consignee", r.event().consignee());
            m.put("onset", r.event().onset().toString());
            m.put("first_warning", r.firstWarning() == null ? null : r.firstWarning().toString());
            m.put("delay_days", r.delayDays());
            m.put("level", r.level() == null ? null : r.level().name());
            EvidenceBound bound = evidenceBoundOf(r.event());
            m.put("evidence_bound_nats", bound.nats14());
            m.put("detectable", bound.nats14() >= orangeThreshold());
            m.put("warned_within_28_days", r.delayDays() != null && r.delayDays() <= 28);
            ev.add(m);
        }
        out.put("events", ev);
        out.put("false_warnings_per_month", falseWarnings.size() / months);
        out.put("lots_per_second", Math.round(lots.size() / engineSeconds));
        return out;
    }
}
