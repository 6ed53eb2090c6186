package org.qualityguard.supervision.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.qualityguard.enterprise.EnterpriseCard;
import org.qualityguard.enterprise.EnterpriseDirectory;
import org.qualityguard.identity.Division;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.InspectorPool;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionLevel;
import org.qualityguard.supervision.Grading;
import org.qualityguard.supervision.InspectionPlans;
import org.qualityguard.supervision.InspectionRecords;
import org.qualityguard.supervision.PlanView;
import org.qualityguard.supervision.domain.Checklist;
import org.qualityguard.supervision.domain.Regime;
import org.qualityguard.supervision.persistence.GradeStore;
import org.qualityguard.supervision.persistence.PlanStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Graded supervision as a demo province shows it working, all through the real use cases: every demo enterprise
 * graded (the yearly re-grade of the province, in bulk), then the year's facts and risk events of about half of them
 * recorded (so that grades spread over A–D), a few conflicts of interest recorded, this month's
 * double-random plan of every city drawn by the province analyst (南京市's drawn twice, so its history shows a
 * superseded draw), approved and published by the administrator (a chief who did not draw them), and about two in
 * five of the month's inspections recorded by one of their drawn inspectors with findings, most of them co-signed by
 * the other and approved for the portal. Findings read 演示…; loaded once, when no plan exists yet.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "qualityguard.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoSupervision implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSupervision.class);
    private static final DivisionCode PROVINCE = new DivisionCode("320000");
    private static final String PLANNER = "province.analyst";
    private static final String APPROVER = "admin";
    private static final DivisionCode REDRAWN_CITY = new DivisionCode("320100");
    /** Of a hundred inspections of the month: how many are recorded, fail, and are approved for the portal. */
    private static final int RECORDED = 40;
    private static final int FAILED = 15;
    private static final int APPROVED = 75;

    private final Grading grading;
    private final InspectionPlans plans;
    private final InspectionRecords records;
    private final PlanStore planStore;
    private final GradeStore grades;
    private final InspectorPool pool;
    private final Divisions divisions;
    private final UserDetailsService users;
    private final EnterpriseDirectory enterprises;
    private final Clock clock;

    DemoSupervision(Grading grading, InspectionPlans plans, InspectionRecords records, PlanStore planStore,
                    GradeStore grades, InspectorPool pool, Divisions divisions, UserDetailsService users,
                    EnterpriseDirectory enterprises, Clock clock) {
        this.enterprises = enterprises;
        this.grading = grading;
        this.plans = plans;
        this.records = records;
        this.planStore = planStore;
        this.grades = grades;
        this.pool = pool;
        this.divisions = divisions;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!planStore.planIds(null, false).isEmpty() || divisions.ofLevel(DivisionLevel.CITY).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        StaffUser system = StaffUser.system(PROVINCE);
        Grading.Regraded graded = grading.regradeDivision(system, PROVINCE.value());
        if (graded.graded() == 0) {
            return; // no demo registry to supervise
        }
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(2012);
        grading.recordRiskData(system, riskData(today, random));
        StaffUser planner = (StaffUser) users.loadUserByUsername(PLANNER);
        StaffUser approver = (StaffUser) users.loadUserByUsername(APPROVER);
        int drawn = 0;
        int recorded = 0;
        for (Division city : divisions.ofLevel(DivisionLevel.CITY)) {
            recordConflicts(system, city.code());
            PlanView plan = plans.draft(planner, city.code().value(), today.getYear(), today.getMonthValue());
            if (city.code().equals(REDRAWN_CITY)) {
                plan = plans.draft(planner, city.code().value(), today.getYear(), today.getMonthValue());
            }
            plans.approve(approver, plan.id());
            plans.publish(approver, plan.id());
            drawn += plan.inspections().size();
            recorded += recordSome(plan, approver, today, random);
        }
        log.info("Loaded the demo supervision data: {} grades, {} planned inspections in {} cities' plans of this "
                        + "month, {} recorded (marked as demo), in {} ms", graded.graded(), drawn,
                divisions.ofLevel(DivisionLevel.CITY).size(), recorded, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * What grades differ by, as the year brought it: producers' scale and vulnerable consumers, equipment users'
     * maintenance and operators, and sampling failures, complaints, cases, accidents and credit listings of the last
     * eleven months; about half the enterprises have something.
     */
    private List<Grading.RiskData> riskData(LocalDate today, Random random) {
        List<Grading.RiskData> data = new ArrayList<>();
        enterprises.forEachWithin(PROVINCE.scope(), card -> {
            if (!card.name().startsWith("演示") || !card.foodProducer() && !card.specialEquipmentUser()) {
                return;
            }
            Map<String, String> facts = new LinkedHashMap<>();
            List<Grading.RiskEvent> events = new ArrayList<>();
            if (card.foodProducer()) {
                int scale = random.nextInt(10);
                if (scale >= 6) {
                    facts.put("scale", scale >= 9 ? "LARGE" : "MEDIUM");
                }
                boolean sensitive = List.of("05", "28", "29", "30").contains(card.foodCategoryNumber());
                if (random.nextInt(100) < (sensitive ? 50 : 3)) {
                    facts.put("vulnerableConsumers", "YES");
                }
                events(events, "samplingFailure", random.nextInt(100) < 10 ? 1 + random.nextInt(2) : 0,
                        "演示：监督抽检不合格", today, random);
            } else {
                int maintenance = random.nextInt(100);
                if (maintenance < 33) {
                    facts.put("maintenanceQuality", maintenance < 8 ? "POOR" : "FAIR");
                }
                if (random.nextInt(100) < 6) {
                    facts.put("uncertifiedOperators", "YES");
                }
                events(events, "accident", random.nextInt(100) < 2 ? 1 : 0, "演示：设备事故", today, random);
            }
            events(events, "complaint", random.nextInt(100) < 18 ? 1 + random.nextInt(3) : 0, "演示：查实的投诉举报",
                    today, random);
            events(events, "enforcementCase", random.nextInt(100) < 3 ? 1 : 0, "演示：行政处罚案件", today, random);
            events(events, "creditListed", random.nextInt(1000) < 5 ? 1 : 0, "演示：列入严重违法失信名单", today,
                    random);
            if (!facts.isEmpty() || !events.isEmpty()) {
                data.add(new Grading.RiskData(card.creditCode(), facts, events));
            }
        });
        return data;
    }

    private static void events(List<Grading.RiskEvent> events, String factor, int count, String note, LocalDate today,
                               Random random) {
        for (int i = 0; i < count; i++) {
            events.add(new Grading.RiskEvent(factor, today.minusDays(1 + random.nextInt(330)), note));
        }
    }

    /** The city's first inspector is related to two of its graded enterprises: the draw must pass them by. */
    private void recordConflicts(StaffUser chief, DivisionCode city) {
        List<InspectorPool.Inspector> inspectors = pool.within(city.scope());
        List<String[]> graded = grades.gradesWithin(city.scope());
        for (int i = 0; i < Math.min(2, graded.size()) && !inspectors.isEmpty(); i++) {
            plans.recordConflict(chief, inspectors.get(0).id(), graded.get(i * graded.size() / 2)[0],
                    "演示：检查人员的亲属在该企业任职");
        }
    }

    /**
     * Records about two in five of the plan's inspections, each by one of its two drawn inspectors who may see the
     * enterprise (a county's inspector sees only their county), on a day of this month up to today.
     */
    private int recordSome(PlanView plan, StaffUser approver, LocalDate today, Random random) {
        Map<Long, StaffUser> inspectors = new HashMap<>();
        for (InspectorPool.Inspector i : pool.within(new DivisionCode(plan.divisionCode()).scope())) {
            inspectors.put(i.id(), (StaffUser) users.loadUserByUsername(i.username()));
        }
        Map<String, EnterpriseCard> cards = enterprises.findAll(plan.inspections().stream()
                .map(PlanView.Inspection::creditCode).distinct().toList());
        int recorded = 0;
        for (PlanView.Inspection task : plan.inspections()) {
            if (random.nextInt(100) >= RECORDED) {
                continue;
            }
            DivisionCode division = cards.get(task.creditCode()).division();
            StaffUser inspector = visible(inspectors.get(task.inspectorA()), division)
                    ? inspectors.get(task.inspectorA()) : inspectors.get(task.inspectorB());
            if (!visible(inspector, division)) {
                continue;
            }
            boolean failed = random.nextInt(100) < FAILED;
            LocalDate on = today.withDayOfMonth(1 + random.nextInt(today.getDayOfMonth()));
            List<String> items = new ArrayList<>(Checklist.of(Regime.valueOf(task.regime())));
            Collections.shuffle(items, random);
            List<InspectionRecords.Finding> findings = new ArrayList<>();
            if (failed) {
                findings.add(new InspectionRecords.Finding(items.get(0), "演示：关键控制要求未落实，责令限期整改",
                        "MAJOR"));
            }
            if (failed || random.nextInt(10) < 3) {
                findings.add(new InspectionRecords.Finding(items.get(1), "演示：记录不完整，已当场指出", "MINOR"));
            }
            long id = records.record(inspector, new InspectionRecords.Command(task.id(), on, failed ? "FAIL" : "PASS",
                    failed ? on.plusDays(30) : null, findings)).recordId();
            // the other drawn inspector co-signs, and then a chief may approve the result for the portal
            StaffUser second = inspectors.get(inspector.id() == task.inspectorA() ? task.inspectorB()
                    : task.inspectorA());
            if (visible(second, division) && random.nextInt(100) < APPROVED) {
                records.cosign(second, id);
                records.approve(approver, id);
            }
            recorded++;
        }
        return recorded;
    }

    private static boolean visible(StaffUser inspector, DivisionCode division) {
        return inspector != null && inspector.scope().includes(division);
    }
}
