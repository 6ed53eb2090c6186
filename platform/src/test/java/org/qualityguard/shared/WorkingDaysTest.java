package org.qualityguard.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Working days from the calendar data: holidays off, adjusted weekends on, uncovered years refused. */
class WorkingDaysTest {

    private static final WorkingDays CALENDAR = WorkingDays.fromClasspath();

    @Test
    void nationalDayIsAHolidayThoughAThursday() {
        assertThat(LocalDate.of(2026, 10, 1).getDayOfWeek()).hasToString("THURSDAY");
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
    }

    @Test
    void anAdjustedWeekendIsAWorkingDay() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 9, 20))).as("Sunday worked for National Day").isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Saturday worked for National Day").isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 10, 11))).as("an ordinary Sunday").isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 1, 26))).as("Sunday worked for Spring Festival 2025")
                .isTrue();
    }

    @Test
    void aTimeLimitCountsOnlyWorkingDaysAndNotTheFirstDay() {
        // Wednesday 30 September + 3 working days: 1–7 October are the holiday, 8, 9 and 10 (a worked Saturday) count
        LocalDate limit = CALENDAR.plusWorkingDays(LocalDate.of(2026, 9, 30), 3);
        assertThat(limit).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2026, 12, 2), 0)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 9, 30), limit)).isEqualTo(3);
        assertThat(CALENDAR.workingDaysBetween(limit, LocalDate.of(2026, 9, 30))).isEqualTo(-3);
    }

    @Test
    void aYearWithoutCalendarDataIsRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(LocalDate.of(2027, 1, 4)))
                .isInstanceOfSatisfying(WorkingDayCalendar.YearNotPublishedException.class, e -> {
                    assertThat(e.year()).isEqualTo(2027);
                    assertThat(e.violations().get(0).violation().code()).isEqualTo("E1060");
                    assertThat(e.violations().get(0).violation().arguments()).containsExactly(2027);
                });
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(LocalDate.of(2026, 12, 28), 10))
                .isInstanceOfSatisfying(WorkingDayCalendar.YearNotPublishedException.class,
                        e -> assertThat(e.year()).isEqualTo(2027));
        assertThatThrownBy(() -> CALENDAR.workingDaysBetween(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 8)))
                .isInstanceOf(WorkingDayCalendar.YearNotPublishedException.class);
    }
}
