package org.qualityguard.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The working days of the mainland calendar for the years whose arrangement is published: Monday to Friday, except
 * public holidays, plus the weekend days the State Council moves to work (调休). An immutable snapshot; the
 * platform's current one is {@link WorkingDays#calendar()}.
 *
 * <p>A date in a year without a published arrangement is refused ({@link YearNotPublishedException}, E1060, naming
 * the year) rather than guessed from weekends: a statutory time limit counted through a Spring Festival week as if
 * it were working days would be a week short, silently.
 *
 * <p>The arithmetic is array lookups, so that a million clocks can be read in well under a second: over the span of
 * the published years it keeps, per day, the number of working days up to and including that day, and per working
 * day its position, so that {@code plusWorkingDays} and {@code workingDaysBetween} never walk the days.
 */
public final class WorkingDayCalendar {

    /** One year's arrangement: its public holidays and its adjusted working days, each with its festival's name. */
    public record Year(int year, Map<LocalDate, String> holidays, Map<LocalDate, String> workdays) {
        public Year {
            holidays = Map.copyOf(holidays);
            workdays = Map.copyOf(workdays);
            for (LocalDate d : holidays.keySet()) {
                requireIn(year, d);
            }
            for (LocalDate d : workdays.keySet()) {
                requireIn(year, d);
                if (holidays.containsKey(d)) {
                    throw new IllegalArgumentException(d + " is both a holiday and an adjusted working day");
                }
            }
        }

        private static void requireIn(int year, LocalDate day) {
            if (day.getYear() != year) {
                throw new IllegalArgumentException(day + " is not in " + year);
            }
        }
    }

    /**
     * A date lies in a year whose working-day arrangement is not published (E1060): the time limit cannot be counted
     * until a province administrator publishes that year's calendar.
     */
    public static final class YearNotPublishedException extends ValidationException {
        private final int year;

        public YearNotPublishedException(int year) {
            super(FieldViolation.of("date", new Violation("E1060", "calendar.year.unpublished", year)));
            this.year = year;
        }

        public int year() {
            return year;
        }
    }

    private final SortedSet<Integer> years;
    private final int firstYear;
    private final boolean[] published;
    private final long firstDay;
    private final boolean[] working;
    /** {@code counted[i]}: working days from the span's first day up to and including day {@code i}. */
    private final int[] counted;
    /** {@code nth[k]}: the day index of the span's (k+1)-th working day. */
    private final int[] nth;

    private WorkingDayCalendar(Map<Integer, Year> byYear) {
        this.years = new TreeSet<>(byYear.keySet());
        if (years.isEmpty()) {
            firstYear = 0;
            published = new boolean[0];
            firstDay = 0;
            working = new boolean[0];
            counted = new int[0];
            nth = new int[0];
            return;
        }
        firstYear = years.first();
        int lastYear = years.last();
        published = new boolean[lastYear - firstYear + 1];
        years.forEach(y -> published[y - firstYear] = true);
        firstDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
        int days = (int) (LocalDate.of(lastYear, 12, 31).toEpochDay() - firstDay + 1);
        working = new boolean[days];
        counted = new int[days];
        int[] positions = new int[days];
        int total = 0;
        for (int i = 0; i < days; i++) {
            LocalDate date = LocalDate.ofEpochDay(firstDay + i);
            Year year = byYear.get(date.getYear());
            boolean weekday = date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
            working[i] = year != null && !year.holidays().containsKey(date)
                    && (weekday || year.workdays().containsKey(date));
            if (working[i]) {
                positions[total++] = i;
            }
            counted[i] = total;
        }
        nth = java.util.Arrays.copyOf(positions, total);
    }

    /** The calendar of the given published years (a year given twice: the last one wins). */
    public static WorkingDayCalendar of(Collection<Year> publishedYears) {
        Map<Integer, Year> byYear = new TreeMap<>();
        publishedYears.forEach(y -> byYear.put(y.year(), y));
        return new WorkingDayCalendar(byYear);
    }

    /** The published years, in order. */
    public SortedSet<Integer> years() {
        return java.util.Collections.unmodifiableSortedSet(years);
    }

    public boolean covers(int year) {
        return year >= firstYear && year - firstYear < published.length && published[year - firstYear];
    }

    public boolean isWorkingDay(LocalDate date) {
        return working[index(date)];
    }

    /**
     * The working day {@code days} working days after {@code from}; as with statutory time limits, the first day
     * is not counted, so {@code plusWorkingDays(d, 0)} is {@code d} itself.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days to add must not be negative: " + days);
        }
        int i = index(from);
        if (days == 0) {
            return from;
        }
        int k = counted[i] + days;
        if (k > nth.length) {
            throw new YearNotPublishedException(firstUnpublishedAfter(from.getYear()));
        }
        LocalDate to = LocalDate.ofEpochDay(firstDay + nth[k - 1]);
        requirePublished(from.getYear(), to.getYear());
        return to;
    }

    /** The working days after {@code from} up to and including {@code to}; negative when {@code to} comes first. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int i = index(from);
        int j = index(to);
        requirePublished(Math.min(from.getYear(), to.getYear()), Math.max(from.getYear(), to.getYear()));
        return counted[j] - counted[i];
    }

    /** The day itself if it is a working day, else the next working day (where a deadline on a holiday falls). */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        int i = index(date);
        if (working[i]) {
            return date;
        }
        int k = counted[i];
        if (k >= nth.length) {
            throw new YearNotPublishedException(firstUnpublishedAfter(date.getYear()));
        }
        LocalDate to = LocalDate.ofEpochDay(firstDay + nth[k]);
        requirePublished(date.getYear(), to.getYear());
        return to;
    }

    private int index(LocalDate date) {
        if (!covers(date.getYear())) {
            throw new YearNotPublishedException(date.getYear());
        }
        return (int) (date.toEpochDay() - firstDay);
    }

    private void requirePublished(int fromYear, int toYear) {
        for (int y = fromYear; y <= toYear; y++) {
            if (!covers(y)) {
                throw new YearNotPublishedException(y);
            }
        }
    }

    private int firstUnpublishedAfter(int year) {
        int y = year;
        while (covers(y)) {
            y++;
        }
        return y;
    }
}
