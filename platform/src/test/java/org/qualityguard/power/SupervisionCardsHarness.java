package org.qualityguard.power;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.qualityguard.power.supervision.CardRule;
import org.qualityguard.shared.WorkingDayCalendar;
import org.qualityguard.shared.WorkingDays;
import org.qualityguard.shared.clock.ClockReading;
import org.qualityguard.shared.clock.StatutoryClock;
import org.qualityguard.shared.clock.TimeLimit;

/**
 * The figure of issue 17: deadlines and cards for 1,000,000 running clocks through electronic supervision's card
 * computation ({@link CardRule} over {@link StatutoryClock} on the shipped working-day calendar), in memory — the pure
 * part of the daily sweep. A fifth of the clocks were suspended and resumed, one in twenty extended; limits are
 * working-day (5, 10, 15, 20) and calendar-day (30, 60, 90) ones. Prints the seconds to build the clocks (replaying
 * their events, as the sweep does from the stored ones) and to read them with their cards, three rounds.
 * Not a test: run it by hand —
 * {@code mvn -B -q -pl platform test-compile && java -cp platform/target/classes:platform/target/test-classes
 * org.qualityguard.power.SupervisionCardsHarness [clocks]}.
 */
public final class SupervisionCardsHarness {

    private SupervisionCardsHarness() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        WorkingDayCalendar calendar = WorkingDays.fromClasspath().calendar();
        // a day of 2026 whose clocks end in published years (2025-2026) even when extended
        LocalDate asOf = LocalDate.of(2026, 8, 31);
        CardRule rule = new CardRule(0.8);
        int[] workingLimits = {5, 10, 15, 20};
        int[] calendarLimits = {30, 60, 90};
        for (int round = 1; round <= 3; round++) {
            SplittableRandom random = new SplittableRandom(17);
            long t0 = System.nanoTime();
            List<StatutoryClock> clocks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                boolean working = random.nextInt(10) < 6;
                TimeLimit limit = working
                        ? new TimeLimit(workingLimits[random.nextInt(4)], TimeLimit.DayCount.WORKING_DAYS, 10)
                        : new TimeLimit(calendarLimits[random.nextInt(3)], TimeLimit.DayCount.CALENDAR_DAYS, 30);
                // started 1 to 150 days before today, so some are fresh, some near their limit, some long overdue
                LocalDate start = asOf.minusDays(1 + random.nextInt(150));
                StatutoryClock clock = StatutoryClock.start(calendar, start, limit);
                if (random.nextInt(5) == 0) {
                    LocalDate stop = start.plusDays(1 + random.nextInt(3));
                    if (!stop.isAfter(asOf) && !stop.isAfter(clock.deadline(stop))) {
                        clock = clock.suspend(stop, "申请人补正材料");
                        LocalDate resume = stop.plusDays(1 + random.nextInt(10));
                        if (!resume.isAfter(asOf)) {
                            clock = clock.resume(resume);
                        }
                    }
                }
                if (random.nextInt(20) == 0) {
                    LocalDate on = start.plusDays(1);
                    List<?> events = clock.events();
                    boolean ordered = events.isEmpty() || !on.isBefore(clock.events().get(events.size() - 1).on());
                    if (ordered && !on.isAfter(asOf) && !on.isAfter(clock.deadline(on))
                            && clock.readingAsOf(on).state() == ClockReading.State.RUNNING) {
                        clock = clock.extend(on, limit.count() == TimeLimit.DayCount.WORKING_DAYS ? 10 : 30,
                                "情况复杂，经负责人批准延长", "chief");
                    }
                }
                clocks.add(StatutoryClock.replay(calendar, clock.startedOn(), clock.limit(), clock.events()));
            }
            long t1 = System.nanoTime();
            long[] cards = new long[ClockReading.Card.values().length];
            long deadlines = 0;
            for (StatutoryClock clock : clocks) {
                ClockReading reading = rule.read(clock, asOf, null);
                deadlines += reading.deadline().toEpochDay();
                cards[rule.card(reading).ordinal()]++;
            }
            long t2 = System.nanoTime();
            System.out.printf("round %d: %,d clocks built (events replayed) in %.2f s; deadlines and cards read in "
                            + "%.2f s — on time %,d, yellow %,d, red %,d (checksum %d)%n", round, n,
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, cards[0], cards[1], cards[2], deadlines % 1000);
        }
    }
}
