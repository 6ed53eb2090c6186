package org.qualityguard.shared.clock;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.qualityguard.shared.WorkingDayCalendar;
import org.qualityguard.shared.clock.ClockEvent.ExclusionBegun;
import org.qualityguard.shared.clock.ClockEvent.Extended;
import org.qualityguard.shared.clock.ClockEvent.Interrupted;
import org.qualityguard.shared.clock.ClockEvent.Resumed;
import org.qualityguard.shared.clock.ClockEvent.Suspended;

/**
 * The statutory clock of one act: started on a business date with a {@link TimeLimit}, then suspended (中止),
 * interrupted (中断), stood still for periods the law excludes (hearing, testing, …), resumed, and extended (延长), in
 * date order. Immutable: each operation checks the law's rules and returns the clock with one more
 * {@link ClockEvent}; a stored event list rebuilds it through the same checks ({@link #replay}).
 *
 * <p>How the days are counted, as the law counts them: the start day is not counted; a stop covers the days from
 * its date up to, not including, the day it is resumed. A suspension or an excluded period moves the deadline by
 * the counted days it covered (working days for a working-day limit); an interruption starts the whole period again
 * from the day it is resumed, and the extensions granted in the old period lapse with it. An extension needs a
 * reason and an approver and may not take the extensions past the limit's maximum. Nothing may be done to a clock
 * after its deadline, except to resume it or read it: an overdue act stays overdue. A calendar-day deadline that
 * falls on a rest day moves to the next working day.
 *
 * <p>Refusals are {@link ValidationException}s with stable codes: E1070 no reason, E1071 extension over the
 * maximum, E1072 extension not approved, E1073 already standing still, E1074 resumed while running, E1075 an event
 * dated before the previous one or the start, E1076 past the deadline, E1077 an extension of no days.
 */
public final class StatutoryClock {

    private final WorkingDayCalendar calendar;
    private final LocalDate startedOn;
    private final TimeLimit limit;
    private final List<ClockEvent> events;

    private StatutoryClock(WorkingDayCalendar calendar, LocalDate startedOn, TimeLimit limit, List<ClockEvent> events) {
        this.calendar = calendar;
        this.startedOn = startedOn;
        this.limit = limit;
        this.events = events;
    }

    /** A clock that starts running on {@code startedOn} (that day not counted). */
    public static StatutoryClock start(WorkingDayCalendar calendar, LocalDate startedOn, TimeLimit limit) {
        return new StatutoryClock(calendar, startedOn, limit, List.of());
    }

    /** The clock rebuilt from its stored events, each checked as when it was first applied. */
    public static StatutoryClock replay(WorkingDayCalendar calendar, LocalDate startedOn, TimeLimit limit,
                                        List<? extends ClockEvent> events) {
        StatutoryClock clock = start(calendar, startedOn, limit);
        for (ClockEvent e : events) {
            clock = clock.apply(e);
        }
        return clock;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public TimeLimit limit() {
        return limit;
    }

    public List<ClockEvent> events() {
        return events;
    }

    /** 中止: stands still from {@code on}; the deadline moves by the days until it is resumed. */
    public StatutoryClock suspend(LocalDate on, String reason) {
        return apply(new Suspended(on, reason));
    }

    /** 中断: stands still from {@code on}; on resumption the period starts again. */
    public StatutoryClock interrupt(LocalDate on, String reason) {
        return apply(new Interrupted(on, reason));
    }

    /** An excluded period ({@code kind}) begins on {@code on}; the clock stands still until resumed. */
    public StatutoryClock exclude(Exclusion kind, LocalDate on, String reason) {
        return apply(new ExclusionBegun(on, kind, reason));
    }

    /** An excluded period from {@code from} to {@code to}, both days included: begun and resumed the day after. */
    public StatutoryClock exclude(Exclusion kind, LocalDate from, LocalDate to, String reason) {
        return exclude(kind, from, reason).resume(to.plusDays(1));
    }

    /** Runs again from {@code on}, which is counted (after an interruption: the new period's start). */
    public StatutoryClock resume(LocalDate on) {
        return apply(new Resumed(on));
    }

    /** 延长 by {@code days} in the limit's unit, approved by {@code approvedBy}, for {@code reason}. */
    public StatutoryClock extend(LocalDate on, int days, String reason, String approvedBy) {
        return apply(new Extended(on, days, reason, approvedBy));
    }

    /** The clock with the event applied, after the law's checks. */
    public StatutoryClock apply(ClockEvent event) {
        LocalDate last = events.isEmpty() ? startedOn : events.get(events.size() - 1).on();
        if (event.on().isBefore(last)) {
            throw refused("on", "E1075", "clock.event.outOfOrder", event.on(), last);
        }
        Fold now = fold(event.on());
        if (event instanceof Suspended s) {
            requireStoppable(now, s.on(), s.reason());
        } else if (event instanceof Interrupted i) {
            requireStoppable(now, i.on(), i.reason());
        } else if (event instanceof ExclusionBegun x) {
            requireStoppable(now, x.on(), x.reason());
        } else if (event instanceof Resumed r) {
            if (now.stop == null) {
                throw refused("on", "E1074", "clock.running", r.on());
            }
        } else if (event instanceof Extended x) {
            if (x.days() < 1) {
                throw refused("days", "E1077", "clock.extension.notPositive", x.days());
            }
            requireReason(x.reason());
            if (x.approvedBy() == null || x.approvedBy().isBlank()) {
                throw refused("approvedBy", "E1072", "clock.extension.unapproved");
            }
            if (now.extended + x.days() > limit.maximumExtension()) {
                throw refused("days", "E1071", "clock.extension.overMaximum", x.days(),
                        limit.maximumExtension(), now.extended);
            }
            requireNotOverdue(now, x.on());
        }
        List<ClockEvent> more = new ArrayList<>(events.size() + 1);
        more.addAll(events);
        more.add(event);
        return new StatutoryClock(calendar, startedOn, limit, List.copyOf(more));
    }

    private void requireStoppable(Fold now, LocalDate on, String reason) {
        requireReason(reason);
        if (now.stop != null) {
            throw refused("on", "E1073", "clock.stopped.already", on);
        }
        requireNotOverdue(now, on);
    }

    private void requireNotOverdue(Fold now, LocalDate on) {
        LocalDate deadline = now.deadline();
        if (on.isAfter(deadline)) {
            throw refused("on", "E1076", "clock.expired", on, deadline);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw refused("reason", "E1070", "clock.reason.missing");
        }
    }

    private static ValidationException refused(String field, String code, String key, Object... arguments) {
        return new ValidationException(FieldViolation.of(field, new Violation(code, key, arguments)));
    }

    /** The clock as of {@code asOf}: only events on or before that date count. */
    public ClockReading readingAsOf(LocalDate asOf) {
        Fold f = fold(asOf);
        LocalDate periodStart = f.periodStart;
        int shift = f.shift;
        int extended = f.extended;
        ClockReading.State state = ClockReading.State.RUNNING;
        if (f.stop != null) {
            // standing still: counted as if it ran again tomorrow
            LocalDate tomorrow = asOf.plusDays(1);
            if (f.stop instanceof Interrupted) {
                state = ClockReading.State.INTERRUPTED;
                periodStart = tomorrow;
                shift = 0;
                extended = 0;
            } else {
                state = f.stop instanceof Suspended ? ClockReading.State.SUSPENDED : ClockReading.State.EXCLUDED;
                shift += stopped(f.stop.on(), tomorrow, periodStart);
            }
        }
        int days = limit.days() + extended + shift;
        int used = Math.max(0, counted(periodStart, asOf) - shift);
        if (limit.count() == TimeLimit.DayCount.WORKING_DAYS) {
            return new ClockReading(asOf, calendar.plusWorkingDays(periodStart, days), limit.days() + extended, used,
                    state);
        }
        LocalDate raw = periodStart.plusDays(days);
        LocalDate deadline = calendar.workingDayOnOrAfter(raw);
        return new ClockReading(asOf, deadline,
                limit.days() + extended + (int) ChronoUnit.DAYS.between(raw, deadline), used, state);
    }

    /** The last day on time, as of {@code asOf}. */
    public LocalDate deadline(LocalDate asOf) {
        return readingAsOf(asOf).deadline();
    }

    /** The state after the events up to {@code asOf}, stops still open left open. */
    private final class Fold {
        LocalDate periodStart = startedOn;
        int shift;
        int extended;
        ClockEvent stop;

        LocalDate deadline() {
            int days = limit.days() + extended + shift;
            if (limit.count() == TimeLimit.DayCount.WORKING_DAYS) {
                return calendar.plusWorkingDays(periodStart, days);
            }
            return calendar.workingDayOnOrAfter(periodStart.plusDays(days));
        }
    }

    private Fold fold(LocalDate asOf) {
        Fold f = new Fold();
        for (ClockEvent e : events) {
            if (e.on().isAfter(asOf)) {
                break;
            }
            if (e instanceof Extended x) {
                f.extended += x.days();
            } else if (e instanceof Resumed r) {
                if (f.stop instanceof Interrupted) {
                    f.periodStart = r.on();
                    f.shift = 0;
                    f.extended = 0;
                } else {
                    f.shift += stopped(f.stop.on(), r.on(), f.periodStart);
                }
                f.stop = null;
            } else {
                f.stop = e;
            }
        }
        return f;
    }

    /** The counted days from {@code from} up to, not including, {@code until}, after the period's start. */
    private int stopped(LocalDate from, LocalDate until, LocalDate periodStart) {
        LocalDate before = from.minusDays(1).isBefore(periodStart) ? periodStart : from.minusDays(1);
        LocalDate last = until.minusDays(1);
        return last.isAfter(before) ? counted(before, last) : 0;
    }

    /** The counted days after {@code from} up to and including {@code to} (0 when {@code to} is not later). */
    private int counted(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        return limit.count() == TimeLimit.DayCount.WORKING_DAYS
                ? calendar.workingDaysBetween(from, to)
                : (int) ChronoUnit.DAYS.between(from, to);
    }
}
