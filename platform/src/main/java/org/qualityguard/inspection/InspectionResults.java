package org.qualityguard.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.domain.ResultDeclaration;
import org.qualityguard.inspection.domain.ResultRules;
import org.qualityguard.inspection.engine.EngineHost;
import org.qualityguard.inspection.persistence.Journal;
import org.qualityguard.inspection.persistence.LotStore;
import org.qualityguard.risk.InspectionResult;
import org.qualityguard.risk.ResultRecorded;
import org.qualityguard.risk.WarningChanged;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inspectors and laboratory systems record results against lots of their division. The engine learns from a result
 * in the order the journal numbers it, once committed. A result sent again unchanged is answered as recorded; a
 * different result for a lot that has one is refused (a correction is a matter for the record's history, not an
 * overwrite).
 */
@Service
public class InspectionResults {

    static final String SUBJECT = "inspection-lot";

    private final EngineHost host;
    private final LotStore lots;
    private final Journal journal;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AccessPolicy access;

    InspectionResults(EngineHost host, LotStore lots, Journal journal, AuditTrail audit,
                      PlatformTransactionManager transactions, Clock clock, AccessPolicy access) {
        this.host = host;
        this.lots = lots;
        this.journal = journal;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.access = access;
    }

    public RecordedResult record(StaffUser recorder, ResultDeclaration declaration) {
        try {
            return recordAll(recorder, List.of(declaration)).get(0);
        } catch (ValidationException e) {
            // a single result reports its faults without a row number
            throw new ValidationException(e.violations().stream()
                    .map(v -> new FieldViolation(0, v.field(), v.violation())).toList());
        }
    }

    /** Records a batch, all or nothing; a fault in any row refuses the batch with an error per faulty row. */
    public List<RecordedResult> recordAll(StaffUser recorder, List<ResultDeclaration> declarations) {
        access.require(recorder, Permission.RECORD_LOT_RESULT);
        if (declarations.size() > LotDecisions.MAX_BATCH) {
            throw new ValidationException(FieldViolation.of("results", new Violation("E8111",
                    "inspection.lot.batch.tooLarge", declarations.size(), LotDecisions.MAX_BATCH)));
        }
        Set<String> ids = new HashSet<>();
        for (ResultDeclaration d : declarations) {
            if (d.lotId() != null) {
                ids.add(d.lotId().strip());
            }
        }
        Map<String, LotStore.EngineLot> known = lots.engineLots(ids);
        Map<String, RecordedResult> existing = lots.results(ids);
        LocalDate today = LocalDate.now(clock);
        List<FieldViolation> faults = new ArrayList<>();
        Map<String, ResultRules.Valid> fresh = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < declarations.size(); i++) {
            int row = i + 1;
            ResultDeclaration d = declarations.get(i);
            String lotId = d.lotId() == null ? "" : d.lotId().strip();
            LotStore.EngineLot lot = known.get(lotId);
            if (lot == null || !recorder.scope().includes(lot.division())) {
                if (lot != null) {
                    audit.recordRefusal(AuditRecord.of(recorder, "ACCESS_DENIED", SUBJECT, lotId, lot.division(),
                            null, Map.of("operation", "RECORD_RESULT")));
                }
                faults.add(FieldViolation.of("lotId", new Violation("E8201", "inspection.result.lot.unknown", lotId))
                        .atRow(row));
                continue;
            }
            if (!seen.add(lotId)) {
                faults.add(FieldViolation.of("lotId", new Violation("E8109", "inspection.lot.id.duplicate", lotId))
                        .atRow(row));
                continue;
            }
            ResultRules.Checked checked = ResultRules.check(new ResultDeclaration(lotId, d.outcome(), d.hazard(),
                    d.inspectedOn(), d.measurements()), lot.lot().declaredAt(), today);
            if (checked instanceof ResultRules.Invalid invalid) {
                invalid.violations().forEach(v -> faults.add(v.atRow(row)));
                continue;
            }
            ResultRules.Valid valid = (ResultRules.Valid) checked;
            RecordedResult before = existing.get(lotId);
            if (before == null) {
                fresh.put(lotId, valid);
            } else if (!sameResult(before, valid)) {
                faults.add(FieldViolation.of("lotId", new Violation("E8202", "inspection.result.conflict", lotId,
                        before.outcome(), before.inspectedOn().toString())).atRow(row));
            }
        }
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        if (!fresh.isEmpty()) {
            write(recorder, known, fresh);
        }
        Map<String, RecordedResult> now = lots.results(ids);
        return declarations.stream().map(d -> now.get(d.lotId().strip())).toList();
    }

    private void write(StaffUser recorder, Map<String, LotStore.EngineLot> known,
                       Map<String, ResultRules.Valid> fresh) {
        host.locked(engine -> {
            try {
                transaction.executeWithoutResult(status -> {
                    List<AuditRecord> trail = new ArrayList<>();
                    for (Map.Entry<String, ResultRules.Valid> e : fresh.entrySet()) {
                        LotStore.EngineLot lot = known.get(e.getKey());
                        InspectionResult result = e.getValue().result();
                        long seq = journal.next();
                        journal.insertResult(seq, result, e.getValue().measurements(), recorder.getUsername());
                        ResultRecorded recorded = engine.record(lot.lot(), result, lot.basis());
                        for (WarningChanged change : recorded.warningsChanged()) {
                            double statistic = engine.warning(change.cell()).map(w -> w.statistic()).orElse(0.0);
                            journal.insertWarningChange(seq, change, statistic);
                        }
                        Map<String, Object> after = new LinkedHashMap<>();
                        after.put("outcome", result.outcome().name());
                        after.put("hazard", result.hazard() == null ? null : result.hazard().name());
                        after.put("inspectedOn", result.inspectedAt().toString());
                        after.put("measurements", e.getValue().measurements().size());
                        trail.add(AuditRecord.of(recorder, "INSPECTION_RESULT_RECORDED", SUBJECT, e.getKey(),
                                lot.division(), null, after));
                    }
                    audit.recordAll(trail);
                });
            } catch (RuntimeException failure) {
                // the engine may have learnt results that were not committed: forget them by rebuilding
                host.markStale();
                throw failure;
            }
            return null;
        });
    }

    private static boolean sameResult(RecordedResult before, ResultRules.Valid valid) {
        InspectionResult r = valid.result();
        return before.outcome().equals(r.outcome().name())
                && Objects.equals(before.hazard(), r.hazard() == null ? null : r.hazard().name())
                && before.inspectedOn().equals(r.inspectedAt());
    }
}
