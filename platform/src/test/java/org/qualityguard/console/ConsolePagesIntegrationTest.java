package org.qualityguard.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Api;
import org.qualityguard.support.Browser;
import org.qualityguard.support.EnterpriseSheetBuilder;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every console page renders for the roles it is meant for, forms work with CSRF, and the public frame is open. */
@PlatformTest
class ConsolePagesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    @Test
    void theNavigationNamesEveryPartAndUnbuiltPartsSaySo() {
        // a city with a port: a county without an inspection bureau is not offered the import/export part
        Browser browser = new Browser(port).signIn(new Staff(administration).inspectorOf("320100"));
        String home = browser.get("/console").html();
        for (String part : new String[] {"进出口质量安全风险预警", "分类分级监管", "开门查质量与监督抽查", "计量惠民",
            "说理式执法与开门审案", "行政权力网上公开透明运行", "部门协作", "质量报告", "公众门户"}) {
            assertThat(home).contains(part);
        }
        Browser.Page metrology = browser.get("/console/parts/metrology");
        assertThat(metrology.status()).isEqualTo(200);
        assertThat(metrology.html()).contains("尚未建成");
    }

    @Test
    void anAdministratorCreatesAnOrganisationAndAStaffMemberThroughTheForms() {
        Staff.Member admin = new Staff(administration).adminOf("320100");
        Browser browser = new Browser(port).signIn(admin);
        String name = "鼓楼区测试局" + System.nanoTime();

        Browser.Page created = browser.post("/console/admin/organisations",
                Map.of("name", name, "divisionCode", "320106"), browser.get("/console/admin/organisations"));
        assertThat(created.status()).isEqualTo(302);
        String organisations = browser.get("/console/admin/organisations").html();
        assertThat(organisations).contains(name);

        Browser.Page outside = browser.post("/console/admin/organisations",
                Map.of("name", name + "外", "divisionCode", "320506"), browser.get("/console/admin/organisations"));
        assertThat(outside.html()).contains("不在您的管辖范围内");

        String staffPage = browser.get("/console/admin/staff").html();
        assertThat(staffPage).contains(admin.username());
        assertThat(browser.get("/console/admin/staff/" + admin.account().id()).status()).isEqualTo(200);
    }

    @Test
    void theAuditPageVerifiesTheChain() {
        Browser browser = new Browser(port).signIn(new Staff(administration).adminOf("320000"));
        Browser.Page page = browser.get("/console/admin/audit?verify=true");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("哈希链完整");
    }

    @Test
    void anInspectorCannotReachAdministration() {
        Browser browser = new Browser(port).signIn(new Staff(administration).inspectorOf("320102"));
        assertThat(browser.get("/console/admin/staff").status()).isEqualTo(403);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        Browser browser = new Browser(port).signIn(new Staff(administration).inspectorOf("320102"));
        Browser.Page page = browser.post("/console/enterprises",
                Map.of("creditCode", EnterpriseSheetBuilder.freshCreditCode("320102"), "name", "无令牌提交"),
                new Browser.Page(200, "", ""));
        assertThat(page.status()).isEqualTo(403);
    }

    @Test
    void registeringThroughTheConsoleFormShowsTheEnterpriseAndRefusesABadCodeWithItsReason() {
        Browser browser = new Browser(port).signIn(new Staff(administration).inspectorOf("320102"));
        String code = EnterpriseSheetBuilder.freshCreditCode("320102");
        Browser.Page form = browser.get("/console/enterprises/new");

        Browser.Page done = browser.post("/console/enterprises", Map.of("creditCode", code, "name", "控制台登记有限公司",
                "categories", "FOOD_PRODUCER", "foodCategory", "BEVERAGES", "divisionCode", "320102"), form);
        assertThat(done.location()).endsWith("/console/enterprises/" + code);
        assertThat(browser.get("/console/enterprises/" + code).html()).contains("控制台登记有限公司", "ENTERPRISE_REGISTERED");

        Browser.Page refused = browser.post("/console/enterprises", Map.of("creditCode", "91320102MA1W2X3Y4A",
                "name", "错误代码有限公司", "categories", "FOOD_PRODUCER", "foodCategory", "BEVERAGES",
                "divisionCode", "320102"), browser.get("/console/enterprises/new"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("校验码错误");
    }

    @Test
    void theExportHoldsTheFilteredListInTheImportColumns() throws Exception {
        Staff.Member inspector = new Staff(administration).inspectorOf("320105");
        EnterpriseSheetBuilder sheet = EnterpriseSheetBuilder.aSheet().withValidRows(7, "320105");
        Api.as(port, inspector).upload("/api/v1/enterprises/import", "e.csv", sheet.csv());
        Browser browser = new Browser(port).signIn(inspector);

        byte[] xlsx = browser.download("/console/enterprises/export?division=320105");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet exported = workbook.getSheetAt(0);
            assertThat(exported.getRow(0).getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
            assertThat(exported.getPhysicalNumberOfRows()).isEqualTo(8);
        }
        Api.Reply reimport = Api.as(port, inspector).upload("/api/v1/enterprises/import", "export.xlsx", xlsx);
        assertThat(reimport.body().get("unchanged").asInt()).isEqualTo(7);
    }

    @Test
    void thePublicPortalFrameIsOpenWithItsFooterAndStaffSignIn() {
        Browser.Page home = new Browser(port).get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.html()).contains("联系我们", "关于我们", "友情链接", "版权声明", "管理登录", "暂无已发布的内容");
        assertThat(new Browser(port).get("/portal/about").status()).isEqualTo(200);
        Browser.Page standards = new Browser(port).get("/portal/section/standards");
        assertThat(standards.status()).isEqualTo(200);
        assertThat(standards.html()).contains("标准查询", "暂无已发布的内容");
        assertThat(new Browser(port).get("/portal/section/nonsense").status()).isEqualTo(404);
        assertThat(new Browser(port).get("/console").status()).isEqualTo(302);
    }
}
