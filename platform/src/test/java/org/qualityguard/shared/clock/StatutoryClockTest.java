package org.qualityguard.shared.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.WorkingDayCalendar;
import org.qualityguard.shared.WorkingDays;

/** The clock of a licence and of a case, told on the 2026 calendar (Spring Festival, Qingming, National Day). */
class StatutoryClockTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDays.fromClasspath().calendar();

    /** Friday 13 February 2026: the Spring Festival break runs Sunday 15 to Monday 23; Saturdays 14 and 28 are worked. */
    private static final LocalDate FRIDAY_BEFORE_SPRING_FESTIVAL = LocalDate.of(2026, 2, 13);

    private static StatutoryClock aLicenceAppliedForBeforeSpringFestival() {
        return StatutoryClock.start(CALENDAR, FRIDAY_BEFORE_SPRING_FESTIVAL, TimeLimit.workingDays(20).extendableBy(10));
    }

    private static String codeOf(Throwable e) {
        return ((ValidationException) e).violations().get(0).violation().code();
    }

    private static String fieldOf(Throwable e) {
        return ((ValidationException) e).violations().get(0).field();
    }

    @Test
    void aLicenceAppliedForOnTheFridayBeforeSpringFestivalIsDueOnTheTwentiethWorkingDay() {
        // Sat 14 Feb (worked) is day 1; 15–23 Feb off; 24–27 Feb days 2–5; Sat 28 Feb (worked) day 6; then 14 weekdays
        StatutoryClock clock = aLicenceAppliedForBeforeSpringFestival();

        assertThat(clock.deadline(FRIDAY_BEFORE_SPRING_FESTIVAL)).isEqualTo(LocalDate.of(2026, 3, 19));
        ClockReading afterTheBreak = clock.readingAsOf(LocalDate.of(2026, 2, 28));
        assertThat(afterTheBreak.used()).isEqualTo(6);
        assertThat(afterTheBreak.remaining()).isEqualTo(14);
        assertThat(afterTheBreak.card(0.8)).isEqualTo(ClockReading.Card.NONE);
        assertThat(clock.readingAsOf(LocalDate.of(2026, 3, 16)).card(0.8)).as("17 of 20 used")
                .isEqualTo(ClockReading.Card.YELLOW);
        assertThat(clock.readingAsOf(LocalDate.of(2026, 3, 19)).overdue()).as("the last day is on time").isFalse();
        assertThat(clock.readingAsOf(LocalDate.of(2026, 3, 20)).card(0.8)).isEqualTo(ClockReading.Card.RED);
    }

    @Test
    void aTenDaySuspensionMovesTheDeadlineByTheWorkingDaysItCoveredAndAnApprovedExtensionByTenMore() {
        // suspended Mon 2 to Wed 11 March (ten days, eight of them working days), resumed Thu 12 March
        StatutoryClock suspended = aLicenceAppliedForBeforeSpringFestival()
                .suspend(LocalDate.of(2026, 3, 2), "申请人补正材料");
        ClockReading during = suspended.readingAsOf(LocalDate.of(2026, 3, 5));
        assertThat(during.state()).isEqualTo(ClockReading.State.SUSPENDED);
        assertThat(during.used()).as("frozen at the six days before the suspension").isEqualTo(6);

        StatutoryClock resumed = suspended.resume(LocalDate.of(2026, 3, 12));
        assertThat(resumed.deadline(LocalDate.of(2026, 3, 12))).isEqualTo(LocalDate.of(2026, 3, 31));

        // ten more working days: 1–3 April, Qingming 4–6 April off, 7–10 and 13–15 April
        StatutoryClock extended = resumed.extend(LocalDate.of(2026, 3, 30), 10, "需要现场核查", "局长 王某");
        ClockReading reading = extended.readingAsOf(LocalDate.of(2026, 3, 30));
        assertThat(reading.deadline()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(reading.allowed()).isEqualTo(30);
        assertThat(reading.state()).isEqualTo(ClockReading.State.RUNNING);
    }

    @Test
    void anExtensionWithoutAReasonOrApprovalOrOverTheMaximumIsRefused() {
        StatutoryClock clock = aLicenceAppliedForBeforeSpringFestival();
        LocalDate on = LocalDate.of(2026, 3, 10);

        assertThatThrownBy(() -> clock.extend(on, 10, " ", "局长 王某"))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("E1070"))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("reason"));
        assertThatThrownBy(() -> clock.extend(on, 10, "需要现场核查", null))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("E1072"));
        assertThatThrownBy(() -> clock.extend(on, 11, "需要现场核查", "局长 王某"))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("E1071"))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("days"));
        StatutoryClock half = clock.extend(on, 6, "需要现场核查", "局长 王某");
        assertThatThrownBy(() -> half.extend(on, 5, "再次延长", "局长 王某"))
                .as("two extensions together over the maximum")
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("E1071"));
        assertThatThrownBy(() -> clock.extend(LocalDate.of(2026, 3, 20), 5, "逾期后延长", "局长 王某"))
                .as("after the deadline")
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("E1076"));
    }

    @Test
    void anInterruptionStartsThePeriodAgainFromTheDayItIsResumed() {
        StatutoryClock clock = aLicenceAppliedForBeforeSpringFestival()
                .extend(LocalDate.of(2026, 3, 2), 5, "需要现场核查", "局长 王某")
                .interrupt(LocalDate.of(2026, 3, 3), "申请人变更申请事项")
                .resume(LocalDate.of(2026, 3, 9));

        ClockReading restarted = clock.readingAsOf(LocalDate.of(2026, 3, 9));
        assertThat(restarted.used()).isZero();
        assertThat(restarted.allowed()).as("the old period's extension lapses").isEqualTo(20);
        assertThat(restarted.deadline()).isEqualTo(CALENDAR.plusWorkingDays(LocalDate.of(2026, 3, 9), 20));
    }

    @Test
    void anExcludedTestingPeriodIsNotCounted() {
        StatutoryClock clock = StatutoryClock.start(CALENDAR, LocalDate.of(2026, 9, 18), TimeLimit.workingDays(10))
                .exclude(Exclusion.TESTING, LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 22), "送检");

        // 21 and 22 September not counted; Mid-autumn 25–27 and National Day 1–7 October off; 20 Sept and 10 Oct worked
        assertThat(clock.deadline(LocalDate.of(2026, 9, 23)))
                .isEqualTo(CALENDAR.plusWorkingDays(LocalDate.of(2026, 9, 18), 12));
        assertThat(clock.readingAsOf(LocalDate.of(2026, 9, 21)).state()).isEqualTo(ClockReading.State.EXCLUDED);
    }

    @Test
    void aCalendarDayDeadlineOnAHolidayMovesToTheNextWorkingDay() {
        // 30 calendar days from 1 September 2026 is 1 October, National Day: the deadline is Thursday 8 October
        StatutoryClock clock = StatutoryClock.start(CALENDAR, LocalDate.of(2026, 9, 1), TimeLimit.calendarDays(30));

        ClockReading reading = clock.readingAsOf(LocalDate.of(2026, 10, 5));
        assertThat(reading.deadline()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(reading.overdue()).isFalse();
        assertThat(reading.allowed()).isEqualTo(37);
    }

    @Test
    void operationsOutOfOrderOrOnAStandingClockAreRefused() {
        StatutoryClock suspended = aLicenceAppliedForBeforeSpringFestival().suspend(LocalDate.of(2026, 3, 2), "补正");

        assertThatThrownBy(() -> suspended.suspend(LocalDate.of(2026, 3, 3), "再次中止"))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("E1073"));
        assertThatThrownBy(() -> suspended.resume(LocalDate.of(2026, 3, 1)))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("E1075"));
        assertThatThrownBy(() -> aLicenceAppliedForBeforeSpringFestival().resume(LocalDate.of(2026, 3, 3)))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("E1074"));
        assertThatThrownBy(() -> aLicenceAppliedForBeforeSpringFestival().suspend(LocalDate.of(2026, 3, 3), null))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("E1070"));
    }

    @Test
    void aReplayedEventListRebuildsTheSameClock() {
        StatutoryClock clock = aLicenceAppliedForBeforeSpringFestival()
                .suspend(LocalDate.of(2026, 3, 2), "补正").resume(LocalDate.of(2026, 3, 12))
                .extend(LocalDate.of(2026, 3, 30), 10, "需要现场核查", "局长 王某");

        StatutoryClock rebuilt = StatutoryClock.replay(CALENDAR, clock.startedOn(), clock.limit(), clock.events());

        assertThat(rebuilt.readingAsOf(LocalDate.of(2026, 4, 1))).isEqualTo(clock.readingAsOf(LocalDate.of(2026, 4, 1)));
        assertThat(rebuilt.events()).extracting(ClockEvent::name).containsExactly("Suspended", "Resumed", "Extended");
    }
}
