package org.qualityguard.supervision;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qualityguard.enterprise.EnterpriseCard;
import org.qualityguard.enterprise.EnterpriseDirectory;
import org.qualityguard.equipment.EquipmentRegister;
import org.qualityguard.equipment.EquipmentUnit;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.InspectorPool;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionScope;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.qualityguard.supervision.domain.Grade;
import org.qualityguard.supervision.domain.PlanDraw;
import org.qualityguard.supervision.domain.Regime;
import org.qualityguard.supervision.persistence.GradeStore;
import org.qualityguard.supervision.persistence.PlanStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drawing, approving and publishing inspection plans ("double random, one public"). A plan is drawn for a
 * division and a year or month from the current grades within it: each graded enterprise as often as its grade
 * requires (yearly) or a uniform draw within each grade (monthly), two inspectors from the division's pool never
 * conflicted with the enterprise, plus the special-equipment units falling due in the period. The seed is recorded
 * so that the draw can be repeated; a chief approves it, and an approved plan is public.
 */
@Service
public class InspectionPlans {

    static final String SUBJECT = "plan";
    private static final int MAX_UNITS = 10_000;

    private final PlanStore plans;
    private final GradeStore grades;
    private final Grading grading;
    private final InspectorPool pool;
    private final EquipmentRegister equipment;
    private final EnterpriseDirectory enterprises;
    private final AuditTrail audit;
    private final SecureRandom seeds = new SecureRandom();
    private final AccessPolicy access;

    InspectionPlans(PlanStore plans, GradeStore grades, Grading grading, InspectorPool pool,
                    EquipmentRegister equipment, EnterpriseDirectory enterprises, AuditTrail audit,
                    AccessPolicy access) {
        this.plans = plans;
        this.grades = grades;
        this.grading = grading;
        this.pool = pool;
        this.equipment = equipment;
        this.enterprises = enterprises;
        this.audit = audit;
        this.access = access;
    }

    /** @param seed null to draw a fresh one (recorded with the plan) */
    @Transactional
    public PlanView draft(StaffUser planner, String divisionCode, int year, Integer month, Long seed) {
        access.require(planner, Permission.DRAW_PLAN);
        DivisionCode division = PlanDivision.parse(divisionCode);
        if (!planner.scope().includes(division)) {
            throw PlanDivision.outOfScope(audit, planner, division);
        }
        List<FieldViolation> faults = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            faults.add(FieldViolation.of("year", new Violation("E7303", "plan.year.range", year)));
        }
        if (month != null && (month < 1 || month > 12)) {
            faults.add(FieldViolation.of("month", new Violation("E7304", "plan.month.range", month)));
        }
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        DivisionScope scope = division.scope();
        List<String[]> graded = grades.gradesWithin(scope);
        Map<String, List<Long>> conflicts = plans.conflicts(graded.stream().map(g -> g[0]).distinct().toList());
        List<PlanDraw.Candidate> candidates = new ArrayList<>(graded.size());
        for (String[] g : graded) {
            Grade grade = Grade.valueOf(g[2]);
            int perYear = grading.table(Regime.valueOf(g[1])).frequencyOf(grade).min();
            List<Long> c = conflicts.get(g[0]);
            candidates.add(new PlanDraw.Candidate(g[0], grade, perYear,
                    c == null ? null : c.stream().mapToLong(Long::longValue).toArray()));
        }
        long[] inspectors = pool.within(scope).stream().mapToLong(InspectorPool.Inspector::id).toArray();
        if (inspectors.length < 2 && !candidates.isEmpty()) {
            throw new ValidationException(FieldViolation.of("division",
                    new Violation("E7305", "plan.inspectors.tooFew", inspectors.length)));
        }
        long actualSeed = seed != null ? seed : seeds.nextLong();
        PlanDraw.Drawn drawn;
        try {
            drawn = PlanDraw.draw(candidates, inspectors, month, actualSeed);
        } catch (PlanDraw.NotEnoughInspectors e) {
            throw new ValidationException(FieldViolation.of("division",
                    new Violation("E7306", "plan.inspectors.conflicted", e.creditCode())));
        }
        int[] supervised = new int[1];
        enterprises.forEachWithin(scope, card -> supervised[0] += Grading.regimesOf(card).size());
        int ungraded = Math.max(0, supervised[0] - graded.size());
        long planId = plans.insertPlan(division.value(), year, month, actualSeed, ungraded, planner.getUsername());
        List<Object[]> rows = new ArrayList<>(drawn.size());
        for (int i = 0; i < drawn.size(); i++) {
            String[] g = graded.get(drawn.candidate()[i]);
            rows.add(new Object[] {g[0], g[1], g[2], (int) drawn.month()[i], drawn.inspectorA()[i],
                    drawn.inspectorB()[i]});
        }
        plans.insertInspections(planId, rows);
        LocalDate periodEnd = month == null ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
        List<PlanView.DueUnit> units = new ArrayList<>();
        for (EquipmentUnit u : equipment.dueBy(scope, periodEnd, MAX_UNITS)) {
            units.add(new PlanView.DueUnit(u.registrationCode(), u.kind(), u.userCreditCode(), u.nextDueOn()));
        }
        plans.insertUnits(planId, units);
        audit.record(AuditRecord.of(planner, "PLAN_DRAWN", SUBJECT, Long.toString(planId), division, null,
                Map.of("year", year, "month", month == null ? "" : month, "seed", actualSeed,
                        "inspections", drawn.size(), "units", units.size(), "ungraded", ungraded)));
        return plans.plan(planId, scope).orElseThrow();
    }

    @Transactional(readOnly = true)
    public PlanView get(StaffUser reader, long planId) {
        access.require(reader, Permission.READ_SUPERVISION);
        return plans.plan(planId, reader.scope()).orElseThrow(() -> missing(reader, planId));
    }

    @Transactional(readOnly = true)
    public List<PlanView> list(StaffUser reader) {
        access.require(reader, Permission.READ_SUPERVISION);
        return summaries(reader.scope(), false);
    }

    /** Published plans anywhere, newest first, without their inspections: the portal's list. */
    @Transactional(readOnly = true)
    public List<PlanView> publishedPlans() {
        return summaries(null, true);
    }

    private List<PlanView> summaries(DivisionScope scope, boolean publishedOnly) {
        List<PlanView> out = new ArrayList<>();
        for (long id : plans.planIds(scope, publishedOnly)) {
            plans.plan(id, scope).ifPresent(p -> out.add(new PlanView(p.id(), p.divisionCode(), p.year(),
                    p.month(), p.seed(), p.status(), p.ungraded(), p.createdBy(), p.approvedBy(), List.of(), List.of())));
        }
        return out;
    }

    /** A chief approves a drafted plan; from then on its inspectors see their tasks. */
    @Transactional
    public PlanView approve(StaffUser chief, long planId) {
        return advance(chief, planId, "DRAFT", "APPROVED", "PLAN_APPROVED", "E7307", "plan.status.notDraft");
    }

    /** A chief publishes an approved plan: who was drawn, and when, becomes public ("one public"). */
    @Transactional
    public PlanView publish(StaffUser chief, long planId) {
        return advance(chief, planId, "APPROVED", "PUBLISHED", "PLAN_PUBLISHED", "E7309", "plan.status.notApproved");
    }

    private PlanView advance(StaffUser chief, long planId, String from, String to, String action, String code,
                             String key) {
        access.require(chief, Permission.APPROVE_PLAN);
        PlanView plan = plans.plan(planId, chief.scope()).orElseThrow(() -> missing(chief, planId));
        boolean moved = "APPROVED".equals(to) ? plans.approve(planId, chief.getUsername())
                : plans.publish(planId, chief.getUsername());
        if (!moved) {
            throw new ValidationException(FieldViolation.of("status", new Violation(code, key, plan.status())));
        }
        audit.record(AuditRecord.of(chief, action, SUBJECT, Long.toString(planId),
                new DivisionCode(plan.divisionCode()), Map.of("status", from), Map.of("status", to)));
        return plans.plan(planId, chief.scope()).orElseThrow();
    }

    /** A published plan as the public sees it; a draft, an approved but unpublished or an unknown plan is not found. */
    @Transactional(readOnly = true)
    public PlanView published(long planId) {
        PlanView plan = plans.plan(planId, null).orElseThrow(() -> new NotFoundException("plan", Long.toString(planId)));
        if (!"PUBLISHED".equals(plan.status())) {
            throw new NotFoundException("plan", Long.toString(planId));
        }
        return plan;
    }

    /** Records that an inspector must not inspect an enterprise (relative, former employee, …); audited. */
    @Transactional
    public void recordConflict(StaffUser chief, long inspectorId, String creditCode, String reason) {
        access.require(chief, Permission.RECORD_CONFLICT_OF_INTEREST);
        EnterpriseCard card = grading.enterprise(chief, creditCode);
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(FieldViolation.of("reason",
                    new Violation("E7308", "plan.conflict.reason.required")));
        }
        plans.insertConflict(inspectorId, card.creditCode(), reason.strip(), chief.getUsername());
        audit.record(AuditRecord.of(chief, "CONFLICT_RECORDED", "inspector-conflict", card.creditCode(),
                card.division(), null, Map.of("inspector", inspectorId, "reason", reason.strip())));
    }

    @Transactional(readOnly = true)
    public List<PlanView.Inspection> tasksOf(StaffUser inspector) {
        return plans.tasksOf(inspector.id());
    }

    private NotFoundException missing(StaffUser user, long planId) {
        plans.divisionOf(planId).ifPresent(d -> audit.recordRefusal(AuditRecord.of(user, "ACCESS_DENIED", SUBJECT,
                Long.toString(planId), new DivisionCode(d), null, Map.of("actorDivision", user.division().value()))));
        return new NotFoundException("plan", Long.toString(planId));
    }
}
