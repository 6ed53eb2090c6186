package org.qualityguard.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Api;
import org.qualityguard.support.BusinessDay;
import org.qualityguard.support.MovableClock;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.PublicVisitor;
import org.qualityguard.support.Staff;
import org.qualityguard.support.SupervisedDivision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/**
 * A supervisory sample from taking to the portal, through the API as the sampling unit and the laboratory use it:
 * judged against the shipped standards, a failure counted in the enterprise's grade at once, the objection window on
 * the working-day calendar, publication only after it; and every refusal with its code and field.
 */
@PlatformTest
class SamplesIntegrationTest {

    /** 宿迁市 沭阳县 and 泗阳县: no other test samples there. */
    private static final String SHUYANG = "321322";
    private static final String SIYANG = "321323";
    private static final String MILK = "生乳、巴氏杀菌乳、灭菌乳、调制乳、发酵乳";

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    Samples samples;
    @Autowired
    UserDetailsService users;

    private static Map<String, Object> sample(String no, String creditCode) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("sampleNo", no);
        s.put("creditCode", creditCode);
        s.put("category", "01.0");
        s.put("appliesTo", MILK);
        s.put("product", "纯牛奶");
        s.put("brand", "测试牌");
        s.put("specification", "250mL/盒");
        s.put("batch", "20261120A");
        s.put("producedOn", BusinessDay.today().minusDays(12).toString());
        s.put("sampledOn", BusinessDay.today().minusDays(2).toString());
        s.put("sampledAt", "沭阳县测试超市");
        s.put("laboratory", "宿迁市产品质量监督检验所");
        return s;
    }

    private static Map<String, Object> lead(String value) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("standard", "GB 2762");
        item.put("item", "铅(以Pb计)");
        item.put("value", value == null ? null : new BigDecimal(value));
        item.put("unit", "mg/kg");
        return item;
    }

    private static JsonNode error(Api.Reply reply, int status) {
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(status);
        return reply.body().get("errors").get(0);
    }

    private static String freshNo(String prefix) {
        return prefix + "-" + System.nanoTime() % 100_000_000;
    }

    @Test
    void aFailedSampleCountsInTheGradeAtOnceAndReachesThePortalOnlyAfterItsObjectionWindow() {
        Staff staff = new Staff(administration);
        SupervisedDivision d = SupervisedDivision.in(port, staff, SHUYANG).withProducer("DAIRY_PRODUCTS");
        Api inspector = d.api(d.clerk);
        Api laboratory = Api.as(port, staff.withRoles(SHUYANG, Role.LABORATORY));
        String no = freshNo("SY");
        int dynamicBefore = d.api(d.analyst).get("/api/v1/supervision/enterprises/" + d.producer() + "/grades")
                .body().get(0).get("dynamicPoints").asInt();

        Api.Reply taken = inspector.post("/api/v1/sampling/samples", sample(no, d.producer()));
        assertThat(taken.status()).as(String.valueOf(taken.body())).isEqualTo(201);
        assertThat(taken.body().get("powerItem").asString()).isEqualTo("JC-SP-002");
        assertThat(taken.body().get("status").asString()).isEqualTo("SAMPLED");

        Api.Reply judged = laboratory.post("/api/v1/sampling/samples/" + no + "/results",
                Map.of("items", List.of(lead("0.05"))));
        assertThat(judged.status()).as(String.valueOf(judged.body())).isEqualTo(200);
        assertThat(judged.body().get("status").asString()).isEqualTo("FAILED");
        JsonNode row = judged.body().get("results").get(0);
        assertThat(row.get("standardNo").asString()).as("the limit in force on the sampling date").isEqualTo("GB 2762-2022");
        assertThat(row.get("conforms").asBoolean()).isFalse();
        LocalDate until = LocalDate.parse(judged.body().get("objectionUntil").asString());
        assertThat(until).as("7 working days: never fewer than 9 calendar days").isAfterOrEqualTo(BusinessDay.today().plusDays(9));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(d.api(d.analyst)
                .get("/api/v1/supervision/enterprises/" + d.producer() + "/grades").body().get(0)
                .get("dynamicPoints").asInt()).as("监督抽检不合格 adds its points").isGreaterThan(dynamicBefore));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT c.division_code || ' ' || c.party_credit_code || ' ' || c.item_code || ' ' || count(e.*) "
                        + "FROM enforcement.enforcement_case c JOIN enforcement.evidence e ON e.case_id = c.id "
                        + "WHERE c.source = 'SAMPLING' AND c.source_ref = ? GROUP BY c.id").param(no)
                .query(String.class).list()).as("a lead in the sample's division with the failure on file")
                .containsExactly(SHUYANG + " " + d.producer() + " CF-SP-003 1"));

        assertThat(samples.publishDue()).doesNotContain(no);
        assertThat(new PublicVisitor(port, "203.0.113.77").get("/portal/sampling/results").html()).doesNotContain(no).doesNotContain("20261120A");
        try {
            clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(BusinessDay.today(), until) + 1));
            assertThatThrownBy(() -> samples.lodgeObjection(user(d.clerk), no, null, "申请复检"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.violations().get(0).violation().code()).isEqualTo("E4333");
                        assertThat(e.violations().get(0).field()).isEqualTo("lodgedOn");
                    });
            assertThat(samples.publishDue()).contains(no);
        } finally {
            clock.reset();
        }
        String portal = new PublicVisitor(port, "203.0.113.77").get("/portal/sampling/results").html();
        assertThat(portal).contains("纯牛奶", "20261120A", "铅(以Pb计)", "0.05 mg/kg", "不合格");
        assertThat(portal).as("no inspector on the portal").doesNotContain(d.clerk.username());
        assertThat(jdbc.sql("SELECT count(*) FROM identity.audit_entry WHERE subject_id = ? AND action IN "
                + "('SAMPLE_TAKEN', 'SAMPLE_RESULTS_ENTERED', 'SAMPLE_RESULT_PUBLISHED')").param(no)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void anObjectionWithinTheWindowHoldsPublicationAndAnOverturnedFailureLeavesTheGrade() {
        Staff staff = new Staff(administration);
        SupervisedDivision d = SupervisedDivision.in(port, staff, SHUYANG).withProducer("DAIRY_PRODUCTS");
        Api inspector = d.api(d.clerk);
        Api laboratory = Api.as(port, staff.withRoles(SHUYANG, Role.LABORATORY));
        String no = freshNo("SO");
        assertThat(inspector.post("/api/v1/sampling/samples", sample(no, d.producer())).status()).isEqualTo(201);
        assertThat(laboratory.post("/api/v1/sampling/samples/" + no + "/results",
                Map.of("items", List.of(lead("0.03")))).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM supervision.risk_event "
                + "WHERE credit_code = ? AND factor = 'samplingFailure'").param(d.producer()).query(Long.class)
                .single() == 1);

        SampleView objected = samples.lodgeObjection(user(d.clerk), no, null, "对检验结论有异议，申请复检");
        assertThat(objected.status()).isEqualTo("OBJECTED");
        assertThat(samples.publishDue()).doesNotContain(no);

        SampleView overturned = samples.decideObjection(user(d.chief), no, "OVERTURNED", "复检结果合格");
        assertThat(overturned.status()).isEqualTo("CONFORMING");
        assertThat(overturned.conforms()).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM supervision.risk_event "
                + "WHERE credit_code = ? AND factor = 'samplingFailure'").param(d.producer()).query(Long.class)
                .single() == 0);
        assertThat(samples.publishDue(user(staff.withRoles(SIYANG, Role.CHIEF))))
                .as("a chief publishes their own division's results only").doesNotContain(no);
        assertThat(samples.publishDue(user(d.chief))).contains(no);
        assertThat(jdbc.sql("SELECT actor FROM identity.audit_entry WHERE subject_id = ? AND action = "
                + "'SAMPLE_RESULT_PUBLISHED'").param(no).query(String.class).single()).isEqualTo(d.chief.username());
    }

    @Test
    void badInputIsRefusedWithItsCodeAndFieldAndNothingIsWritten() {
        Staff staff = new Staff(administration);
        SupervisedDivision d = SupervisedDivision.in(port, staff, SHUYANG).withProducer("DAIRY_PRODUCTS");
        Api inspector = d.api(d.clerk);
        Api laboratory = Api.as(port, staff.withRoles(SHUYANG, Role.LABORATORY));

        Map<String, Object> noStandard = sample(freshNo("SB"), d.producer());
        noStandard.put("appliesTo", "月饼");
        JsonNode e = error(inspector.post("/api/v1/sampling/samples", noStandard), 400);
        assertThat(e.get("code").asString()).isEqualTo("E4332");
        assertThat(e.get("field").asString()).isEqualTo("appliesTo");
        Map<String, Object> future = sample(freshNo("SB"), d.producer());
        future.put("sampledOn", BusinessDay.today().plusDays(1).toString());
        assertThat(error(inspector.post("/api/v1/sampling/samples", future), 400).get("code").asString())
                .isEqualTo("E4335");
        assertThat(error(inspector.post("/api/v1/sampling/samples", sample("x y", d.producer())), 400)
                .get("code").asString()).isEqualTo("E4330");

        String no = freshNo("SB");
        assertThat(inspector.post("/api/v1/sampling/samples", sample(no, d.producer())).status()).isEqualTo(201);
        assertThat(error(inspector.post("/api/v1/sampling/samples", sample(no, d.producer())), 400)
                .get("code").asString()).isEqualTo("E4337");
        Map<String, Object> microgram = lead("30");
        microgram.put("unit", "μg/kg");
        Map<String, Object> unknownItem = lead("0.01");
        unknownItem.put("item", "汞(以Hg计)");
        Api.Reply refused = laboratory.post("/api/v1/sampling/samples/" + no + "/results",
                Map.of("items", List.of(microgram, unknownItem)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsString("code")).containsExactlyInAnyOrder("E4320", "E4321");
        assertThat(jdbc.sql("SELECT count(*) FROM sampling.sample_result WHERE sample_no = ?").param(no)
                .query(Long.class).single()).as("nothing judged, nothing written").isZero();
        assertThat(inspector.get("/api/v1/sampling/samples/" + no).body().get("status").asString()).isEqualTo("SAMPLED");

        assertThat(error(inspector.post("/api/v1/sampling/samples/" + no + "/results",
                Map.of("items", List.of(lead("0.01")))), 403).get("code").asString())
                .as("an inspector is not the laboratory").isEqualTo("E9003");
        Api otherCounty = Api.as(port, staff.withRoles(SIYANG, Role.LABORATORY, Role.INSPECTOR));
        assertThat(otherCounty.get("/api/v1/sampling/samples/" + no).status()).isEqualTo(404);
        assertThat(otherCounty.post("/api/v1/sampling/samples/" + no + "/results",
                Map.of("items", List.of(lead("0.01")))).status()).isEqualTo(404);
        Map<String, Object> foreign = sample(freshNo("SB"), d.producer());
        assertThat(error(otherCounty.post("/api/v1/sampling/samples", foreign), 400).get("code").asString())
                .as("an enterprise outside the sampler's division").isEqualTo("E4331");

        assertThat(laboratory.post("/api/v1/sampling/samples/" + no + "/results",
                Map.of("items", List.of(lead(null)))).body().get("status").asString()).isEqualTo("CONFORMING");
        assertThat(error(laboratory.post("/api/v1/sampling/samples/" + no + "/results",
                Map.of("items", List.of(lead("0.01")))), 400).get("code").asString())
                .as("results are entered once").isEqualTo("E4334");
    }

    private StaffUser user(Staff.Member member) {
        return (StaffUser) users.loadUserByUsername(member.username());
    }
}
