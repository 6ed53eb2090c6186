package org.qualityguard.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Api;
import org.qualityguard.support.BusinessDay;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.PowerItemBuilder;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Electronic supervision's refusals: bad input with {code, field, message}, the permission and the division of every
 * endpoint, and cards that no one — not even the database owner's SQL — can change or delete.
 */
@PlatformTest
class ElectronicSupervisionIntegrationTest {

    /** 扬州市 高邮市 and 仪征市: no other test acts there. */
    private static final String GAOYOU = "321084";
    private static final String YIZHENG = "321081";

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    JdbcClient jdbc;

    private String publishedLicence(Staff staff, int promisedDays) {
        Map<String, Object> licence = new LinkedHashMap<>(PowerItemBuilder.anItem().json());
        String code = "XK-U" + System.nanoTime() % 1_000_000 + "-001";
        licence.put("code", code);
        licence.put("type", "LICENSING");
        licence.put("promisedLimit", Map.of("days", promisedDays, "count", "WORKING_DAYS",
                "maximumExtension", 0));
        Api chief = Api.as(port, staff.withRoles("320000", Role.CHIEF));
        long id = Api.as(port, staff.withRoles("320000", Role.ANALYST)).post("/api/v1/power/items", licence).body()
                .get("id").asLong();
        for (String command : List.of("review", "confirm", "publish")) {
            assertThat(chief.post("/api/v1/power/items/" + id + "/" + command, Map.of()).status()).isEqualTo(200);
        }
        return code;
    }

    private static JsonNode error(Api.Reply reply, int status) {
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(status);
        JsonNode e = reply.body().get("errors").get(0);
        assertThat(e.get("message").asString()).isNotBlank();
        return e;
    }

    private static Map<String, Object> op(String kind, String on, String reason, Integer days) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("on", on);
        m.put("reason", reason);
        m.put("days", days);
        return m;
    }

    @Test
    void badInputIsRefusedWithCodeFieldAndMessageAndNothingOfTheActIsWritten() {
        Staff staff = new Staff(administration);
        String code = publishedLicence(staff, 10);
        Staff.Member member = staff.inspectorOf(GAOYOU);
        Api inspector = Api.as(port, member);
        Api chief = Api.as(port, staff.colleagueOf(member, Role.CHIEF));
        String today = BusinessDay.today().toString();
        String tomorrow = BusinessDay.today().plusDays(1).toString();

        JsonNode future = error(inspector.post("/api/v1/power/acts", Map.of("actId", "GY-F", "itemCode", code,
                "division", GAOYOU, "startedOn", tomorrow)), 400);
        assertThat(future.get("code").asString()).isEqualTo("E4193");
        assertThat(future.get("field").asString()).isEqualTo("startedOn");
        JsonNode unknown = error(inspector.post("/api/v1/power/acts", Map.of("actId", "GY-U", "itemCode",
                "XK-NONE-404", "division", GAOYOU, "startedOn", today)), 400);
        assertThat(unknown.get("code").asString()).as("the guard: no such item").startsWith("E41");
        assertThat(jdbc.sql("SELECT count(*) FROM power.running_act WHERE act_id IN ('GY-F', 'GY-U')")
                .query(Long.class).single()).isZero();

        String actId = "GY-" + System.nanoTime() % 1_000_000;
        assertThat(inspector.post("/api/v1/power/acts", Map.of("actId", actId, "itemCode", code, "division", GAOYOU,
                "startedOn", today)).status()).isEqualTo(200);
        assertThat(error(inspector.post("/api/v1/power/acts", Map.of("actId", actId, "itemCode", code,
                "division", GAOYOU, "startedOn", today)), 400).get("code").asString()).isEqualTo("E4189");
        String clock = "/api/v1/power/acts/" + actId + "/clock";
        JsonNode noReason = error(chief.post(clock, op("EXTEND", today, null, 3)), 400);
        assertThat(noReason.get("code").asString()).isEqualTo("E1070");
        assertThat(noReason.get("field").asString()).isEqualTo("reason");
        JsonNode over = error(chief.post(clock, op("EXTEND", today, "情况复杂", 11)), 400);
        assertThat(over.get("code").asString()).isEqualTo("E1071");
        assertThat(over.get("field").asString()).isEqualTo("days");
        assertThat(error(inspector.post(clock, op("SUSPEND", today, "", null)), 400).get("code").asString())
                .isEqualTo("E1070");
        JsonNode notExcluded = error(inspector.post(clock, Map.of("kind", "EXCLUDE", "on", today,
                "reason", "听证", "exclusion", "HEARING")), 400);
        assertThat(notExcluded.get("code").asString()).as("the item excludes testing only").isEqualTo("E4184");
        assertThat(error(inspector.post(clock, Map.of("on", today)), 400).get("code").asString())
                .isEqualTo("E4191");
        assertThat(error(inspector.post(clock, op("RESUME", today, null, null)), 400).get("code").asString())
                .as("resumed while running").isEqualTo("E1074");
    }

    @Test
    void everyEndpointAsksForItsPermissionAndKeepsToTheCallersDivision() {
        Staff staff = new Staff(administration);
        String code = publishedLicence(staff, 10);
        Staff.Member member = staff.inspectorOf(GAOYOU);
        Api inspector = Api.as(port, member);
        String actId = "GY-P" + System.nanoTime() % 1_000_000;
        String today = BusinessDay.today().toString();
        assertThat(inspector.post("/api/v1/power/acts", Map.of("actId", actId, "itemCode", code, "division", GAOYOU,
                "startedOn", today)).status()).isEqualTo(200);

        Api analyst = Api.as(port, staff.withRoles(GAOYOU, Role.ANALYST));
        assertThat(error(analyst.post("/api/v1/power/acts", Map.of("actId", actId + "A", "itemCode", code,
                "division", GAOYOU, "startedOn", today)), 403).get("code").asString()).isEqualTo("E9003");
        for (String path : List.of("/api/v1/power/supervision", "/api/v1/power/supervision/cards",
                "/api/v1/power/supervision/acts")) {
            assertThat(error(inspector.get(path), 403).get("code").asString()).as(path).isEqualTo("E9003");
        }
        assertThat(error(inspector.post("/api/v1/power/supervision/sweep", Map.of()), 403).get("code").asString())
                .isEqualTo("E9003");

        Api otherCounty = Api.as(port, staff.withRoles(YIZHENG, Role.ADMIN, Role.INSPECTOR));
        assertThat(otherCounty.get("/api/v1/power/acts/" + actId).status()).as("another county's act").isEqualTo(404);
        assertThat(otherCounty.post("/api/v1/power/supervision/notices", Map.of("actId", actId, "text", "督办",
                "dueInWorkingDays", 3)).status()).isEqualTo(404);
        assertThat(otherCounty.post("/api/v1/power/acts/" + actId + "/clock", op("SUSPEND", today, "补正", null))
                .status()).isEqualTo(404);
        assertThat(ok(otherCounty.get("/api/v1/power/supervision/acts")).get("items").valueStream()
                .noneMatch(a -> a.get("actId").asString().equals(actId))).isTrue();
        Api sameCountyOtherBureau = Api.as(port, staff.inspectorOf(GAOYOU));
        assertThat(error(sameCountyOtherBureau.post("/api/v1/power/acts/" + actId + "/clock",
                op("SUSPEND", today, "补正", null)), 400).get("code").asString()).isEqualTo("E4182");

        Api supervisor = Api.as(port, staff.withRoles("321000", Role.CHIEF));
        assertThat(ok(supervisor.get("/api/v1/power/supervision/acts")).get("items").valueStream()
                .anyMatch(a -> a.get("actId").asString().equals(actId))).as("the city sees its county").isTrue();
        JsonNode noText = error(supervisor.post("/api/v1/power/supervision/notices", Map.of("actId", actId,
                "text", " ", "dueInWorkingDays", 3)), 400);
        assertThat(noText.get("code").asString()).isEqualTo("E4185");
        JsonNode due = error(supervisor.post("/api/v1/power/supervision/notices", Map.of("actId", actId,
                "text", "督办", "dueInWorkingDays", 0)), 400);
        assertThat(due.get("code").asString()).isEqualTo("E4186");
        assertThat(due.get("field").asString()).isEqualTo("dueInWorkingDays");
    }

    @Test
    void aCardIsNeverChangedNorDeletedEvenBySqlAgainstItsTable() {
        Staff staff = new Staff(administration);
        String code = publishedLicence(staff, 2);
        Api inspector = Api.as(port, staff.inspectorOf(GAOYOU));
        String actId = "GY-C" + System.nanoTime() % 1_000_000;
        // received 10 days ago on a 2-working-day promise: overdue, a red card at once
        assertThat(inspector.post("/api/v1/power/acts", Map.of("actId", actId, "itemCode", code, "division", GAOYOU,
                "startedOn", BusinessDay.today().minusDays(10).toString())).status()).isEqualTo(200);
        JsonNode act = ok(inspector.get("/api/v1/power/acts/" + actId));
        assertThat(act.get("cards").get(0).get("level").asString()).isEqualTo("RED");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM power.card WHERE act_id = ?").param(actId).update())
                .hasMessageContaining("never changed or removed");
        assertThatThrownBy(() -> jdbc.sql("UPDATE power.card SET level = 'YELLOW' WHERE act_id = ?").param(actId)
                .update()).hasMessageContaining("never changed or removed");
        assertThat(jdbc.sql("SELECT count(*) FROM power.card WHERE act_id = ?").param(actId).query(Long.class)
                .single()).isEqualTo(1);
    }

    private static JsonNode ok(Api.Reply reply) {
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(200);
        return reply.body();
    }
}
