package org.qualityguard.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Api;
import org.qualityguard.support.BusinessDay;
import org.qualityguard.support.EnterpriseSheetBuilder;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class EquipmentImportIntegrationTest {

    private static final String WUZHONG = "320506";

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    @Test
    void shouldImportUnitsWithDueDatesAndRefuseAFileWithBadRowsNamingEachRow() {
        Staff staff = new Staff(administration);
        Api clerk = Api.as(port, staff.inspectorOf(WUZHONG));
        String user = EnterpriseSheetBuilder.freshCreditCode(WUZHONG);
        Map<String, Object> enterprise = new LinkedHashMap<>();
        enterprise.put("creditCode", user);
        enterprise.put("name", "吴中电梯使用测试有限公司");
        enterprise.put("categories", List.of("SPECIAL_EQUIPMENT_USER"));
        enterprise.put("divisionCode", WUZHONG);
        assertThat(clerk.post("/api/v1/enterprises", enterprise).status()).isEqualTo(201);

        String suffix = Long.toString(System.nanoTime() % 100_000_000);
        String lastYear = BusinessDay.today().minusYears(1).minusDays(3).toString();
        String csv = "使用登记证编号,设备种类,使用单位统一社会信用代码,维保单位,所在地行政区划代码,投入使用日期,安全状况等级,上次定期检验日期,检验结论\n"
                + "梯11苏E" + suffix + ",电梯," + user + ",某维保公司," + WUZHONG + ",2015-04-01,," + lastYear + ",合格\n"
                + "容3苏E" + suffix + ",压力容器," + user + ",," + WUZHONG + ",2012-06-30,2,2024-02-29,合格\n";
        Api.Reply ok = clerk.upload("/api/v1/equipment/units/import", "units.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body().get("created").asInt()).isEqualTo(2);

        JsonNode elevator = clerk.get("/api/v1/equipment/units/梯11苏E" + suffix).body();
        assertThat(elevator.get("nextDueOn").asString()).isEqualTo(LocalDate.parse(lastYear).plusYears(1).toString());
        JsonNode vessel = clerk.get("/api/v1/equipment/units/容3苏E" + suffix).body();
        assertThat(vessel.get("nextDueOn").asString()).isEqualTo("2030-02-28");
        JsonNode due = clerk.get("/api/v1/equipment/units/due").body();
        assertThat(due.get("items").toString()).contains("梯11苏E" + suffix);

        String bad = "使用登记证编号,设备种类,使用单位统一社会信用代码,所在地行政区划代码,投入使用日期\n"
                + "梯12苏E" + suffix + ",飞船," + user + "," + WUZHONG + ",2015-04-01\n"
                + "梯13苏E" + suffix + ",电梯," + EnterpriseSheetBuilder.freshCreditCode(WUZHONG) + "," + WUZHONG + ",2015-04-01\n"
                + "梯14苏E" + suffix + ",电梯," + user + ",320102,2015-13-01\n";
        Api.Reply refused = clerk.upload("/api/v1/equipment/units/import", "bad.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("created").asInt()).isZero();
        assertThat(refused.body().get("errors").toString()).contains("E7203", "E7214", "E7205", "E7211");
        assertThat(clerk.get("/api/v1/equipment/units/梯12苏E" + suffix).status()).isEqualTo(404);

        // Another city's inspector does not see the unit: 404, as for an unknown registration code.
        Api nanjing = Api.as(port, staff.inspectorOf("320102"));
        assertThat(nanjing.get("/api/v1/equipment/units/梯11苏E" + suffix).status()).isEqualTo(404);
        assertThat(nanjing.get("/api/v1/equipment/units/UNKNOWN-0000").status()).isEqualTo(404);
    }
}
