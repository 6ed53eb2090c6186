package org.qualityguard.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.support.EnterpriseSheetBuilder.freshCreditCode;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Api;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A county inspector sees and changes only the county's enterprises, through every door, and probing leaves a trace. */
@PlatformTest
class RegionScopingIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    JdbcClient jdbc;

    Staff staff;
    Staff.Member xuanwuInspector;
    String xuanwuCode;
    String qinhuaiCode;

    @BeforeEach
    void twoCountiesWithAnEnterpriseEach() {
        staff = new Staff(administration);
        xuanwuInspector = staff.inspectorOf("320102");
        Api qinhuai = Api.as(port, staff.inspectorOf("320104"));
        xuanwuCode = freshCreditCode("320102");
        qinhuaiCode = freshCreditCode("320104");
        assertThat(Api.as(port, xuanwuInspector).post("/api/v1/enterprises", body(xuanwuCode, "320102", "玄武范围测试企业"))
                .status()).isEqualTo(201);
        assertThat(qinhuai.post("/api/v1/enterprises", body(qinhuaiCode, "320104", "秦淮范围测试企业")).status())
                .isEqualTo(201);
    }

    @Test
    void aCountyInspectorListsOnlyTheirCounty() {
        Api api = Api.as(port, xuanwuInspector);
        assertThat(api.get("/api/v1/enterprises?name=范围测试企业&size=200").body().get("items"))
                .extracting(i -> i.get("divisionCode").asText()).containsOnly("320102");
        assertThat(api.get("/api/v1/enterprises?creditCode=" + qinhuaiCode).body().get("total").asLong()).isZero();
        assertThat(api.get("/api/v1/enterprises?division=320104").body().get("total").asLong()).isZero();
    }

    @Test
    void aCountyInspectorCannotOpenOrChangeAnotherCountysEnterpriseAndTheAttemptIsAudited() {
        Api api = Api.as(port, xuanwuInspector);

        Api.Reply open = api.get("/api/v1/enterprises/" + qinhuaiCode);
        Api.Reply change = api.put("/api/v1/enterprises/" + qinhuaiCode,
                Map.of("name", "改名", "categories", List.of("FOOD_PRODUCER"), "foodCategory", "DAIRY_PRODUCTS",
                        "divisionCode", "320102", "version", 0));

        assertThat(open.status()).isEqualTo(404);
        assertThat(open.body().get("errors").get(0).get("code").asText()).isEqualTo("E9002");
        assertThat(change.status()).isEqualTo(404);
        List<String> attempts = jdbc.sql("""
                        SELECT after_state FROM identity.audit_entry
                        WHERE action = 'ACCESS_DENIED' AND subject_id = ? AND actor = ? ORDER BY id""")
                .params(qinhuaiCode, xuanwuInspector.username()).query(String.class).list();
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0)).contains("READ");
        assertThat(attempts.get(1)).contains("CHANGE");
    }

    @Test
    void aCountyInspectorCannotMoveTheirEnterpriseIntoAnotherCounty() {
        Api api = Api.as(port, xuanwuInspector);
        Api.Reply reply = api.put("/api/v1/enterprises/" + xuanwuCode,
                Map.of("name", "玄武范围测试企业", "categories", List.of("FOOD_PRODUCER"), "foodCategory", "05",
                        "divisionCode", "320104", "version", 0));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("code").asText()).isEqualTo("E9001");
    }

    @Test
    void aCityAnalystSeesEveryCountyOfTheCityButMayNotChangeTheRegistry() {
        Api analyst = Api.as(port, staff.withRoles("320100", Role.ANALYST));
        assertThat(analyst.get("/api/v1/enterprises/" + qinhuaiCode).status()).isEqualTo(200);
        assertThat(analyst.get("/api/v1/enterprises/" + xuanwuCode).status()).isEqualTo(200);
        Api.Reply create = analyst.post("/api/v1/enterprises", body(freshCreditCode("320102"), "320102", "分析员登记"));
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.body().get("errors").get(0).get("code").asText()).isEqualTo("E9003");
    }

    @Test
    void aPartnerAgencyHasNoAccessToTheRegistry() {
        Api partner = Api.as(port, staff.withRoles("320000", Role.PARTNER));
        assertThat(partner.get("/api/v1/enterprises").status()).isEqualTo(403);
    }

    @Test
    void anotherCitysInspectorCannotSeeTheCity() {
        Api suzhou = Api.as(port, staff.inspectorOf("320500"));
        assertThat(suzhou.get("/api/v1/enterprises/" + xuanwuCode).status()).isEqualTo(404);
    }

    @Test
    void withoutCredentialsTheApiAnswers401InItsErrorFormat() {
        Api anonymous = Api.as(port, new Staff.Member("nobody", "wrong-password", null));
        Api.Reply reply = anonymous.get("/api/v1/enterprises");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body().get("errors").get(0).get("code").asText()).isEqualTo("E9010");
    }

    @Test
    void anIssuedTokenActsAsItsAccountWithTheSameScope() {
        String token = administration.issueToken(
                org.qualityguard.identity.StaffUser.system(new org.qualityguard.shared.DivisionCode("320000")), xuanwuInspector.account().id(), "single-window");

        Api viaToken = Api.withToken(port, token);

        assertThat(viaToken.get("/api/v1/enterprises/" + xuanwuCode).status()).isEqualTo(200);
        assertThat(viaToken.get("/api/v1/enterprises/" + qinhuaiCode).status()).isEqualTo(404);
        assertThat(Api.withToken(port, token + "x").get("/api/v1/enterprises").status()).isEqualTo(401);
    }

    private static Map<String, Object> body(String code, String division, String name) {
        return Map.of("creditCode", code, "name", name, "categories", List.of("FOOD_PRODUCER"),
                "foodCategory", "DAIRY_PRODUCTS", "divisionCode", division);
    }
}
