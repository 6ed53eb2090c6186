package org.qualityguard.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The business calendar's "now": today's date, the current instant and the zone in which instants are shown, all
 * from the platform's one clock. Templates reach it as {@code @businessTime} to show instants in the business zone.
 */
public final class BusinessTime {

    private final Clock clock;

    public BusinessTime(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The current instant, at the microsecond resolution of a PostgreSQL {@code timestamptz}. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** The zone's id, for {@code #temporals.format(instant, pattern, @businessTime.zoneId())}. */
    public String zoneId() {
        return clock.getZone().getId();
    }

    /** The first instant of a business day (midnight in the business zone). */
    public Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(clock.getZone()).toInstant();
    }
}
