package org.qualityguard.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Working days of the mainland calendar: Monday to Friday, except public holidays, plus the weekend days the State
 * Council moves to work (调休). The holidays and adjusted working days are data, one file a year under
 * {@code calendar/} (see its README for the source), because the State Council announces them each November.
 *
 * <p>A date in a year the data does not cover is refused with {@link IllegalStateException} rather than guessed
 * from weekends: a statutory time limit counted through a Spring Festival week as if it were working days would be
 * a week short, silently; the refusal names the file to add.
 */
public final class WorkingDays {

    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.json");

    private final Map<Integer, Year> years;

    private record Year(Set<LocalDate> holidays, Set<LocalDate> workdays) {
    }

    private WorkingDays(Map<Integer, Year> years) {
        this.years = years;
    }

    /** The calendar of every {@code calendar/<year>.json} on the class path. */
    public static WorkingDays fromClasspath() {
        Map<Integer, Year> years = new TreeMap<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/*.json")) {
                Matcher name = YEAR_FILE.matcher(file.getFilename() == null ? "" : file.getFilename());
                if (name.matches()) {
                    try (InputStream in = file.getInputStream()) {
                        years.put(Integer.parseInt(name.group(1)), read(JsonMapper.builder().build().readTree(in)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the working-day calendar could not be read", e);
        }
        return new WorkingDays(years);
    }

    private static Year read(JsonNode year) {
        return new Year(dates(year.path("holidays")), dates(year.path("workdays")));
    }

    private static Set<LocalDate> dates(JsonNode days) {
        Set<LocalDate> dates = new HashSet<>();
        days.propertyNames().forEach(day -> dates.add(LocalDate.parse(day)));
        return dates;
    }

    public boolean isWorkingDay(LocalDate date) {
        Year year = yearOf(date);
        if (year.holidays().contains(date)) {
            return false;
        }
        DayOfWeek day = date.getDayOfWeek();
        return year.workdays().contains(date) || (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY);
    }

    /**
     * The working day {@code days} working days after {@code from}; as with statutory time limits, the first day
     * is not counted, so {@code plusWorkingDays(d, 0)} is {@code d} itself.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days to add must not be negative: " + days);
        }
        LocalDate date = from;
        for (int left = days; left > 0; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /** The working days after {@code from} up to and including {@code to}; negative when {@code to} comes first. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    private Year yearOf(LocalDate date) {
        Year year = years.get(date.getYear());
        if (year == null) {
            throw new IllegalStateException("the working-day calendar covers " + years.keySet() + ", not "
                    + date.getYear() + ": add calendar/" + date.getYear()
                    + ".json (holidays and adjusted working days as announced by the State Council)");
        }
        return year;
    }
}
