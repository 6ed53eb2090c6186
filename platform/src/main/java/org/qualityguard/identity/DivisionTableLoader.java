package org.qualityguard.identity;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * After every migration, brings {@code identity.division} in line with the shipped code table, so that a new
 * release's table reaches existing databases without a migration per code change.
 */
@Component
class DivisionTableLoader implements Callback {

    private final Divisions divisions;

    DivisionTableLoader(Divisions divisions) {
        this.divisions = divisions;
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
        // Parents come before children in the table, so each row's parent already exists when it is written.
        for (Division d : divisions.all()) {
            jdbc.update("""
                    INSERT INTO identity.division (code, name, level, parent_code) VALUES (?, ?, ?, ?)
                    ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level,
                        parent_code = excluded.parent_code
                    WHERE (division.name, division.level, division.parent_code)
                        IS DISTINCT FROM (excluded.name, excluded.level, excluded.parent_code)""",
                    d.code().value(), d.name(), d.level().name(),
                    d.parent().equals(d.code()) ? null : d.parent().value());
        }
    }

    @Override
    public String getCallbackName() {
        return "division-table";
    }
}
