package org.qualityguard.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.engine.EngineHost;
import org.qualityguard.inspection.engine.Warnings;
import org.qualityguard.inspection.persistence.Journal;
import org.qualityguard.inspection.persistence.LotStore;
import org.qualityguard.inspection.persistence.WarningStore;
import org.qualityguard.risk.Cell;
import org.qualityguard.risk.CellKind;
import org.qualityguard.risk.Warning;
import org.qualityguard.risk.WarningLevel;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionLevel;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The analyst's side of early warning: the warnings standing now, each with its evidence, trend and history, and the
 * decision to confirm (its lots become mandatory, and {@link WarningConfirmed} is published) or dismiss (its chart
 * restarts) with a comment. A warning is shown to staff whose division holds a bureau that inspected its evidence;
 * province staff see all.
 */
@Service
public class RiskWarnings {

    static final String SUBJECT = "risk-warning";
    private static final Role[] READERS = {Role.ANALYST, Role.CHIEF, Role.INSPECTOR, Role.ADMIN};
    private static final Role[] DECIDERS = {Role.ANALYST, Role.CHIEF};

    private final EngineHost host;
    private final LotStore lots;
    private final LotDecisions decisions;
    private final WarningStore store;
    private final Journal journal;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RiskWarnings(EngineHost host, LotStore lots, LotDecisions decisions, WarningStore store, Journal journal, AuditTrail audit,
                 ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.host = host;
        this.lots = lots;
        this.decisions = decisions;
        this.store = store;
        this.journal = journal;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A warning with the key that names it in links. */
    public record WarningView(String key, Warning warning) {
    }

    public record WarningDetail(String key, Warning warning, List<DecidedLot> evidence,
                                List<WarningStore.Change> history, List<WarningStore.Action> actions,
                                List<WarningStore.WeekPoint> trend) {
    }

    public List<WarningView> list(StaffUser reader) {
        LotDecisions.requireRole(reader, READERS);
        List<Warning> all = host.locked(engine -> engine.warnings());
        Set<String> evidenceIds = new HashSet<>();
        all.forEach(w -> evidenceIds.addAll(w.evidenceLotIds()));
        Map<String, DecidedLot> evidence = lots.findAll(evidenceIds);
        return all.stream()
                .filter(w -> visible(reader, w, evidence))
                .sorted(Comparator.comparing((Warning w) -> w.level()).reversed()
                        .thenComparing(w -> -w.statistic()))
                .map(w -> new WarningView(WarningKeys.keyOf(w.cell()), w))
                .toList();
    }

    public WarningDetail get(StaffUser reader, String key) {
        LotDecisions.requireRole(reader, READERS);
        Cell cell = WarningKeys.cellOf(key);
        Warning warning = host.locked(engine -> engine.warning(cell)).orElseThrow(() -> unknown(key));
        Map<String, DecidedLot> evidence = lots.findAll(warning.evidenceLotIds());
        if (!visible(reader, warning, evidence)) {
            throw unknown(key);
        }
        List<DecidedLot> shown = warning.evidenceLotIds().stream().map(evidence::get)
                .filter(l -> l != null && reader.scope().includes(divisionOf(l))).toList();
        return new WarningDetail(key, warning, shown, store.changes(cell), store.actions(cell),
                store.weeklyTrend(cell, reader.scope()));
    }

    public void confirm(StaffUser analyst, String key, String comment) {
        decide(analyst, key, comment, Warnings.CONFIRM);
    }

    public void dismiss(StaffUser analyst, String key, String comment) {
        decide(analyst, key, comment, Warnings.DISMISS);
    }

    private void decide(StaffUser analyst, String key, String comment, String action) {
        LotDecisions.requireRole(analyst, DECIDERS);
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            throw new ValidationException(FieldViolation.of("comment", new Violation("E8301",
                    "inspection.warning.comment.required")));
        }
        WarningDetail detail = get(analyst, key);
        Warning warning = detail.warning();
        if (action.equals(Warnings.CONFIRM) && !warning.level().atLeast(WarningLevel.ORANGE)) {
            throw new ValidationException(FieldViolation.of("level", new Violation("E8303",
                    "inspection.warning.confirm.belowOrange", warning.level().name())));
        }
        if (action.equals(Warnings.CONFIRM) && warning.confirmed()) {
            throw new ValidationException(FieldViolation.of("level", new Violation("E8304",
                    "inspection.warning.confirm.already")));
        }
        LocalDate today = LocalDate.now(clock);
        DivisionCode division = analyst.division();
        host.locked(engine -> {
            transaction.executeWithoutResult(status -> {
                journal.insertWarningAction(journal.next(), warning.cell(), action, text, analyst.getUsername(),
                        today);
                audit.record(AuditRecord.of(analyst,
                        action.equals(Warnings.CONFIRM) ? "WARNING_CONFIRMED" : "WARNING_DISMISSED", SUBJECT, key,
                        division,
                        Map.of("level", warning.level().name(), "confirmed", warning.confirmed()),
                        Map.of("action", action, "comment", text)));
                if (action.equals(Warnings.CONFIRM)) {
                    Cell c = warning.cell();
                    events.publishEvent(new WarningConfirmed(c.kind().name(), c.hsPrefix(), c.origin(),
                            c.consignee(), c.manufacturer(), warning.level().name(), analyst.getUsername(), text,
                            today));
                }
            });
            Warnings.apply(engine, warning.cell(), action, today);
            return null;
        });
    }

    private boolean visible(StaffUser reader, Warning warning, Map<String, DecidedLot> evidence) {
        if (reader.division().level() == DivisionLevel.PROVINCE) {
            return true; // province staff see every warning
        }
        for (String id : warning.evidenceLotIds()) {
            DecidedLot lot = evidence.get(id);
            if (lot != null && reader.scope().includes(divisionOf(lot))) {
                return true;
            }
        }
        return false;
    }

    private DivisionCode divisionOf(DecidedLot lot) {
        return decisions.bureau(lot.bureau()).orElseThrow().division();
    }

    private static NotFoundException unknown(String key) {
        return new NotFoundException("warning", key);
    }

    /** Warnings are named in links by their cell: kind~hs~origin~consignee~manufacturer, empty parts left empty. */
    static final class WarningKeys {
        private WarningKeys() {
        }

        static String keyOf(Cell c) {
            return String.join("~", c.kind().name(), nz(c.hsPrefix()), nz(c.origin()), nz(c.consignee()),
                    nz(c.manufacturer()));
        }

        static Cell cellOf(String key) {
            String[] p = key == null ? new String[0] : key.split("~", -1);
            try {
                if (p.length == 5) {
                    return new Cell(CellKind.valueOf(p[0]), nn(p[1]), nn(p[2]), nn(p[3]), nn(p[4]));
                }
            } catch (IllegalArgumentException e) {
                // an unknown kind is an unknown warning
            }
            throw unknown(key);
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }

        private static String nn(String s) {
            return s.isEmpty() ? null : s;
        }
    }
}
