package org.qualityguard.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityguard.calendar.domain.DayKind;
import org.qualityguard.calendar.domain.YearStatus;
import org.qualityguard.calendar.persistence.CalendarStore;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.qualityguard.shared.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The keeping of the working-day calendar: a province administrator opens a year not yet published, names its
 * public holidays and the weekend days moved to work, and publishes it, after which it is frozen and the platform's
 * {@link WorkingDays} count on it. Anyone on the staff may read it. Every change is on the audit trail; a change to a
 * published year is refused (E1062), as is a working day that is not a weekend day (E1064).
 */
@Service
public class CalendarKeeping {

    static final String SUBJECT = "calendar-year";

    private final CalendarStore store;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final BusinessTime time;
    private final WorkingDays workingDays;

    CalendarKeeping(CalendarStore store, AccessPolicy access, AuditTrail audit, BusinessTime time,
                    WorkingDays workingDays) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.time = time;
        this.workingDays = workingDays;
    }

    /** The years kept, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years(StaffUser reader) {
        access.require(reader, Permission.READ_SUPERVISION);
        return store.years();
    }

    @Transactional(readOnly = true)
    public CalendarYear year(StaffUser reader, int year) {
        access.require(reader, Permission.READ_SUPERVISION);
        return store.year(year).orElseThrow(() -> new NotFoundException("year", Integer.toString(year)));
    }

    /** Whether the user may change the calendar (a province administrator); for showing only what is accepted. */
    public boolean mayKeep(StaffUser user) {
        return access.holdsAt(user, Permission.CHANGE_REFERENCE_DATA, user.division().province());
    }

    /** Opens a draft of a year the calendar does not hold (E1061 when it does). */
    @Transactional
    public CalendarYear open(StaffUser admin, int year, String source) {
        requireKeeper(admin);
        if (year < 1990 || year > 2100) {
            throw refused("year", "E1066", "calendar.year.outOfRange", year);
        }
        String from = source == null || source.isBlank() ? "国务院办公厅关于" + year + "年部分节假日安排的通知" : source.strip();
        if (!store.insertDraft(year, from, admin.getUsername(), time.now())) {
            throw refused("year", "E1061", "calendar.year.exists", year);
        }
        audit(admin, "CALENDAR_YEAR_OPENED", year, null, Map.of("status", YearStatus.DRAFT.name(), "source", from));
        return store.year(year).orElseThrow();
    }

    /** Names a day of a draft year a holiday or an adjusted working day (a weekend day), with its festival. */
    @Transactional
    public CalendarYear setDay(StaffUser admin, int year, LocalDate day, DayKind kind, String name) {
        requireKeeper(admin);
        CalendarYear draft = draft(year);
        if (day == null || day.getYear() != year) {
            throw refused("day", "E1063", "calendar.day.otherYear", day, year);
        }
        if (name == null || name.isBlank() || name.strip().length() > 40) {
            throw refused("name", "E1065", "calendar.day.name");
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == DayKind.WORKDAY && !weekend) {
            throw refused("kind", "E1064", "calendar.day.workdayOnWeekday", day);
        }
        Map<String, Object> before = draft.days().stream().filter(d -> d.day().equals(day)).findFirst()
                .map(d -> Map.<String, Object>of("kind", d.kind(), "name", d.name())).orElse(null);
        store.putDay(year, day, kind, name.strip());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("day", day.toString());
        after.put("kind", kind.name());
        after.put("name", name.strip());
        audit(admin, "CALENDAR_DAY_SET", year, before, after);
        return store.year(year).orElseThrow();
    }

    @Transactional
    public CalendarYear removeDay(StaffUser admin, int year, LocalDate day) {
        requireKeeper(admin);
        CalendarYear draft = draft(year);
        CalendarYear.Day named = draft.days().stream().filter(d -> d.day().equals(day)).findFirst()
                .orElseThrow(() -> new NotFoundException("day", String.valueOf(day)));
        store.removeDay(day);
        audit(admin, "CALENDAR_DAY_REMOVED", year,
                Map.of("day", day.toString(), "kind", named.kind(), "name", named.name()), null);
        return store.year(year).orElseThrow();
    }

    /** Publishes a draft year: frozen from now on, and time limits are counted on it once this commits. */
    @Transactional
    public CalendarYear publish(StaffUser admin, int year) {
        requireKeeper(admin);
        CalendarYear draft = draft(year);
        YearStatus.WORKFLOW.transition(YearStatus.valueOf(draft.status()), YearStatus.PUBLISH)
                .filter(edge -> store.move(year, edge, admin.getUsername(), time.now()))
                .orElseThrow(() -> refused("status", "E1062", "calendar.year.published", year));
        audit(admin, "CALENDAR_YEAR_PUBLISHED", year, Map.of("status", YearStatus.DRAFT.name()),
                Map.of("status", YearStatus.PUBLISHED.name(), "holidays",
                        draft.days().stream().filter(d -> d.kind().equals(DayKind.HOLIDAY.name())).count(),
                        "workdays", draft.days().stream().filter(d -> d.kind().equals(DayKind.WORKDAY.name())).count()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                workingDays.refresh();
            }
        });
        return store.year(year).orElseThrow();
    }

    private CalendarYear draft(int year) {
        CalendarYear found = store.year(year).orElseThrow(() -> new NotFoundException("year", Integer.toString(year)));
        if (found.published()) {
            throw refused("year", "E1062", "calendar.year.published", year);
        }
        return found;
    }

    private void requireKeeper(StaffUser admin) {
        access.requireAt(admin, Permission.CHANGE_REFERENCE_DATA, admin.division().province());
    }

    private void audit(StaffUser admin, String action, int year, Map<String, ?> before, Map<String, ?> after) {
        audit.record(AuditRecord.of(admin, action, SUBJECT, Integer.toString(year), admin.division().province(),
                before, after));
    }

    private static ValidationException refused(String field, String code, String key, Object... arguments) {
        return new ValidationException(FieldViolation.of(field, new Violation(code, key, arguments)));
    }
}
