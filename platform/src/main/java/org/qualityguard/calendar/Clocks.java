package org.qualityguard.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityguard.calendar.persistence.ClockStore;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.qualityguard.shared.WorkingDays;
import org.qualityguard.shared.clock.ClockEvent;
import org.qualityguard.shared.clock.ClockReading;
import org.qualityguard.shared.clock.StatutoryClock;
import org.qualityguard.shared.clock.TimeLimit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statutory clocks of acts, each kept as its start and an append-only list of {@link ClockEvent}s keyed by the
 * act ({@link ClockId}), rebuilt on the current working-day calendar whenever it is read. Every start and every
 * event goes on the audit trail as {@code CLOCK_STARTED} or {@code CLOCK_<EVENT>} (e.g. {@code CLOCK_SUSPENDED}) of
 * subject {@code clock}, id {@code <actType>:<actId>}.
 *
 * <p>The act's own use case decides who may act on it (its Permission and the power guard); this store applies the
 * law's rules of the clock ({@link StatutoryClock}: E1070–E1077 refused with nothing written), stores and audits.
 * Typical use by an act's use case, in its transaction:
 * <pre>{@code
 * clocks.start(new ClockId("power.act", id), division, applicationDate, item.timeLimit(), user.getUsername());
 * clocks.record(new ClockId("power.act", id), new ClockEvent.Suspended(today, "申请人补正材料"), user.getUsername());
 * ClockReading r = clocks.reading(new ClockId("power.act", id), today);   // deadline, used, remaining, card
 * }</pre>
 */
@Service
public class Clocks {

    static final String SUBJECT = "clock";

    private final ClockStore store;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final BusinessTime time;

    Clocks(ClockStore store, WorkingDays workingDays, AuditTrail audit, BusinessTime time) {
        this.store = store;
        this.workingDays = workingDays;
        this.audit = audit;
        this.time = time;
    }

    /** Starts the act's clock on {@code startedOn} (not counted); refused (E1078) when the act already has one. */
    @Transactional
    public StatutoryClock start(ClockId id, DivisionCode division, LocalDate startedOn, TimeLimit limit, String by) {
        StatutoryClock clock = StatutoryClock.start(workingDays.calendar(), startedOn, limit);
        clock.readingAsOf(startedOn); // refuses a start in a year without a published calendar (E1060)
        if (!store.insert(new ClockStore.Started(id, division.value(), startedOn, limit), by, time.now())) {
            throw new ValidationException(FieldViolation.of("actId", new Violation("E1078", "clock.exists",
                    id.toString())));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("startedOn", startedOn.toString());
        after.put("limit", limit);
        audit.record(new AuditRecord(by, "CLOCK_STARTED", SUBJECT, id.toString(), division, null, after));
        return clock;
    }

    /** Applies the event to the act's clock, after the law's checks, appends it and audits it; the clock after it. */
    @Transactional
    public StatutoryClock record(ClockId id, ClockEvent event, String by) {
        ClockStore.Started started = store.start(id, true).orElseThrow(() -> missing(id));
        List<ClockEvent> events = store.events(id);
        StatutoryClock before = StatutoryClock.replay(workingDays.calendar(), started.startedOn(), started.limit(),
                events);
        StatutoryClock after = before.apply(event);
        store.append(id, events.size() + 1, event, by, time.now());
        audit.record(new AuditRecord(by, "CLOCK_" + upperSnake(event.name()), SUBJECT, id.toString(),
                new DivisionCode(started.divisionCode()), Map.of("deadline", before.deadline(event.on()).toString()),
                describe(event, after)));
        return after;
    }

    /** The act's clock rebuilt from its events. */
    @Transactional(readOnly = true)
    public StatutoryClock clock(ClockId id) {
        ClockStore.Started started = store.start(id, false).orElseThrow(() -> missing(id));
        return StatutoryClock.replay(workingDays.calendar(), started.startedOn(), started.limit(), store.events(id));
    }

    /** The act's clock as of a business date. */
    @Transactional(readOnly = true)
    public ClockReading reading(ClockId id, LocalDate asOf) {
        return clock(id).readingAsOf(asOf);
    }

    private static Map<String, Object> describe(ClockEvent event, StatutoryClock after) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("event", event.name());
        out.put("on", event.on().toString());
        if (event instanceof ClockEvent.Extended x) {
            out.put("days", x.days());
            out.put("approvedBy", x.approvedBy());
        }
        if (event instanceof ClockEvent.ExclusionBegun x) {
            out.put("exclusion", x.kind().name());
        }
        String reason = event.reason();
        if (reason != null) {
            out.put("reason", reason);
        }
        out.put("deadline", after.deadline(event.on()).toString());
        return out;
    }

    private static String upperSnake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    private static NotFoundException missing(ClockId id) {
        return new NotFoundException("clock", id.toString());
    }
}
