package org.qualityguard.equipment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.qualityguard.enterprise.EnterpriseCard;
import org.qualityguard.enterprise.EnterpriseDirectory;
import org.qualityguard.equipment.domain.EquipmentKind;
import org.qualityguard.equipment.domain.InspectionCycles;
import org.qualityguard.equipment.domain.Unit;
import org.qualityguard.equipment.domain.UnitRules;
import org.qualityguard.equipment.importing.UnitSheet;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.Permission;
import org.qualityguard.shared.sheet.SheetRow;
import org.qualityguard.equipment.persistence.Units;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.PowerAct;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.power.PowerGuard;
import org.qualityguard.shared.DivisionScope;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of special-equipment units: importing them, finding them within the caller's division, the
 * overdue and due-soon lists, and the inspection cycles that set due dates. A unit outside the caller's division
 * is answered as not found and the attempt audited, as the enterprise registry does.
 */
@Service
public class EquipmentRegister {

    static final String SUBJECT = "equipment-unit";
    public static final int DUE_SOON_DAYS = 30;

    private final Units units;
    private final EnterpriseDirectory enterprises;
    private final Divisions divisions;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AccessPolicy access;

    private final int maxImportRows;
    private final PowerGuard guard;
    private final String periodicInspectionItem;

    /**
     * @param maxImportRows          the most rows one file may hold; a longer one is refused whole, before it is checked
     * @param periodicInspectionItem the power item recording a unit's periodic inspection exercises
     */
    EquipmentRegister(Units units, EnterpriseDirectory enterprises, Divisions divisions, AuditTrail audit,
                      Clock clock, ApplicationEventPublisher events, AccessPolicy access,
                      @Value("${qualityguard.import.max-rows}") int maxImportRows, PowerGuard guard,
                      @Value("${qualityguard.power.acts.periodic-inspection}") String periodicInspectionItem) {
        this.guard = guard;
        this.periodicInspectionItem = periodicInspectionItem;
        this.maxImportRows = maxImportRows;
        this.units = units;
        this.enterprises = enterprises;
        this.divisions = divisions;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.access = access;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** How this due date stands today (business day): what lists of units mark as overdue or due soon. */
    public DueStatus dueStatus(LocalDate dueOn) {
        return DueStatus.of(dueOn, today());
    }

    @Transactional(readOnly = true)
    public EquipmentUnit get(StaffUser reader, String registrationCode) {
        access.require(reader, Permission.READ_REGISTRY);
        return find(reader, registrationCode)
                .orElseThrow(() -> new NotFoundException("registrationCode", registrationCode.strip()));
    }

    /**
     * The unit of this registration code within the reader's division; empty as well for a reader the register is
     * not open to and for another division's unit, whose asking leaves a refusal on the trail as {@link #get} does.
     */
    @Transactional(readOnly = true)
    public Optional<EquipmentUnit> find(StaffUser reader, String registrationCode) {
        if (!access.holds(reader, Permission.READ_REGISTRY) || registrationCode == null) {
            return Optional.empty();
        }
        String code = registrationCode.strip();
        Optional<EquipmentUnit> unit = units.find(code, reader.scope());
        if (unit.isEmpty()) {
            units.findAnywhere(code).ifPresent(foreign -> audit.recordRefusal(AuditRecord.of(reader,
                    "ACCESS_DENIED", SUBJECT, code, foreign.division(), null,
                    Map.of("attempted", "READ", "actorDivision", reader.division().value()))));
        }
        return unit;
    }

    /** Overdue units and those due within {@link #DUE_SOON_DAYS} days, soonest first. */
    @Transactional(readOnly = true)
    public List<EquipmentUnit> dueSoonOrOverdue(StaffUser reader, int limit) {
        access.require(reader, Permission.READ_REGISTRY);
        return units.dueBy(reader.scope(), today().plusDays(DUE_SOON_DAYS), limit);
    }

    /** Which units a list shows: all, the overdue, or those due within {@link #DUE_SOON_DAYS} days. */
    public enum DueFilter {
        ALL, OVERDUE, DUE_SOON;

        /** The filter a request names, in any case; anything else is all units. */
        public static DueFilter parse(String raw) {
            for (DueFilter f : values()) {
                if (f.name().equalsIgnoreCase(raw)) {
                    return f;
                }
            }
            return ALL;
        }
    }

    /** A page of the units within the reader's division, soonest due first. */
    @Transactional(readOnly = true)
    public org.qualityguard.shared.Page<EquipmentUnit> list(StaffUser reader, DueFilter filter,
                                                            org.qualityguard.shared.PageRequest page) {
        access.require(reader, Permission.READ_REGISTRY);
        LocalDate[] due = dueRange(filter);
        return units.list(reader.scope(), due[0], due[1], page);
    }

    /** Every unit {@link #list} would page through, in the list's order, e.g. into a spreadsheet. */
    @Transactional(readOnly = true)
    public void forEach(StaffUser reader, DueFilter filter, org.qualityguard.shared.SortOrder sort,
                        java.util.function.Consumer<EquipmentUnit> sink) {
        access.require(reader, Permission.READ_REGISTRY);
        LocalDate[] due = dueRange(filter);
        units.forEach(reader.scope(), due[0], due[1], sort, sink);
    }

    /** The due dates a filter keeps, from (included) and before (excluded); null where it is open. */
    private LocalDate[] dueRange(DueFilter filter) {
        LocalDate today = today();
        return switch (filter) {
            case ALL -> new LocalDate[] {null, null};
            case OVERDUE -> new LocalDate[] {null, today};
            case DUE_SOON -> new LocalDate[] {today, today.plusDays(DUE_SOON_DAYS + 1)};
        };
    }

    /** Units due on or before a date within a scope: what a plan for that period must include. */
    @Transactional(readOnly = true)
    public List<EquipmentUnit> dueBy(DivisionScope scope, LocalDate until, int limit) {
        return units.dueBy(scope, until, limit);
    }

    @Transactional(readOnly = true)
    public List<DivisionUnits> countsByDivision(DivisionScope scope) {
        return units.countsByDivision(scope, today());
    }

    /** A user enterprise's units as the special-equipment scoring table counts them. */
    @Transactional(readOnly = true)
    public UnitCounts countsOf(String userCreditCode) {
        return countsOf(List.of(userCreditCode)).get(userCreditCode);
    }

    /** {@link #countsOf(String)} of many user enterprises in one query; each one asked for is in the answer. */
    @Transactional(readOnly = true)
    public Map<String, UnitCounts> countsOf(Collection<String> userCreditCodes) {
        Map<String, List<EquipmentUnit>> byUser = new HashMap<>();
        for (EquipmentUnit u : units.ofUsers(userCreditCodes)) {
            byUser.computeIfAbsent(u.userCreditCode(), c -> new ArrayList<>()).add(u);
        }
        LocalDate today = today();
        Map<String, UnitCounts> out = new HashMap<>();
        for (String user : userCreditCodes) {
            Map<String, Integer> byKind = new LinkedHashMap<>();
            int aged = 0;
            int overdue = 0;
            for (EquipmentUnit u : byUser.getOrDefault(user, List.of())) {
                byKind.merge(u.kind(), 1, Integer::sum);
                if (u.commissionedOn().plusYears(15).isBefore(today)) {
                    aged++;
                }
                if (u.nextDueOn().isBefore(today)) {
                    overdue++;
                }
            }
            out.put(user, new UnitCounts(byKind, aged, overdue));
        }
        return out;
    }

    /**
     * Imports a .csv or .xlsx of units, all or nothing: every row is checked (fields, user enterprise registered
     * and within the clerk's division) and any error refuses the whole file, naming each row.
     */
    @Transactional
    public UnitImportResult importFile(StaffUser clerk, String filename, byte[] content) {
        access.require(clerk, Permission.KEEP_REGISTRY);
        return importRows(clerk, filename, UnitSheet.read(filename, content, maxImportRows));
    }

    /**
     * {@link #importFile} of rows already read (the columns' field names as keys), all or nothing. Rows that bring a
     * new periodic inspection record it: the clerk's organisation must pass the power guard in each unit's division.
     */
    @Transactional
    @PowerAct("periodic inspection")
    public UnitImportResult importRows(StaffUser clerk, String filename, List<SheetRow> rows) {
        access.require(clerk, Permission.KEEP_REGISTRY);
        UnitRules rules = new UnitRules(divisions::exists, clerk.scope(), today());
        List<FieldViolation> errors = new ArrayList<>();
        List<Unit> valid = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : rows) {
            int number = row.number();
            UnitRules.Outcome outcome = rules.check(row.cells(), number);
            if (!outcome.valid()) {
                errors.addAll(outcome.violations());
                continue;
            }
            Integer earlier = seen.putIfAbsent(outcome.unit().registrationCode(), number);
            if (earlier != null) {
                errors.add(new FieldViolation(number, "registrationCode", new Violation("E7213",
                        "equipment.registrationCode.duplicate", outcome.unit().registrationCode(), earlier)));
                continue;
            }
            valid.add(outcome.unit());
        }
        Map<String, EnterpriseCard> users = enterprises.findAll(valid.stream().map(Unit::userCreditCode).toList());
        for (Unit u : valid) {
            EnterpriseCard user = users.get(u.userCreditCode());
            if (user == null || !clerk.scope().includes(user.division())) {
                errors.add(new FieldViolation(seen.get(u.registrationCode()), "userCreditCode",
                        new Violation("E7214", "equipment.user.unknown", u.userCreditCode())));
            }
        }
        Set<String> existing = valid.isEmpty() ? Set.of()
                : units.existing(valid.stream().map(Unit::registrationCode).toList());
        for (Unit u : valid) {
            if (existing.contains(u.registrationCode())) {
                units.findAnywhere(u.registrationCode()).filter(e -> !clerk.scope().includes(e.division()))
                        .ifPresent(e -> errors.add(new FieldViolation(seen.get(u.registrationCode()),
                                "registrationCode", new Violation("E7215", "equipment.registrationCode.taken",
                                u.registrationCode()))));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(FieldViolation::row));
            return new UnitImportResult(filename, rows.size(), 0, 0, errors);
        }
        InspectionCycles cycles = units.cycles();
        Map<String, String> inspectedBefore = units.lastInspections(valid.stream().map(Unit::registrationCode).toList());
        List<PeriodicInspectionRecorded> inspected = new ArrayList<>();
        Set<DivisionCode> inspectedIn = new java.util.TreeSet<>(java.util.Comparator.comparing(DivisionCode::value));
        for (Unit u : valid) {
            if (u.lastInspectedOn() != null
                    && !(u.lastInspectedOn() + "/" + u.lastResult()).equals(inspectedBefore.get(u.registrationCode()))) {
                inspected.add(new PeriodicInspectionRecorded(u.registrationCode(), u.kind().name(),
                        u.userCreditCode(), u.lastInspectedOn(), u.lastResult().name()));
                inspectedIn.add(u.division());
            }
        }
        for (DivisionCode division : inspectedIn) {
            guard.authorise(clerk, periodicInspectionItem, division);
        }
        units.upsert(valid, cycles);
        if (!inspected.isEmpty()) {
            events.publishEvent(new PeriodicInspectionsRecorded(List.copyOf(inspected)));
        }
        List<AuditRecord> records = new ArrayList<>();
        for (Unit u : valid) {
            records.add(AuditRecord.of(clerk, existing.contains(u.registrationCode()) ? "UNIT_CHANGED"
                    : "UNIT_REGISTERED", SUBJECT, u.registrationCode(), u.division(), null, Map.of(
                    "kind", u.kind().name(), "user", u.userCreditCode(), "nextDue", u.nextDue(cycles).toString())));
        }
        audit.recordAll(records);
        int updated = (int) valid.stream().filter(u -> existing.contains(u.registrationCode())).count();
        return new UnitImportResult(filename, rows.size(), valid.size() - updated, updated, List.of());
    }

    /** The cycles in months per kind: index 0 when no safety level is recorded, 1–5 per level. */
    @Transactional(readOnly = true)
    public Map<String, int[]> cycles(StaffUser reader) {
        access.require(reader, Permission.READ_REGISTRY);
        InspectionCycles c = units.cycles();
        Map<String, int[]> out = new LinkedHashMap<>();
        for (EquipmentKind k : EquipmentKind.values()) {
            out.put(k.name(), c.copyOf(k));
        }
        return out;
    }

    /** Changes one kind's cycles (administrators only) and recomputes that kind's due dates; audited. */
    @Transactional
    public int changeCycles(StaffUser admin, String kind, int[] months) {
        // the cycles date every unit of the province: only the province's administrators change them
        access.requireAt(admin, Permission.CHANGE_REFERENCE_DATA, admin.division().province());
        EquipmentKind k = EquipmentKind.parse(kind).orElseThrow(() -> new ValidationException(
                FieldViolation.of("kind", new Violation("E7203", "equipment.kind.unknown", String.valueOf(kind)))));
        if (months == null || months.length != 6) {
            throw new ValidationException(FieldViolation.of("months", new Violation("E7216", "equipment.cycle.shape")));
        }
        for (int m : months) {
            if (m < 0 || m > 120) {
                throw new ValidationException(FieldViolation.of("months",
                        new Violation("E7217", "equipment.cycle.range", m)));
            }
        }
        int[] before = units.cycles().copyOf(k);
        int changed = units.changeCycles(k, months);
        audit.record(AuditRecord.of(admin, "INSPECTION_CYCLE_CHANGED", "inspection-cycle", k.name(),
                admin.division(), Map.of("months", java.util.Arrays.toString(before)),
                Map.of("months", java.util.Arrays.toString(months), "unitsRecomputed", changed)));
        return changed;
    }
}
