package org.qualityguard.sampling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.sampling.domain.ShippedCsv;
import org.qualityguard.sampling.domain.StandardLimit;
import org.qualityguard.sampling.domain.StandardRow;
import org.qualityguard.sampling.domain.Verdicts;
import org.qualityguard.sampling.persistence.StandardStore;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.sheet.SheetReader;
import org.qualityguard.shared.sheet.SheetRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standards table: read by staff, imported from a sheet by a province administrator (reference data of the
 * province; all rows or none, every row a new version of its key), and the shipped set loaded into an empty table
 * at start-up. The verdicts on a sample's results are computed against it.
 */
@Service
public class StandardsTable {

    public static final String IMPORTED = "STANDARDS_IMPORTED";
    static final DivisionCode PROVINCE = new DivisionCode("320000");
    static final int MAX_ROWS = 10_000;
    private static final SheetReader.Layout LAYOUT = new SheetReader.Layout(StandardRow.COLUMNS, StandardRow.REQUIRED);

    private final StandardStore store;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final BusinessTime time;

    StandardsTable(StandardStore store, AccessPolicy access, AuditTrail audit, BusinessTime time) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.time = time;
    }

    @Transactional(readOnly = true)
    public List<StandardLimit> latest(StaffUser reader) {
        access.require(reader, Permission.READ_COMPLAINTS);
        return store.latest();
    }

    /** The verdicts against every version of every row (each judges by its own dates and version). */
    @Transactional(readOnly = true)
    public Verdicts verdicts() {
        return new Verdicts(store.all());
    }

    /** Judges measured values of a sample taken on a day; refused with the fields that cannot be judged. */
    public Verdicts.SampleVerdict judge(List<Verdicts.Measurement> measurements, String appliesTo, LocalDate sampledOn) {
        return verdicts().judgeSample(measurements, appliesTo, sampledOn);
    }

    /** Imports a sheet: every row checked, none written unless all are valid; answers the rows written. */
    @Transactional
    public int importSheet(StaffUser admin, String filename, byte[] content) {
        access.requireAt(admin, Permission.CHANGE_REFERENCE_DATA, PROVINCE);
        List<SheetRow> rows = SheetReader.read(filename, content, LAYOUT, MAX_ROWS);
        List<Map<String, String>> cells = rows.stream().map(SheetRow::cells).toList();
        int written = write(cells, rows.stream().map(SheetRow::number).toList(), admin.getUsername());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", filename);
        after.put("rows", written);
        audit.record(AuditRecord.of(admin, IMPORTED, "standards", "table", PROVINCE, null, after));
        return written;
    }

    /** Loads the shipped rows ({@code sampling/standards.csv}) into an empty table. */
    @Transactional
    public int loadShippedIfEmpty() {
        if (!store.isEmpty()) {
            return 0;
        }
        List<ShippedCsv.Row> rows = ShippedCsv.read("sampling/standards.csv");
        List<Map<String, String>> cells = rows.stream().map(ShippedCsv.Row::cells).toList();
        List<Integer> numbers = rows.stream().map(ShippedCsv.Row::line).toList();
        return write(cells, numbers, "system");
    }

    private int write(List<Map<String, String>> cells, List<Integer> numbers, String by) {
        List<FieldViolation> faults = new ArrayList<>();
        List<StandardLimit> limits = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            StandardRow.parse(cells.get(i), numbers.get(i), faults).ifPresent(limits::add);
        }
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        for (StandardLimit l : limits) {
            int version = store.latestVersionOf(l.standardNo(), l.item(), l.appliesTo()) + 1;
            store.insert(new StandardLimit(l.standardNo(), l.item(), l.appliesTo(), l.limit(), l.unit(),
                    l.comparison(), l.status(), l.replacedBy(), l.effectiveFrom(), l.effectiveUntil(), l.source(),
                    version), by, time.now());
        }
        return limits.size();
    }
}
