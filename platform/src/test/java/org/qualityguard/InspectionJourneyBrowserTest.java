package org.qualityguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.BusinessDay;
import org.qualityguard.support.Chromium;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.qualityguard.support.SupervisedDivision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An inspector's day in a real headless Chromium: sign in, open "my tasks", open the drawn task for a meat
 * producer, record a failed inspection with a major finding, and see on the enterprise's grade page the new points
 * and the rules behind them; the enterprise's registry page draws the same grade in through htmx, and the coverage
 * dashboard draws its map of Jiangsu.
 */
@PlatformTest
class InspectionJourneyBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DONGHAI = "320722";

    private static Chromium chromium;
    private static WebDriver driver;

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

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
    void inspectorRecordsAFindingAndTheGradePageShowsTheNewPoints() {
        SupervisedDivision d = SupervisedDivision.in(port, new Staff(administration), DONGHAI)
                .withProducer("MEAT_PRODUCTS").withApprovedPlan();
        Staff.Member inspector = d.assignedInspector();
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        driver.findElement(By.id("username")).sendKeys(inspector.username());
        driver.findElement(By.id("password")).sendKeys(inspector.password());
        driver.findElement(By.id("login-form")).submit();
        wait(ExpectedConditions.urlToBe(url("/console")));

        driver.get(url("/console/supervision/tasks"));
        WebElement tasks = wait(ExpectedConditions.presenceOfElementLocated(By.id("tasks")));
        WebElement row = tasks.findElement(By.xpath(".//tr[td[text()='" + d.producer() + "']]"));
        row.findElement(By.cssSelector("a.open-task")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("record-form")));
        assertThat(driver.findElement(By.id("task-enterprise")).getText())
                .isEqualTo("监管测试食品有限公司" + d.producer().substring(10));

        new Select(driver.findElement(By.id("result"))).selectByValue("FAIL");
        setDate("correctiveDeadline", BusinessDay.today().plusDays(30));
        new Select(driver.findElement(By.id("item0"))).selectByValue("F04");
        driver.findElement(By.id("finding0")).sendKeys("亚硝酸盐超范围使用");
        new Select(driver.findElement(By.id("severity0"))).selectByValue("MAJOR");
        driver.findElement(By.id("record-submit")).click();

        wait(ExpectedConditions.urlMatches("/console/supervision/records/\\d+$"));
        assertThat(driver.findElement(By.id("record-result")).getText()).isEqualTo("不合格");
        assertThat(driver.findElement(By.id("record-findings")).getText()).contains("亚硝酸盐超范围使用", "严重问题");

        driver.findElement(By.id("record-enterprise")).click();
        WebElement grade = wait(ExpectedConditions.presenceOfElementLocated(By.id("grade-FOOD")));
        // Meat products 15 static points; a failed inspection 25 and a major finding 5 → 45 → B.
        assertThat(grade.findElement(By.cssSelector(".grade-letter")).getText()).isEqualTo("B");
        assertThat(grade.getText()).contains("总分 45（静态 15 + 动态 30）", "监督检查结果不合格（每次）",
                "监督检查严重问题（每项）");

        driver.get(url("/console/enterprises/" + d.producer()));
        WebElement drawnIn = wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grade-slot #grade-FOOD")));
        assertThat(drawnIn.getText()).contains("总分 45");

        // The coverage dashboard draws its map from the JSON endpoint with a script file, under the page's CSP.
        driver.get(url("/console/supervision/coverage"));
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#coverage-map canvas")));
        assertThat(driver.findElement(By.id("coverage-counties")).getText()).contains("连云港市 东海县");
    }

    /** Date inputs take the browser's locale format when typed; setting the value is locale-free. */
    private void setDate(String id, java.time.LocalDate date) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
    }

    private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
