package org.qualityguard.enterprise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.qualityguard.enterprise.domain.Enterprise;
import org.qualityguard.enterprise.domain.EnterpriseDraft;
import org.qualityguard.enterprise.domain.EnterpriseRules;
import org.qualityguard.enterprise.importing.EnterpriseSheet;
import org.qualityguard.shared.sheet.SheetRow;
import org.qualityguard.enterprise.persistence.Enterprises;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a sheet of enterprises in one transaction. Every row is checked against the registry's rules; by
 * default nothing is written unless all rows pass. Rows are matched on the credit code, and a row whose facts equal
 * the registered ones is left alone, so importing the same file twice changes nothing the second time.
 */
@Service
public class EnterpriseImport {

    private static final Logger log = LoggerFactory.getLogger(EnterpriseImport.class);

    private final Enterprises enterprises;
    private final EnterpriseRegistry registry;
    private final AuditTrail audit;

    private final int maxRows;

    /** @param maxRows the most rows one file may hold; a longer one is refused whole, before it is checked */
    EnterpriseImport(Enterprises enterprises, EnterpriseRegistry registry, AuditTrail audit,
                     @Value("${qualityguard.import.max-rows}") int maxRows) {
        this.maxRows = maxRows;
        this.enterprises = enterprises;
        this.registry = registry;
        this.audit = audit;
    }

    @Transactional
    public ImportResult importFile(StaffUser clerk, String filename, byte[] content, ImportMode mode,
                                   ImportProgress progress) {
        progress.update(ImportProgress.Phase.READING, 0, 0);
        List<SheetRow> rows = EnterpriseSheet.read(filename, content, maxRows);
        return importRows(clerk, filename, rows, mode, false, progress);
    }

    /** Imports rows already read; also how the demo data set is loaded, marked as demo. */
    @Transactional
    public ImportResult importRows(StaffUser clerk, String filename, List<SheetRow> rows, ImportMode mode,
                                   boolean demo, ImportProgress progress) {
        registry.requireClerk(clerk);
        long startedAt = System.nanoTime();
        EnterpriseRules rules = registry.rules(clerk);
        List<FieldViolation> errors = new ArrayList<>();
        Map<String, Enterprise> valid = new LinkedHashMap<>();
        Map<String, Integer> rowOfCode = new HashMap<>();
        int checked = 0;
        for (SheetRow row : rows) {
            EnterpriseRules.Outcome outcome = rules.check(draft(row), demo, 0);
            if (!outcome.valid()) {
                outcome.violations().forEach(v -> errors.add(v.atRow(row.number())));
            } else {
                String code = outcome.enterprise().creditCode().value();
                Integer first = rowOfCode.putIfAbsent(code, row.number());
                if (first != null) {
                    errors.add(new FieldViolation(row.number(), "creditCode",
                            new Violation("E2020", "import.creditCode.duplicate", code, first)));
                } else {
                    valid.put(code, outcome.enterprise());
                }
            }
            if (++checked % 5_000 == 0) {
                progress.update(ImportProgress.Phase.CHECKING, checked, rows.size());
            }
        }
        Map<String, Enterprise> registered = enterprises.findAll(new ArrayList<>(valid.keySet()));
        List<Enterprise> toWrite = new ArrayList<>();
        List<AuditRecord> trail = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int foreign = 0;
        for (Enterprise e : valid.values()) {
            Enterprise before = registered.get(e.creditCode().value());
            if (before == null) {
                created++;
                toWrite.add(e);
                trail.add(AuditRecord.of(clerk, "ENTERPRISE_IMPORTED", EnterpriseRegistry.SUBJECT,
                        e.creditCode().value(), e.division(), null, e.facts()));
            } else if (!clerk.scope().includes(before.division())) {
                foreign++;
                errors.add(new FieldViolation(rowOfCode.get(e.creditCode().value()), "creditCode",
                        new Violation("E9004", "import.creditCode.foreign", e.creditCode().value())));
            } else if (e.differsFrom(before)) {
                updated++;
                toWrite.add(e);
                trail.add(AuditRecord.of(clerk, "ENTERPRISE_IMPORTED", EnterpriseRegistry.SUBJECT,
                        e.creditCode().value(), e.division(), before.facts(), e.facts()));
            }
        }
        errors.sort(Comparator.comparingInt(FieldViolation::row));
        int rejectedRows = (int) errors.stream().mapToInt(FieldViolation::row).distinct().count();
        if (!errors.isEmpty() && mode == ImportMode.ALL_OR_NOTHING) {
            progress.update(ImportProgress.Phase.DONE, rows.size(), rows.size());
            return new ImportResult(filename, rows.size(), 0, 0, 0, rejectedRows, false, errors);
        }
        long checkedAt = System.nanoTime();
        AtomicInteger written = new AtomicInteger();
        enterprises.upsertAll(toWrite, n -> progress.update(ImportProgress.Phase.WRITING,
                written.addAndGet(n), toWrite.size()));
        long writtenAt = System.nanoTime();
        audit.recordAll(trail);
        log.info("Import of {} by {}: {} rows checked in {} ms, {} enterprises written in {} ms, {} audit entries in {} ms",
                filename, clerk.getUsername(), rows.size(), (checkedAt - startedAt) / 1_000_000, toWrite.size(),
                (writtenAt - checkedAt) / 1_000_000, trail.size(), (System.nanoTime() - writtenAt) / 1_000_000);
        int unchanged = valid.size() - created - updated - foreign;
        audit.record(AuditRecord.of(clerk, "ENTERPRISE_IMPORT", "import", filename, clerk.division(), null,
                Map.of("rows", rows.size(), "created", created, "updated", updated, "rejected", rejectedRows,
                        "mode", mode.name())));
        progress.update(ImportProgress.Phase.DONE, rows.size(), rows.size());
        return new ImportResult(filename, rows.size(), created, updated, unchanged, rejectedRows,
                !toWrite.isEmpty(), errors);
    }

    private static EnterpriseDraft draft(SheetRow row) {
        return new EnterpriseDraft(row.get("creditCode"), row.get("name"), row.get("categories"),
                row.get("foodCategory"), row.get("divisionCode"), row.get("address"), row.get("legalRepresentative"));
    }
}
