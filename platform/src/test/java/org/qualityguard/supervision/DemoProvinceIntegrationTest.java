package org.qualityguard.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qualityguard.equipment.EquipmentRegister;
import org.qualityguard.identity.Division;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.DivisionLevel;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.support.BusinessDay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * A first start with demo data, on a small province (the same loaders as the real demo, configured smaller so the
 * suite stays fast): every demo enterprise is graded, units are overdue and due soon, a plan with approved results
 * is on the portal, every city can draw a plan, and starting again changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "qualityguard.demo.enabled=true", "qualityguard.demo.food-producers=390",
    "qualityguard.demo.special-equipment-enterprises=260", "qualityguard.demo.inspection-days=3",
    "qualityguard.demo.inspectors-per-city=3"})
@ActiveProfiles("test")
class DemoProvinceIntegrationTest {

    @Autowired
    Coverage coverage;
    @Autowired
    EquipmentRegister equipment;
    @Autowired
    InspectionPlans plans;
    @Autowired
    InspectionRecords records;
    @Autowired
    Divisions divisions;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void firstStartLeavesEveryDemoEnterpriseGraded() throws Exception {
        StaffUser admin = (StaffUser) users.loadUserByUsername("admin");
        Coverage.Report report = coverage.of(admin, BusinessDay.today().getYear());
        assertThat(report.total().foodProducers()).isEqualTo(390);
        assertThat(report.total().foodGraded()).isEqualTo(report.total().foodProducers());
        assertThat(report.total().equipmentUsers()).isPositive();
        assertThat(report.total().equipmentGraded()).isEqualTo(report.total().equipmentUsers());
        assertThat(report.cities()).hasSize(13).allSatisfy(city -> assertThat(city.planned()).isPositive());
        assertThat(report.total().inspectedOnTime()).isPositive();
        assertThat(jdbc.sql("SELECT count(DISTINCT grade) FROM supervision.grade").query(Long.class).single())
                .as("the year's facts and events spread the grades").isGreaterThanOrEqualTo(3);

        PageRequest all = new PageRequest(1, 1);
        assertThat(equipment.list(admin, EquipmentRegister.DueFilter.OVERDUE, all).total()).isPositive();
        assertThat(equipment.list(admin, EquipmentRegister.DueFilter.DUE_SOON, all).total()).isPositive();
        assertThat(jdbc.sql("SELECT DISTINCT status FROM sampling.sample WHERE demo").query(String.class).list())
                .as("a demo sample at every stage").containsExactlyInAnyOrder("SAMPLED", "FAILED", "OBJECTED",
                        "PUBLISHED");
        assertThat(plans.publishedPlans()).hasSize(13);
        assertThat(records.publishedResults(10)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.enterpriseName()).startsWith("演示"));

        // the units' periodic inspections re-grade their users after the import, in the background: let that finish
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "SELECT count(*) FROM events.event_publication WHERE completion_date IS NULL").query(Long.class)
                .single() == 0);
        Map<String, Long> before = counts();
        ApplicationArguments none = new DefaultApplicationArguments();
        for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
            runner.run(none);
        }
        assertThat(counts()).as("a second start changes nothing").isEqualTo(before);
    }

    @Test
    void demoDrawSucceedsInEveryDemoCity() {
        StaffUser planner = (StaffUser) users.loadUserByUsername("province.analyst");
        int nextYear = BusinessDay.today().getYear() + 1;
        List<Division> cities = divisions.ofLevel(DivisionLevel.CITY);
        assertThat(cities).hasSize(13);
        for (Division city : cities) {
            PlanView plan = plans.draft(planner, city.code().value(), nextYear, null);
            assertThat(plan.inspections()).as(city.name()).isNotEmpty().allSatisfy(
                    i -> assertThat(i.inspectorA()).isNotEqualTo(i.inspectorB()));
            Set<Long> conflicted = new HashSet<>(jdbc.sql(
                    "SELECT staff_id FROM supervision.inspector_conflict WHERE credit_code = ANY(?)")
                    .param(plan.inspections().stream().map(PlanView.Inspection::creditCode).toArray(String[]::new))
                    .query(Long.class).list());
            for (PlanView.Inspection i : plan.inspections()) {
                List<Long> excluded = jdbc.sql("SELECT staff_id FROM supervision.inspector_conflict "
                        + "WHERE credit_code = ?").param(i.creditCode()).query(Long.class).list();
                assertThat(excluded).as("conflicted inspectors of " + i.creditCode())
                        .doesNotContain(i.inspectorA(), i.inspectorB());
            }
            assertThat(conflicted).as("the demo records conflicts the draw must respect in " + city.name())
                    .isNotEmpty();
        }
    }

    private Map<String, Long> counts() {
        return Map.of("enterprises", count("enterprise.enterprise"), "units", count("equipment.unit"),
                "grades", count("supervision.grade_history"), "plans", count("supervision.plan"),
                "records", count("supervision.inspection_record"), "lots", count("inspection.lots"),
                "staff", count("identity.staff"), "audit", count("identity.audit_entry"),
                "samples", count("sampling.sample"));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
