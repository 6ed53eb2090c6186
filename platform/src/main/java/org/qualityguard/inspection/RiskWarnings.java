package org.qualityguard.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Permission;
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
 * province staff see all. Each reader sees their own evidence lots by id and other divisions' only as counts. A
 * warning is decided at the division that contains all of its evidence (a warning from two cities' lots by the
 * province); others who see it may comment.
 */
@Service
public class RiskWarnings {

    static final String SUBJECT = "risk-warning";
    static final int COMMENT_LIMIT = 2000;

    private final EngineHost host;
    private final LotStore lots;
    private final LotDecisions decisions;
    private final WarningStore store;
    private final Journal journal;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AccessPolicy access;

    RiskWarnings(EngineHost host, LotStore lots, LotDecisions decisions, WarningStore store, Journal journal, AuditTrail audit,
                 ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
                 AccessPolicy access) {
        this.host = host;
        this.lots = lots;
        this.decisions = decisions;
        this.store = store;
        this.journal = journal;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.access = access;
    }

    /**
     * A warning's evidence as one reader may see it: the ids of the lots inspected within their division, and for
     * each other division only how many.
     *
     * @param elsewhere   evidence lots per division code outside the reader's, in code order
     * @param decidedAt   the lowest division containing every evidence lot: where the warning is decided
     */
    public record Evidence(List<String> ownLotIds, Map<String, Integer> elsewhere, DivisionCode decidedAt) {

        public int total() {
            return ownLotIds.size() + elsewhere.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A warning with the key that names it in links. */
    public record WarningView(String key, Warning warning, Evidence evidence) {
    }

    /** A warning as one reader sees it; {@code lots} are the reader's own evidence lots, {@code decidable} by them. */
    public record WarningDetail(String key, Warning warning, Evidence evidence, List<DecidedLot> lots,
                                boolean decidable, List<WarningStore.Change> history,
                                List<WarningStore.Action> actions, List<WarningStore.Comment> comments,
                                List<WarningStore.WeekPoint> trend) {
    }

    public List<WarningView> list(StaffUser reader) {
        access.require(reader, Permission.READ_RISK);
        List<Warning> all = host.locked(engine -> engine.warnings());
        Set<String> evidenceIds = new HashSet<>();
        all.forEach(w -> evidenceIds.addAll(w.evidenceLotIds()));
        Map<String, DecidedLot> evidence = lots.findAll(evidenceIds);
        return all.stream()
                .map(w -> new WarningView(WarningKeys.keyOf(w.cell()), w, evidence(reader, w, evidence)))
                .filter(v -> visible(reader, v.evidence()))
                .sorted(Comparator.comparing((WarningView v) -> v.warning().level()).reversed()
                        .thenComparing(v -> -v.warning().statistic()))
                .toList();
    }

    public WarningDetail get(StaffUser reader, String key) {
        access.require(reader, Permission.READ_RISK);
        Cell cell = WarningKeys.cellOf(key);
        Warning warning = host.locked(engine -> engine.warning(cell)).orElseThrow(() -> unknown(key));
        Map<String, DecidedLot> found = lots.findAll(warning.evidenceLotIds());
        Evidence evidence = evidence(reader, warning, found);
        if (!visible(reader, evidence)) {
            access.recordRefusal(reader, SUBJECT, key, evidence.decidedAt(), Map.of("attempted", "READ"));
            throw unknown(key);
        }
        List<DecidedLot> own = evidence.ownLotIds().stream().map(found::get).toList();
        return new WarningDetail(key, warning, evidence, own,
                access.holdsAt(reader, Permission.DECIDE_WARNING, evidence.decidedAt()), ownHistory(reader, cell),
                store.actions(cell), store.comments(cell), store.weeklyTrend(cell, reader.scope()));
    }

    /** Comments on a warning the commenter may see, without deciding it; audited. */
    public void comment(StaffUser commenter, String key, String comment) {
        access.require(commenter, Permission.COMMENT_ON_WARNING);
        String text = requiredComment(comment);
        WarningDetail detail = get(commenter, key);
        transaction.executeWithoutResult(status -> {
            store.insertComment(detail.warning().cell(), text, commenter.getUsername(),
                    commenter.division().value(), clock.instant());
            audit.record(AuditRecord.of(commenter, "WARNING_COMMENTED", SUBJECT, key, commenter.division(), null,
                    Map.of("comment", text)));
        });
    }

    public void confirm(StaffUser analyst, String key, String comment) {
        decide(analyst, key, comment, Warnings.CONFIRM);
    }

    public void dismiss(StaffUser analyst, String key, String comment) {
        decide(analyst, key, comment, Warnings.DISMISS);
    }

    private void decide(StaffUser analyst, String key, String comment, String action) {
        access.require(analyst, Permission.DECIDE_WARNING);
        String text = requiredComment(comment);
        WarningDetail detail = get(analyst, key);
        access.requireAt(analyst, Permission.DECIDE_WARNING, detail.evidence().decidedAt());
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

    private static String requiredComment(String comment) {
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            throw new ValidationException(FieldViolation.of("comment", new Violation("E8301",
                    "inspection.warning.comment.required")));
        }
        if (text.length() > COMMENT_LIMIT) {
            throw new ValidationException(FieldViolation.of("comment", new Violation("E8305",
                    "inspection.warning.comment.tooLong", COMMENT_LIMIT)));
        }
        return text;
    }

    private static boolean visible(StaffUser reader, Evidence evidence) {
        // province staff see every warning
        return reader.division().level() == DivisionLevel.PROVINCE || !evidence.ownLotIds().isEmpty();
    }

    private Evidence evidence(StaffUser reader, Warning warning, Map<String, DecidedLot> found) {
        List<String> own = new ArrayList<>();
        Map<String, Integer> elsewhere = new TreeMap<>();
        DivisionCode decidedAt = null;
        for (String id : warning.evidenceLotIds()) {
            DecidedLot lot = found.get(id);
            if (lot == null) {
                continue;
            }
            DivisionCode division = divisionOf(lot);
            decidedAt = decidedAt == null ? division : decidedAt.commonAncestor(division);
            if (reader.scope().includes(division)) {
                own.add(id);
            } else {
                elsewhere.merge(division.value(), 1, Integer::sum);
            }
        }
        // evidence that is no longer on file leaves the warning to the province
        return new Evidence(own, elsewhere, decidedAt == null ? reader.division().province() : decidedAt);
    }

    /** The level changes, naming only the reader's own lots that moved them. */
    private List<WarningStore.Change> ownHistory(StaffUser reader, Cell cell) {
        List<WarningStore.Change> changes = store.changes(cell);
        Map<String, DecidedLot> moved = lots.findAll(changes.stream().map(WarningStore.Change::lotId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        return changes.stream().map(c -> {
            DecidedLot lot = c.lotId() == null ? null : moved.get(c.lotId());
            return c.lotId() == null || lot != null && reader.scope().includes(divisionOf(lot)) ? c
                    : new WarningStore.Change(c.on(), c.from(), c.to(), c.statistic(), null);
        }).toList();
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
