package org.qualityguard.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityguard.enforcement.domain.Band;
import org.qualityguard.enforcement.domain.CaseRules;
import org.qualityguard.enforcement.domain.CaseStatus;
import org.qualityguard.enforcement.domain.DecisionDraft;
import org.qualityguard.enforcement.domain.DecisionRules;
import org.qualityguard.enforcement.domain.PenaltyDistribution;
import org.qualityguard.enforcement.persistence.CaseStore;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.DiscretionRange;
import org.qualityguard.power.LegalBasis;
import org.qualityguard.power.PowerAct;
import org.qualityguard.power.PowerGuard;
import org.qualityguard.power.PublicPowerItem;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.Workflow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reasoned decisions (说理式执法). A notified case is decided by the head on a draft that {@link DecisionRules} passes
 * against this case's file and the item's legal bases and discretion standard; a lead is fined on the spot under the
 * summary procedure within its limit (E5006). Either way the power guard passes the item once more, the fine is set
 * against the fines decided in the province for the item and band (similar facts, similar penalties) and flagged when
 * an outlier, the decision is stored with its facts, citations and answered statements, and {@link CaseDecided} is
 * published.
 */
@Service
public class Decisions {

    private final EnforcementCases cases;
    private final CaseStore store;
    private final PowerGuard guard;
    private final AccessPolicy access;
    private final BusinessTime time;
    private final EnforcementSettings settings;
    private final ApplicationEventPublisher events;

    Decisions(EnforcementCases cases, CaseStore store, PowerGuard guard, AccessPolicy access, BusinessTime time,
              EnforcementSettings settings, ApplicationEventPublisher events) {
        this.cases = cases;
        this.store = store;
        this.guard = guard;
        this.access = access;
        this.time = time;
        this.settings = settings;
        this.events = events;
    }

    /** For one band of the item: the fines decided in the province, and whether a fine would be an outlier. */
    public record Similar(String circumstance, String band, String range, PenaltyDistribution distribution,
                          Boolean outlier) {
    }

    @PowerAct("enforcement case decided")
    @Transactional
    public Decision decide(StaffUser actor, long caseId, DecisionDraft draft) {
        EnforcementCase c = cases.visible(actor, caseId);
        Workflow.Transition<CaseStatus> edge = CaseRules.edge(c.status(), CaseStatus.DECIDE, null, c.major());
        access.requireAt(actor, Permission.DECIDE_CASE, new DivisionCode(c.division()));
        guard.authorise(actor, c.itemCode(), new DivisionCode(c.division()));
        return record(actor, c, edge, draft, "ORDINARY");
    }

    @PowerAct("fine on the spot")
    @Transactional
    public Decision fineOnTheSpot(StaffUser actor, long caseId, DecisionDraft draft) {
        EnforcementCase c = cases.visible(actor, caseId);
        Workflow.Transition<CaseStatus> edge = CaseRules.edge(c.status(), CaseStatus.DECIDE_ON_THE_SPOT, null,
                c.major());
        access.requireAt(actor, Permission.HANDLE_CASE, new DivisionCode(c.division()));
        if (c.party() == null) {
            throw EnforcementCases.refused("party", "E5002", "enforcement.case.party.missing");
        }
        settings.summaryProcedure().check(c.party().kind(), draft.fine());
        guard.authorise(actor, c.itemCode(), new DivisionCode(c.division()));
        return record(actor, c, edge, draft, "SUMMARY");
    }

    private Decision record(StaffUser actor, EnforcementCase c, Workflow.Transition<CaseStatus> edge,
                            DecisionDraft draft, String procedure) {
        PublicPowerItem item = cases.penaltyItem(c.itemCode());
        DecisionRules.Checked checked = DecisionRules.check(draft, store.evidenceIds(c.id()), bases(item),
                discretion(item));
        PenaltyDistribution similar = PenaltyDistribution.of(store.fines(c.itemCode(), checked.band().name(),
                c.id()));
        LocalDate today = time.today();
        Decision decision = new Decision(c.id(), procedure, draft.legalBasis().strip(), checked.circumstance(),
                checked.band().name(), checked.lowest(), checked.highest(), checked.withinBand(), draft.fine(),
                draft.goodsValue(), draft.reasoning().strip(), draft.facts(), draft.statements(), draft.collective(),
                similar.outlier(draft.fine()), actor.getUsername(), today);
        store.insertDecision(decision, time.now());
        Map<String, Object> stamps = new LinkedHashMap<>();
        stamps.put("decided_on", today);
        cases.advance(actor, c, edge, stamps, null);
        events.publishEvent(new CaseDecided(c.id(), c.caseNo(), c.division(), c.itemCode(), procedure,
                c.party().creditCode(), draft.fine(), today));
        return store.decision(c.id()).orElseThrow();
    }

    /** The distribution of each band of the case's item, and whether {@code fine} would be an outlier in it. */
    @Transactional(readOnly = true)
    public List<Similar> similar(StaffUser reader, long caseId, BigDecimal fine) {
        EnforcementCase c = cases.visible(reader, caseId);
        PublicPowerItem item = cases.penaltyItem(c.itemCode());
        return item.discretion().stream().map(r -> {
            Band band = Band.of(r.circumstance());
            PenaltyDistribution d = PenaltyDistribution.of(store.fines(c.itemCode(), band.name(), c.id()));
            return new Similar(r.circumstance(), band.name(), r.range(), d, fine == null ? null : d.outlier(fine));
        }).toList();
    }

    private static List<String> bases(PublicPowerItem item) {
        return item.legalBases().stream().map(LegalBasis::toString).toList();
    }

    private static Map<String, String> discretion(PublicPowerItem item) {
        Map<String, String> out = new LinkedHashMap<>();
        for (DiscretionRange r : item.discretion()) {
            out.put(r.circumstance(), r.range());
        }
        return out;
    }
}
