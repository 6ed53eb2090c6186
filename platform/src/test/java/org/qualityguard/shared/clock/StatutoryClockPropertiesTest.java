package org.qualityguard.shared.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.WorkingDayCalendar;
import org.qualityguard.shared.WorkingDays;

/**
 * The law's arithmetic of clocks as properties over the 2025–2026 calendar (Spring Festival, National Day and all):
 * whatever the start, the limit and the stops, a suspension or an excluded period never brings a deadline forward,
 * a suspension shifts it by exactly the working days it covered, an interruption starts the period again, and no
 * extension goes past the maximum.
 */
class StatutoryClockPropertiesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDays.fromClasspath().calendar();
    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);

    @Provide
    Arbitrary<StatutoryClock> clocks() {
        Arbitrary<LocalDate> start = Arbitraries.integers().between(0, 440).map(FIRST::plusDays);
        Arbitrary<TimeLimit> limit = Combinators.combine(Arbitraries.integers().between(1, 40),
                Arbitraries.of(TimeLimit.DayCount.values()), Arbitraries.integers().between(0, 20))
                .as(TimeLimit::new);
        return Combinators.combine(start, limit).as((s, l) -> StatutoryClock.start(CALENDAR, s, l));
    }

    /** A day of the running period: from the start up to the deadline. */
    private static LocalDate dayWithin(StatutoryClock clock, int percent) {
        LocalDate deadline = clock.deadline(clock.startedOn());
        long span = deadline.toEpochDay() - clock.startedOn().toEpochDay();
        return clock.startedOn().plusDays(span * percent / 100);
    }

    @Property(tries = 300)
    void aSuspensionNeverMovesADeadlineEarlier(@ForAll("clocks") StatutoryClock clock,
                                               @ForAll @IntRange(min = 0, max = 100) int when,
                                               @ForAll @IntRange(min = 0, max = 40) int length,
                                               @ForAll @IntRange(min = 0, max = 60) int readAfter) {
        LocalDate on = dayWithin(clock, when);
        StatutoryClock suspended = clock.suspend(on, "中止");
        LocalDate asOf = on.plusDays(readAfter);
        assertThat(suspended.deadline(asOf)).isAfterOrEqualTo(clock.deadline(asOf));

        StatutoryClock resumed = suspended.resume(on.plusDays(length));
        assertThat(resumed.deadline(asOf)).isAfterOrEqualTo(clock.deadline(asOf));
    }

    @Property(tries = 300)
    void suspendingAndResumingShiftsTheDeadlineByTheWorkingDaysSuspended(
            @ForAll("clocks") StatutoryClock anyClock, @ForAll @IntRange(min = 0, max = 100) int when,
            @ForAll @IntRange(min = 0, max = 40) int length) {
        StatutoryClock clock = StatutoryClock.start(CALENDAR, anyClock.startedOn(),
                TimeLimit.workingDays(anyClock.limit().days()));
        LocalDate on = dayWithin(clock, when);
        LocalDate resumedOn = on.plusDays(length);
        // the working days of [on, resumedOn) after the start: those the clock would have counted
        LocalDate before = on.isAfter(clock.startedOn()) ? on.minusDays(1) : clock.startedOn();
        int suspendedWorkingDays = resumedOn.minusDays(1).isAfter(before)
                ? CALENDAR.workingDaysBetween(before, resumedOn.minusDays(1)) : 0;

        StatutoryClock resumed = clock.suspend(on, "中止").resume(resumedOn);

        assertThat(resumed.deadline(resumedOn))
                .isEqualTo(CALENDAR.plusWorkingDays(clock.deadline(on), suspendedWorkingDays));
    }

    @Property(tries = 300)
    void anInterruptionRestartsThePeriodFromTheDayItIsResumed(@ForAll("clocks") StatutoryClock clock,
                                                              @ForAll @IntRange(min = 0, max = 100) int when,
                                                              @ForAll @IntRange(min = 0, max = 40) int length) {
        LocalDate on = dayWithin(clock, when);
        LocalDate resumedOn = on.plusDays(length);

        StatutoryClock restarted = clock.interrupt(on, "中断").resume(resumedOn);

        StatutoryClock fresh = StatutoryClock.start(CALENDAR, resumedOn, clock.limit());
        assertThat(restarted.readingAsOf(resumedOn)).isEqualTo(fresh.readingAsOf(resumedOn));
        assertThat(restarted.readingAsOf(resumedOn).used()).isZero();
    }

    @Property(tries = 300)
    void anExtensionBeyondTheMaximumIsRefusedAndOneWithinItIsGranted(@ForAll("clocks") StatutoryClock clock,
                                                                     @ForAll @IntRange(min = 1, max = 40) int days,
                                                                     @ForAll @IntRange(min = 0, max = 100) int when) {
        LocalDate on = dayWithin(clock, when);
        if (days > clock.limit().maximumExtension()) {
            assertThatThrownBy(() -> clock.extend(on, days, "延长", "负责人"))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.violations().get(0).violation().code()).isEqualTo("E1071"));
        } else {
            ClockReading extended = clock.extend(on, days, "延长", "负责人").readingAsOf(on);
            assertThat(extended.allowed()).isGreaterThanOrEqualTo(clock.limit().days() + days);
            if (clock.limit().count() == TimeLimit.DayCount.WORKING_DAYS) {
                assertThat(extended.deadline()).isEqualTo(CALENDAR.plusWorkingDays(clock.deadline(on), days));
            } else {
                // a calendar-day deadline moved off a rest day may already cover a short extension
                assertThat(extended.deadline()).isAfterOrEqualTo(clock.deadline(on));
            }
        }
    }

    @Property(tries = 300)
    void excludedPeriodsNeverShortenTheDeadline(@ForAll("clocks") StatutoryClock clock,
                                                @ForAll("periods") List<int[]> periods) {
        StatutoryClock excluded = clock;
        LocalDate next = clock.startedOn();
        for (int[] p : periods) {
            LocalDate from = next.plusDays(p[0]);
            if (from.isAfter(excluded.deadline(from))) {
                break;
            }
            LocalDate to = from.plusDays(p[1]);
            excluded = excluded.exclude(Exclusion.values()[p[2]], from, to, "不计入期限");
            next = to.plusDays(1);
            assertThat(excluded.deadline(next)).isAfterOrEqualTo(clock.deadline(next));
        }
        assertThat(excluded.deadline(next)).isAfterOrEqualTo(clock.deadline(next));
    }

    @Provide
    Arbitrary<List<int[]>> periods() {
        Arbitrary<int[]> period = Combinators.combine(Arbitraries.integers().between(0, 15),
                Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, Exclusion.values().length - 1))
                .as((gap, length, kind) -> new int[] {gap, length, kind});
        return period.list().ofMaxSize(4);
    }
}
