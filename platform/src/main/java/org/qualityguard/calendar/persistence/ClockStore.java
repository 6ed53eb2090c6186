package org.qualityguard.calendar.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.qualityguard.calendar.ClockId;
import org.qualityguard.shared.clock.ClockEvent;
import org.qualityguard.shared.clock.Exclusion;
import org.qualityguard.shared.clock.TimeLimit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Clocks of acts and their append-only event lists. */
@Repository
public class ClockStore {

    /** A clock's start as stored. */
    public record Started(ClockId id, String divisionCode, java.time.LocalDate startedOn, TimeLimit limit) {
    }

    private final JdbcClient jdbc;

    ClockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the act already has a clock. */
    public boolean insert(Started clock, String by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO calendar.clock (act_type, act_id, division_code, started_on, limit_days, day_count,
                            maximum_extension, started_by, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(clock.id().actType(), clock.id().actId(), clock.divisionCode(), Date.valueOf(clock.startedOn()),
                        clock.limit().days(), clock.limit().count().name(), clock.limit().maximumExtension(), by,
                        Timestamp.from(at)).update() == 1;
    }

    /** The clock's start; {@code lock}: locked for the transaction, so that its events are appended one at a time. */
    public Optional<Started> start(ClockId id, boolean lock) {
        return jdbc.sql("SELECT * FROM calendar.clock WHERE act_type = ? AND act_id = ?" + (lock ? " FOR UPDATE" : ""))
                .params(id.actType(), id.actId())
                .query((rs, n) -> new Started(id, rs.getString("division_code"), rs.getDate("started_on").toLocalDate(),
                        new TimeLimit(rs.getInt("limit_days"), TimeLimit.DayCount.valueOf(rs.getString("day_count")),
                                rs.getInt("maximum_extension")))).optional();
    }

    public List<ClockEvent> events(ClockId id) {
        return jdbc.sql("SELECT * FROM calendar.clock_event WHERE act_type = ? AND act_id = ? ORDER BY seq")
                .params(id.actType(), id.actId())
                .query((rs, n) -> {
                    var on = rs.getDate("on_date").toLocalDate();
                    String reason = rs.getString("reason");
                    return switch (rs.getString("event")) {
                        case "Suspended" -> (ClockEvent) new ClockEvent.Suspended(on, reason);
                        case "Interrupted" -> new ClockEvent.Interrupted(on, reason);
                        case "ExclusionBegun" -> new ClockEvent.ExclusionBegun(on,
                                Exclusion.valueOf(rs.getString("exclusion")), reason);
                        case "Resumed" -> new ClockEvent.Resumed(on);
                        case "Extended" -> new ClockEvent.Extended(on, rs.getInt("days"), reason,
                                rs.getString("approved_by"));
                        default -> throw new IllegalStateException("unknown clock event " + rs.getString("event"));
                    };
                }).list();
    }

    /** Appends the event as the clock's {@code seq}-th. */
    public void append(ClockId id, int seq, ClockEvent event, String by, Instant at) {
        Integer days = event instanceof ClockEvent.Extended x ? x.days() : null;
        String exclusion = event instanceof ClockEvent.ExclusionBegun x ? x.kind().name() : null;
        String approvedBy = event instanceof ClockEvent.Extended x ? x.approvedBy() : null;
        jdbc.sql("""
                        INSERT INTO calendar.clock_event (act_type, act_id, seq, event, on_date, days, exclusion, reason,
                            approved_by, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.actType(), id.actId(), seq, event.name(), Date.valueOf(event.on()), days, exclusion,
                        event.reason(), approvedBy, by, Timestamp.from(at)).update();
    }
}
