package org.qualityguard.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The 2026 arrangement as the State Council announced it, and a year missing between two published ones. */
class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDays.fromClasspath().calendar();

    @Test
    void springFestival2026IsNineDaysOffWithTwoWorkedSaturdays() {
        for (LocalDate d = LocalDate.of(2026, 2, 15); !d.isAfter(LocalDate.of(2026, 2, 23)); d = d.plusDays(1)) {
            assertThat(CALENDAR.isWorkingDay(d)).as(d.toString()).isFalse();
        }
        assertThat(LocalDate.of(2026, 2, 14).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 2, 24))).as("Tuesday after the break").isTrue();
    }

    @Test
    void theYear2026Has33HolidaysSixWorkedWeekendsAnd248WorkingDays() {
        int working = 0;
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            working += CALENDAR.isWorkingDay(d) ? 1 : 0;
        }
        // 261 weekdays, less the 19 holidays that fall on weekdays, plus 6 worked weekend days
        assertThat(working).isEqualTo(248);
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31))).isEqualTo(248);
        assertThat(CALENDAR.workingDayOnOrAfter(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(CALENDAR.workingDayOnOrAfter(LocalDate.of(2026, 10, 10))).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void aYearMissingBetweenTwoPublishedOnesIsRefusedNotCountedAsWeekdays() {
        WorkingDayCalendar gap = WorkingDayCalendar.of(List.of(
                new WorkingDayCalendar.Year(2025, Map.of(), Map.of()),
                new WorkingDayCalendar.Year(2027, Map.of(), Map.of())));

        assertThat(gap.covers(2026)).isFalse();
        assertThatThrownBy(() -> gap.plusWorkingDays(LocalDate.of(2025, 12, 30), 5))
                .isInstanceOfSatisfying(WorkingDayCalendar.YearNotPublishedException.class,
                        e -> assertThat(e.year()).isEqualTo(2026));
        assertThatThrownBy(() -> gap.workingDaysBetween(LocalDate.of(2025, 12, 1), LocalDate.of(2027, 1, 10)))
                .isInstanceOfSatisfying(WorkingDayCalendar.YearNotPublishedException.class,
                        e -> assertThat(e.year()).isEqualTo(2026));
        assertThat(gap.plusWorkingDays(LocalDate.of(2027, 1, 1), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void aDayCannotBeBothAHolidayAndAWorkedWeekend() {
        LocalDate day = LocalDate.of(2026, 2, 14);
        assertThatThrownBy(() -> new WorkingDayCalendar.Year(2026, Map.of(day, "春节"), Map.of(day, "春节")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
