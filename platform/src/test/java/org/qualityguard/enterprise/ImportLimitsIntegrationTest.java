package org.qualityguard.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.support.EnterpriseSheetBuilder.aSheet;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Api;
import org.qualityguard.support.Browser;
import org.qualityguard.support.EnterpriseSheetBuilder;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** One signed-in user cannot make an import or a dashboard cost what it likes: files, errors and periods are bounded. */
@PlatformTest
class ImportLimitsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    Staff staff;
    Staff.Member clerk;
    Api inspector;

    @BeforeEach
    void signIn() {
        staff = new Staff(administration);
        clerk = staff.inspectorOf("320102");
        inspector = Api.as(port, clerk);
    }

    @Test
    void anImportOverTheRowLimitIsRefusedWholeAndNamesTheLimit() {
        // a valid first row, which an import within the limit would write; the limit refuses before any check
        EnterpriseSheetBuilder sheet = aSheet().withValidRows(1, "320102");
        for (int i = 0; i < 100_000; i++) {
            sheet.withRow("ROW" + i, "超限食品有限公司", "食品生产企业", "乳制品", "320102");
        }

        Api.Reply reply = inspector.upload("/api/v1/enterprises/import", "long.csv", sheet.csv());

        assertThat(reply.status()).isEqualTo(400);
        JsonNode error = reply.body().get("errors").get(0);
        assertThat(error.get("code").asText()).isEqualTo("E1034");
        assertThat(error.get("message").asText()).contains("100000");
        assertThat(inspector.get("/api/v1/enterprises/" + sheet.codeOfRow(0)).status()).isEqualTo(404);
    }

    @Test
    void anImportWithManyBadRowsReportsTheFirstThousandAndTheCount() {
        EnterpriseSheetBuilder sheet = aSheet();
        for (int i = 0; i < 1_500; i++) {
            sheet.withRow("NOT-A-CODE-" + i, "坏行食品有限公司" + i, "食品生产企业", "乳制品", "320102");
        }

        Api.Reply enterprises = inspector.upload("/api/v1/enterprises/import", "bad.csv", sheet.csv());

        assertThat(enterprises.status()).isEqualTo(422);
        assertThat(enterprises.body().get("errors").size()).isEqualTo(1_000);
        assertThat(enterprises.body().get("errorCount").asInt()).isGreaterThanOrEqualTo(1_500);
        assertThat(enterprises.body().get("errors").get(999).get("row").asInt()).isLessThan(1_500);

        StringBuilder units = new StringBuilder("registrationCode,kind,userCreditCode,divisionCode,commissionedOn\n");
        for (int i = 0; i < 1_200; i++) {
            units.append("U-BAD-").append(i).append(",NOT-A-KIND,,320102,2015-04-01\n");
        }
        Api.Reply unitReply = inspector.upload("/api/v1/equipment/units/import", "bad.csv",
                units.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(unitReply.status()).isEqualTo(422);
        assertThat(unitReply.body().get("errors").size()).isEqualTo(1_000);
        int unitErrors = unitReply.body().get("errorCount").asInt();
        assertThat(unitErrors).isGreaterThanOrEqualTo(1_200);

        Browser console = new Browser(port).signIn(clerk);
        Browser.Page report = console.postMultipart("/console/equipment/import", Map.of(), "file", "bad.csv",
                units.toString().getBytes(StandardCharsets.UTF_8), console.get("/console/equipment/import"));
        assertThat(report.html()).contains("共 " + unitErrors + " 处错误，下列前 1000 处。");
        String table = report.html().substring(report.html().indexOf("id=\"unit-import-errors\""));
        assertThat(table.split("<tr").length - 1).as("header and listed errors").isEqualTo(1 + 1_000);
    }

    @Test
    void aDashboardRangeOverAYearIsRefused() {
        Browser analyst = new Browser(port).signIn(staff.withRoles("320000", Role.ANALYST));
        LocalDate to = LocalDate.of(2026, 12, 31);

        Browser.Page huge = analyst.get("/console/inspection/dashboard/data?from=0001-01-01&to=9999-12-31");
        Browser.Page page = analyst.get("/console/inspection/dashboard?from=0001-01-01&to=9999-12-31");
        Browser.Page year = analyst.get("/console/inspection/dashboard/data?from=" + to.minusDays(365) + "&to=" + to);
        Browser.Page overAYear = analyst.get("/console/inspection/dashboard/data?from=" + to.minusDays(366)
                + "&to=" + to);

        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.html()).contains("截止日期").contains("366");
        assertThat(page.status()).isEqualTo(400);
        assertThat(year.status()).isEqualTo(200);
        assertThat(overAYear.status()).isEqualTo(400);
    }
}
