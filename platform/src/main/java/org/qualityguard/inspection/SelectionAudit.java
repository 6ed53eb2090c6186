package org.qualityguard.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.persistence.AuditStore;
import org.qualityguard.inspection.persistence.Journal;
import org.qualityguard.risk.DrawKey;
import org.qualityguard.risk.RiskEngine;
import org.qualityguard.risk.SelectionReason;
import org.qualityguard.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Reproduces a past day's selection at a bureau from what was stored with it, without the engine of that day: each
 * lot's probability from the stored model version applied to its stored features, its priority from that and its
 * stored factor, its exploration draw from its id and the secret of the day it was drawn on, and the rule: drawn for
 * exploration below the exploration share; otherwise a mandatory or follow-up claim stands on its grounds; otherwise
 * inspected for risk exactly when its priority reaches the stored threshold. The secrets it used are shown as
 * {@link DaySeeds}: once their days are over, anyone can check each against its commitment and recompute the draws.
 */
@Service
public class SelectionAudit {

    private static final double TOLERANCE = 1e-6;

    private final AuditStore store;
    private final Journal journal;
    private final LotDecisions decisions;
    private final DaySeeds daySeeds;
    private final AccessPolicy access;

    SelectionAudit(AuditStore store, Journal journal, LotDecisions decisions, DaySeeds daySeeds,
                   AccessPolicy access) {
        this.daySeeds = daySeeds;
        this.store = store;
        this.journal = journal;
        this.decisions = decisions;
        this.access = access;
    }

    /**
     * What the records show a mandatory or follow-up claim stood on, as a message key and its values (cells, codes,
     * counts, warning levels, dates), worded in the reader's language where it is shown.
     */
    public record Grounds(String messageKey, List<Object> arguments) {

        /** the HS prefix of the legal-inspection list the lot's code starts with */
        public static final String MANDATORY_LIST = "inspection.grounds.MANDATORY_LIST";
        /** the warned cell's kind, the cell, who confirmed the warning and on which day */
        public static final String MANDATORY_WARNING = "inspection.grounds.MANDATORY_WARNING";
        /** the consignee × heading stream and its failed lots */
        public static final String MANDATORY_DISCONTINUED = "inspection.grounds.MANDATORY_DISCONTINUED";
        /** the warned cell's kind, the cell, the level its warning reached and on which day */
        public static final String WARNING_FOLLOW_UP = "inspection.grounds.WARNING_FOLLOW_UP";
        public static final List<String> KEYS = List.of(MANDATORY_LIST, MANDATORY_WARNING, MANDATORY_DISCONTINUED,
                WARNING_FOLLOW_UP);

        public Grounds {
            arguments = List.copyOf(arguments);
        }
    }

    /** One lot: as stored, as reproduced, and whether they match; {@code grounds} is null unless claimed on them. */
    public record LotCheck(String lotId, String storedReason, String reproducedReason, double storedProbability,
                           double reproducedProbability, double explorationDraw, double priority, double threshold,
                           int modelVersion, LocalDate drawnOn, Grounds grounds, boolean matches) {
    }

    /** @param seeds the seeds the day's lots drew with: its own, and that of the day a late lot was decided on */
    public record DayReproduction(String bureau, LocalDate day, List<DaySeeds.DaySeed> seeds, double capacityShare,
                                  double explorationShare, String parameters, int lots, int selected, int matching,
                                  List<LotCheck> checks) {

        public boolean allMatch() {
            return matching == lots;
        }
    }

    public DayReproduction reproduce(StaffUser auditor, String bureau, LocalDate day) {
        access.require(auditor, Permission.AUDIT_SELECTION);
        Bureau b = decisions.bureau(bureau).filter(x -> access.auditedWithin(auditor, x.division(), "bureau"))
                .orElseThrow(() -> new NotFoundException("bureau", bureau));
        AuditStore.Day stored = store.day(b.code(), day)
                .orElseThrow(() -> new NotFoundException("day", day.toString()));
        List<LotCheck> checks = new ArrayList<>();
        int matching = 0;
        int selected = 0;
        Map<Integer, Optional<Map<String, Double>>> models = new java.util.HashMap<>();
        Map<LocalDate, DrawKey> keys = new java.util.TreeMap<>();
        Map<LocalDate, DaySeeds.DaySeed> seeds = new java.util.TreeMap<>();
        seeds.put(day, daySeeds.shown(b.code(), day, stored.secret()));
        for (AuditStore.StoredDecision d : store.decisions(b.code(), day)) {
            Optional<Map<String, Double>> model = models.computeIfAbsent(d.modelVersion(), journal::coefficientsOf);
            double p = model.map(m -> probability(m, d.features())).orElse(Double.NaN);
            double priority = p * d.priorityFactor();
            DrawKey key = keys.computeIfAbsent(d.drawnOn(), on -> new DrawKey(d.drawSecret()));
            seeds.computeIfAbsent(d.drawnOn(), on -> daySeeds.shown(b.code(), on, d.drawSecret()));
            double draw = key.exploration(d.lotId());
            SelectionReason storedReason = SelectionReason.valueOf(d.reason());
            Grounds grounds = null;
            SelectionReason reproduced;
            if (draw < d.explorationShare()) {
                reproduced = SelectionReason.EXPLORATION;
            } else if (storedReason.mandatory() || storedReason == SelectionReason.WARNING_FOLLOW_UP) {
                grounds = store.groundsOf(d, stored.parameters()).orElse(null);
                reproduced = grounds == null ? SelectionReason.NOT_SELECTED : storedReason;
            } else {
                reproduced = priority >= d.threshold() * (1 - TOLERANCE) ? SelectionReason.RISK
                        : SelectionReason.NOT_SELECTED;
            }
            boolean ok = reproduced == storedReason && Math.abs(p - d.probability()) <= TOLERANCE;
            matching += ok ? 1 : 0;
            selected += storedReason.inspect() ? 1 : 0;
            checks.add(new LotCheck(d.lotId(), storedReason.name(), reproduced.name(), d.probability(), p, draw,
                    priority, d.threshold(), d.modelVersion(), d.drawnOn(), grounds, ok));
        }
        return new DayReproduction(b.code(), day, List.copyOf(seeds.values()), stored.capacityShare(),
                stored.explorationShare(), stored.parameters(), checks.size(), selected, matching, checks);
    }

    /**
     * The scorecard's probability: the logistic of the intercept plus each coefficient times its feature, matched by
     * name (a model version's coefficients are stored as a JSON object, whose order the database does not keep).
     */
    static double probability(Map<String, Double> coefficients, float[] features) {
        List<String> names = RiskEngine.featureNames();
        double z = coefficients.getOrDefault("INTERCEPT", 0.0);
        for (int i = 0; i < features.length && i < names.size(); i++) {
            z += coefficients.getOrDefault(names.get(i), 0.0) * features[i];
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
