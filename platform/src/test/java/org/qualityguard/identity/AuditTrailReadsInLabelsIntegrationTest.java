package org.qualityguard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qualityguard.support.Browser;
import org.qualityguard.support.EnterpriseSheetBuilder;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit trail and an enterprise's history read as sentences of labels: the action by its name, what changed as
 * a table of labelled fields whose coded values are labelled too, in Chinese and in English — no raw code, no JSON.
 */
@PlatformTest
class AuditTrailReadsInLabelsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    @Test
    void aRegisteredEnterprisesHistoryShowsTheActionAndItsFieldsByTheirLabels() {
        Browser browser = new Browser(port).signIn(new Staff(administration).inspectorOf("320102"));
        String code = EnterpriseSheetBuilder.freshCreditCode("320102");
        browser.post("/console/enterprises", Map.of("creditCode", code, "name", "审计标签测试有限公司",
                "categories", "FOOD_PRODUCER", "foodCategory", "BEVERAGES", "divisionCode", "320102"),
                browser.get("/console/enterprises/new"));

        String zh = browser.get("/console/enterprises/" + code + "?lang=zh_CN").html();
        assertThat(zh).contains(">登记企业<", ">食品生产企业<", ">06 饮料<", ">统一社会信用代码<")
                .doesNotContain(">ENTERPRISE_REGISTERED<", ">FOOD_PRODUCER<", ">BEVERAGES<", "{&quot;", "??");
        String en = browser.get("/console/enterprises/" + code + "?lang=en").html();
        assertThat(en).contains(">Enterprise registered<", ">06 Beverages<").doesNotContain("??");
    }

    @Test
    void theAuditTrailShowsStaffChangesWithRolesByTheirLabels() {
        Staff staff = new Staff(administration);
        Browser browser = new Browser(port).signIn(staff.adminOf("320000"));
        // the newest entry: the platform itself creating this member
        staff.withRoles("320100", Role.CHIEF, Role.INSPECTOR);

        for (String lang : List.of("zh_CN", "en")) {
            String page = browser.get("/console/admin/audit?lang=" + lang).html();
            assertThat(page).doesNotContain(">STAFF_CREATED<", ">CHIEF<", "{&quot;", "??");
            assertThat(page).contains(lang.equals("en") ? ">Staff created<" : ">新建工作人员<");
            assertThat(page).contains(lang.equals("en") ? "Section chief" : "科室负责人");
            assertThat(page).contains(lang.equals("en") ? ">Platform<" : ">系统<");
            assertThat(page).doesNotContain(">true<", ">system<");
        }
    }
}
