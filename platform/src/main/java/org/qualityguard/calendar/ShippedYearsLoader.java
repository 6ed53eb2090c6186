package org.qualityguard.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Map;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.qualityguard.calendar.domain.YearStatus;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.WorkingDayCalendar;
import org.qualityguard.shared.WorkingDays;
import org.qualityguard.shared.Workflow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * After every migration, loads the years shipped as {@code calendar/<year>.json} (npm chinese-days 1.5.7) that the
 * table does not yet hold, as published: they are the State Council's notices as compiled there. A year already in
 * the table, shipped or drafted by an administrator, is left as it is.
 */
@Component
class ShippedYearsLoader implements Callback {

    static final String SOURCE = "npm chinese-days 1.5.7 (MIT), 国务院办公厅关于节假日安排的通知";
    private static final String LOADER = "system:calendar";

    private final BusinessTime time;

    ShippedYearsLoader(BusinessTime time) {
        this.time = time;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        for (WorkingDayCalendar.Year year : WorkingDays.shippedYears()) {
            int added = jdbc.update("INSERT INTO calendar.year (year, status, source, created_by, created_at) "
                    + "VALUES (?, 'DRAFT', ?, ?, ?) ON CONFLICT (year) DO NOTHING",
                    year.year(), SOURCE, LOADER, Timestamp.from(time.now()));
            if (added == 0) {
                continue;
            }
            insert(jdbc, year.year(), year.holidays(), "HOLIDAY");
            insert(jdbc, year.year(), year.workdays(), "WORKDAY");
            Workflow.Transition<YearStatus> publish = YearStatus.WORKFLOW.edge(YearStatus.PUBLISH);
            jdbc.update("UPDATE calendar.year SET status = ?, published_by = ?, published_at = created_at "
                    + "WHERE year = ? AND status = ?", publish.to().name(), LOADER, year.year(), publish.from().name());
        }
    }

    private static void insert(JdbcTemplate jdbc, int year, Map<java.time.LocalDate, String> days, String kind) {
        days.forEach((day, name) -> jdbc.update("INSERT INTO calendar.day (day, year, kind, name) VALUES (?, ?, ?, ?)",
                Date.valueOf(day), year, kind, name));
    }

    @Override
    public String getCallbackName() {
        return "calendar-shipped-years";
    }
}
