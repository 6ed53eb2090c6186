package org.qualityguard.shared.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.WorkingDayCalendar;
import org.qualityguard.shared.WorkingDays;

/**
 * The electronic-supervision bar of issue 17: deadlines and yellow (80 % used) / red (overdue) cards for 1,000,000
 * running clocks with mixed suspensions, interruptions, excluded periods and extensions, on the shipped 2025–2026
 * calendar. Builds the clocks (seeded, so every run is the same), then reads them all as of one business date three
 * times and prints the seconds of each pass and the cards. Not a test: run it by hand —
 * {@code mvn -q -pl platform test-compile} then
 * {@code java -cp "platform/target/classes:platform/target/test-classes:$(cat platform/target/cp.txt)"
 * org.qualityguard.shared.clock.ClockCardsHarness 1000000} (cp.txt from {@code mvn -pl platform
 * dependency:build-classpath -Dmdep.outputFile=target/cp.txt}).
 */
public final class ClockCardsHarness {

    private static final LocalDate FIRST_START = LocalDate.of(2025, 3, 1);
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final String[] REASONS = {"申请人补正材料", "当事人申请延期听证", "送检", "专家评审"};

    private ClockCardsHarness() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        WorkingDayCalendar calendar = WorkingDays.fromClasspath().calendar();

        long t0 = System.nanoTime();
        List<StatutoryClock> clocks = build(calendar, count);
        long built = System.nanoTime() - t0;
        Map<String, Integer> kinds = eventKinds(clocks);
        System.out.printf("built %,d clocks with %s in %.2f s%n", clocks.size(), kinds, built / 1e9);

        for (int pass = 1; pass <= 3; pass++) {
            long start = System.nanoTime();
            Map<ClockReading.Card, Integer> cards = new EnumMap<>(ClockReading.Card.class);
            long deadlineDays = 0;
            for (StatutoryClock clock : clocks) {
                ClockReading reading = clock.readingAsOf(AS_OF);
                deadlineDays += reading.deadline().toEpochDay();
                cards.merge(reading.card(0.8), 1, Integer::sum);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("pass %d: deadlines and cards of %,d clocks as of %s in %.3f s: %s (checksum %d)%n",
                    pass, clocks.size(), AS_OF, seconds, cards, deadlineDays);
        }
    }

    /** Clocks started over 2025-03 … 2026-06, a mix as an organ's running acts would be. */
    private static List<StatutoryClock> build(WorkingDayCalendar calendar, int count) {
        SplittableRandom random = new SplittableRandom(17);
        List<StatutoryClock> clocks = new ArrayList<>(count);
        int span = (int) (AS_OF.toEpochDay() - FIRST_START.toEpochDay());
        for (int i = 0; i < count; i++) {
            LocalDate start = FIRST_START.plusDays(span - random.nextInt(Math.min(span, 120)));
            TimeLimit limit = random.nextInt(10) < 7
                    ? TimeLimit.workingDays(new int[] {5, 10, 15, 20, 30}[random.nextInt(5)]).extendableBy(10)
                    : TimeLimit.calendarDays(new int[] {30, 60, 90}[random.nextInt(3)]).extendableBy(30);
            StatutoryClock clock = StatutoryClock.start(calendar, start, limit);
            try {
                clock = operate(clock, random);
            } catch (ValidationException refused) {
                // an operation the law refuses (e.g. after the deadline) is not applied, as in the store
            }
            clocks.add(clock);
        }
        return clocks;
    }

    private static StatutoryClock operate(StatutoryClock clock, SplittableRandom random) {
        LocalDate day = clock.startedOn().plusDays(1 + random.nextInt(10));
        int mix = random.nextInt(100);
        String reason = REASONS[random.nextInt(REASONS.length)];
        if (mix < 25) {
            clock = clock.suspend(day, reason);
            if (random.nextBoolean()) {
                clock = clock.resume(day.plusDays(1 + random.nextInt(20)));
            }
        } else if (mix < 35) {
            clock = clock.exclude(Exclusion.values()[random.nextInt(Exclusion.values().length)], day,
                    day.plusDays(random.nextInt(15)), reason);
        } else if (mix < 40) {
            clock = clock.interrupt(day, reason).resume(day.plusDays(1 + random.nextInt(10)));
        }
        if (random.nextInt(100) < 15) {
            LocalDate on = clock.events().isEmpty() ? day : clock.events().get(clock.events().size() - 1).on();
            clock = clock.extend(on, 1 + random.nextInt(clock.limit().maximumExtension()), "情况复杂", "负责人");
        }
        return clock;
    }

    private static Map<String, Integer> eventKinds(List<StatutoryClock> clocks) {
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        for (StatutoryClock c : clocks) {
            for (ClockEvent e : c.events()) {
                kinds.merge(e.name(), 1, Integer::sum);
            }
        }
        return kinds;
    }
}
