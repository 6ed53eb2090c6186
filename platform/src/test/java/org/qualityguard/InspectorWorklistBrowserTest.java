package org.qualityguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.DecidedLot;
import org.qualityguard.inspection.InspectionResults;
import org.qualityguard.inspection.LotDecisions;
import org.qualityguard.inspection.domain.LotDeclaration;
import org.qualityguard.inspection.domain.ResultDeclaration;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.support.Chromium;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The inspector's day in a real headless Chromium: lots declared at the Zhangjiagang bureau this morning, sign in, open
 * the worklist, open a lot, record a failed result with its hazard and a measured value, see it on the lot page and
 * the lot gone from the worklist. And the analyst's risk dashboard, whose charts a script draws from fetched figures
 * under the console's CSP, for lots inspected in a fortnight of May 2023 that no other test uses.
 */
@PlatformTest
class InspectorWorklistBrowserTest {

    private static final LocalDate DASHBOARD_DAY = LocalDate.of(2023, 5, 9);

    private static Chromium chromium;
    private static WebDriver driver;

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    LotDecisions decisions;
    @Autowired
    Clock clock;
    @Autowired
    InspectionResults results;

    @BeforeAll
    static void startChromium() throws IOException {
        chromium = Chromium.start(Map.of());
        driver = chromium.driver();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.stop();
        }
    }

    @Test
    void inspectorRecordsAFailedResultFromTheWorklist() {
        // Zhangjiagang's bureau is no other test's: every lot decided elsewhere moves a bureau's selection threshold,
        // and only a bureau's first day is sure to select some of thirty lots
        Staff.Member inspector = new Staff(administration).inspectorOf("320582");
        String prefix = "BT" + System.nanoTime() % 1_000_000_000L + "-";
        LocalDate today = LocalDate.now(clock);
        List<LotDeclaration> lots = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lots.add(new LotDeclaration(prefix + i, today.toString(), "CIQ-ZJG", "IMPORT", "0802120000", "US",
                    "浏览器测试进口有限公司", "Browser Test Orchards", "1000", "52000"));
        }
        decisions.decideAll(asStaffUser(inspector, "320582"), lots);

        signIn(inspector);
        driver.get(url("/console/inspection/worklist"));
        new Select(wait(ExpectedConditions.presenceOfElementLocated(By.name("bureau")))).selectByValue("CIQ-ZJG");
        driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
        wait(ExpectedConditions.urlContains("bureau=CIQ-ZJG"));
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("布控查验清单");
        // other tests share the database and the bureau: the journey works on this test's own lots
        WebElement first = driver.findElements(By.cssSelector("#worklist tbody tr a")).stream()
                .filter(a -> a.getText().startsWith(prefix)).findFirst().orElseThrow();
        WebElement row = first.findElement(By.xpath("./ancestor::tr"));
        assertThat(row.getText()).contains("0802120000", "美国", "浏览器测试进口有限公司");
        String lotId = first.getText();

        first.click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("result-form")));
        assertThat(driver.findElement(By.id("lot-id")).getText()).isEqualTo(lotId);
        assertThat(driver.findElement(By.id("selected")).getText()).isEqualTo("查验");
        WebElement form = driver.findElement(By.id("result-form"));
        form.findElement(By.cssSelector("input[name=outcome][value=FAIL]")).click();
        new Select(form.findElement(By.name("hazard"))).selectByValue("HEAVY_METAL");
        form.findElement(By.name("measurements[0].item")).sendKeys("铅");
        form.findElement(By.name("measurements[0].value")).sendKeys("0.35");
        form.findElement(By.name("measurements[0].unit")).sendKeys("mg/kg");
        form.findElement(By.name("measurements[0].limit")).sendKeys("0.2");
        form.findElement(By.name("measurements[0].standard")).sendKeys("GB 2762-2022");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        wait(ExpectedConditions.presenceOfElementLocated(By.id("result")));
        assertThat(driver.getCurrentUrl()).endsWith("/console/inspection/lots/" + lotId);
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).isEqualTo("检验结果已保存。");
        assertThat(driver.findElement(By.id("outcome")).getText()).isEqualTo("不合格");
        assertThat(driver.findElement(By.id("hazard")).getText()).isEqualTo("重金属");
        assertThat(driver.findElement(By.id("measurements")).getText()).contains("铅", "0.35", "mg/kg", "0.2",
                "GB 2762-2022");
        assertThat(driver.findElements(By.id("result-form"))).isEmpty();

        driver.findElement(By.id("back-to-worklist")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("count")));
        assertThat(driver.findElements(By.cssSelector("#worklist tbody tr a")).stream().map(WebElement::getText))
                .doesNotContain(lotId);
    }

    @Test
    void anAnalystSeesTheFourChartsDrawnFromTheFigures() {
        Staff staff = new Staff(administration);
        // Yancheng, where no other test declares: its lots leave the other journeys' selection thresholds alone
        Staff.Member inspector = staff.inspectorOf("320900");
        StaffUser yancheng = asStaffUser(inspector, "320900");
        String prefix = "DB" + System.nanoTime() % 1_000_000_000L + "-";
        List<LotDeclaration> lots = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lots.add(new LotDeclaration(prefix + i, DASHBOARD_DAY.toString(), "CIQ-YC", "IMPORT", "0806100000",
                    "CL", "看板浏览器测试进口有限公司", "Dashboard Browser Vineyards", "10", "140000"));
        }
        List<ResultDeclaration> found = new ArrayList<>();
        for (DecidedLot lot : decisions.decideAll(yancheng, lots)) {
            boolean fails = found.size() < 2;
            found.add(new ResultDeclaration(lot.lotId(), fails ? "FAIL" : "PASS", fails ? "PESTICIDE_RESIDUE" : null,
                    DASHBOARD_DAY.toString(), List.of()));
        }
        results.recordAll(yancheng, found);

        signIn(staff.withRoles("320000", Role.ANALYST));
        driver.get(url("/console/inspection/dashboard?from=2023-05-08&to=2023-05-21"));

        for (String chart : List.of("dashboard-heat", "dashboard-detection", "dashboard-streams",
                "dashboard-capacity")) {
            wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
        }
        assertThat(driver.findElement(By.cssSelector("#risk-nav a.active")).getText()).isEqualTo("风险看板");
        assertThat(driver.findElement(By.id("streams-note")).getText()).contains("全省");
    }

    private static StaffUser asStaffUser(Staff.Member member, String division) {
        return new StaffUser(member.account().id(), member.username(), member.username(), "", true, 0, "测试机构",
                new DivisionCode(division), EnumSet.of(Role.INSPECTOR));
    }

    private void signIn(Staff.Member member) {
        chromium.signIn(url(""), member);
    }

    private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return chromium.waitFor(condition);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
