package org.qualityguard.calendar.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qualityguard.calendar.CalendarYear;
import org.qualityguard.calendar.domain.DayKind;
import org.qualityguard.calendar.domain.YearStatus;
import org.qualityguard.shared.WorkingDayCalendar;
import org.qualityguard.shared.Workflow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Years of the working-day calendar and their days; a year's status moves only along its workflow. */
@Repository
public class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The calendar of the published years, for the arithmetic. */
    public WorkingDayCalendar publishedCalendar() {
        Map<Integer, Map<LocalDate, String>> holidays = new LinkedHashMap<>();
        Map<Integer, Map<LocalDate, String>> workdays = new LinkedHashMap<>();
        jdbc.sql("SELECT year FROM calendar.year WHERE status = 'PUBLISHED' ORDER BY year").query(Integer.class).list()
                .forEach(y -> {
                    holidays.put(y, new LinkedHashMap<>());
                    workdays.put(y, new LinkedHashMap<>());
                });
        jdbc.sql("""
                        SELECT d.year, d.day, d.kind, d.name FROM calendar.day d
                        JOIN calendar.year y ON y.year = d.year AND y.status = 'PUBLISHED' ORDER BY d.day""")
                .query(rs -> {
                    var into = DayKind.valueOf(rs.getString(3)) == DayKind.HOLIDAY ? holidays : workdays;
                    into.get(rs.getInt(1)).put(rs.getDate(2).toLocalDate(), rs.getString(4));
                });
        List<WorkingDayCalendar.Year> years = new ArrayList<>();
        holidays.forEach((y, h) -> years.add(new WorkingDayCalendar.Year(y, h, workdays.get(y))));
        return WorkingDayCalendar.of(years);
    }

    public List<Integer> years() {
        return jdbc.sql("SELECT year FROM calendar.year ORDER BY year DESC").query(Integer.class).list();
    }

    public Optional<CalendarYear> year(int year) {
        List<CalendarYear.Day> days = jdbc.sql("SELECT day, kind, name FROM calendar.day WHERE year = ? ORDER BY day")
                .param(year).query((rs, n) -> new CalendarYear.Day(rs.getDate(1).toLocalDate(), rs.getString(2),
                        rs.getString(3))).list();
        return jdbc.sql("SELECT * FROM calendar.year WHERE year = ?").param(year)
                .query((rs, n) -> {
                    Timestamp published = rs.getTimestamp("published_at");
                    return new CalendarYear(rs.getInt("year"), rs.getString("status"), rs.getString("source"),
                            rs.getString("created_by"), rs.getString("published_by"),
                            published == null ? null : published.toInstant(), days);
                }).optional();
    }

    /** Opens a draft year; false when the year already exists. */
    public boolean insertDraft(int year, String source, String by, Instant at) {
        return jdbc.sql("INSERT INTO calendar.year (year, status, source, created_by, created_at) "
                        + "VALUES (?, 'DRAFT', ?, ?, ?) ON CONFLICT (year) DO NOTHING")
                .params(year, source, by, Timestamp.from(at)).update() == 1;
    }

    /** Names a day of a draft year (replacing what it was); the database refuses a day of a published year. */
    public void putDay(int year, LocalDate day, DayKind kind, String name) {
        jdbc.sql("""
                        INSERT INTO calendar.day (day, year, kind, name) VALUES (?, ?, ?, ?)
                        ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name = excluded.name""")
                .params(Date.valueOf(day), year, kind.name(), name).update();
    }

    public boolean removeDay(LocalDate day) {
        return jdbc.sql("DELETE FROM calendar.day WHERE day = ?").param(Date.valueOf(day)).update() == 1;
    }

    /** Moves the year along an edge of its workflow; false when it is no longer in the edge's source state. */
    public boolean move(int year, Workflow.Transition<YearStatus> edge, String by, Instant at) {
        if (edge.to() != YearStatus.PUBLISHED) {
            throw new IllegalArgumentException("a year is drafted by opening it");
        }
        return jdbc.sql("UPDATE calendar.year SET status = ?, published_by = ?, published_at = ? "
                        + "WHERE year = ? AND status = ?")
                .params(edge.to().name(), by, Timestamp.from(at), year, edge.from().name()).update() == 1;
    }
}
