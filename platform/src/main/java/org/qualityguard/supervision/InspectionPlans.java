package org.qualityguard.supervision;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
import org.qualityguard.power.PowerAct;
import org.qualityguard.power.PowerGuard;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionScope;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.qualityguard.shared.Workflow;
import org.qualityguard.supervision.domain.Grade;
import org.qualityguard.supervision.domain.PlanDraw;
import org.qualityguard.supervision.domain.PlanStatus;
import org.qualityguard.supervision.domain.Regime;
import org.qualityguard.supervision.persistence.GradeStore;
import org.qualityguard.supervision.persistence.PlanStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drawing, approving and publishing inspection plans ("double random, one public"). A plan is drawn for a
 * division and a year or month from the current grades within it: each graded enterprise as often as its grade
 * requires (yearly) or a uniform draw within each grade (monthly), two inspectors from the division's pool never
 * conflicted with the enterprise, plus the special-equipment units falling due in the period. The seed comes from
 * the platform and is recorded so that the draw can be repeated; a redraw is a new draw beside the old one; a chief
 * other than the drawer approves it, and a published plan is public.
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
    private final PowerGuard guard;
    private final String approvalItem;

    /** @param approvalItem the power item a plan's approval exercises (the inspections it decides to make) */
    InspectionPlans(PlanStore plans, GradeStore grades, Grading grading, InspectorPool pool,
                    EquipmentRegister equipment, EnterpriseDirectory enterprises, AuditTrail audit,
                    AccessPolicy access, PowerGuard guard,
                    @Value("${qualityguard.power.acts.plan-approval}") String approvalItem) {
        this.guard = guard;
        this.approvalItem = approvalItem;
        this.plans = plans;
        this.grades = grades;
        this.grading = grading;
        this.pool = pool;
        this.equipment = equipment;
        this.enterprises = enterprises;
        this.audit = audit;
        this.access = access;
    }

    /**
     * Draws a plan with a seed of the platform's (a planner never chooses it). Drawing again for the same division
     * and period supersedes the open draft rather than replacing it: every draw stays, with its seed, in the plan's
     * history, so a redraw until the result suits is visible to whoever approves.
     */
    @Transactional
    public PlanView draft(StaffUser planner, String divisionCode, int year, Integer month) {
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
        Map<String, DivisionCode> located = new HashMap<>();
        int[] supervised = new int[1];
        enterprises.forEachWithin(scope, card -> {
            located.put(card.creditCode(), card.division());
            supervised[0] += Grading.regimesOf(card).size();
        });
        List<InspectorPool.Inspector> pool = this.pool.within(scope);
        long[] inspectors = pool.stream().mapToLong(InspectorPool.Inspector::id).toArray();
        if (inspectors.length < 2 && !graded.isEmpty()) {
            throw new ValidationException(FieldViolation.of("division",
                    new Violation("E7305", "plan.inspectors.tooFew", inspectors.length)));
        }
        List<PlanDraw.Candidate> candidates = new ArrayList<>(graded.size());
        for (String[] g : graded) {
            Grade grade = Grade.valueOf(g[2]);
            int perYear = grading.table(Regime.valueOf(g[1])).frequencyOf(grade).min();
            candidates.add(new PlanDraw.Candidate(g[0], grade, perYear,
                    barred(conflicts.get(g[0]), located.get(g[0]), pool)));
        }
        long actualSeed = seeds.nextLong();
        PlanDraw.Drawn drawn;
        try {
            drawn = PlanDraw.draw(candidates, inspectors, month, actualSeed);
        } catch (PlanDraw.NotEnoughInspectors e) {
            throw new ValidationException(FieldViolation.of("division",
                    new Violation("E7306", "plan.inspectors.conflicted", e.creditCode())));
        }
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
        List<PlanView.Draw> superseded = plans.supersedeDrafts(planId, PlanStatus.WORKFLOW.edge(PlanStatus.SUPERSEDE));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", year);
        after.put("month", month == null ? "" : month);
        after.put("seed", Long.toString(actualSeed));
        after.put("inspections", drawn.size());
        after.put("units", units.size());
        after.put("ungraded", ungraded);
        if (!superseded.isEmpty()) {
            after.put("supersedes", superseded.stream().map(d -> Map.of("plan", d.planId(),
                    "seed", Long.toString(d.seed()), "drawnBy", d.drawnBy())).toList());
        }
        audit.record(AuditRecord.of(planner, superseded.isEmpty() ? "PLAN_DRAWN" : "PLAN_REDRAWN", SUBJECT,
                Long.toString(planId), division, null, after));
        return plans.plan(planId, scope).orElseThrow();
    }

    @Transactional(readOnly = true)
    public PlanView get(StaffUser reader, long planId) {
        access.require(reader, Permission.READ_SUPERVISION);
        return plans.plan(planId, reader.scope()).orElseThrow(() -> missing(reader, planId));
    }

    /** Every draw for the plan's division and period, first to last, with its seed, who drew it and its status. */
    @Transactional(readOnly = true)
    public List<PlanView.Draw> draws(StaffUser reader, long planId) {
        get(reader, planId);
        return plans.draws(planId);
    }

    @Transactional(readOnly = true)
    public List<PlanView> list(StaffUser reader) {
        access.require(reader, Permission.READ_SUPERVISION);
        return summaries(reader.scope(), false);
    }

    /** Published plans anywhere, newest first, without their inspections: the portal's list. */
    @Transactional(readOnly = true)
    public List<PublicPlan> publishedPlans() {
        return summaries(null, true).stream().map(p -> new PublicPlan(p.id(), p.divisionCode(), p.year(), p.month(),
                List.of(), List.of())).toList();
    }

    private List<PlanView> summaries(DivisionScope scope, boolean publishedOnly) {
        List<PlanView> out = new ArrayList<>();
        for (long id : plans.planIds(scope, publishedOnly)) {
            plans.plan(id, scope).ifPresent(p -> out.add(new PlanView(p.id(), p.divisionCode(), p.year(),
                    p.month(), p.seed(), p.status(), p.ungraded(), p.createdBy(), p.approvedBy(), List.of(), List.of())));
        }
        return out;
    }

    /**
     * A chief approves a drafted plan; from then on its inspectors see their tasks. Approving decides on the plan's
     * inspections, so the chief's organisation must pass the power guard for the plan's division.
     */
    @Transactional
    @PowerAct("plan approval")
    public PlanView approve(StaffUser chief, long planId) {
        access.require(chief, Permission.APPROVE_PLAN);
        PlanView plan = plans.plan(planId, chief.scope()).orElseThrow(() -> missing(chief, planId));
        guard.authorise(chief, approvalItem, new DivisionCode(plan.divisionCode()));
        return advance(chief, planId, PlanStatus.APPROVE, "PLAN_APPROVED", "E7307", "plan.status.notDraft");
    }

    /** A chief publishes an approved plan: who was drawn, and when, becomes public ("one public"). */
    @Transactional
    public PlanView publish(StaffUser chief, long planId) {
        return advance(chief, planId, PlanStatus.PUBLISH, "PLAN_PUBLISHED", "E7309", "plan.status.notApproved");
    }

    /** Moves the plan along its workflow's edge for the command, refused (code, key) where the table has none. */
    private PlanView advance(StaffUser chief, long planId, String command, String action, String code, String key) {
        access.require(chief, Permission.APPROVE_PLAN);
        PlanView plan = plans.plan(planId, chief.scope()).orElseThrow(() -> missing(chief, planId));
        // four eyes: whoever drew a plan does not also approve it
        if (command.equals(PlanStatus.APPROVE) && plan.createdBy().equals(chief.getUsername())) {
            throw new ValidationException(FieldViolation.of("status",
                    new Violation("E7331", "plan.approve.ownDraw", plan.createdBy())));
        }
        Workflow.Transition<PlanStatus> edge = PlanStatus.WORKFLOW
                .transition(PlanStatus.valueOf(plan.status()), command)
                .filter(e -> plans.move(planId, e, chief.getUsername()))
                .orElseThrow(() -> new ValidationException(FieldViolation.of("status",
                        new Violation(code, key, plan.status()))));
        audit.record(AuditRecord.of(chief, action, SUBJECT, Long.toString(planId),
                new DivisionCode(plan.divisionCode()), Map.of("status", edge.from().name()),
                Map.of("status", edge.to().name())));
        return plans.plan(planId, chief.scope()).orElseThrow();
    }

    /**
     * A published plan as the public sees it, with the drawn enterprises' registered names; a draft, an approved
     * but unpublished or an unknown plan is not found.
     */
    @Transactional(readOnly = true)
    public PublicPlan published(long planId) {
        PlanView plan = plans.plan(planId, null).orElseThrow(() -> new NotFoundException("plan", Long.toString(planId)));
        if (PlanStatus.valueOf(plan.status()) != PlanStatus.PUBLISHED) {
            throw new NotFoundException("plan", Long.toString(planId));
        }
        Map<String, EnterpriseCard> cards = enterprises.findAll(plan.inspections().stream()
                .map(PlanView.Inspection::creditCode).distinct().toList());
        return new PublicPlan(plan.id(), plan.divisionCode(), plan.year(), plan.month(),
                plan.inspections().stream().map(i -> new PublicPlan.Entry(i.creditCode(),
                        cards.containsKey(i.creditCode()) ? cards.get(i.creditCode()).name() : null, i.regime(),
                        i.month())).toList(),
                plan.units().stream().map(u -> new PublicPlan.Unit(u.registrationCode(), u.kind(), u.dueOn()))
                        .toList());
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

    /**
     * The inspectors who may not inspect an enterprise: those with a conflict of interest, and those whose own
     * division does not hold it (a county inspector drawn for another county could not even open the enterprise).
     */
    private static long[] barred(List<Long> conflicted, DivisionCode enterpriseDivision,
                                 List<InspectorPool.Inspector> pool) {
        Set<Long> barred = new TreeSet<>(conflicted == null ? List.of() : conflicted);
        for (InspectorPool.Inspector i : pool) {
            if (enterpriseDivision == null || !i.division().scope().includes(enterpriseDivision)) {
                barred.add(i.id());
            }
        }
        return barred.isEmpty() ? null : barred.stream().mapToLong(Long::longValue).toArray();
    }
}
