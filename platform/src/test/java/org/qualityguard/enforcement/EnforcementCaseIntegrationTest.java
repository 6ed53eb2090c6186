package org.qualityguard.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.inspection.WarningConfirmed;
import org.qualityguard.support.Api;
import org.qualityguard.support.BusinessDay;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An enforcement case told from lead to closing through the API, its clock suspended for testing, and the bad input
 * each refused with its code: evidence not in the file, a fine outside the band, an unpublished item, another county.
 */
@PlatformTest
class EnforcementCaseIntegrationTest {

    /** 泰州市 兴化市 and 靖江市: no other test acts there. */
    private static final String XINGHUA = "321281";
    private static final String JINGJIANG = "321282";
    private static final String CASES = "/api/v1/enforcement/cases";

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    private static Map<String, Object> lead(String item, String division, LocalDate on) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("itemCode", item);
        m.put("partyKind", "PERSON");
        m.put("personName", "张某");
        m.put("division", division);
        m.put("summary", "使用未经定期检验的电梯");
        m.put("leadOn", on.toString());
        m.put("major", false);
        return m;
    }

    private long evidence(Api api, long caseId, String kind, String title, byte[] content) {
        String q = "?kind=" + kind + "&title=" + enc(title) + "&source=" + enc("现场检查") + "&collectedBy="
                + enc("执法人员甲、乙") + "&collectedOn=" + BusinessDay.today();
        JsonNode e = ok(api.upload(CASES + "/" + caseId + "/evidence" + q, "e.bin", content));
        return e.get("id").asLong();
    }

    private static Map<String, Object> decision(List<Long> cited, String circumstance, long fine,
                                                Map<String, Object> collective) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("facts", List.of(Map.of("text", "当事人使用未经定期检验的乘客电梯一台", "evidence", cited)));
        d.put("legalBasis", "《特种设备安全法》第八十四条");
        d.put("circumstance", circumstance);
        d.put("fine", fine);
        d.put("reasoning", "首次违法，发现后立即停用并申报检验，依轻微情形从轻处罚");
        d.put("statements", List.of(Map.of("text", "不知检验已过期", "accepted", false,
                "why", "使用单位负有按期申报检验的法定义务")));
        d.put("collective", collective);
        return d;
    }

    @Test
    void aCaseGoesFromLeadThroughItsFileNoticeAndReasonedDecisionToClosingAndItsFileIsThenKept() {
        Staff staff = new Staff(administration);
        PenaltyBureau bureau = PenaltyBureau.of(port, staff, XINGHUA);
        String item = bureau.item();
        Api inspector = bureau.inspector();
        Api chief = bureau.chief();
        LocalDate today = BusinessDay.today();

        JsonNode opened = ok(inspector.post(CASES, lead(item, XINGHUA, today.minusDays(3))));
        long id = opened.get("id").asLong();
        assertThat(opened.get("status").asString()).isEqualTo("LEAD");
        assertThat(opened.get("caseNo").asString()).startsWith("AJ" + XINGHUA + "-");
        assertThat(error(inspector.post(CASES + "/" + id + "/file", Map.of()), 403).get("code").asString())
                .as("filing is the head's").isEqualTo("E9003");
        ok(chief.post(CASES + "/" + id + "/file", Map.of()));
        ok(inspector.post(CASES + "/" + id + "/investigate", Map.of()));
        byte[] photo = "电梯铭牌及检验标志照片".getBytes(StandardCharsets.UTF_8);
        long e1 = evidence(inspector, id, "PHOTO", "电梯检验标志照片", photo);
        long e2 = evidence(inspector, id, "QUESTIONING_RECORD", "询问笔录", "询问笔录全文".getBytes(StandardCharsets.UTF_8));
        JsonNode file = ok(inspector.get(CASES + "/" + id)).get("evidence");
        assertThat(file.get(0).get("sha256").asString()).isEqualTo(sha256(photo));
        assertThat(jdbc.sql("SELECT sha256 = encode(sha256(content), 'hex') FROM enforcement.evidence WHERE id = ?")
                .param(e1).query(Boolean.class).single()).as("the hash is of the stored bytes").isTrue();

        JsonNode notified = ok(inspector.post(CASES + "/" + id + "/notify", Map.of("intendedFine", 50000)));
        assertThat(notified.get("hearingRight").asBoolean()).as("50,000 yuan for a person is a large fine").isTrue();

        JsonNode missing = error(chief.post(CASES + "/" + id + "/decision", decision(List.of(e1, 999_999_999L),
                "轻微", 50000, null)), 400);
        assertThat(missing.get("code").asString()).isEqualTo("E5021");
        assertThat(missing.get("field").asString()).isEqualTo("facts[0].evidence");
        JsonNode outside = error(chief.post(CASES + "/" + id + "/decision", decision(List.of(e1), "轻微", 20000,
                null)), 400);
        assertThat(outside.get("code").asString()).isEqualTo("E5024");
        assertThat(outside.get("field").asString()).isEqualTo("fine");
        assertThat(jdbc.sql("SELECT count(*) FROM enforcement.decision WHERE case_id = ?").param(id)
                .query(Long.class).single()).isZero();

        JsonNode decided = ok(chief.post(CASES + "/" + id + "/decision", decision(List.of(e1, e2), "轻微", 20000,
                Map.of("on", today.toString(), "participants", "局长、副局长、法制审核机构负责人",
                        "conclusion", "当事人主动消除危害后果，依法减轻处罚"))));
        assertThat(decided.get("band").asString()).isEqualTo("MITIGATING");
        assertThat(decided.get("withinBand").asBoolean()).isFalse();
        assertThat(decided.get("facts").get(0).get("evidence").valueStream().map(JsonNode::asLong).toList())
                .containsExactly(e1, e2);
        for (String command : List.of("serve", "execute")) {
            ok(inspector.post(CASES + "/" + id + "/" + command, Map.of()));
        }
        JsonNode closed = ok(chief.post(CASES + "/" + id + "/close", Map.of()));
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");

        assertThat(error(inspector.upload(CASES + "/" + id + "/evidence?kind=PHOTO&title=x&source=x&collectedBy=x"
                + "&collectedOn=" + today, "late.jpg", new byte[] {1}), 400).get("code").asString())
                .as("the service keeps a closed file").isEqualTo("E5014");
        assertThatThrownBy(() -> jdbc.sql("UPDATE enforcement.evidence SET title = 'changed' WHERE id = ?").param(e1)
                .update()).as("and so does the database").hasMessageContaining("is closed");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM enforcement.decision_statement WHERE case_id = ?").param(id)
                .update()).hasMessageContaining("is closed");
        assertThat(jdbc.sql("SELECT action FROM identity.audit_entry WHERE subject_type = 'enforcement-case' "
                        + "AND subject_id = ? ORDER BY id").param(closed.get("caseNo").asString()).query(String.class)
                .list()).containsExactly("CASE_OPENED", "CASE_FILED", "INVESTIGATION_BEGUN", "CASE_EVIDENCE_ADDED",
                "CASE_EVIDENCE_ADDED", "PARTY_NOTIFIED", "CASE_DECIDED", "DECISION_SERVED", "DECISION_EXECUTED",
                "CASE_CLOSED");
    }

    @Test
    void testingTimeIsNotCountedSoTheDecisionDeadlineMovesByTheDaysOfTesting() {
        Staff staff = new Staff(administration);
        PenaltyBureau bureau = PenaltyBureau.of(port, staff, XINGHUA);
        String item = bureau.item();
        Api inspector = bureau.inspector();
        Api chief = bureau.chief();
        LocalDate today = BusinessDay.today();
        long id = ok(inspector.post(CASES, lead(item, XINGHUA, today.minusDays(18)))).get("id").asLong();
        ok(chief.post(CASES + "/" + id + "/file", Map.of("on", today.minusDays(16).toString())));
        JsonNode before = ok(inspector.get(CASES + "/" + id)).get("decisionClock");
        assertThat(before.get("used").asInt()).isEqualTo(16);
        assertThat(before.get("allowed").asInt()).as("the item's 20 days").isGreaterThanOrEqualTo(20);

        assertThat(error(inspector.post(CASES + "/" + id + "/clock", Map.of("kind", "EXCLUDE", "on",
                today.minusDays(12).toString(), "exclusion", "PUBLIC_NOTICE", "reason", "公告")), 400)
                .get("code").asString()).as("the item does not exclude notices").isEqualTo("E5040");
        ok(inspector.post(CASES + "/" + id + "/clock", Map.of("kind", "EXCLUDE", "on", today.minusDays(12).toString(),
                "exclusion", "TESTING", "reason", "委托特种设备检验机构检验")));
        JsonNode resumed = ok(inspector.post(CASES + "/" + id + "/clock", Map.of("kind", "RESUME", "on",
                today.minusDays(5).toString())));
        JsonNode after = ok(inspector.get(CASES + "/" + id)).get("decisionClock");
        assertThat(after.get("used").asInt()).as("seven days of testing not counted").isEqualTo(9);
        assertThat(LocalDate.parse(after.get("deadline").asString()))
                .isAfterOrEqualTo(LocalDate.parse(before.get("deadline").asString()).plusDays(7));
        assertThat(resumed.get("deadline").asString()).isEqualTo(after.get("deadline").asString());
    }

    @Test
    void aConfirmedWarningOpensALeadOfTheProvinceWithTheWarningOnFile() throws InterruptedException {
        String consignee = "CN-T" + System.nanoTime() % 1_000_000;
        transaction.executeWithoutResult(s -> events.publishEvent(new WarningConfirmed("CONSIGNEE", null, null,
                consignee, null, "RED", "analyst-t", "连续三批检出不合格", BusinessDay.today())));
        Long id = null;
        for (int i = 0; i < 100 && id == null; i++) {
            id = jdbc.sql("SELECT id FROM enforcement.enforcement_case WHERE source = 'WARNING' AND source_ref LIKE ?")
                    .param("%" + consignee + "%").query(Long.class).optional().orElse(null);
            Thread.sleep(100);
        }
        assertThat(id).as("the lead was opened").isNotNull();
        Map<String, Object> c = jdbc.sql("SELECT status, division_code FROM enforcement.enforcement_case WHERE id = ?")
                .param(id).query().singleRow();
        assertThat(c).containsEntry("status", "LEAD").containsEntry("division_code", "320000");
        assertThat(jdbc.sql("SELECT title FROM enforcement.evidence WHERE case_id = ?").param(id).query(String.class)
                .single()).isEqualTo("风险预警确认记录");
    }

    @Test
    void badInputIsRefusedWithItsCodeAndAnotherCountysCaseIsForbidden() {
        Staff staff = new Staff(administration);
        PenaltyBureau bureau = PenaltyBureau.of(port, staff, XINGHUA);
        String item = bureau.item();
        Api inspector = bureau.inspector();
        LocalDate today = BusinessDay.today();

        JsonNode unpublished = error(inspector.post(CASES, lead("CF-NONE-404", XINGHUA, today)), 400);
        assertThat(unpublished.get("code").asString()).as("the guard: no published item").startsWith("E41");
        assertThat(error(inspector.post(CASES, lead(item, JINGJIANG, today)), 403).get("code").asString())
                .as("opening a case in another county").isEqualTo("E9030");
        Map<String, Object> unknown = lead(item, XINGHUA, today);
        unknown.put("partyKind", "ORGANISATION");
        unknown.put("creditCode", "91320000MA1X000000");
        assertThat(error(inspector.post(CASES, unknown), 400).get("code").asString()).isIn("E5003");
        assertThat(error(inspector.post(CASES, lead(item, XINGHUA, today.plusDays(1))), 400).get("field")
                .asString()).isEqualTo("leadOn");

        long id = ok(inspector.post(CASES, lead(item, XINGHUA, today))).get("id").asLong();
        Api otherCounty = Api.as(port, staff.withRoles(JINGJIANG, Role.CHIEF, Role.INSPECTOR));
        assertThat(otherCounty.get(CASES + "/" + id).status()).isEqualTo(403);
        assertThat(otherCounty.post(CASES + "/" + id + "/file", Map.of()).status()).isEqualTo(403);
        assertThat(ok(otherCounty.get(CASES)).get("items").valueStream()
                .noneMatch(c -> c.get("id").asLong() == id)).isTrue();
        assertThat(ok(Api.as(port, staff.withRoles("321200", Role.CHIEF)).get(CASES)).get("items").valueStream()
                .anyMatch(c -> c.get("id").asLong() == id)).as("the city sees its county").isTrue();
        JsonNode noReason = error(bureau.chief().post(CASES + "/" + id + "/decline", Map.of()), 400);
        assertThat(noReason.get("code").asString()).isEqualTo("E5001");
        assertThat(error(inspector.post(CASES + "/" + id + "/on-the-spot", decision(List.of(), "轻微", 201, null)),
                400).get("code").asString()).as("a person is fined at most 200 yuan on the spot").isEqualTo("E5006");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode ok(Api.Reply reply) {
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(200);
        return reply.body();
    }

    private static JsonNode error(Api.Reply reply, int status) {
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(status);
        JsonNode e = reply.body().get("errors").get(0);
        assertThat(e.get("message").asString()).isNotBlank();
        return e;
    }
}
