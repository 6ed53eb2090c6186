package org.qualityguard.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's working days: its current {@link WorkingDayCalendar}, read from where the calendar is kept (the
 * {@code calendar} module's table of published years) on first use and again whenever a year is published.
 *
 * <p>The years as shipped are one JSON file a year under {@code calendar/} (npm {@code chinese-days} 1.5.7, MIT; see
 * the README there); {@link #shippedYears()} reads them, and the calendar module loads them into its table.
 */
public final class WorkingDays {

    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.json");

    private final Supplier<WorkingDayCalendar> source;
    private volatile WorkingDayCalendar calendar;

    /** Working days read from the source on first use and on every {@link #refresh()}. */
    public WorkingDays(Supplier<WorkingDayCalendar> source) {
        this.source = source;
    }

    /** The calendar of the shipped {@code calendar/<year>.json} files, for tools and tests without a database. */
    public static WorkingDays fromClasspath() {
        WorkingDayCalendar shipped = WorkingDayCalendar.of(shippedYears());
        return new WorkingDays(() -> shipped);
    }

    /** The current calendar: an immutable snapshot, for arithmetic over many dates (a million clocks). */
    public WorkingDayCalendar calendar() {
        WorkingDayCalendar c = calendar;
        if (c == null) {
            synchronized (this) {
                if (calendar == null) {
                    calendar = source.get();
                }
                c = calendar;
            }
        }
        return c;
    }

    /** Reads the calendar from its source again (after a year was published). */
    public synchronized void refresh() {
        calendar = source.get();
    }

    public boolean isWorkingDay(LocalDate date) {
        return calendar().isWorkingDay(date);
    }

    /** See {@link WorkingDayCalendar#plusWorkingDays}: the first day is not counted. */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        return calendar().plusWorkingDays(from, days);
    }

    /** The working days after {@code from} up to and including {@code to}; negative when {@code to} comes first. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar().workingDaysBetween(from, to);
    }

    /** Every year shipped as {@code calendar/<year>.json} on the class path, in the chinese-days format. */
    public static List<WorkingDayCalendar.Year> shippedYears() {
        List<WorkingDayCalendar.Year> years = new ArrayList<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/*.json")) {
                Matcher name = YEAR_FILE.matcher(file.getFilename() == null ? "" : file.getFilename());
                if (name.matches()) {
                    try (InputStream in = file.getInputStream()) {
                        JsonNode year = JsonMapper.builder().build().readTree(in);
                        years.add(new WorkingDayCalendar.Year(Integer.parseInt(name.group(1)),
                                days(year.path("holidays")), days(year.path("workdays"))));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the working-day calendar could not be read", e);
        }
        years.sort(java.util.Comparator.comparingInt(WorkingDayCalendar.Year::year));
        return years;
    }

    /** {@code "2026-02-14": "Spring Festival,春节,4"}: the date and its festival's Chinese name. */
    private static Map<LocalDate, String> days(JsonNode days) {
        Map<LocalDate, String> dates = new LinkedHashMap<>();
        days.properties().forEach(e -> {
            String[] names = e.getValue().asString().split(",");
            dates.put(LocalDate.parse(e.getKey()), names.length > 1 ? names[1] : names[0]);
        });
        return dates;
    }
}
