package org.qualityguard.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Browser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console draws every workflow as its state diagram and table, and shows the working-day calendar; a province
 * administrator opens a year through the form, an inspector sees no form to keep it.
 */
@PlatformTest
class WorkflowAndCalendarPagesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    @Test
    void theWorkflowsPageDrawsEveryTableAsADiagramWithItsGuards() {
        Browser browser = new Browser(port).signIn(new Staff(administration).inspectorOf("320104"));

        String html = browser.get("/console/workflows").html();

        assertThat(html).contains("id=\"workflow-inspectionPlan\"", "id=\"workflow-inspectionRecord\"",
                "id=\"workflow-calendarYear\"", "<svg", "data-state=\"COSIGNED\"", "会签 → RecordCosigned",
                "APPROVE_INSPECTION", "审批检查记录", "CalendarYearPublished");
        assertThat(html).as("a command reads as its own workflow means it").contains("重新抽取 → PlanSuperseded",
                "由新版本取代 → ItemSuperseded", "法制审核 → ItemLegallyReviewed", "确认分类 → ComplaintReviewed");
    }

    @Test
    void anInspectorReadsTheCalendarAndAProvinceAdministratorOpensAYearThroughTheForm() {
        Browser inspector = new Browser(port).signIn(new Staff(administration).inspectorOf("320104"));
        String year = inspector.get("/console/calendar/2026").html();
        assertThat(year).contains("2026-02-14", "调休上班", "春节", "已发布");
        assertThat(inspector.get("/console/calendar").html()).doesNotContain("id=\"open-year\"");

        Browser admin = new Browser(port).signIn(new Staff(administration).adminOf("320000"));
        Browser.Page opened = admin.post("/console/calendar", Map.of("year", "2097", "source", "测试通知"),
                admin.get("/console/calendar"));
        assertThat(opened.status()).isEqualTo(302);
        String draft = admin.get("/console/calendar/2097").html();
        assertThat(draft).contains("草稿", "id=\"set-day\"", "id=\"publish-year\"");
    }
}
