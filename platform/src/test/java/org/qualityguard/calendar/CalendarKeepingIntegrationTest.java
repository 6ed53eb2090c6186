package org.qualityguard.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.AuditEntry;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.shared.WorkingDayCalendar;
import org.qualityguard.shared.WorkingDays;
import org.qualityguard.support.Api;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The calendar as kept data: the shipped 2025–2026 arrangements loaded as published, a year a province administrator
 * drafts (here 2099, which no other test counts on) not counted until it is published, then frozen; each change on
 * the audit trail; a county administrator refused.
 */
@PlatformTest
class CalendarKeepingIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    AuditTrail audit;

    private static String code(Api.Reply reply) {
        return reply.body().get("errors").get(0).get("code").asString();
    }

    @Test
    void theShippedYearsAreLoadedAsPublishedFromChineseDays() {
        Api inspector = Api.as(port, new Staff(administration).inspectorOf("320100"));

        JsonNode year = inspector.get("/api/v1/calendar/years/2026").body();

        assertThat(year.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(year.get("source").asString()).contains("chinese-days 1.5.7");
        assertThat(year.get("days").valueStream().filter(d -> d.get("kind").asString().equals("WORKDAY"))
                .map(d -> d.get("day").asString()))
                .containsExactly("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Saturday worked for Spring Festival")
                .isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 23))).as("Monday of the break").isFalse();
    }

    @Test
    void aProvinceAdministratorDraftsAYearThatCountsOnlyOncePublishedAndIsFrozenThen() {
        Api province = Api.as(port, new Staff(administration).adminOf("320000"));

        assertThat(province.post("/api/v1/calendar/years", Map.of("year", 2099)).status()).isEqualTo(200);
        assertThat(province.put("/api/v1/calendar/years/2099/days/2099-01-01",
                Map.of("kind", "HOLIDAY", "name", "元旦")).status()).isEqualTo(200);
        assertThat(province.put("/api/v1/calendar/years/2099/days/2099-01-02",
                Map.of("kind", "HOLIDAY", "name", "元旦")).status()).isEqualTo(200);
        assertThat(province.delete("/api/v1/calendar/years/2099/days/2099-01-02").status()).isEqualTo(200);
        Api.Reply weekday = province.put("/api/v1/calendar/years/2099/days/2099-01-05",
                Map.of("kind", "WORKDAY", "name", "元旦"));
        assertThat(weekday.status()).isEqualTo(400);
        assertThat(code(weekday)).isEqualTo("E1064");
        assertThat(province.put("/api/v1/calendar/years/2099/days/2099-01-04",
                Map.of("kind", "WORKDAY", "name", "元旦")).status()).isEqualTo(200);

        assertThatThrownBy(() -> workingDays.isWorkingDay(LocalDate.of(2099, 1, 2))).as("a draft is not counted")
                .isInstanceOfSatisfying(WorkingDayCalendar.YearNotPublishedException.class,
                        e -> assertThat(e.year()).isEqualTo(2099));

        assertThat(province.post("/api/v1/calendar/years/2099/publish", Map.of()).body().get("status").asString())
                .isEqualTo("PUBLISHED");

        assertThat(workingDays.isWorkingDay(LocalDate.of(2099, 1, 1))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2099, 1, 2))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2099, 1, 4))).as("the worked Sunday").isTrue();
        Api.Reply frozen = province.put("/api/v1/calendar/years/2099/days/2099-01-05",
                Map.of("kind", "HOLIDAY", "name", "元旦"));
        assertThat(frozen.status()).isEqualTo(400);
        assertThat(code(frozen)).isEqualTo("E1062");
        assertThat(code(province.post("/api/v1/calendar/years/2099/publish", Map.of()))).isEqualTo("E1062");
        assertThat(audit.historyOf("calendar-year", "2099")).extracting(AuditEntry::action).containsExactly(
                "CALENDAR_YEAR_PUBLISHED", "CALENDAR_DAY_SET", "CALENDAR_DAY_REMOVED", "CALENDAR_DAY_SET",
                "CALENDAR_DAY_SET", "CALENDAR_YEAR_OPENED");
    }

    @Test
    void aCountyAdministratorCannotKeepTheCalendar() {
        Api county = Api.as(port, new Staff(administration).adminOf("320102"));

        Api.Reply refused = county.post("/api/v1/calendar/years", Map.of("year", 2098));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(code(refused)).isEqualTo("E9030");
        assertThat(county.get("/api/v1/calendar/years/2098").status()).isEqualTo(404);
    }
}
