package org.qualityguard.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Api;
import org.qualityguard.support.BusinessDay;
import org.qualityguard.support.EnterpriseSheetBuilder;
import org.qualityguard.support.Browser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The supervision cycle told as a story, in Suzhou's Huqiu district: a meat producer graded A is drawn for its one
 * inspection of the year, fails it with a major finding, drops to C, and next year's plan inspects it twice — never
 * by the inspector recorded as conflicted with it. Along the way the bars: an override needs a reason, a plan for
 * another division is refused, a draft is not public.
 */
@PlatformTest
class FailedInspectionRaisesFrequencyScenarioTest {

    private static final String HUQIU = "320505";

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    @Test
    void aProducerThatFailsAnInspectionDropsToCAndIsInspectedTwiceNextYear() {
        Staff staff = new Staff(administration);
        Api clerk = Api.as(port, staff.inspectorOf(HUQIU));
        Api analyst = Api.as(port, staff.withRoles(HUQIU, Role.ANALYST));
        Api chief = Api.as(port, staff.withRoles(HUQIU, Role.CHIEF));
        Map<Long, Staff.Member> inspectors = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            Staff.Member m = staff.inspectorOf(HUQIU);
            inspectors.put(m.account().id(), m);
        }

        // A meat producer of medium scale: 15 + 3 static points, a clean record → A.
        String code = EnterpriseSheetBuilder.freshCreditCode(HUQIU);
        Map<String, Object> enterprise = new LinkedHashMap<>();
        enterprise.put("creditCode", code);
        enterprise.put("name", "虎丘肉制品场景测试有限公司");
        enterprise.put("categories", List.of("FOOD_PRODUCER"));
        enterprise.put("foodCategory", "MEAT_PRODUCTS");
        enterprise.put("divisionCode", HUQIU);
        assertThat(clerk.post("/api/v1/enterprises", enterprise).status()).isEqualTo(201);
        Api.Reply facts = analyst.put("/api/v1/supervision/enterprises/" + code + "/facts", Map.of("scale", "MEDIUM"));
        assertThat(facts.status()).isEqualTo(200);
        assertThat(facts.body().get(0).get("grade").asString()).isEqualTo("A");
        assertThat(facts.body().get(0).get("staticPoints").asInt()).isEqualTo(18);
        assertThat(facts.body().get(0).get("tableVersion").asInt()).isGreaterThanOrEqualTo(1);

        // Bars: an override without a reason, a plan for another city's district.
        Api.Reply noReason = analyst.post("/api/v1/supervision/enterprises/" + code + "/override",
                Map.of("grade", "D", "reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("errors").get(0).get("code").asString()).isEqualTo("E7110");
        Api.Reply foreign = analyst.post("/api/v1/supervision/plans", Map.of("division", "320102", "year", 2026));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body().get("errors").get(0).get("code").asString()).isEqualTo("E7302");

        // This year's plan: the A producer once. A draft is not public; the chief approves it.
        int thisYear = BusinessDay.today().getYear();
        Api.Reply drawn = analyst.post("/api/v1/supervision/plans", Map.of("division", HUQIU, "year", thisYear));
        assertThat(drawn.status()).isEqualTo(201);
        long planId = drawn.body().get("id").asLong();
        List<JsonNode> visits = inspectionsOf(drawn.body(), code);
        assertThat(visits).hasSize(1);
        assertThat(new Browser(port).get("/portal/supervision/plans/" + planId).status()).isEqualTo(404);
        assertThat(chief.post("/api/v1/supervision/plans/" + planId + "/approve", Map.of()).status()).isEqualTo(200);

        // One of the two drawn inspectors records a failed inspection with a major finding → 18 + 25 + 5 = 48 → C.
        JsonNode task = visits.get(0);
        Staff.Member drawnInspector = inspectors.get(task.get("inspectorA").asLong());
        Api inspector = drawnInspector != null ? Api.as(port, drawnInspector) : chief;
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("inspectionId", task.get("id").asLong());
        record.put("inspectedOn", BusinessDay.today().minusDays(1).toString());
        record.put("result", "FAIL");
        record.put("correctiveDeadline", BusinessDay.today().plusDays(30).toString());
        record.put("findings", List.of(Map.of("item", "F04", "finding", "亚硝酸盐超范围使用", "severity", "MAJOR")));
        Api.Reply recorded = inspector.post("/api/v1/supervision/inspections", record);
        assertThat(recorded.status()).isEqualTo(201);
        JsonNode grade = recorded.body().get("grades").get(0);
        assertThat(grade.get("grade").asString()).isEqualTo("C");
        assertThat(grade.get("staticPoints").asInt() + grade.get("dynamicPoints").asInt()).isEqualTo(48);

        // A chief records that one inspector is the owner's relative.
        long conflicted = inspectors.keySet().iterator().next();
        assertThat(chief.post("/api/v1/supervision/conflicts",
                Map.of("inspectorId", conflicted, "creditCode", code, "reason", "亲属关系")).status()).isEqualTo(204);

        // Next year's plan inspects the C producer twice (C: 2–3 a year), in different months, never by the relative.
        Api.Reply next = analyst.post("/api/v1/supervision/plans", Map.of("division", HUQIU, "year", thisYear + 1));
        assertThat(next.status()).isEqualTo(201);
        List<JsonNode> nextVisits = inspectionsOf(next.body(), code);
        assertThat(nextVisits).hasSize(2);
        assertThat(nextVisits.get(0).get("month").asInt()).isNotEqualTo(nextVisits.get(1).get("month").asInt());
        for (JsonNode v : nextVisits) {
            assertThat(v.get("grade").asString()).isEqualTo("C");
            assertThat(v.get("inspectorA").asLong()).isNotEqualTo(conflicted);
            assertThat(v.get("inspectorB").asLong()).isNotEqualTo(conflicted);
        }

        // The grade page's data says why: the rules behind the points, and the history.
        JsonNode why = analyst.get("/api/v1/supervision/enterprises/" + code + "/grades").body().get(0);
        List<String> factors = new ArrayList<>();
        why.get("reasons").forEach(r -> factors.add(r.get("factor").asString()));
        assertThat(factors).contains("foodCategory", "scale", "failedInspection", "majorFinding");
    }

    private static List<JsonNode> inspectionsOf(JsonNode plan, String code) {
        List<JsonNode> out = new ArrayList<>();
        plan.get("inspections").forEach(i -> {
            if (i.get("creditCode").asString().equals(code)) {
                out.add(i);
            }
        });
        return out;
    }
}
