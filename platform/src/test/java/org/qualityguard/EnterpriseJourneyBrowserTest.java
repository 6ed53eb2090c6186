package org.qualityguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.support.EnterpriseSheetBuilder.aSheet;
import static org.qualityguard.support.EnterpriseSheetBuilder.freshCreditCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qualityguard.enterprise.EnterpriseRegistry;
import org.qualityguard.enterprise.domain.EnterpriseDraft;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.support.Chromium;
import org.qualityguard.support.EnterpriseSheetBuilder;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The registry as a county inspector uses it, in a real headless Chromium: sign in through the form, import a
 * sheet and watch its progress page, find an imported enterprise with the filters and open it; a sheet with one bad
 * row is refused whole; another city's enterprise is not found; the console speaks Chinese unless asked otherwise.
 */
@PlatformTest
class EnterpriseJourneyBrowserTest {

    private static Chromium chromium;
    private static Path workDir;
    private static WebDriver driver;

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    EnterpriseRegistry registry;

    private Staff staff;

    @BeforeAll
    static void startChromium() throws IOException {
        // An English-speaking browser: the console must still open in Chinese until the reader chooses English.
        chromium = Chromium.start(Map.of("intl.accept_languages", "en-US,en"));
        driver = chromium.driver();
        workDir = chromium.workDir();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.stop();
        }
    }

    @BeforeEach
    void freshSession() {
        staff = new Staff(administration);
        // Every journey starts signed out, without a language cookie.
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
    }

    @Test
    void inspectorImportsAnXlsxAndOpensAnImportedEnterprise() {
        signIn(staff.inspectorOf("320102"));
        EnterpriseSheetBuilder sheet = aSheet().withValidRows(25, "320102");

        importFile("xuanwu-25.xlsx", sheet.xlsx());

        assertThat(summary()).isEqualTo("共 25 行：新增 25，更新 0，未变化 0，拒绝 0。");
        assertThat(driver.findElements(By.id("import-errors"))).isEmpty();

        driver.findElement(By.id("back-to-registry")).click();
        String code = sheet.codeOfRow(7);
        filterByCreditCode(code);
        assertThat(driver.findElement(By.id("count")).getText()).isEqualTo("共 1 家企业");
        WebElement table = driver.findElement(By.id("enterprises"));
        assertThat(table.getText()).contains(code, "测试食品有限公司" + code.substring(10));

        table.findElement(By.linkText(code)).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("credit-code")));
        assertThat(driver.getCurrentUrl()).endsWith("/console/enterprises/" + code);
        assertThat(driver.findElement(By.id("credit-code")).getText()).isEqualTo(code);
        assertThat(driver.findElement(By.id("enterprise-name")).getText())
                .isEqualTo("测试食品有限公司" + code.substring(10));
    }

    @Test
    void anXlsxWithOneInvalidRowIsRefusedWholeAndTheErrorTableNamesTheRow() {
        signIn(staff.inspectorOf("320102"));
        String valid = freshCreditCode("320102");
        String wrongCheckCharacter = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        EnterpriseSheetBuilder sheet = aSheet().withValidRows(3, "320102")
                .withRow(wrongCheckCharacter, "校验位错误食品有限公司", "食品生产企业", "乳制品", "320102")
                .withValidRows(2, "320102");
        // Header is row 1, so the three valid rows are 2–4 and the bad one is row 5.

        importFile("one-bad-row.xlsx", sheet.xlsx());

        assertThat(summary()).isEqualTo("共 6 行：新增 0，更新 0，未变化 0，拒绝 1。");
        assertThat(driver.findElement(By.id("import-status")).getText())
                .contains("文件中有错误，未写入任何数据。");
        List<WebElement> errors = driver.findElements(By.cssSelector("#import-errors tbody tr"));
        assertThat(errors).hasSize(1);
        List<WebElement> cells = errors.get(0).findElements(By.tagName("td"));
        assertThat(cells.get(0).getText()).isEqualTo("5");
        assertThat(cells.get(1).getText()).isEqualTo("统一社会信用代码");
        assertThat(cells.get(2).getText()).isNotBlank();

        driver.findElement(By.id("back-to-registry")).click();
        for (int row : new int[] {0, 1, 2, 4, 5}) {
            filterByCreditCode(sheet.codeOfRow(row));
            assertThat(driver.findElement(By.id("count")).getText()).isEqualTo("共 0 家企业");
            assertThat(driver.findElements(By.id("enterprises"))).isEmpty();
        }
    }

    @Test
    void countyInspectorOpeningAnotherCitysEnterpriseGetsNotFoundWithoutItsName() {
        String suzhouCode = freshCreditCode("320500");
        String suzhouName = "苏州越权测试食品有限公司" + suzhouCode.substring(10);
        registry.register(StaffUser.system(new DivisionCode("320000")), new EnterpriseDraft(suzhouCode, suzhouName,
                "食品生产企业", "乳制品", "320500", "苏州测试路1号", "李四"));
        signIn(staff.inspectorOf("320102"));

        driver.get(url("/console/enterprises/" + suzhouCode));

        WebElement heading = wait(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(heading.getText()).isEqualTo("404 · 找不到页面");
        assertThat(driver.findElement(By.cssSelector("ul.errors")).getText())
                .isEqualTo("未找到“" + suzhouCode + "”，或它不在您的管辖范围内。");
        assertThat(driver.findElements(By.id("credit-code"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain(suzhouName).doesNotContain("苏州测试路");

        // The registry does not list it either.
        driver.get(url("/console/enterprises"));
        filterByCreditCode(suzhouCode);
        assertThat(driver.findElement(By.id("count")).getText()).isEqualTo("共 0 家企业");
    }

    @Test
    void consoleIsChineseByDefaultAndSwitchesToEnglishWithLang() {
        driver.get(url("/login"));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("质量卫士 QualityGuard");
        signIn(staff.inspectorOf("320102"));

        driver.get(url("/console/enterprises"));
        assertThat(heading()).isEqualTo("企业名录");
        assertThat(driver.findElement(By.id("count")).getText()).startsWith("共 ");

        driver.get(url("/console/enterprises?lang=en"));
        assertThat(heading()).isEqualTo("Enterprise registry");
        assertThat(driver.findElement(By.id("count")).getText()).endsWith(" enterprises");
        assertThat(driver.getPageSource()).doesNotContain("企业名录");

        // The choice is remembered on the following pages...
        driver.get(url("/console/enterprises/import"));
        assertThat(heading()).isEqualTo("Import enterprises");
        // ...until the reader switches back with the header's link.
        driver.findElement(By.cssSelector("header a.lang")).click();
        wait(ExpectedConditions.textToBe(By.cssSelector("header a.lang"), "English"));
        driver.get(url("/console/enterprises"));
        assertThat(heading()).isEqualTo("企业名录");
    }

    private void signIn(Staff.Member member) {
        chromium.signIn(url(""), member);
    }

    private void importFile(String filename, byte[] content) {
        Path file = workDir.resolve(filename);
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.get(url("/console/enterprises/import"));
        WebElement form = wait(ExpectedConditions.presenceOfElementLocated(By.id("import-form")));
        form.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait(ExpectedConditions.urlMatches("/console/enterprises/import/[0-9a-f-]{36}$"));
    }

    /** The summary once the import has finished, whether the page was drawn finished or htmx swapped it in. */
    private String summary() {
        return wait(ExpectedConditions.visibilityOfElementLocated(By.id("import-summary"))).getText();
    }

    private void filterByCreditCode(String code) {
        WebElement filters = wait(ExpectedConditions.presenceOfElementLocated(By.id("filters")));
        WebElement input = filters.findElement(By.name("code"));
        input.clear();
        input.sendKeys(code);
        filters.findElement(By.cssSelector("button[type=submit]")).click();
        wait(ExpectedConditions.urlContains("code=" + code));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("count")));
    }

    private String heading() {
        return wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1"))).getText();
    }

    private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return chromium.waitFor(condition);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
