package org.qualityguard.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityguard.identity.AuditEntry;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Api;
import org.qualityguard.support.MovableClock;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.PowerItemBuilder;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * One licence application's life under electronic supervision, on the 2026 working-day calendar (中秋节 25–27
 * September and 国庆节 1–7 October off, Saturday 10 October worked). The item promises 10 working days and, being a
 * licence, may be extended by at most 10 with the chief's approval (《行政许可法》第四十二条).
 * <ol>
 *   <li>Tuesday 22 September: the application is received at 宝应县's bureau; the deadline is Tuesday 13 October.</li>
 *   <li>Monday 28 September: the file is incomplete, the clock is suspended (中止) while the applicant completes it.</li>
 *   <li>Friday 9 October: the clock resumes; the four working days stood still (28, 29, 30 September, 8 October)
 *   move the deadline to Monday 19 October.</li>
 *   <li>Monday 12 October: an extension without a reason, one of 11 days and one asked by the inspector are refused;
 *   the chief's extension of 5 working days moves it to Monday 26 October (15 days allowed).</li>
 *   <li>Tuesday 20 October: 11 of 15 days used, no card; Wednesday 21 October: 12 used, 80 %: a yellow card.</li>
 *   <li>Monday 26 October: the last day, still yellow; Tuesday 27 October: overdue, a red card.</li>
 *   <li>The county supervisor sees both cards, issues a notice due in 2 working days (Thursday 29 October); the
 *   bureau answers on Friday 30 October, and the answer is flagged as late.</li>
 * </ol>
 */
@PlatformTest
class ElectronicSupervisionScenarioTest {

    /** 扬州市 宝应县: no other test acts there. */
    private static final String BAOYING = "321023";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    AuditTrail audit;
    @Autowired
    MovableClock clock;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    /** Moves the platform's business day to {@code day} (mid-morning in Beijing). */
    private void on(LocalDate day) {
        clock.reset();
        clock.advance(Duration.between(clock.instant(), ZonedDateTime.of(day, LocalTime.of(10, 0), BEIJING)
                .toInstant()));
    }

    private static JsonNode ok(Api.Reply reply) {
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(200);
        return reply.body();
    }

    private static JsonNode refused(Api.Reply reply, int status) {
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(status);
        return reply.body().get("errors").get(0);
    }

    private static Map<String, Object> operation(String kind, LocalDate on, String reason, Integer days) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("kind", kind);
        op.put("on", on.toString());
        op.put("reason", reason);
        op.put("days", days);
        return op;
    }

    private static List<String> cardLevels(JsonNode act) {
        return act.get("cards").valueStream().map(c -> c.get("level").asString()).toList();
    }

    @Test
    void anApplicationIsSuspendedResumedExtendedThenEarnsAYellowAndARedCardAndItsUnitAnswersTheNoticeLate() {
        Staff staff = new Staff(administration);
        Api chiefOfProvince = Api.as(port, staff.withRoles("320000", Role.CHIEF));
        Map<String, Object> licence = new LinkedHashMap<>(PowerItemBuilder.anItem().named("测试特种设备使用登记").json());
        String code = "XK-T" + System.nanoTime() % 1_000_000 + "-001";
        licence.put("code", code);
        licence.put("type", "LICENSING");
        Api.Reply drafted = Api.as(port, staff.withRoles("320000", Role.ANALYST)).post("/api/v1/power/items", licence);
        assertThat(drafted.status()).as(String.valueOf(drafted.body())).isEqualTo(201);
        long itemId = drafted.body().get("id").asLong();
        for (String command : List.of("review", "confirm", "publish")) {
            ok(chiefOfProvince.post("/api/v1/power/items/" + itemId + "/" + command, Map.of()));
        }
        Staff.Member inspectorMember = staff.inspectorOf(BAOYING);
        Api inspector = Api.as(port, inspectorMember);
        Api chief = Api.as(port, staff.colleagueOf(inspectorMember, Role.CHIEF));
        Api supervisor = Api.as(port, staff.withRoles(BAOYING, Role.ADMIN));
        String actId = "宝应-使用登记-" + System.nanoTime() % 1_000_000;
        String act = "/api/v1/power/acts/" + actId;

        on(LocalDate.of(2026, 9, 22));
        JsonNode started = ok(inspector.post("/api/v1/power/acts", Map.of("actId", actId, "itemCode", code,
                "division", BAOYING, "startedOn", "2026-09-22")));
        assertThat(started.get("limitSource").asString()).as("the promised limit is supervised").isEqualTo("PROMISED");
        assertThat(started.get("deadline").asString()).isEqualTo("2026-10-13");
        assertThat(started.get("allowed").asInt()).isEqualTo(10);

        on(LocalDate.of(2026, 9, 28));
        JsonNode suspended = ok(inspector.post(act + "/clock",
                operation("SUSPEND", LocalDate.of(2026, 9, 28), "申请材料不齐全，一次性告知补正", null)));
        assertThat(suspended.get("clockState").asString()).isEqualTo("SUSPENDED");

        on(LocalDate.of(2026, 10, 9));
        JsonNode resumed = ok(inspector.post(act + "/clock", operation("RESUME", LocalDate.of(2026, 10, 9), null, null)));
        assertThat(resumed.get("deadline").asString()).as("moved by the four working days stood still")
                .isEqualTo("2026-10-19");

        on(LocalDate.of(2026, 10, 12));
        LocalDate oct12 = LocalDate.of(2026, 10, 12);
        JsonNode noReason = refused(chief.post(act + "/clock", operation("EXTEND", oct12, " ", 5)), 400);
        assertThat(noReason.get("code").asString()).isEqualTo("E1070");
        assertThat(noReason.get("field").asString()).isEqualTo("reason");
        assertThat(noReason.get("message").asString()).isNotBlank();
        JsonNode overMaximum = refused(chief.post(act + "/clock", operation("EXTEND", oct12, "现场核查需要", 11)), 400);
        assertThat(overMaximum.get("code").asString()).isEqualTo("E1071");
        assertThat(overMaximum.get("field").asString()).isEqualTo("days");
        assertThat(refused(inspector.post(act + "/clock", operation("EXTEND", oct12, "现场核查需要", 5)), 403)
                .get("code").asString()).as("only the chief approves an extension").isEqualTo("E9003");
        JsonNode extended = ok(chief.post(act + "/clock", operation("EXTEND", oct12, "需现场核查设备安装情况", 5)));
        assertThat(extended.get("deadline").asString()).isEqualTo("2026-10-26");
        assertThat(extended.get("allowed").asInt()).isEqualTo(15);

        on(LocalDate.of(2026, 10, 20));
        ok(supervisor.post("/api/v1/power/supervision/sweep", Map.of()));
        JsonNode oct20 = ok(inspector.get(act));
        assertThat(oct20.get("act").get("used").asInt()).isEqualTo(11);
        assertThat(cardLevels(oct20)).as("73 %: no card yet").isEmpty();

        on(LocalDate.of(2026, 10, 21));
        ok(supervisor.post("/api/v1/power/supervision/sweep", Map.of()));
        JsonNode oct21 = ok(inspector.get(act));
        assertThat(oct21.get("act").get("used").asInt()).isEqualTo(12);
        assertThat(cardLevels(oct21)).containsExactly("YELLOW");
        assertThat(oct21.get("cards").get(0).get("issuedOn").asString()).isEqualTo("2026-10-21");

        on(LocalDate.of(2026, 10, 26));
        ok(supervisor.post("/api/v1/power/supervision/sweep", Map.of()));
        assertThat(cardLevels(ok(inspector.get(act)))).as("the last day is on time").containsExactly("YELLOW");

        on(LocalDate.of(2026, 10, 27));
        ok(supervisor.post("/api/v1/power/supervision/sweep", Map.of()));
        JsonNode oct27 = ok(inspector.get(act));
        assertThat(cardLevels(oct27)).containsExactly("YELLOW", "RED");
        assertThat(oct27.get("act").get("card").asString()).isEqualTo("RED");

        JsonNode cards = ok(supervisor.get("/api/v1/power/supervision/cards?item=" + code));
        assertThat(cards.get("total").asInt()).as("the supervisor sees both cards by item").isEqualTo(2);
        JsonNode board = ok(supervisor.get("/api/v1/power/supervision"));
        JsonNode byItem = board.get("byItem").valueStream().filter(t -> t.get("key").asString().equals(code))
                .findFirst().orElseThrow();
        assertThat(byItem.get("red").asInt()).isEqualTo(1);
        long redCard = oct27.get("cards").get(1).get("id").asLong();
        assertThat(refused(inspector.post("/api/v1/power/supervision/notices", Map.of("actId", actId,
                "cardId", redCard, "text", "请说明逾期原因", "dueInWorkingDays", 2)), 403).get("code").asString())
                .as("the unit does not supervise itself").isEqualTo("E9003");
        JsonNode notice = ok(supervisor.post("/api/v1/power/supervision/notices", Map.of("actId", actId,
                "cardId", redCard, "text", "该办件已超期，请于两个工作日内说明原因并报送整改措施", "dueInWorkingDays", 2)));
        assertThat(notice.get("dueOn").asString()).isEqualTo("2026-10-29");

        on(LocalDate.of(2026, 10, 30));
        long noticeId = notice.get("id").asLong();
        assertThat(refused(Api.as(port, staff.inspectorOf(BAOYING)).post("/api/v1/power/supervision/notices/"
                + noticeId + "/answer", Map.of("answer", "不是我们的办件")), 400).get("code").asString())
                .as("only the acting unit answers").isEqualTo("E4182");
        JsonNode answered = ok(inspector.post("/api/v1/power/supervision/notices/" + noticeId + "/answer",
                Map.of("answer", "现场核查延误，已于10月28日作出准予登记决定")));
        assertThat(answered.get("answeredOn").asString()).isEqualTo("2026-10-30");
        assertThat(answered.get("answer").asString()).startsWith("现场核查延误");
        assertThat(refused(inspector.post("/api/v1/power/supervision/notices/" + noticeId + "/answer",
                Map.of("answer", "再答一次")), 400).get("code").asString()).isEqualTo("E4188");

        List<String> trail = audit.historyOf("power-act", actId).stream().map(AuditEntry::action).toList();
        assertThat(trail).contains("POWER_ACT_STARTED", "POWER_CARD_ISSUED");
        assertThat(audit.historyOf("clock", RunningActs.CLOCK_TYPE + ":" + actId).stream().map(AuditEntry::action))
                .contains("CLOCK_STARTED", "CLOCK_SUSPENDED", "CLOCK_RESUMED", "CLOCK_EXTENDED");
        List<AuditEntry> answerEntries = audit.historyOf("power-notice", Long.toString(noticeId));
        assertThat(answerEntries.stream().map(AuditEntry::action)).contains("POWER_NOTICE_ISSUED",
                "POWER_NOTICE_ANSWERED");
        assertThat(answerEntries.stream().filter(e -> e.action().equals("POWER_NOTICE_ANSWERED")).findFirst()
                .orElseThrow().toString()).as("the late answer is flagged").contains("late");
    }
}
