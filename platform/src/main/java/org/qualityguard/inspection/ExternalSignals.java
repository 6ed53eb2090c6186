package org.qualityguard.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.engine.EngineHost;
import org.qualityguard.inspection.persistence.Journal;
import org.qualityguard.risk.Cell;
import org.qualityguard.risk.CellKind;
import org.qualityguard.risk.ExternalSignal;
import org.qualityguard.risk.SignalKind;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records outside signals on cells — a partner's notification, a consumer complaint, another bureau's result — for
 * the risk engine: the other route, besides exploration, by which the engine hears of a flow it does not inspect.
 * The platform API calls it, and so can the sampling and cooperation modules: they only have to publish what they
 * learn. A signal is stored in the journal's order and audited, then fed to the running engine, so that later
 * decisions in its cell see it; a rebuilt engine takes it again from the journal. All or nothing per batch; a signal
 * sent again under the same id is answered as recorded, a different one under a used id is refused.
 */
@Service
public class ExternalSignals {

    static final String SUBJECT = "inspection-signal";
    private static final Pattern HEADING = Pattern.compile("\\d{4}");
    private static final Pattern ORIGIN = Pattern.compile("[A-Z]{2}");

    private final EngineHost host;
    private final Journal journal;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AccessPolicy access;

    ExternalSignals(EngineHost host, Journal journal, AuditTrail audit, PlatformTransactionManager transactions,
                    Clock clock, AccessPolicy access) {
        this.host = host;
        this.journal = journal;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.access = access;
    }

    public RecordedSignal record(StaffUser recorder, SignalDeclaration declaration) {
        try {
            return recordAll(recorder, List.of(declaration)).get(0);
        } catch (ValidationException e) {
            // a single signal reports its faults without a row number
            throw new ValidationException(e.violations().stream()
                    .map(v -> new FieldViolation(0, v.field(), v.violation())).toList());
        }
    }

    /** Records a batch, all or nothing; a fault in any row refuses the batch with an error per faulty row. */
    public List<RecordedSignal> recordAll(StaffUser recorder, List<SignalDeclaration> declarations) {
        access.requireAt(recorder, Permission.RECORD_SIGNAL, recorder.division());
        if (declarations.size() > LotDecisions.MAX_BATCH) {
            throw new ValidationException(FieldViolation.of("signals", new Violation("E8329",
                    "inspection.lot.batch.tooLarge", declarations.size(), LotDecisions.MAX_BATCH)));
        }
        LocalDate today = LocalDate.now(clock);
        Set<String> ids = new HashSet<>();
        declarations.forEach(d -> ids.add(d.id() == null ? "" : d.id().strip()));
        Map<String, ExternalSignal> stored = journal.signals(ids);
        List<FieldViolation> faults = new ArrayList<>();
        Map<String, ExternalSignal> fresh = new LinkedHashMap<>();
        List<RecordedSignal> answers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < declarations.size(); i++) {
            int row = i + 1;
            SignalDeclaration d = declarations.get(i);
            List<FieldViolation> rowFaults = new ArrayList<>();
            String id = d.id() == null ? "" : d.id().strip();
            if (id.isEmpty() || id.length() > 64) {
                rowFaults.add(FieldViolation.of("id", new Violation("E8320", "inspection.signal.id.invalid")));
            } else if (!seen.add(id)) {
                rowFaults.add(FieldViolation.of("id", new Violation("E8330", "inspection.signal.id.duplicate", id)));
            }
            ExternalSignal signal = signal(d, today, rowFaults);
            if (signal != null && rowFaults.isEmpty()) {
                ExternalSignal before = stored.get(id);
                if (before == null) {
                    fresh.put(id, signal);
                    answers.add(new RecordedSignal(id, signal, false));
                } else if (before.equals(signal)) {
                    answers.add(new RecordedSignal(id, before, true));
                } else {
                    rowFaults.add(FieldViolation.of("id", new Violation("E8331", "inspection.signal.conflict", id)));
                }
            }
            rowFaults.forEach(f -> faults.add(f.atRow(row)));
        }
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        if (!fresh.isEmpty()) {
            write(recorder, fresh);
        }
        return answers;
    }

    private ExternalSignal signal(SignalDeclaration d, LocalDate today, List<FieldViolation> faults) {
        CellKind cellKind = null;
        try {
            cellKind = CellKind.valueOf(String.valueOf(d.cellKind()).strip());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (cellKind == null || !ExternalSignal.CELL_KINDS.contains(cellKind)) {
            faults.add(FieldViolation.of("cellKind", new Violation("E8321", "inspection.signal.cellKind.invalid",
                    String.valueOf(d.cellKind()))));
            cellKind = null;
        }
        String heading = null;
        String origin = null;
        String consignee = null;
        String manufacturer = null;
        if (cellKind == CellKind.HEADING_ORIGIN || cellKind == CellKind.CONSIGNEE_HEADING) {
            heading = strip(d.hsHeading());
            if (heading == null || !HEADING.matcher(heading).matches()) {
                faults.add(FieldViolation.of("hsHeading", new Violation("E8322",
                        "inspection.signal.hsHeading.invalid", String.valueOf(d.hsHeading()))));
            }
        }
        if (cellKind == CellKind.HEADING_ORIGIN) {
            origin = strip(d.origin());
            if (origin == null || !ORIGIN.matcher(origin).matches()) {
                faults.add(FieldViolation.of("origin", new Violation("E8323", "inspection.signal.origin.invalid",
                        String.valueOf(d.origin()))));
            }
        }
        if (cellKind == CellKind.CONSIGNEE || cellKind == CellKind.CONSIGNEE_HEADING) {
            consignee = strip(d.consignee());
            if (consignee == null) {
                faults.add(FieldViolation.of("consignee", new Violation("E8324",
                        "inspection.signal.consignee.missing")));
            }
        }
        if (cellKind == CellKind.MANUFACTURER) {
            manufacturer = strip(d.manufacturer());
            if (manufacturer == null) {
                faults.add(FieldViolation.of("manufacturer", new Violation("E8325",
                        "inspection.signal.manufacturer.missing")));
            }
        }
        SignalKind kind = null;
        try {
            kind = SignalKind.valueOf(String.valueOf(d.kind()).strip());
        } catch (IllegalArgumentException e) {
            faults.add(FieldViolation.of("kind", new Violation("E8326", "inspection.signal.kind.invalid",
                    String.valueOf(d.kind()))));
        }
        Double strength = d.strength();
        if (strength == null || !(strength > 0 && strength <= 1)) {
            faults.add(FieldViolation.of("strength", new Violation("E8327", "inspection.signal.strength.invalid",
                    String.valueOf(strength))));
        }
        LocalDate receivedOn = today;
        if (strip(d.receivedOn()) != null) {
            try {
                receivedOn = LocalDate.parse(d.receivedOn().strip());
            } catch (DateTimeParseException e) {
                receivedOn = null;
            }
        }
        if (receivedOn == null || receivedOn.isAfter(today)) {
            faults.add(FieldViolation.of("receivedOn", new Violation("E8328", "inspection.signal.receivedOn.invalid",
                    String.valueOf(d.receivedOn()))));
        }
        if (!faults.isEmpty()) {
            return null;
        }
        return new ExternalSignal(new Cell(cellKind, heading, origin, consignee, manufacturer), kind, strength,
                receivedOn);
    }

    private void write(StaffUser recorder, Map<String, ExternalSignal> fresh) {
        host.locked(engine -> {
            transaction.executeWithoutResult(status -> {
                List<AuditRecord> trail = new ArrayList<>();
                for (Map.Entry<String, ExternalSignal> e : fresh.entrySet()) {
                    ExternalSignal s = e.getValue();
                    journal.insertSignal(journal.next(), e.getKey(), s, recorder.division().value(),
                            recorder.getUsername(), clock.instant());
                    Map<String, Object> after = new LinkedHashMap<>();
                    after.put("cell", s.cell().toString());
                    after.put("kind", s.kind().name());
                    after.put("strength", s.strength());
                    after.put("receivedOn", s.date().toString());
                    trail.add(AuditRecord.of(recorder, "EXTERNAL_SIGNAL_RECORDED", SUBJECT, e.getKey(),
                            recorder.division(), null, after));
                }
                audit.recordAll(trail);
            });
            // only once committed: the engine never knows a signal the database does not
            fresh.values().forEach(engine::signal);
            return null;
        });
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
