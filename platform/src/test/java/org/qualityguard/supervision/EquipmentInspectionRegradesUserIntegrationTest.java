package org.qualityguard.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Api;
import org.qualityguard.support.BusinessDay;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.qualityguard.support.SupervisedDivision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The equipment register publishes {@code PeriodicInspectionsRecorded} when an import brings a unit's periodic
 * inspection; supervision listens and re-grades the user enterprise, whose failed unit is overdue at once.
 */
@PlatformTest
class EquipmentInspectionRegradesUserIntegrationTest {

    private static final String GUANYUN = "320723";

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    @Test
    void anImportedFailedPeriodicInspectionReGradesTheUserEnterprise() {
        SupervisedDivision d = SupervisedDivision.in(port, new Staff(administration), GUANYUN).withEquipmentUser();
        Api clerk = d.api(d.clerk);
        Api analyst = d.api(d.analyst);
        String user = d.producer();
        JsonNode first = analyst.get("/api/v1/supervision/enterprises/" + user + "/grades").body().get(0);
        assertThat(first.get("staticPoints").asInt()).isZero();

        String registration = "3110" + user.substring(10, 18);
        String csv = "使用登记证编号,设备种类,使用单位统一社会信用代码,维保单位,所在地行政区划代码,投入使用日期,安全状况等级,上次定期检验日期,检验结论\n"
                + registration + ",电梯," + user + ",灌云维保," + GUANYUN + ",2020-05-01,,"
                + BusinessDay.today().minusDays(3) + ",不合格\n";
        assertThat(clerk.upload("/api/v1/equipment/units/import", "units.csv", csv.getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(200);

        // One elevator (1 point) that is overdue because it failed (2 points).
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode grade = analyst.get("/api/v1/supervision/enterprises/" + user + "/grades").body().get(0);
            assertThat(grade.get("staticPoints").asInt()).isEqualTo(3);
        });
    }
}
