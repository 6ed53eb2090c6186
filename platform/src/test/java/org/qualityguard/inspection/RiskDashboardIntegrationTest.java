package org.qualityguard.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.domain.LotDeclaration;
import org.qualityguard.inspection.domain.ResultDeclaration;
import org.qualityguard.risk.SwitchingState;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.support.Browser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dashboard's figures on a small known data set, declared in two weeks of March 2024 that no other test uses (the
 * tests share one database): frozen fish (chapter 03) and fruit (chapter 08) from Norway and Chile at Xuzhou, and
 * Chilean fruit at Changzhou, every lot inspected with a known outcome. Bureaus no other test declares at, because
 * every lot decided moves its bureau's selection threshold, which other tests' journeys rely on.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the known lots are declared once for all the tests
class RiskDashboardIntegrationTest {

    private static final LocalDate WEEK_1 = LocalDate.of(2024, 3, 4);
    private static final LocalDate WEEK_2 = LocalDate.of(2024, 3, 11);
    private static final LocalDate END = WEEK_2.plusDays(6);
    private static final Set<String> TARGETED = Set.of("RISK", "MANDATORY_WARNING", "MANDATORY_DISCONTINUED",
            "MANDATORY_LIST", "WARNING_FOLLOW_UP", "SURVEILLANCE");

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    LotDecisions decisions;
    @Autowired
    InspectionResults results;
    @Autowired
    RiskDashboard dashboard;

    Staff staff;
    final List<DecidedLot> decided = new ArrayList<>();
    final Map<String, Boolean> failed = new HashMap<>();
    int sequence;

    @BeforeAll
    void knownLots() {
        staff = new Staff(administration);
        StaffUser xuzhou = user(staff.inspectorOf("320300"), "320300", Role.INSPECTOR);
        StaffUser changzhou = user(staff.inspectorOf("320400"), "320400", Role.INSPECTOR);
        // Xuzhou, week 1: 03 × NO 1 of 4 fail, 03 × CL 0 of 2, 08 × CL 2 of 5, 08 × NO 1 of 1
        inspected(xuzhou, "CIQ-XZ", WEEK_1.plusDays(1), "03036300", "NO", 4, 1);
        inspected(xuzhou, "CIQ-XZ", WEEK_1.plusDays(1), "03021400", "CL", 2, 0);
        inspected(xuzhou, "CIQ-XZ", WEEK_1.plusDays(2), "08061000", "CL", 5, 2);
        inspected(xuzhou, "CIQ-XZ", WEEK_1.plusDays(2), "08092900", "NO", 1, 1);
        // Xuzhou, week 2: 08 × CL 1 of 4
        inspected(xuzhou, "CIQ-XZ", WEEK_2.plusDays(1), "08061000", "CL", 4, 1);
        // Changzhou, week 1: 08 × CL 3 of 3
        inspected(changzhou, "CIQ-CZ", WEEK_1.plusDays(3), "08092900", "CL", 3, 3);
    }

    @Test
    void heatCellsAreFailedOverInspectedByChapterAndOriginBusiestFirst() {
        RiskDashboard.Figures f = dashboard.figures(analystOf("320000"), WEEK_1, END);

        assertThat(f.heat().chapters()).containsExactly("08", "03");
        assertThat(f.heat().origins()).containsExactly("CL", "NO");
        assertCell(f, "08", "CL", 12, 6, 0.5);
        assertCell(f, "08", "NO", 1, 1, 1.0);
        assertCell(f, "03", "NO", 4, 1, 0.25);
        assertCell(f, "03", "CL", 2, 0, 0.0);
    }

    @Test
    void weeklyDetectionRatesSplitTargetedFromRandomInspectionByTheStoredReason() {
        RiskDashboard.Figures f = dashboard.figures(analystOf("320000"), WEEK_1, END);

        assertThat(f.weeks()).extracting(RiskDashboard.WeekRates::week).containsExactly(WEEK_1, WEEK_2);
        for (RiskDashboard.WeekRates w : f.weeks()) {
            List<DecidedLot> ofWeek = decided.stream()
                    .filter(l -> !l.declaredOn().isBefore(w.week()) && l.declaredOn().isBefore(w.week().plusWeeks(1)))
                    .toList();
            List<DecidedLot> targeted = ofWeek.stream().filter(l -> TARGETED.contains(l.reason())).toList();
            List<DecidedLot> random = ofWeek.stream().filter(l -> l.reason().equals("EXPLORATION")).toList();
            assertThat(w.targetedInspected()).isEqualTo(targeted.size());
            assertThat(w.targetedFailed()).isEqualTo(targeted.stream().filter(l -> failed.get(l.lotId())).count());
            assertThat(w.randomInspected()).isEqualTo(random.size());
            assertThat(w.randomFailed()).isEqualTo(random.stream().filter(l -> failed.get(l.lotId())).count());
            assertThat(w.targetedRate()).isEqualTo(targeted.isEmpty() ? Optional.empty()
                    : Optional.of((double) w.targetedFailed() / targeted.size()));
        }
        // lots released without inspection but inspected all the same count in neither line
        long selectedWithResult = decided.stream().filter(DecidedLot::selected).count();
        assertThat(f.weeks().stream().mapToLong(w -> w.targetedInspected() + w.randomInspected()).sum())
                .isEqualTo(selectedWithResult);
    }

    @Test
    void aChangzhouReaderSeesNoXuzhouLotsInTheFigures() {
        RiskDashboard.Figures f = dashboard.figures(analystOf("320400"), WEEK_1, END);

        assertThat(f.heat().chapters()).containsExactly("08");
        assertThat(f.heat().origins()).containsExactly("CL");
        assertCell(f, "08", "CL", 3, 3, 1.0);
        assertThat(f.capacity()).extracting(c -> c.bureau().code()).containsExactly("CIQ-CZ");
        List<DecidedLot> changzhou = decided.stream().filter(l -> l.bureau().equals("CIQ-CZ")).toList();
        assertThat(f.capacity().get(0).decided()).isEqualTo(changzhou.size());
        assertThat(f.capacity().get(0).selected()).isEqualTo(changzhou.stream().filter(DecidedLot::selected).count());
        long changzhouSelected = changzhou.stream().filter(DecidedLot::selected).count();
        assertThat(f.weeks().stream().mapToLong(w -> w.targetedInspected() + w.randomInspected()).sum())
                .isEqualTo(changzhouSelected);

        RiskDashboard.Figures xuzhou = dashboard.figures(analystOf("320300"), WEEK_1, END);
        assertCell(xuzhou, "08", "CL", 9, 3, 1.0 / 3);
        assertThat(xuzhou.capacity()).extracting(c -> c.bureau().code()).containsExactly("CIQ-XZ");
        assertThat(xuzhou.capacity().get(0).decided()).isEqualTo(16);
    }

    @Test
    void streamsBySwitchingStateAreTheProvinceWideEnginesForEveryReader() {
        Map<SwitchingState, Integer> province = dashboard.figures(analystOf("320000"), WEEK_1, END).streams();
        assertThat(province).containsOnlyKeys(SwitchingState.values());
        assertThat(dashboard.figures(analystOf("320400"), WEEK_1, END).streams()).isEqualTo(province);
    }

    @Test
    void aLaboratoryAccountMayNotReadTheDashboard() {
        StaffUser laboratory = user(staff.withRoles("320000", Role.LABORATORY), "320000", Role.LABORATORY);
        assertThatThrownBy(() -> dashboard.figures(laboratory, WEEK_1, END))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePageAndItsDataAreServedToAChangzhouAnalystWithoutXuzhouFigures() {
        Staff.Member analyst = staff.withRoles("320400", Role.ANALYST);
        Browser browser = new Browser(port).signIn(analyst);

        Browser.Page page = browser.get("/console/inspection/dashboard?from=" + WEEK_1 + "&to=" + END);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("id=\"dashboard-heat\"", "/assets/js/risk-dashboard.js",
                "/console/inspection/dashboard/data?from=2024-03-04&amp;to=2024-03-17");

        Browser.Page data = browser.get("/console/inspection/dashboard/data?from=" + WEEK_1 + "&to=" + END);
        assertThat(data.status()).isEqualTo(200);
        assertThat(data.html()).contains("\"origins\":[\"智利\"]", "\"inspected\":3", "常州出入境检验检疫局")
                .doesNotContain("徐州出入境检验检疫局").doesNotContain("挪威");
    }

    private void inspected(StaffUser inspector, String bureau, LocalDate day, String hsCode, String origin, int lots,
                           int failing) {
        List<LotDeclaration> declared = new ArrayList<>();
        for (int i = 0; i < lots; i++) {
            declared.add(new LotDeclaration("RD" + System.nanoTime() % 1_000_000_000L + "-" + ++sequence,
                    day.toString(), bureau, "IMPORT", hsCode, origin, "看板测试进口有限公司" + bureau,
                    "Dashboard Test Exporter", "10", "50000"));
        }
        List<ResultDeclaration> found = new ArrayList<>();
        List<DecidedLot> lotsDecided = decisions.decideAll(inspector, declared);
        for (int i = 0; i < lotsDecided.size(); i++) {
            String lotId = lotsDecided.get(i).lotId();
            boolean fails = i < failing;
            failed.put(lotId, fails);
            // every lot is inspected, selected or not, so that the heat table's counts are known in advance
            found.add(new ResultDeclaration(lotId, fails ? "FAIL" : "PASS", fails ? "PESTICIDE_RESIDUE" : null,
                    day.toString(), List.of()));
        }
        results.recordAll(inspector, found);
        decided.addAll(lotsDecided);
    }

    private static void assertCell(RiskDashboard.Figures f, String chapter, String origin, long inspected,
                                   long failedLots, double rate) {
        RiskDashboard.HeatCell cell = f.heat().cell(chapter, origin).orElseThrow();
        assertThat(cell.inspected()).isEqualTo(inspected);
        assertThat(cell.failed()).isEqualTo(failedLots);
        assertThat(cell.rate()).isEqualTo(rate);
    }

    private StaffUser analystOf(String division) {
        return user(staff.withRoles(division, Role.ANALYST), division, Role.ANALYST);
    }

    private static StaffUser user(Staff.Member m, String division, Role role) {
        return new StaffUser(m.account().id(), m.username(), m.username(), "", true, 0, "测试机构",
                new DivisionCode(division), EnumSet.of(role));
    }
}
