package org.qualityguard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityguard.support.Api;
import org.qualityguard.support.Browser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The scoring tables and the inspection cycles apply to the whole province: one change re-grades and re-dates units
 * in every city, so only the province's administrators may make it, and a refusal is on the audit trail.
 */
@PlatformTest
class ReferenceDataLevelIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    JdbcClient jdbc;

    Staff staff;

    @BeforeEach
    void staff() {
        staff = new Staff(administration);
    }

    @Test
    void aCountyAdministratorCannotChangeProvinceScoringTables() {
        Staff.Member xuanwu = staff.adminOf("320102");
        Api county = Api.as(port, xuanwu);
        JsonNode table = county.get("/api/v1/supervision/tables/FOOD").body();

        Api.Reply refused = county.put("/api/v1/supervision/tables/FOOD",
                Map.of("text", table.get("text").asString(), "basedOnVersion", table.get("version").asInt()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("errors").get(0).get("code").asString()).isEqualTo("E9030");
        assertThat(county.get("/api/v1/supervision/tables/FOOD").body().get("version").asInt())
                .isEqualTo(table.get("version").asInt());
        assertThat(refusals(xuanwu)).singleElement().asString()
                .contains("CHANGE_REFERENCE_DATA", "\"dataDivision\":\"320000\"", "\"actorDivision\":\"320102\"");
    }

    @Test
    void aCountyAdministratorCannotChangeEquipmentCycles() {
        Staff.Member xuanwu = staff.adminOf("320102");
        Api county = Api.as(port, xuanwu);
        JsonNode before = county.get("/api/v1/equipment/cycles").body().get("ELEVATOR");

        Api.Reply refused = county.put("/api/v1/equipment/cycles/ELEVATOR", List.of(1, 1, 1, 1, 1, 1));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("errors").get(0).get("code").asString()).isEqualTo("E9030");
        assertThat(county.get("/api/v1/equipment/cycles").body().get("ELEVATOR")).isEqualTo(before);
        assertThat(refusals(xuanwu)).singleElement().asString().contains("CHANGE_REFERENCE_DATA");
    }

    @Test
    void aCityAdministratorCannotChangeThemEither() {
        Api city = Api.as(port, staff.adminOf("320500"));
        JsonNode cycles = city.get("/api/v1/equipment/cycles").body().get("ELEVATOR");

        assertThat(city.put("/api/v1/equipment/cycles/ELEVATOR", cycles).status()).isEqualTo(403);
    }

    @Test
    void aProvinceAdministratorChangesThem() {
        Api province = Api.as(port, staff.adminOf("320000"));
        JsonNode table = province.get("/api/v1/supervision/tables/FOOD").body();
        JsonNode cycles = province.get("/api/v1/equipment/cycles").body().get("ELEVATOR");

        Api.Reply saved = province.put("/api/v1/supervision/tables/FOOD",
                Map.of("text", table.get("text").asString(), "basedOnVersion", table.get("version").asInt()));
        Api.Reply changed = province.put("/api/v1/equipment/cycles/ELEVATOR", cycles);

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().get("version").asInt()).isEqualTo(table.get("version").asInt() + 1);
        assertThat(changed.status()).isEqualTo(200);
    }

    @Test
    void theConsoleOffersTheEditOnlyToThoseWhoMayMakeIt() {
        Browser county = new Browser(port).signIn(staff.adminOf("320102"));
        Browser province = new Browser(port).signIn(staff.adminOf("320000"));

        assertThat(county.get("/console/supervision/tables/FOOD").html()).doesNotContain("保存为新版本");
        assertThat(county.get("/console/equipment/cycles").html()).doesNotContain("id=\"cycle-ELEVATOR\"");
        assertThat(province.get("/console/supervision/tables/FOOD").html()).contains("保存为新版本");
        assertThat(province.get("/console/equipment/cycles").html()).contains("id=\"cycle-ELEVATOR\"");
    }

    @Test
    void anInspectorIsRefusedForTheirRoleAndTheRefusalIsAudited() {
        Staff.Member inspector = staff.inspectorOf("320000");

        Api.Reply refused = Api.as(port, inspector).put("/api/v1/equipment/cycles/ELEVATOR", List.of(1, 1, 1, 1, 1, 1));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("errors").get(0).get("code").asString()).isEqualTo("E9003");
        assertThat(refusals(inspector)).singleElement().asString().contains("CHANGE_REFERENCE_DATA", "INSPECTOR");
    }

    private List<String> refusals(Staff.Member actor) {
        return jdbc.sql("SELECT after_state::text FROM identity.audit_entry WHERE action = 'ACCESS_DENIED' "
                + "AND actor = ? ORDER BY id").params(actor.username()).query(String.class).list();
    }
}
